import type { ActionStatus, CoerciveMeasureKind, GoalPhase, InterventionKind, LifeDomain, OrganisationType, SafetyItemKind } from '@mda/graphql';

// The choices the forms offer, in the order professionals think in (BOB, the three phases).
export const GOAL_PHASES: readonly GoalPhase[] = ['DIRECT_SAFETY', 'STABLE_SAFETY', 'RECOVERY'];
export const LIFE_DOMAINS: readonly LifeDomain[] = ['SAFETY', 'PARENTING_CHILDREN', 'HOUSING', 'INCOME_DEBT', 'HEALTH_ADDICTION', 'SOCIAL_NETWORK', 'JUSTICE'];
export const INTERVENTION_KINDS: readonly InterventionKind[] = [
  'SAFETY_PLANNING',
  'VICTIM_SUPPORT',
  'PERPETRATOR_PROGRAMME',
  'CHILD_SUPPORT',
  'PARENTING_SUPPORT',
  'TRAUMA_TREATMENT',
  'ADDICTION_CARE',
  'DEBT_COUNSELLING',
  'HOUSING_SUPPORT',
  'SOCIAL_NETWORK_SUPPORT',
  'JOINT_PARTNER_SESSIONS',
  'RELATIONSHIP_THERAPY',
  'OTHER',
];
export const ACTION_STATUSES: readonly ActionStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];
export const SAFETY_ITEM_KINDS: readonly SafetyItemKind[] = ['WARNING_SIGNALS', 'AGREEMENT', 'WHO_TO_CALL', 'SAFE_PLACE'];
export const MEASURE_KINDS: readonly CoerciveMeasureKind[] = [
  'RESTRAINING_ORDER',
  'CONTACT_BAN',
  'CRIMINAL_CASE',
  'PROBATION_SUPERVISION',
  'SUPERVISION_ORDER',
  'OUT_OF_HOME_PLACEMENT',
  'AWARE_ALARM',
];
export const NOTE_AUDIENCES: readonly OrganisationType[] = [
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
];

/** An empty form value as null (the API's "not given"). */
export function orNull(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value;
}

/** A comma-separated form value (ids) as a list. */
export function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
