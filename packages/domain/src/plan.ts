import type { HouseholdProfile } from './enums.js';

/*
 * The joint plan (*gezamenlijk plan*): vocabulary and the value rules shared by API and web.
 * Clocks of coercive measures are pure functions on ISO dates (YYYY-MM-DD).
 */

/** Life domains of the shared picture (*beeldvorming*) and of goals. */
export const LIFE_DOMAINS = [
  'SAFETY',
  'HOUSING',
  'INCOME_DEBT',
  'HEALTH_ADDICTION',
  'PARENTING_CHILDREN',
  'JUSTICE',
  'SOCIAL_NETWORK',
] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];

/** Phases of a goal: *directe veiligheid*, *stabiele veiligheid*, *duurzaam herstel*. */
export const GOAL_PHASES = ['DIRECT_SAFETY', 'STABLE_SAFETY', 'RECOVERY'] as const;
export type GoalPhase = (typeof GOAL_PHASES)[number];

export const PLAN_STATUSES = ['DRAFT', 'PROPOSED', 'AGREED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A frozen version: proposed, then agreed by all, or objected to (the plan went back to draft). */
export const PLAN_VERSION_STATUSES = ['PROPOSED', 'AGREED', 'OBJECTED'] as const;
export type PlanVersionStatus = (typeof PLAN_VERSION_STATUSES)[number];

export const SIGN_OFF_DECISIONS = ['AGREE', 'OBJECT'] as const;
export type SignOffDecision = (typeof SIGN_OFF_DECISIONS)[number];

export const ACTION_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** What kind of help a goal or action is; some kinds are contra-indicated for some profiles. */
export const INTERVENTION_KINDS = [
  'SAFETY_PLANNING',
  'VICTIM_SUPPORT',
  'PERPETRATOR_PROGRAMME',
  'TRAUMA_TREATMENT',
  'ADDICTION_CARE',
  'PARENTING_SUPPORT',
  'CHILD_SUPPORT',
  'HOUSING_SUPPORT',
  'DEBT_COUNSELLING',
  'SOCIAL_NETWORK_SUPPORT',
  'JOINT_PARTNER_SESSIONS',
  'RELATIONSHIP_THERAPY',
  'OTHER',
] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

/** Parts of the safety plan (*veiligheidsplan*). */
export const SAFETY_ITEM_KINDS = ['WHO_TO_CALL', 'SAFE_PLACE', 'WARNING_SIGNALS', 'AGREEMENT'] as const;
export type SafetyItemKind = (typeof SAFETY_ITEM_KINDS)[number];

/*
 * The order the plan's forms offer the choices in: the order professionals think in (safety
 * first, then the children; BOB). Each is a permutation of its list above (plan.test.ts).
 */
export const LIFE_DOMAIN_FORM_ORDER: readonly LifeDomain[] = [
  'SAFETY',
  'PARENTING_CHILDREN',
  'HOUSING',
  'INCOME_DEBT',
  'HEALTH_ADDICTION',
  'SOCIAL_NETWORK',
  'JUSTICE',
];
export const INTERVENTION_KIND_FORM_ORDER: readonly InterventionKind[] = [
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
export const SAFETY_ITEM_KIND_FORM_ORDER: readonly SafetyItemKind[] = [
  'WARNING_SIGNALS',
  'AGREEMENT',
  'WHO_TO_CALL',
  'SAFE_PLACE',
];

export const COERCIVE_MEASURE_KINDS = [
  'RESTRAINING_ORDER',
  'CONTACT_BAN',
  'CRIMINAL_CASE',
  'PROBATION_SUPERVISION',
  'SUPERVISION_ORDER',
  'OUT_OF_HOME_PLACEMENT',
  'AWARE_ALARM',
] as const;
export type CoerciveMeasureKind = (typeof COERCIVE_MEASURE_KINDS)[number];

/** Profiles in which joint partner sessions and relationship therapy are contra-indicated (DOMAIN.md). */
export const COERCIVE_CONTROL_PROFILES: readonly HouseholdProfile[] = [
  'INTIMATE_TERROR',
  'INTIMATE_TERROR_WITHOUT_CHILDREN',
];
export const CONTRA_INDICATED_WITH_COERCIVE_CONTROL: readonly InterventionKind[] = [
  'JOINT_PARTNER_SESSIONS',
  'RELATIONSHIP_THERAPY',
];

/**
 * Why an intervention is contra-indicated for a household profile, or null when it is not.
 * With intimate terror, joint (systemic) sessions and relationship therapy endanger the victim:
 * safety planning and protection come first.
 */
export function contraIndication(profile: HouseholdProfile, kind: InterventionKind | null | undefined): string | null {
  if (!kind || !COERCIVE_CONTROL_PROFILES.includes(profile) || !CONTRA_INDICATED_WITH_COERCIVE_CONTROL.includes(kind))
    return null;
  const what = kind === 'JOINT_PARTNER_SESSIONS' ? 'gezamenlijke gesprekken met beide partners' : 'relatietherapie';
  return `${what} is gecontra-indiceerd bij intieme terreur: het slachtoffer kan daarin niet vrijuit spreken en loopt na afloop extra risico; veiligheidsplanning en bescherming gaan voor. Alleen de casusregisseur kan dit met een expliciete onderbouwing toch vastleggen. / ${kind} is contra-indicated with intimate terror (coercive control); only the case director can record it with an explicit justification.`;
}

// ---- clocks -------------------------------------------------------------------------

const DAY_MS = 86_400_000;

function parse(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** `iso` plus `days` calendar days. */
export function addDays(iso: string, days: number): string {
  return new Date(parse(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parse(to) - parse(from)) / DAY_MS);
}

/** *Tijdelijk huisverbod*: imposed for 10 days, extendable to at most 28 days in total. */
export const RESTRAINING_ORDER_DAYS = 10;
export const RESTRAINING_ORDER_MAX_DAYS = 28;
/** A (provisional) supervision order or out-of-home placement is decided for at most a year at a time. */
export const CHILD_MEASURE_MAX_DAYS = 366;

/** Default end of a measure when none is given: the restraining order's 10 days. */
export function defaultMeasureEnd(kind: CoerciveMeasureKind, startsOn: string): string | null {
  return kind === 'RESTRAINING_ORDER' ? addDays(startsOn, RESTRAINING_ORDER_DAYS) : null;
}

/**
 * What is wrong with a measure's period, in words a professional understands (Dutch first).
 * `endsOn` is the day the measure ends (a restraining order imposed on the 1st for 10 days ends on the 11th).
 */
export function measurePeriodProblems(kind: CoerciveMeasureKind, startsOn: string, endsOn: string | null): string[] {
  if (endsOn === null) {
    return kind === 'RESTRAINING_ORDER'
      ? ['een tijdelijk huisverbod heeft altijd een einddatum / a restraining order always has an end date']
      : [];
  }
  const days = daysBetween(startsOn, endsOn);
  if (days < 1) return ['de einddatum ligt niet na de begindatum / the end date must be after the start date'];
  if (kind === 'RESTRAINING_ORDER' && days > RESTRAINING_ORDER_MAX_DAYS) {
    return [
      `een tijdelijk huisverbod geldt ${RESTRAINING_ORDER_DAYS} dagen en kan worden verlengd tot in totaal hoogstens ${RESTRAINING_ORDER_MAX_DAYS} dagen; ${days} dagen is wettelijk niet mogelijk (Wet tijdelijk huisverbod) / a temporary restraining order lasts ${RESTRAINING_ORDER_DAYS} days and can be extended to at most ${RESTRAINING_ORDER_MAX_DAYS} days in total; ${days} days is not allowed`,
    ];
  }
  if ((kind === 'SUPERVISION_ORDER' || kind === 'OUT_OF_HOME_PLACEMENT') && days > CHILD_MEASURE_MAX_DAYS) {
    return [
      `een ondertoezichtstelling of uithuisplaatsing wordt per beslissing voor hoogstens een jaar uitgesproken; verlenging is een nieuwe beslissing / a supervision order or placement runs at most one year per decision`,
    ];
  }
  return [];
}

export interface MeasureClock {
  /** Days left including today's remainder; negative when expired; null without an end date. */
  daysLeft: number | null;
  expired: boolean;
  /** True when fewer than 3 days are left (time to decide on an extension). */
  endingSoon: boolean;
  /** Restraining order only: the latest end an extension can reach. */
  extendableUntil: string | null;
}

export function measureClock(
  kind: CoerciveMeasureKind,
  startsOn: string,
  endsOn: string | null,
  today: string,
): MeasureClock {
  const daysLeft = endsOn === null ? null : daysBetween(today, endsOn);
  return {
    daysLeft,
    expired: daysLeft !== null && daysLeft < 0,
    endingSoon: daysLeft !== null && daysLeft >= 0 && daysLeft < 3,
    extendableUntil: kind === 'RESTRAINING_ORDER' ? addDays(startsOn, RESTRAINING_ORDER_MAX_DAYS) : null,
  };
}

/** An action is overdue when it is not finished and its due date has passed. */
export function isActionOverdue(status: ActionStatus, dueOn: string, today: string): boolean {
  return (status === 'OPEN' || status === 'IN_PROGRESS') && dueOn < today;
}
