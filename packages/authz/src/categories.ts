import type { Actor } from './ability.js';
import type { OrganisationType } from '@mda/domain';

/** Data categories of personal data (AVG): every personal field belongs to exactly one. */
export const DATA_CATEGORIES = [
  'IDENTITY',
  'CONTACT',
  'SECRET_LOCATION',
  'CRIMINAL',
  'HEALTH',
  'CHILD_PROTECTION',
  'PLAN',
  'RESTRICTED_NOTE',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** Special categories that may only be read with a declared purpose (AVG art. 9 and 10). */
export const PURPOSE_BOUND_CATEGORIES: readonly DataCategory[] = ['HEALTH', 'CRIMINAL'];

/**
 * The purpose rule, in one place: HEALTH and CRIMINAL data is read and recorded only with a
 * purpose declared for the session (AVG art. 9 and 10). True when `category` is refused for
 * want of a purpose. Used by the rules here, the API's refusals and the web's hints.
 */
export function needsPurpose(category: string, purpose: string | null | undefined): boolean {
  return (PURPOSE_BOUND_CATEGORIES as readonly string[]).includes(category) && !purpose;
}

/**
 * Categories a session reads only after a second factor (TOTP, or an identity provider that
 * asserts one): health (art. 9), criminal (art. 10) and a victim's secret location.
 */
export const SECOND_FACTOR_CATEGORIES: readonly DataCategory[] = ['HEALTH', 'CRIMINAL', 'SECRET_LOCATION'];

/**
 * The extra condition on "an organisation always reads what it recorded itself": without a
 * confirmed second factor, not the SECOND_FACTOR_CATEGORIES (read by someone else of the
 * organisation, they are special-category data like any other).
 */
export function ownRecordsCondition(actor: Actor): { category?: { $nin: DataCategory[] } } {
  return actor.secondFactor === false ? { category: { $nin: [...SECOND_FACTOR_CATEGORIES] } } : {};
}

/** Purposes a session can declare. */
export const PURPOSES = ['MDO_PREPARATION', 'PLAN_EXECUTION', 'SAFETY_ASSESSMENT', 'CRISIS'] as const;
export type Purpose = (typeof PURPOSES)[number];

/**
 * Personal fields per subject type, by category. A field not listed here is not personal
 * data (ids, status); a personal field that is missing here is never disclosed (deny by default).
 */
export const PERSON_FIELDS: Readonly<Record<'IDENTITY' | 'CONTACT' | 'SECRET_LOCATION', readonly string[]>> = {
  IDENTITY: ['firstName', 'lastName', 'dateOfBirth', 'hasBsn'],
  CONTACT: ['address', 'phone'],
  SECRET_LOCATION: ['shelterAddress', 'safeContact'],
};

/** Content fields of a case entry (an item of shared information); its category is per row. */
export const ENTRY_CONTENT_FIELDS: readonly string[] = ['title', 'body', 'occurredOn', 'concerns'];

export const ALL_ORGANISATIONS = 'ALL_TEAM_MEMBERS' as const;

export interface CategoryPolicy {
  /** Organisation types on the case team that may read this category. */
  read: readonly OrganisationType[] | typeof ALL_ORGANISATIONS;
  /** Organisation types on the case team that may record data of this category. */
  write: readonly OrganisationType[] | typeof ALL_ORGANISATIONS;
  /** The assigned case director of the case may read it whatever their organisation. */
  caseDirectorReads: boolean;
  /** Rows carry their own audience (organisation types); only that audience and the author read them. */
  audienceBound: boolean;
}

/**
 * The default policy (docs/permissions.md is generated from it). Rationale per line is in
 * docs/permissions.md; the field's own rules from DOMAIN.md:
 * SECRET_LOCATION never to probation or prosecution, only to the centre, Veilig Thuis,
 * care and the case director; CRIMINAL not to the local team or care; HEALTH not to police
 * or prosecution; PLAN to every team member.
 */
export const CATEGORY_POLICY: Readonly<Record<DataCategory, CategoryPolicy>> = {
  IDENTITY: { read: ALL_ORGANISATIONS, write: ALL_ORGANISATIONS, caseDirectorReads: true, audienceBound: false },
  CONTACT: { read: ALL_ORGANISATIONS, write: ALL_ORGANISATIONS, caseDirectorReads: true, audienceBound: false },
  SECRET_LOCATION: {
    read: ['CENTRE', 'SAFE_HOME', 'CARE'],
    write: ['CENTRE', 'SAFE_HOME', 'CARE'],
    caseDirectorReads: true,
    audienceBound: false,
  },
  CRIMINAL: {
    read: [
      'POLICE',
      'PROSECUTION',
      'PROBATION',
      'CHILD_PROTECTION_BOARD',
      'YOUTH_PROTECTION',
      'SAFE_HOME',
      'CENTRE',
      'SAFETY_HOUSE',
      'MUNICIPALITY',
    ],
    write: ['POLICE', 'PROSECUTION', 'PROBATION', 'SAFE_HOME', 'SAFETY_HOUSE'],
    caseDirectorReads: false,
    audienceBound: false,
  },
  HEALTH: {
    read: [
      'PROBATION',
      'CHILD_PROTECTION_BOARD',
      'YOUTH_PROTECTION',
      'LOCAL_TEAM',
      'SAFE_HOME',
      'CENTRE',
      'SAFETY_HOUSE',
      'CARE',
    ],
    write: ['PROBATION', 'LOCAL_TEAM', 'SAFE_HOME', 'CENTRE', 'CARE'],
    caseDirectorReads: false,
    audienceBound: false,
  },
  CHILD_PROTECTION: {
    read: [
      'POLICE',
      'CHILD_PROTECTION_BOARD',
      'YOUTH_PROTECTION',
      'LOCAL_TEAM',
      'SAFE_HOME',
      'CENTRE',
      'SAFETY_HOUSE',
      'CARE',
    ],
    write: ['CHILD_PROTECTION_BOARD', 'YOUTH_PROTECTION', 'LOCAL_TEAM', 'SAFE_HOME'],
    caseDirectorReads: true,
    audienceBound: false,
  },
  PLAN: { read: ALL_ORGANISATIONS, write: ALL_ORGANISATIONS, caseDirectorReads: true, audienceBound: false },
  RESTRICTED_NOTE: { read: ALL_ORGANISATIONS, write: ALL_ORGANISATIONS, caseDirectorReads: false, audienceBound: true },
};

export function organisationMay(policy: CategoryPolicy['read'], organisationType: OrganisationType): boolean {
  return policy === ALL_ORGANISATIONS || policy.includes(organisationType);
}

/**
 * Whether giving a text category `to` instead of `from` lets anyone read it who could not before
 * (a wider audience): another organisation type on the team, the case director, or a session
 * without the declared purpose or the second factor that `from` demands. An audience-bound
 * category (its readers are chosen per row) is only "not wider" than itself.
 */
export function widensAudience(from: DataCategory, to: DataCategory): boolean {
  if (from === to) return false;
  const a = CATEGORY_POLICY[from];
  const b = CATEGORY_POLICY[to];
  if (a.audienceBound || b.audienceBound) return true;
  if (b.read === ALL_ORGANISATIONS ? a.read !== ALL_ORGANISATIONS : b.read.some((t) => !organisationMay(a.read, t)))
    return true;
  if (b.caseDirectorReads && !a.caseDirectorReads) return true;
  if (PURPOSE_BOUND_CATEGORIES.includes(from) && !PURPOSE_BOUND_CATEGORIES.includes(to)) return true;
  return SECOND_FACTOR_CATEGORIES.includes(from) && !SECOND_FACTOR_CATEGORIES.includes(to);
}

/** The categories a text of category `from` may be given without widening its audience (itself included). */
export function categoriesNotWiderThan(from: DataCategory): DataCategory[] {
  return DATA_CATEGORIES.filter((to) => !widensAudience(from, to));
}

/** The categories of a set of person fields (for audit records). */
export function categoriesOfPersonFields(fields: readonly string[]): DataCategory[] {
  return (Object.keys(PERSON_FIELDS) as (keyof typeof PERSON_FIELDS)[]).filter((c) =>
    PERSON_FIELDS[c].some((f) => fields.includes(f)),
  );
}
