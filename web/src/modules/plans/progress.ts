/** Progress of one goal's actions: done, late (open past the due date), open; cancelled ones do not count. */
export interface GoalProgress {
  done: number;
  late: number;
  open: number;
  total: number;
}

export function goalProgress(actions: readonly { status?: string | null; overdue?: boolean | null }[]): GoalProgress {
  let done = 0;
  let late = 0;
  let open = 0;
  for (const a of actions) {
    if (a.status === 'CANCELLED' || !a.status) continue;
    if (a.status === 'DONE') done += 1;
    else if (a.overdue) late += 1;
    else open += 1;
  }
  return { done, late, open, total: done + late + open };
}
