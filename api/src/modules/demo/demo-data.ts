/**
 * Deterministic, synthetic demo data for the Rotterdam-Rijnmond region: organisations, demo
 * logins, persons, households and their cases with case teams. Pure functions, no database:
 * `demo.seeder.ts` writes the result.
 *
 * EVERYTHING here is synthetic. Names are random combinations from `dutch-names.ts`, dates of
 * birth are random, and BSNs are random digit strings that merely pass the eleven-test: they
 * are never real people's data and must never be replaced by real data.
 *
 * Determinism: one seeded PRNG (mulberry32) drives every choice; there is no Math.random and
 * no clock. All dates are relative to the reference date 1 November of `year` (default
 * 2026-11-01): cases open between 1 January and 31 October of that year, ended team
 * memberships end before the reference date and no date lies after it.
 */
import {
  CASE_STATUSES,
  HOUSEHOLD_PROFILES,
  MUNICIPALITIES,
  formatCaseReference,
  isValidBsn,
  type CaseStatus,
  type HouseholdProfile,
  type LegalBasisKind,
  type MemberRole,
  type OrganisationType,
  type UserRole,
} from '@mda/domain';
import { NAME_BACKGROUNDS, type NameBackground } from './dutch-names.js';

export interface DemoOrganisation {
  key: string;
  name: string;
  type: OrganisationType;
  /** Municipalities a municipality organisation serves (its policy officers read their figures). */
  municipalities?: readonly string[];
}

export interface DemoUser {
  email: string;
  password: string;
  totpSecret: string;
  displayName: string;
  organisationKey: string;
  roles: UserRole[];
}

export interface DemoPerson {
  key: string;
  firstName: string;
  lastName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  /** Synthetic: passes the eleven-test, never a real person's BSN. */
  bsn: string | null;
}

export interface DemoMember {
  personKey: string;
  roles: MemberRole[];
}

export interface DemoMembership {
  organisationKey: string;
  legalBasis: { kind: LegalBasisKind; article: string | null; consentDate: string | null; statute: string | null };
  purpose: string;
  /** YYYY-MM-DD, on or after the day the case was opened. */
  validFrom: string;
  /** YYYY-MM-DD, or null while open-ended. */
  validUntil: string | null;
}

export interface DemoCase {
  reference: string;
  status: CaseStatus;
  /** Code from MUNICIPALITIES. */
  municipality: string;
  profile: HouseholdProfile;
  /** ISO datetime, UTC. */
  openedAt: string;
  closedAt: string | null;
  members: DemoMember[];
  team: DemoMembership[];
}

export interface DemoData {
  organisations: DemoOrganisation[];
  users: DemoUser[];
  persons: DemoPerson[];
  cases: DemoCase[];
}

export interface Persona {
  email: string;
  password: string;
  /** Base32 TOTP secret of the persona's enrolled authenticator app (demo only; docs/identity.md). */
  totpSecret: string;
  organisationType: OrganisationType;
  roles: UserRole[];
}

// ---------------------------------------------------------------------------------------------
// Fixed part: organisations and demo logins (independent of the seed).
// ---------------------------------------------------------------------------------------------

const DEMO_PASSWORD = 'Demo-Wachtwoord-2026!';
/**
 * Every demo login has an authenticator app enrolled with this published secret, so the demo
 * can show the second factor (SECOND_FACTOR_REQUIRED=true): add it to any TOTP app, or
 * `npx otplib`-style tools. Never a secret in production: real users enrol their own.
 */
export const DEMO_TOTP_SECRET = 'MDADEMOTWEEDEFACTORZUIDROTTERDAM';
const EMAIL_DOMAIN = 'demo.mda.test'; // reserved .test TLD: never deliverable

const ORGANISATIONS: readonly DemoOrganisation[] = [
  { key: 'police', name: 'Politie Eenheid Rotterdam', type: 'POLICE' },
  { key: 'prosecution', name: 'Openbaar Ministerie Rotterdam', type: 'PROSECUTION' },
  { key: 'probation', name: 'Reclassering Nederland regio Rotterdam', type: 'PROBATION' },
  { key: 'child-protection-board', name: 'Raad voor de Kinderbescherming regio Rotterdam', type: 'CHILD_PROTECTION_BOARD' },
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
const USERS: readonly (readonly [local: string, displayName: string, organisationKey: string, roles: readonly UserRole[]])[] = [
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
const SCHIEDAM_TEAM_MUNICIPALITIES: ReadonlySet<string> = new Set(['SCHIEDAM', 'VLAARDINGEN', 'MAASSLUIS', 'LANSINGERLAND']);

/** Relative caseload per municipality, roughly by population. */
const MUNICIPALITY_WEIGHTS: Readonly<Record<string, number>> = {
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

const STATUS_WEIGHTS: Readonly<Record<CaseStatus, number>> = { INTAKE: 15, ACTIVE: 45, MONITORING: 20, CLOSED: 20 };

const PROFILE_WEIGHTS: Readonly<Record<HouseholdProfile, number>> = {
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

const COVENANT_ARTICLE = 'Convenant Zorg- en Veiligheidshuis Rotterdam-Rijnmond, art. 7';

const PURPOSES: Readonly<Record<OrganisationType, string>> = {
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
const RESERVED_BSNS: ReadonlySet<string> = new Set(['111222333', '123456782']);

const MAX_TEAM_SIZE = 6;

/** Which partners stay when more than MAX_TEAM_SIZE would join. */
const TEAM_PRIORITY: readonly OrganisationType[] = [
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

// ---------------------------------------------------------------------------------------------
// Seeded randomness and dates.
// ---------------------------------------------------------------------------------------------

/** mulberry32: small, fast, good enough for demo data, and identical on every platform. */
class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (max < min) return min;
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  /** Fisher-Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      const a = items[i] as T;
      items[i] = items[j] as T;
      items[j] = a;
    }
    return items;
  }
}

const DAY_MS = 86_400_000;
const YEAR_DAYS = 365.25;

/** Days since 1970-01-01 (UTC) of a calendar date. */
function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Office hours in UTC (07:00-16:59), so the UTC date equals the Dutch date. */
function isoDateTime(rng: Rng, day: number): string {
  return new Date(day * DAY_MS + rng.int(7, 16) * 3_600_000 + rng.int(0, 59) * 60_000).toISOString();
}

/** Entries pairing each item with its weight. */
function weightsOf<T extends string>(items: readonly T[], weights: Readonly<Record<string, number>>): (readonly [T, number])[] {
  return items.map((item) => [item, weights[item] ?? 1] as const);
}

/**
 * A list of `n` items that contains every item at least once (when `n` allows), topped up
 * with weighted draws, in random order.
 */
function coveringList<T>(rng: Rng, n: number, entries: readonly (readonly [T, number])[]): T[] {
  const list = entries.slice(0, Math.min(n, entries.length)).map(([value]) => value);
  while (list.length < n) list.push(rng.weighted(entries));
  return rng.shuffle(list);
}

// ---------------------------------------------------------------------------------------------
// Persons and households.
// ---------------------------------------------------------------------------------------------

type Gender = 'F' | 'M';

interface FamilyName {
  bg: NameBackground;
  name: string;
}

interface Context {
  rng: Rng;
  /** Day number of the reference date. */
  refDay: number;
  persons: DemoPerson[];
  usedBsns: Set<string>;
}

/**
 * A random nine-digit string passing the eleven-test: eight random digits, then the ninth
 * digit that makes the weighted sum divisible by 11 (retry when that would be 10).
 * Synthetic, for demo purposes only; never a real person's BSN.
 */
function syntheticBsn(ctx: Context): string {
  for (let attempt = 0; attempt < 10_000; attempt += 1) {
    let digits = String(ctx.rng.int(1, 9));
    let sum = Number(digits) * 9;
    for (let i = 1; i < 8; i += 1) {
      const d = ctx.rng.int(0, 9);
      digits += String(d);
      sum += d * (9 - i);
    }
    const check = sum % 11;
    if (check === 10) continue;
    const bsn = `${digits}${check}`;
    if (!isValidBsn(bsn) || ctx.usedBsns.has(bsn) || RESERVED_BSNS.has(bsn)) continue;
    ctx.usedBsns.add(bsn);
    return bsn;
  }
  throw new Error('could not generate a unique synthetic BSN');
}

function addPerson(ctx: Context, family: FamilyName, gender: Gender, dobDay: number): string {
  const key = `person-${String(ctx.persons.length + 1).padStart(5, '0')}`;
  ctx.persons.push({
    key,
    firstName: ctx.rng.pick(gender === 'F' ? family.bg.female : family.bg.male),
    lastName: family.name,
    dateOfBirth: isoDate(dobDay),
    bsn: ctx.rng.chance(0.7) ? syntheticBsn(ctx) : null,
  });
  return key;
}

function newFamily(ctx: Context, bg?: NameBackground): FamilyName {
  const background = bg ?? ctx.rng.weighted(NAME_BACKGROUNDS.map((b) => [b, b.weight] as const));
  return { bg: background, name: ctx.rng.pick(background.family) };
}

/** A partner: usually sharing the family name, otherwise their own (same or other background). */
function partnerFamily(ctx: Context, family: FamilyName, shareChance = 0.7): FamilyName {
  if (ctx.rng.chance(shareChance)) return family;
  return newFamily(ctx, ctx.rng.chance(0.6) ? family.bg : undefined);
}

/** Date of birth of someone aged `minAge`..`maxAge` whole years on the reference date. */
function dobForAge(ctx: Context, minAge: number, maxAge: number): number {
  return ctx.refDay - ctx.rng.int(Math.ceil(minAge * YEAR_DAYS) + 2, Math.floor((maxAge + 1) * YEAR_DAYS) - 2);
}

/** Children are at most 16 on the reference date (minors with margin), at least a month old. */
function childDob(ctx: Context, minAge: number, maxAge: number): number {
  const dob = dobForAge(ctx, minAge, Math.min(maxAge, 16));
  return Math.min(dob, ctx.refDay - 30);
}

/** A parent at least 19 and at most 42 years older than the child. */
function parentDob(ctx: Context, childDobDay: number): number {
  return childDobDay - ctx.rng.int(Math.ceil(19 * YEAR_DAYS), Math.floor(42 * YEAR_DAYS));
}

const otherGender = (g: Gender): Gender => (g === 'F' ? 'M' : 'F');

class Household {
  readonly members: DemoMember[] = [];

  constructor(private readonly ctx: Context) {}

  add(family: FamilyName, gender: Gender, dobDay: number, roles: MemberRole[]): number {
    this.members.push({ personKey: addPerson(this.ctx, family, gender, dobDay), roles });
    return dobDay;
  }

  /** `count` children with the family name; returns the date of birth of the oldest. */
  children(family: FamilyName, count: number, minAge: number, maxAge: number, roles: () => MemberRole[]): number {
    let oldest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < count; i += 1) {
      const dob = this.add(family, this.ctx.rng.chance(0.5) ? 'F' : 'M', childDob(this.ctx, minAge, maxAge), roles());
      oldest = Math.min(oldest, dob);
    }
    return oldest;
  }

  /** Sometimes a grandparent is involved (OTHER). */
  maybeGrandparent(family: FamilyName, parentDobDay: number, p: number): void {
    if (!this.ctx.rng.chance(p)) return;
    const dob = parentDobDay - this.ctx.rng.int(Math.ceil(20 * YEAR_DAYS), Math.floor(35 * YEAR_DAYS));
    this.add(this.ctx.rng.chance(0.5) ? family : newFamily(this.ctx, family.bg), this.ctx.rng.chance(0.65) ? 'F' : 'M', dob, ['OTHER']);
  }
}

interface HouseholdFacts {
  members: DemoMember[];
  hasChildren: boolean;
  hasAdultPerpetrator: boolean;
  hasPerpetrator: boolean;
}

function buildHousehold(ctx: Context, profile: HouseholdProfile): HouseholdFacts {
  const { rng } = ctx;
  const h = new Household(ctx);
  const family = newFamily(ctx);
  const childVictim = (p: number) => (): MemberRole[] => (rng.chance(p) ? ['CHILD', 'VICTIM'] : ['CHILD']);
  let adultPerpetrator = true;

  switch (profile) {
    case 'INTIMATE_TERROR':
    case 'INTIMATE_TERROR_WITHOUT_CHILDREN': {
      const victimGender: Gender = rng.chance(0.88) ? 'F' : 'M';
      const perpetratorGender = rng.chance(0.96) ? otherGender(victimGender) : victimGender;
      if (profile === 'INTIMATE_TERROR') {
        const kids = new Household(ctx);
        const oldest = kids.children(family, rng.int(1, 3), 0, 16, childVictim(0.6));
        h.add(partnerFamily(ctx, family), victimGender, parentDob(ctx, oldest), ['VICTIM']);
        h.add(family, perpetratorGender, parentDob(ctx, oldest), ['PERPETRATOR']);
        h.members.push(...kids.members);
        h.maybeGrandparent(family, oldest - Math.floor(30 * YEAR_DAYS), 0.1);
      } else {
        h.add(partnerFamily(ctx, family), victimGender, dobForAge(ctx, 19, 62), ['VICTIM']);
        h.add(family, perpetratorGender, dobForAge(ctx, 19, 65), ['PERPETRATOR']);
      }
      break;
    }
    case 'FAMILY_UNDER_STRESS': {
      const kids = new Household(ctx);
      const oldest = kids.children(family, rng.int(1, 4), 0, 16, childVictim(0.5));
      const mutual = rng.chance(0.4);
      const mother = parentDob(ctx, oldest);
      h.add(partnerFamily(ctx, family), 'F', mother, mutual ? ['VICTIM', 'PERPETRATOR'] : ['VICTIM']);
      h.add(family, 'M', parentDob(ctx, oldest), mutual ? ['VICTIM', 'PERPETRATOR'] : ['PERPETRATOR']);
      h.members.push(...kids.members);
      h.maybeGrandparent(family, mother, 0.12);
      break;
    }
    case 'LONG_TERM_CARE': {
      const kids = new Household(ctx);
      const oldest = kids.children(family, rng.int(1, 4), 0, 16, childVictim(0.8));
      const parentGender: Gender = rng.chance(0.7) ? 'F' : 'M';
      const first = parentDob(ctx, oldest);
      if (rng.chance(0.5)) {
        h.add(family, parentGender, first, ['PERPETRATOR']);
      } else {
        h.add(family, parentGender, first, rng.chance(0.3) ? ['VICTIM', 'PERPETRATOR'] : ['VICTIM']);
        h.add(partnerFamily(ctx, family), otherGender(parentGender), parentDob(ctx, oldest), ['PERPETRATOR']);
      }
      h.members.push(...kids.members);
      // A victim is guaranteed: with a single parent the first child is always a victim.
      const firstChild = kids.members[0];
      if (firstChild && !firstChild.roles.includes('VICTIM')) firstChild.roles = ['CHILD', 'VICTIM'];
      h.maybeGrandparent(family, first, 0.25);
      break;
    }
    case 'CHILD_BEHAVIOUR_PARENTING_STRESS': {
      const teenAlsoPerpetrates = rng.chance(0.4);
      const kids = new Household(ctx);
      const teen = kids.add(family, rng.chance(0.6) ? 'M' : 'F', childDob(ctx, 10, 16), teenAlsoPerpetrates ? ['CHILD', 'VICTIM', 'PERPETRATOR'] : ['CHILD', 'VICTIM']);
      kids.children(family, rng.int(0, 2), 0, 12, () => ['CHILD']);
      const first = parentDob(ctx, teen);
      h.add(family, rng.chance(0.6) ? 'F' : 'M', first, teenAlsoPerpetrates ? ['VICTIM', 'PERPETRATOR'] : ['PERPETRATOR']);
      if (rng.chance(0.6)) h.add(partnerFamily(ctx, family), rng.chance(0.5) ? 'F' : 'M', parentDob(ctx, teen), ['OTHER']);
      h.members.push(...kids.members);
      h.maybeGrandparent(family, first, 0.1);
      break;
    }
    case 'COMPLEX_CONFLICT_DIVORCE': {
      const kids = new Household(ctx);
      const oldest = kids.children(family, rng.int(1, 3), 1, 16, () => ['CHILD', 'VICTIM']);
      h.add(partnerFamily(ctx, family, 0.4), 'F', parentDob(ctx, oldest), ['VICTIM', 'PERPETRATOR']);
      h.add(family, 'M', parentDob(ctx, oldest), ['VICTIM', 'PERPETRATOR']);
      h.members.push(...kids.members);
      if (rng.chance(0.2)) h.add(newFamily(ctx), rng.chance(0.5) ? 'F' : 'M', dobForAge(ctx, 25, 50), ['OTHER']); // new partner
      break;
    }
    case 'CHILD_TO_PARENT_ABUSE': {
      adultPerpetrator = false;
      const kids = new Household(ctx);
      const teen = kids.add(family, rng.chance(0.75) ? 'M' : 'F', childDob(ctx, 12, 16), ['CHILD', 'PERPETRATOR']);
      if (rng.chance(0.5)) kids.children(family, 1, 0, 14, childVictim(0.5));
      h.add(partnerFamily(ctx, family), rng.chance(0.75) ? 'F' : 'M', parentDob(ctx, teen), ['VICTIM']);
      if (rng.chance(0.4)) h.add(family, rng.chance(0.5) ? 'M' : 'F', parentDob(ctx, teen), ['VICTIM']);
      h.members.push(...kids.members);
      break;
    }
    case 'CHILD_ABUSE': {
      const kids = new Household(ctx);
      const oldest = kids.children(family, rng.int(1, 4), 0, 16, () => ['CHILD', 'VICTIM']);
      h.add(family, rng.chance(0.6) ? 'M' : 'F', parentDob(ctx, oldest), ['PERPETRATOR']);
      if (rng.chance(0.6)) {
        const role = rng.weighted<MemberRole[]>([[['OTHER'], 5], [['PERPETRATOR'], 3], [['VICTIM'], 2]]);
        h.add(partnerFamily(ctx, family), rng.chance(0.7) ? 'F' : 'M', parentDob(ctx, oldest), role);
      }
      h.members.push(...kids.members);
      h.maybeGrandparent(family, oldest - Math.floor(30 * YEAR_DAYS), 0.12);
      break;
    }
    case 'ELDER_ABUSE': {
      const born = dayNumber(1935, 1, 1);
      const victim = h.add(family, rng.chance(0.7) ? 'F' : 'M', rng.int(born, dayNumber(1955, 12, 31)), ['VICTIM']);
      const childFrom = victim + Math.ceil(20 * YEAR_DAYS);
      const childUntil = Math.min(victim + Math.floor(42 * YEAR_DAYS), ctx.refDay - Math.ceil(25 * YEAR_DAYS));
      h.add(rng.chance(0.7) ? family : newFamily(ctx, family.bg), rng.chance(0.6) ? 'M' : 'F', rng.int(childFrom, childUntil), ['PERPETRATOR']);
      if (rng.chance(0.4)) h.add(family, rng.chance(0.5) ? 'M' : 'F', rng.int(born, dayNumber(1955, 12, 31)), rng.chance(0.5) ? ['OTHER'] : ['VICTIM']);
      break;
    }
    case 'YOUTH_PROSTITUTION_TRAFFICKING': {
      const victim = h.add(family, rng.chance(0.9) ? 'F' : 'M', childDob(ctx, 13, 16), ['CHILD', 'VICTIM']);
      h.add(partnerFamily(ctx, family), 'F', parentDob(ctx, victim), ['OTHER']);
      if (rng.chance(0.5)) h.add(family, 'M', parentDob(ctx, victim), ['OTHER']);
      if (rng.chance(0.8)) h.add(newFamily(ctx), 'M', dobForAge(ctx, 19, 32), ['PERPETRATOR']);
      else adultPerpetrator = false;
      break;
    }
    case 'HARMFUL_TRADITIONAL_PRACTICES': {
      const minor = rng.chance(0.6);
      const victim = h.add(family, rng.chance(0.85) ? 'F' : 'M', minor ? childDob(ctx, 14, 16) : dobForAge(ctx, 18, 24), minor ? ['CHILD', 'VICTIM'] : ['VICTIM']);
      const father = parentDob(ctx, victim - Math.ceil(6 * YEAR_DAYS));
      h.add(family, 'M', father, ['PERPETRATOR']);
      h.add(partnerFamily(ctx, family), 'F', parentDob(ctx, victim - Math.ceil(6 * YEAR_DAYS)), rng.chance(0.35) ? ['PERPETRATOR'] : ['OTHER']);
      if (rng.chance(0.5)) {
        // An older brother, aged 19 or over on the reference date.
        const brother = Math.min(victim - rng.int(365, Math.ceil(6 * YEAR_DAYS)), dobForAge(ctx, 19, 19));
        h.add(family, 'M', brother, ['PERPETRATOR']);
      }
      break;
    }
    case 'SEXUAL_VIOLENCE': {
      if (rng.chance(0.6)) {
        const victim = h.add(family, rng.chance(0.75) ? 'F' : 'M', childDob(ctx, 4, 16), ['CHILD', 'VICTIM']);
        h.add(partnerFamily(ctx, family), 'F', parentDob(ctx, victim), ['OTHER']);
        h.add(newFamily(ctx), 'M', parentDob(ctx, victim), ['PERPETRATOR']); // mother's new partner
        if (rng.chance(0.4)) h.children(family, 1, 0, 16, () => ['CHILD']);
      } else {
        h.add(family, rng.chance(0.9) ? 'F' : 'M', dobForAge(ctx, 18, 45), ['VICTIM']);
        h.add(newFamily(ctx), 'M', dobForAge(ctx, 19, 55), ['PERPETRATOR']); // (ex-)partner
      }
      break;
    }
  }

  const has = (role: MemberRole) => h.members.some((m) => m.roles.includes(role));
  return {
    members: h.members,
    hasChildren: has('CHILD'),
    hasPerpetrator: has('PERPETRATOR'),
    hasAdultPerpetrator: adultPerpetrator && h.members.some((m) => m.roles.includes('PERPETRATOR') && !m.roles.includes('CHILD')),
  };
}

// ---------------------------------------------------------------------------------------------
// Case teams.
// ---------------------------------------------------------------------------------------------

function legalBasisFor(ctx: Context, type: OrganisationType, validFrom: number, openedDay: number): DemoMembership['legalBasis'] {
  const { rng } = ctx;
  const covenant = { kind: 'COVENANT' as const, article: COVENANT_ARTICLE, consentDate: null, statute: null };
  const duty = (statute: string) => ({ kind: 'LEGAL_DUTY' as const, article: null, consentDate: null, statute });
  switch (type) {
    case 'POLICE':
      return rng.chance(0.6) ? duty('Wet politiegegevens art. 16') : covenant;
    case 'PROSECUTION':
      return rng.chance(0.4) ? duty('Wet justitiële en strafvorderlijke gegevens art. 8a') : covenant;
    case 'YOUTH_PROTECTION':
      return rng.chance(0.8) ? duty('Jeugdwet art. 7.4.0') : covenant;
    case 'SAFE_HOME':
      return rng.chance(0.25) ? duty('Wet maatschappelijke ondersteuning 2015 art. 4.1.1') : covenant;
    case 'MUNICIPALITY':
      return duty('Wet tijdelijk huisverbod art. 2');
    case 'CARE':
      return rng.chance(0.75)
        ? { kind: 'CONSENT', article: null, consentDate: isoDate(rng.int(Math.max(openedDay, validFrom - 7), validFrom)), statute: null }
        : covenant;
    default:
      return covenant;
  }
}

/** Chance that an organisation of this type joins the team, given the household. */
function joinChance(type: OrganisationType, profile: HouseholdProfile, facts: HouseholdFacts): number {
  const intimateTerror = profile === 'INTIMATE_TERROR' || profile === 'INTIMATE_TERROR_WITHOUT_CHILDREN';
  switch (type) {
    case 'SAFE_HOME':
      return 0.85;
    case 'POLICE':
      return intimateTerror ? 0.9 : facts.hasPerpetrator ? 0.7 : 0.3;
    case 'PROSECUTION':
      return facts.hasAdultPerpetrator ? 0.3 : 0;
    case 'PROBATION':
      return facts.hasAdultPerpetrator ? (intimateTerror ? 0.5 : 0.3) : 0;
    case 'CHILD_PROTECTION_BOARD':
      return facts.hasChildren ? 0.3 : 0;
    case 'YOUTH_PROTECTION':
      if (!facts.hasChildren) return 0;
      return profile === 'CHILD_ABUSE' || profile === 'YOUTH_PROSTITUTION_TRAFFICKING' || profile === 'CHILD_TO_PARENT_ABUSE' ? 0.7 : 0.45;
    case 'CENTRE':
      return intimateTerror ? 0.5 : 0.15;
    case 'SAFETY_HOUSE':
      return profile === 'HARMFUL_TRADITIONAL_PRACTICES' || profile === 'YOUTH_PROSTITUTION_TRAFFICKING' ? 0.6 : 0.15;
    case 'CARE':
      return profile === 'LONG_TERM_CARE' ? 0.8 : profile === 'ELDER_ABUSE' ? 0.6 : 0.3;
    case 'MUNICIPALITY':
      return facts.hasAdultPerpetrator ? 0.05 : 0;
    case 'LOCAL_TEAM':
      return 0; // the local team is chosen by municipality, never at random
  }
}

interface TeamInput {
  status: CaseStatus;
  profile: HouseholdProfile;
  municipality: string;
  openedDay: number;
  /** Closing day for a CLOSED case, else null. */
  closedDay: number | null;
  facts: HouseholdFacts;
}

function buildTeam(ctx: Context, input: TeamInput): DemoMembership[] {
  const { rng, refDay } = ctx;
  const lastDay = input.closedDay ?? refDay - 1;
  const localTeam = SCHIEDAM_TEAM_MUNICIPALITIES.has(input.municipality) ? 'local-team-schiedam' : 'local-team-zuid';

  // Which organisations join. A case in intake has only the first partners on board.
  let partners = ORGANISATIONS.filter((o) => o.type !== 'LOCAL_TEAM').filter((o) => {
    if (input.status === 'INTAKE') return o.type === 'SAFE_HOME' || (o.type === 'POLICE' && input.facts.hasPerpetrator && rng.chance(0.5));
    return rng.chance(joinChance(o.type, input.profile, input.facts));
  });
  const safeHome = partners.filter((o) => o.type === 'SAFE_HOME');
  // Too many candidates: keep the most involved partners (police first, the main reporter).
  const others = partners
    .filter((o) => o.type !== 'SAFE_HOME')
    .sort((a, b) => TEAM_PRIORITY.indexOf(a.type) - TEAM_PRIORITY.indexOf(b.type))
    .slice(0, MAX_TEAM_SIZE - 1 - safeHome.length);
  partners = [...safeHome, ...others];
  if (partners.length === 0) partners = ORGANISATIONS.filter((o) => o.type === 'SAFE_HOME');

  const team: DemoMembership[] = [];
  const localFrom = Math.min(input.openedDay + rng.int(0, 3), lastDay);
  team.push({
    organisationKey: localTeam,
    legalBasis: { kind: 'COVENANT', article: COVENANT_ARTICLE, consentDate: null, statute: null },
    purpose: PURPOSES.LOCAL_TEAM,
    validFrom: isoDate(localFrom),
    // The local team keeps the case, closed ones included, as the household's steady contact.
    validUntil: null,
  });

  const memberships = partners.map((o) => {
    const span = lastDay - input.openedDay;
    const from = input.openedDay + (o.type === 'SAFE_HOME' ? rng.int(0, Math.min(2, span)) : rng.int(0, Math.min(60, span)));
    let until: number | null = null;
    if (input.closedDay !== null) {
      until = input.closedDay; // partners leave the team when the case closes
    } else if (refDay - 1 - from >= 30) {
      // Some partners have finished their part; Veilig Thuis often hands over in monitoring.
      const endChance = o.type === 'SAFE_HOME' ? (input.status === 'MONITORING' ? 0.4 : 0.05) : 0.15;
      if (rng.chance(endChance)) until = rng.int(from + 14, refDay - 1);
    }
    const membership: DemoMembership = {
      organisationKey: o.key,
      legalBasis: legalBasisFor(ctx, o.type, from, input.openedDay),
      purpose: PURPOSES[o.type],
      validFrom: isoDate(from),
      validUntil: until === null ? null : isoDate(until),
    };
    return membership;
  });
  memberships.sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
  team.push(...memberships);
  return team;
}

// ---------------------------------------------------------------------------------------------
// Public API.
// ---------------------------------------------------------------------------------------------

/** Days before the reference date on which a case of this status was opened. */
function openedDaysAgo(rng: Rng, status: CaseStatus): number {
  switch (status) {
    case 'INTAKE':
      return rng.int(1, 28);
    case 'ACTIVE':
      return rng.int(21, 290);
    case 'MONITORING':
      return rng.int(100, 300);
    case 'CLOSED':
      return rng.int(150, 300);
  }
}

/**
 * The synthetic demo region. Same options, same output. Defaults: 200 households (one case
 * each), seed 20261101, year 2026 (reference date 2026-11-01). With at least 15 households
 * every case status, household profile and municipality occurs.
 */
export function generateDemoData(options: { households?: number; seed?: number; year?: number } = {}): DemoData {
  const households = options.households ?? 200;
  const seed = options.seed ?? 20261101;
  const year = options.year ?? 2026;
  if (!Number.isInteger(households) || households < 1 || households > 999_999) throw new RangeError('households must be an integer from 1 to 999999');
  if (!Number.isFinite(seed)) throw new RangeError('seed must be a finite number');
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError('year must be an integer from 2000 to 9999');

  const rng = new Rng(seed);
  const ctx: Context = { rng, refDay: dayNumber(year, 11, 1), persons: [], usedBsns: new Set() };

  const statuses = coveringList(rng, households, weightsOf(CASE_STATUSES, STATUS_WEIGHTS));
  const profiles = coveringList(rng, households, weightsOf(HOUSEHOLD_PROFILES, PROFILE_WEIGHTS));
  const municipalities = coveringList(
    rng,
    households,
    weightsOf(
      MUNICIPALITIES.map((m) => m.code),
      MUNICIPALITY_WEIGHTS,
    ),
  );

  const cases: DemoCase[] = [];
  for (let i = 0; i < households; i += 1) {
    const status = statuses[i] as CaseStatus;
    const profile = profiles[i] as HouseholdProfile;
    const municipality = municipalities[i] as string;
    const facts = buildHousehold(ctx, profile);
    const openedDay = ctx.refDay - openedDaysAgo(rng, status);
    const closedDay = status === 'CLOSED' ? rng.int(openedDay + 60, ctx.refDay - 1) : null;
    cases.push({
      reference: formatCaseReference(year, i + 1),
      status,
      municipality,
      profile,
      openedAt: isoDateTime(rng, openedDay),
      closedAt: closedDay === null ? null : isoDateTime(rng, closedDay),
      members: facts.members,
      team: buildTeam(ctx, { status, profile, municipality, openedDay, closedDay, facts }),
    });
  }

  return {
    organisations: ORGANISATIONS.map((o) => ({ ...o })),
    users: USERS.map(([local, displayName, organisationKey, roles]) => ({
      email: `${local}@${EMAIL_DOMAIN}`,
      password: DEMO_PASSWORD,
      totpSecret: DEMO_TOTP_SECRET,
      displayName,
      organisationKey,
      roles: [...roles],
    })),
    persons: ctx.persons,
    cases,
  };
}

/** The demo logins with their organisation type: one entry per user, in user order. */
export function personasOf(data: DemoData): Persona[] {
  const types = new Map(data.organisations.map((o) => [o.key, o.type]));
  return data.users.map((u) => {
    const organisationType = types.get(u.organisationKey);
    if (!organisationType) throw new Error(`demo user ${u.email} refers to unknown organisation ${u.organisationKey}`);
    return { email: u.email, password: u.password, totpSecret: u.totpSecret, organisationType, roles: [...u.roles] };
  });
}
