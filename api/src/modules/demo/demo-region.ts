/** The fixed part of the demo region: organisations, demo logins and the weights the generator draws from. */
import { type CaseStatus, type HouseholdProfile, type OrganisationType, type UserRole } from '@mda/domain';

import type { DemoOrganisation } from './demo-data.js';

// ---------------------------------------------------------------------------------------------
// Fixed part: organisations and demo logins (independent of the seed).
// ---------------------------------------------------------------------------------------------

export const DEMO_PASSWORD = 'Demo-Wachtwoord-2026!';
/**
 * Every demo login has an authenticator app enrolled with this published secret, so the demo
 * can show the second factor (SECOND_FACTOR_REQUIRED=true): add it to any TOTP app, or
 * `npx otplib`-style tools. Never a secret in production: real users enrol their own.
 */
export const DEMO_TOTP_SECRET = 'MDADEMOTWEEDEFACTORZUIDROTTERDAM';
export const EMAIL_DOMAIN = 'demo.mda.test'; // reserved .test TLD: never deliverable

export const ORGANISATIONS: readonly DemoOrganisation[] = [
  { key: 'police', name: 'Politie Eenheid Rotterdam', type: 'POLICE' },
  { key: 'prosecution', name: 'Openbaar Ministerie Rotterdam', type: 'PROSECUTION' },
  { key: 'probation', name: 'Reclassering Nederland regio Rotterdam', type: 'PROBATION' },
  {
    key: 'child-protection-board',
    name: 'Raad voor de Kinderbescherming regio Rotterdam',
    type: 'CHILD_PROTECTION_BOARD',
  },
  { key: 'youth-protection', name: 'Jeugdbescherming Rotterdam Rijnmond', type: 'YOUTH_PROTECTION' },
  { key: 'local-team-zuid', name: 'Wijkteam Rotterdam-Zuid', type: 'LOCAL_TEAM' },
  { key: 'local-team-schiedam', name: 'Wijkteam Schiedam', type: 'LOCAL_TEAM' },
  { key: 'safe-home', name: 'Veilig Thuis Rotterdam Rijnmond', type: 'SAFE_HOME' },
  { key: 'centre', name: 'Centrum huiselijk geweld Rotterdam', type: 'CENTRE' },
  { key: 'safety-house', name: 'Zorg- en Veiligheidshuis Rotterdam-Rijnmond', type: 'SAFETY_HOUSE' },
  { key: 'care', name: 'GGZ Rijnmond Zorg', type: 'CARE' },
  { key: 'municipality', name: 'Gemeente Rotterdam', type: 'MUNICIPALITY', municipalities: ['ROTTERDAM'] },
];

/**
 * Demo logins. Directing, privacy and admin roles are held without PROFESSIONAL, so a test
 * asking for "the first PROFESSIONAL of an organisation type" gets a plain professional.
 */
export const USERS: readonly (readonly [
  local: string,
  displayName: string,
  organisationKey: string,
  roles: readonly UserRole[],
])[] = [
  ['politie', 'Rik Verhoef', 'police', ['PROFESSIONAL']],
  ['fg.politie', 'Hans Vermeulen', 'police', ['PRIVACY_OFFICER']],
  ['om', 'Yvonne Kalkman', 'prosecution', ['PROFESSIONAL']],
  ['reclassering', 'Orhan Yildirim', 'probation', ['PROFESSIONAL']],
  ['rvdk', 'Marloes van Eijk', 'child-protection-board', ['PROFESSIONAL']],
  ['jeugdbescherming', 'Sharon Ramlal', 'youth-protection', ['PROFESSIONAL']],
  ['wijkteam.zuid', 'Nadia Bouchtaoui', 'local-team-zuid', ['PROFESSIONAL']],
  ['casusregisseur.wijkteam.zuid', 'Wouter de Ridder', 'local-team-zuid', ['CASE_DIRECTOR']],
  ['wijkteam.schiedam', 'Lisette Groeneveld', 'local-team-schiedam', ['PROFESSIONAL']],
  ['casusregisseur.wijkteam.schiedam', 'Kofi Mensah', 'local-team-schiedam', ['CASE_DIRECTOR']],
  ['veiligthuis', 'Eline Vermaat', 'safe-home', ['PROFESSIONAL']],
  ['casusregisseur.veiligthuis', 'Samira Ait Taleb', 'safe-home', ['CASE_DIRECTOR']],
  ['procesregisseur.veiligthuis', 'Jasper Hoekstra', 'safe-home', ['PROCESS_DIRECTOR']],
  ['fg.veiligthuis', 'Agnes Timmerman', 'safe-home', ['PRIVACY_OFFICER']],
  ['centrumhg', 'Danielle Sno', 'centre', ['PROFESSIONAL']],
  ['zvh', 'Gijs Roodenburg', 'safety-house', ['PROFESSIONAL']],
  ['fg.zvh', 'Femke Dijkstra', 'safety-house', ['PRIVACY_OFFICER', 'COORDINATING_PRIVACY_OFFICER']],
  ['procesregisseur.zvh', 'Hatice Korkmaz', 'safety-house', ['PROCESS_DIRECTOR']],
  ['ggz', 'Tamara Westerveld', 'care', ['PROFESSIONAL']],
  ['gemeente', 'Bart Kleinjan', 'municipality', ['PROFESSIONAL']],
  ['fg.gemeente', 'Ingrid Pronk', 'municipality', ['PRIVACY_OFFICER']],
  ['beheer.gemeente', 'Ramon Faneyte', 'municipality', ['ADMIN']],
  ['teamleider.wijkteam.zuid', 'Monique Verbeek', 'local-team-zuid', ['TEAM_LEAD']],
  ['teamleider.zvh', 'Erwin Bakker', 'safety-house', ['TEAM_LEAD']],
  ['beleid.gemeente', 'Fatima el Amrani', 'municipality', ['POLICY_OFFICER']],
];

/** Municipalities served by Wijkteam Schiedam; every other municipality goes to Wijkteam Rotterdam-Zuid. */
export const SCHIEDAM_TEAM_MUNICIPALITIES: ReadonlySet<string> = new Set([
  'SCHIEDAM',
  'VLAARDINGEN',
  'MAASSLUIS',
  'LANSINGERLAND',
]);

/** Relative caseload per municipality, roughly by population. */
export const MUNICIPALITY_WEIGHTS: Readonly<Record<string, number>> = {
  MAASSLUIS: 2.5,
  VLAARDINGEN: 5.5,
  SCHIEDAM: 6,
  LANSINGERLAND: 4.5,
  ROTTERDAM: 42,
  CAPELLE_AAN_DEN_IJSSEL: 5,
  KRIMPEN_AAN_DEN_IJSSEL: 2,
  RIDDERKERK: 3.5,
  BARENDRECHT: 3.5,
  ALBRANDSWAARD: 2,
  NISSEWAARD: 6,
  HELLEVOETSLUIS: 3,
  BRIELLE: 1.5,
  WESTVOORNE: 1,
  GOEREE_OVERFLAKKEE: 3.5,
};

export const STATUS_WEIGHTS: Readonly<Record<CaseStatus, number>> = {
  INTAKE: 15,
  ACTIVE: 45,
  MONITORING: 20,
  CLOSED: 20,
};

export const PROFILE_WEIGHTS: Readonly<Record<HouseholdProfile, number>> = {
  INTIMATE_TERROR: 18,
  FAMILY_UNDER_STRESS: 14,
  LONG_TERM_CARE: 10,
  CHILD_BEHAVIOUR_PARENTING_STRESS: 8,
  COMPLEX_CONFLICT_DIVORCE: 12,
  INTIMATE_TERROR_WITHOUT_CHILDREN: 8,
  CHILD_TO_PARENT_ABUSE: 5,
  CHILD_ABUSE: 8,
  ELDER_ABUSE: 5,
  YOUTH_PROSTITUTION_TRAFFICKING: 3,
  HARMFUL_TRADITIONAL_PRACTICES: 4,
  SEXUAL_VIOLENCE: 5,
};

export const COVENANT_ARTICLE = 'Convenant Zorg- en Veiligheidshuis Rotterdam-Rijnmond, art. 7';

export const PURPOSES: Readonly<Record<OrganisationType, string>> = {
  POLICE: 'Veiligheidsbeoordeling en strafrechtelijke interventies',
  PROSECUTION: 'Afstemming strafrechtelijke aanpak en bijzondere voorwaarden',
  PROBATION: 'Toezicht op de pleger en afstemming bijzondere voorwaarden',
  CHILD_PROTECTION_BOARD: 'Raadsonderzoek en afstemming kinderbeschermingsmaatregel',
  YOUTH_PROTECTION: 'Uitvoering ondertoezichtstelling en veiligheid van de kinderen',
  LOCAL_TEAM: 'Casusregie en gezamenlijk plan van aanpak MDA++',
  SAFE_HOME: 'Gezamenlijk plan van aanpak MDA++ en veiligheidsbeoordeling',
  CENTRE: 'Intensief casemanagement en gezamenlijk plan van aanpak MDA++',
  SAFETY_HOUSE: 'Procesregie en opschaling bij stagnatie van het plan van aanpak',
  CARE: 'Behandeling en afstemming van zorg binnen het plan van aanpak MDA++',
  MUNICIPALITY: 'Tijdelijk huisverbod en afstemming burgemeestersbevoegdheden',
};

/** BSNs used literally by other tests; the generator never hands them out. */
export const RESERVED_BSNS: ReadonlySet<string> = new Set(['111222333', '123456782']);

export const MAX_TEAM_SIZE = 6;

/** Which partners stay when more than MAX_TEAM_SIZE would join. */
export const TEAM_PRIORITY: readonly OrganisationType[] = [
  'POLICE',
  'YOUTH_PROTECTION',
  'CENTRE',
  'CARE',
  'PROBATION',
  'SAFETY_HOUSE',
  'CHILD_PROTECTION_BOARD',
  'PROSECUTION',
  'MUNICIPALITY',
];
