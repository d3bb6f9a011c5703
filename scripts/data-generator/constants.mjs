// Constants of the data generator (scripts/data-generator.mjs): time units, regions, organisation
// names, profiles and the value lists the generated rows draw from.
export const DAY = 86_400_000;
export const YEARS = 10;
/** Audit rows per household when not given: a national trail of 100M rows for 1M households. */
export const DEFAULT_AUDIT_ROWS_PER_HOUSEHOLD = 100;
/** The tables the generator fills: "large" for the EXPLAIN test. */
export const GENERATED_TABLES = [
  'household',
  'person',
  'household_member',
  'case_file',
  'case_team_membership',
  'director_assignment',
  'plan',
  'plan_element',
  'plan_element_change',
  'case_entry',
  'household_report',
  'safety_score',
  'escalation',
  'escalation_history',
  'notification',
  'app_user',
  'organisation',
];

/** Veilig Thuis regions besides the demo region (Rotterdam-Rijnmond, region 0). */
export const REGIONS = [
  'Groningen',
  'Friesland',
  'Drenthe',
  'IJsselland',
  'Twente',
  'Noord- en Oost-Gelderland',
  'Gelderland-Midden',
  'Gelderland-Zuid',
  'Utrecht',
  'Noord-Holland Noord',
  'Zaanstreek-Waterland',
  'Kennemerland',
  'Amsterdam-Amstelland',
  'Gooi en Vechtstreek',
  'Haaglanden',
  'Hollands Midden',
  'Zuid-Holland Zuid',
  'Zeeland',
  'Midden- en West-Brabant',
  'Brabant-Noordoost',
  'Zuidoost-Brabant',
  'Limburg-Noord',
  'Zuid-Limburg',
  'Flevoland',
];
export const ORG_NAMES = {
  POLICE: (r) => `Politie ${r}`,
  PROSECUTION: (r) => `Openbaar Ministerie ${r}`,
  PROBATION: (r) => `Reclassering ${r}`,
  CHILD_PROTECTION_BOARD: (r) => `Raad voor de Kinderbescherming ${r}`,
  YOUTH_PROTECTION: (r) => `Jeugdbescherming ${r}`,
  LOCAL_TEAM: (r) => `Wijkteam ${r}`,
  SAFE_HOME: (r) => `Veilig Thuis ${r}`,
  CENTRE: (r) => `Centrum huiselijk geweld ${r}`,
  SAFETY_HOUSE: (r) => `Zorg- en Veiligheidshuis ${r}`,
  CARE: (r) => `GGZ ${r}`,
  MUNICIPALITY: (r) => `Gemeente ${r}`,
};
export const PROFILES = [
  'INTIMATE_TERROR',
  'FAMILY_UNDER_STRESS',
  'LONG_TERM_CARE',
  'CHILD_BEHAVIOUR_PARENTING_STRESS',
  'COMPLEX_CONFLICT_DIVORCE',
  'INTIMATE_TERROR_WITHOUT_CHILDREN',
  'CHILD_TO_PARENT_ABUSE',
  'CHILD_ABUSE',
  'ELDER_ABUSE',
  'YOUTH_PROSTITUTION_TRAFFICKING',
  'HARMFUL_TRADITIONAL_PRACTICES',
  'SEXUAL_VIOLENCE',
];
export const DOMAINS = [
  'SAFETY',
  'HOUSING',
  'INCOME_DEBT',
  'HEALTH_ADDICTION',
  'PARENTING_CHILDREN',
  'JUSTICE',
  'SOCIAL_NETWORK',
];
export const PHASES = ['DIRECT_SAFETY', 'STABLE_SAFETY', 'RECOVERY'];
export const STREETS = [
  'Hoogstraat',
  'Kerkstraat',
  'Marktplein',
  'Dorpsstraat',
  'Molenweg',
  'Stationsweg',
  'Schoolstraat',
  'Julianalaan',
  'Beatrixstraat',
  'Havenkade',
];
export const ENTRY_KINDS = [
  ['CRIMINAL', 'POLICE', 'Incident huiselijk geweld', 'Politie ter plaatse na melding van buren; aangifte opgenomen.'],
  [
    'CHILD_PROTECTION',
    'SAFE_HOME',
    'Veiligheidsbeoordeling',
    'Veiligheidsbeoordeling afgerond; afspraken met ouders vastgelegd.',
  ],
  ['HEALTH', 'CARE', 'Intake GGZ', 'Intake heeft plaatsgevonden; behandeling start binnen vier weken.'],
  ['CONTACT', 'LOCAL_TEAM', 'Huisbezoek', 'Huisbezoek afgelegd; gezin staat open voor hulp bij schulden.'],
];
export const READ_FIELDS = [
  ['Case', ['household', 'reference', 'status', 'team'], ['IDENTITY']],
  ['Person', ['address', 'dateOfBirth', 'firstName', 'lastName', 'phone'], ['CONTACT', 'IDENTITY']],
  ['Plan', ['goals', 'picture', 'status'], ['PLAN']],
  ['CaseEntry', ['body', 'title'], ['CRIMINAL']],
];
export const PURPOSES = ['MDO_PREPARATION', 'PLAN_EXECUTION', 'SAFETY_ASSESSMENT'];
