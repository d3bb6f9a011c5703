import { addDays, amsterdamDateOf } from '@mda/domain';

/**
 * "Today" as the platform means it: the calendar date in the Netherlands. The test database runs in
 * UTC, so `current_date` is yesterday there between 23:00 and 24:00 UTC (22:00 in summer); a CI run
 * at that hour failed on exactly that. Tests use these instead of `current_date` and UTC ISO dates.
 */
export const NL_TODAY_SQL = `(now() at time zone 'Europe/Amsterdam')::date`;

/** SQL: the membership aliased `m` is active today (not ended, within its validity). */
export function activeMembershipSql(m = 'm'): string {
  return `${m}.ended_at is null and ${m}.valid_from <= ${NL_TODAY_SQL} and (${m}.valid_until is null or ${m}.valid_until >= ${NL_TODAY_SQL})`;
}

/** The Dutch calendar date `days` calendar days from today (not 24-hour steps: DST days are 23 or 25 h). */
export function nlDaysFromToday(days: number): string {
  return addDays(amsterdamDateOf(new Date()), days);
}
