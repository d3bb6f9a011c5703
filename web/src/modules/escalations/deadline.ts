import { amsterdamDateOf, ESCALATION_LEVELS, workingDaysBetween } from '@mda/domain';

/**
 * Working days from today (in the Netherlands) to the deadline's day: 0 = due today,
 * negative = that many working days past it. Dutch working days (Algemene termijnenwet),
 * the same function the API counts with.
 */
export function workingDaysLeft(deadline: string, now: Date): number {
  const today = amsterdamDateOf(now);
  const due = amsterdamDateOf(new Date(deadline));
  return due >= today ? workingDaysBetween(today, due) : -workingDaysBetween(due, today);
}

/** How the deadline is said: `dueIn` n days, `dueToday`, or `overdueBy` n days. */
export type DeadlineState =
  { kind: 'dueIn'; days: number } | { kind: 'dueToday' } | { kind: 'overdueBy'; days: number };

/** The API's `overdue` wins over the day count: past the deadline's instant it is overdue, even today. */
export function deadlineState(deadline: string, overdue: boolean, now: Date): DeadlineState {
  const left = workingDaysLeft(deadline, now);
  if (overdue) return { kind: 'overdueBy', days: Math.max(0, -left) };
  if (left <= 0) return { kind: 'dueToday' };
  return { kind: 'dueIn', days: left };
}

/** The ladder's levels: 1 casusregisseur, 2 procesregisseur/MDO, 3 doorzettingsmacht, 4 bestuurlijk overleg (packages/domain). */
export { ESCALATION_LEVELS };

/** Escalation rules for free text, as the API checks them. */
export const RAISE_REASON = { min: 10, max: 2000 } as const;
export const DECISION_ASKED = { min: 5, max: 1000 } as const;
export const CLOSING_TEXT = { min: 5, max: 4000 } as const;
