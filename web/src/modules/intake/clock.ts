/** What the desk says about a report's assessment clock (the API computes due date and overdue). */
export type ClockState =
  | { kind: 'overdue'; dueOn: string }
  | { kind: 'today' }
  | { kind: 'running'; dueOn: string; daysLeft: number }
  | { kind: 'done' };

export function clockOf(r: {
  status: string;
  assessmentDueOn: string;
  assessmentOverdue: boolean;
  workingDaysLeft: number;
  kind: string;
}): ClockState {
  if (r.kind !== 'REPORT' || r.status === 'ASSESSED' || r.status === 'DECIDED') return { kind: 'done' };
  if (r.assessmentOverdue) return { kind: 'overdue', dueOn: r.assessmentDueOn };
  if (r.workingDaysLeft <= 0) return { kind: 'today' };
  return { kind: 'running', dueOn: r.assessmentDueOn, daysLeft: r.workingDaysLeft };
}
