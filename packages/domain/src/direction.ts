/**
 * Case direction and the escalation ladder (docs/direction.md): the vocabulary shared by API
 * and web. Deadlines are counted in Dutch working days (working-days.ts).
 */

/**
 * What can raise an escalation. All go through one idempotent service function
 * (`raiseFromTrigger`), unique on (trigger, sourceKey) while open. The three PLAN_* triggers
 * are wired by the joint-plan module; their thresholds are already configurable.
 */
export const ESCALATION_TRIGGERS = [
  'MANUAL',
  'NO_DIRECTOR',
  'SAFETY_SCORE',
  'NEW_REPORT',
  'PLAN_ACTION_OVERDUE',
  'PLAN_NOT_AGREED',
  'PLAN_OBJECTION',
] as const;
export type EscalationTrigger = (typeof ESCALATION_TRIGGERS)[number];

export const ESCALATION_STATUSES = ['OPEN', 'DECIDED', 'WITHDRAWN', 'DE_ESCALATED'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

/** 1 casusregisseur, 2 procesregisseur / MDO, 3 ZVH-management (doorzettingsmacht), 4 bestuurlijk overleg. */
export const ESCALATION_LEVELS = [1, 2, 3, 4] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];
export const TOP_ESCALATION_LEVEL: EscalationLevel = 4;

export const ESCALATION_EVENTS = ['RAISED', 'CLIMBED_AT_DEADLINE', 'DECIDED', 'WITHDRAWN', 'DE_ESCALATED'] as const;
export type EscalationEvent = (typeof ESCALATION_EVENTS)[number];

/** Who scored the safety (DOMAIN.md: family and professionals each score 0-10). */
export const SAFETY_SCORERS = ['FAMILY', 'PROFESSIONAL'] as const;
export type SafetyScorer = (typeof SAFETY_SCORERS)[number];

/** Who made a new report (melding) to Veilig Thuis. */
export const REPORT_SOURCES = ['POLICE', 'PROFESSIONAL', 'CITIZEN', 'HOUSEHOLD_MEMBER', 'ANONYMOUS'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

/** Region of a municipality, for per-region settings; all 15 demo municipalities are in one region. */
export const DEFAULT_REGION = 'ROTTERDAM_RIJNMOND';

/** Who directs a case: the case director (*casusregisseur*) or the process director (*procesregisseur*). */
export const DIRECTOR_KINDS = ['CASE_DIRECTOR', 'PROCESS_DIRECTOR'] as const;
export type DirectorKind = (typeof DIRECTOR_KINDS)[number];
