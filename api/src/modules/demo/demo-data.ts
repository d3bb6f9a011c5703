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
  type CaseStatus,
  type HouseholdProfile,
  type LegalBasisKind,
  type MemberRole,
  type OrganisationType,
  type UserRole,
} from '@mda/domain';
import {
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  EMAIL_DOMAIN,
  MUNICIPALITY_WEIGHTS,
  ORGANISATIONS,
  PROFILE_WEIGHTS,
  STATUS_WEIGHTS,
  USERS,
} from './demo-region.js';
import { type Context, buildHousehold, coveringList, dayNumber, isoDateTime, weightsOf } from './demo-households.js';
import { buildTeam, openedDaysAgo } from './demo-team.js';

import { Rng } from './demo-random.js';

export { DEMO_TOTP_SECRET } from './demo-region.js';

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

/**
 * The synthetic demo region. Same options, same output. Defaults: 200 households (one case
 * each), seed 20261101, year 2026 (reference date 2026-11-01). With at least 15 households
 * every case status, household profile and municipality occurs.
 */
export function generateDemoData(options: { households?: number; seed?: number; year?: number } = {}): DemoData {
  const households = options.households ?? 200;
  const seed = options.seed ?? 20261101;
  const year = options.year ?? 2026;
  if (!Number.isInteger(households) || households < 1 || households > 999_999)
    throw new RangeError('households must be an integer from 1 to 999999');
  if (!Number.isFinite(seed)) throw new RangeError('seed must be a finite number');
  if (!Number.isInteger(year) || year < 2000 || year > 9999)
    throw new RangeError('year must be an integer from 2000 to 9999');

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
