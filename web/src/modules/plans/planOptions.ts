import {
  ACTION_STATUSES as DOMAIN_ACTION_STATUSES,
  COERCIVE_MEASURE_KINDS,
  GOAL_PHASES as DOMAIN_GOAL_PHASES,
  INTERVENTION_KIND_FORM_ORDER,
  LIFE_DOMAIN_FORM_ORDER,
  SAFETY_ITEM_KIND_FORM_ORDER,
} from '@mda/domain';
import type {
  ActionStatus,
  CoerciveMeasureKind,
  DataCategory,
  GoalPhase,
  InterventionKind,
  LifeDomain,
  SafetyItemKind,
} from '@mda/graphql';

// The choices the forms offer, in the order professionals think in (BOB, the three phases): packages/domain.
export const GOAL_PHASES: readonly GoalPhase[] = DOMAIN_GOAL_PHASES;
export const LIFE_DOMAINS: readonly LifeDomain[] = LIFE_DOMAIN_FORM_ORDER;
export const INTERVENTION_KINDS: readonly InterventionKind[] = INTERVENTION_KIND_FORM_ORDER;
export const ACTION_STATUSES: readonly ActionStatus[] = DOMAIN_ACTION_STATUSES;
export const SAFETY_ITEM_KINDS: readonly SafetyItemKind[] = SAFETY_ITEM_KIND_FORM_ORDER;
/** The measures as the domain lists them (packages/domain: one list for API and web). */
export const MEASURE_KINDS: readonly CoerciveMeasureKind[] = COERCIVE_MEASURE_KINDS;
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

/** The categories a plan element can be written in (docs/plan.md). */
export const PLAN_CATEGORIES: readonly DataCategory[] = [
  'PLAN',
  'CHILD_PROTECTION',
  'HEALTH',
  'CRIMINAL',
  'CONTACT',
  'SECRET_LOCATION',
];
/** What a beeldvorming entry may be shared as, chosen by its author. */
export const PICTURE_CATEGORIES: readonly DataCategory[] = [
  'PLAN',
  'CHILD_PROTECTION',
  'HEALTH',
  'CRIMINAL',
  'SECRET_LOCATION',
];

/** Why the safety plan splits (docs/plan.md): the safe place is a secret location, who to call is contact data. */
export const SAFETY_ITEM_CATEGORY: Record<SafetyItemKind, DataCategory> = {
  SAFE_PLACE: 'SECRET_LOCATION',
  WHO_TO_CALL: 'CONTACT',
  WARNING_SIGNALS: 'PLAN',
  AGREEMENT: 'PLAN',
};

/** Child-protection measures are CHILD_PROTECTION data; the rest are CRIMINAL (docs/plan.md). */
export function measureCategory(kind: CoerciveMeasureKind): DataCategory {
  return kind === 'SUPERVISION_ORDER' || kind === 'OUT_OF_HOME_PLACEMENT' ? 'CHILD_PROTECTION' : 'CRIMINAL';
}
