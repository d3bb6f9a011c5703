export interface TodayAction {
  id: string;
  dueOn: string;
  workingDaysLate: number;
}

/**
 * Splits my plan actions into late ones (past their due date, longest late first) and those
 * due this week (soonest first). The API sends them overdue first, by due date.
 */
export function splitActions<T extends TodayAction>(actions: readonly T[]): { late: T[]; soon: T[] } {
  const late = actions
    .filter((a) => a.workingDaysLate > 0)
    .sort(
      (a, b) => b.workingDaysLate - a.workingDaysLate || a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id),
    );
  const soon = actions
    .filter((a) => a.workingDaysLate === 0)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
  return { late, soon };
}
