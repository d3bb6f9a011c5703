/**
 * Shared vocabulary of the platform. Identifiers are English; the Dutch labels users see
 * live in `labels.ts` (DOMAIN.md keeps the Dutch terms canonical).
 */
export const ORGANISATION_TYPES = [
  'POLICE',
  'PROSECUTION',
  'PROBATION',
  'CHILD_PROTECTION_BOARD',
  'YOUTH_PROTECTION',
  'LOCAL_TEAM',
  'SAFE_HOME',
  'CENTRE',
  'SAFETY_HOUSE',
  'CARE',
  'MUNICIPALITY',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/**
 * COORDINATING_PRIVACY_OFFICER is a designation held next to PRIVACY_OFFICER: the privacy officer
 * the region's covenant names to handle data-subject requests for the joint controllers.
 */
export const USER_ROLES = [
  'PROFESSIONAL',
  'CASE_DIRECTOR',
  'PROCESS_DIRECTOR',
  'PRIVACY_OFFICER',
  'COORDINATING_PRIVACY_OFFICER',
  'ADMIN',
  'TEAM_LEAD',
  'POLICY_OFFICER',
] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const MEMBER_ROLES = ['VICTIM', 'PERPETRATOR', 'CHILD', 'OTHER'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const CASE_STATUSES = ['INTAKE', 'ACTIVE', 'MONITORING', 'CLOSED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Main problem of the household: the five research profiles, then the further main problems. */
export const HOUSEHOLD_PROFILES = [
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
] as const;
export type HouseholdProfile = (typeof HOUSEHOLD_PROFILES)[number];

export const LEGAL_BASIS_KINDS = ['COVENANT', 'CONSENT', 'LEGAL_DUTY'] as const;
export type LegalBasisKind = (typeof LEGAL_BASIS_KINDS)[number];

export const REGION_AREAS = ['NOORD', 'OOST', 'ROTTERDAM_ZUID', 'ZUID_WEST'] as const;
export type RegionArea = (typeof REGION_AREAS)[number];
