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

/** One phase's goals and the progress of all their actions together. */
export interface PhaseProgress<P extends string> {
  /** The phase, or null for goals whose phase the viewer may not read. */
  phase: P | null;
  goals: number;
  progress: GoalProgress;
}

/**
 * Progress per phase, in the order of `phases` (the plan's order: direct safety, stable safety,
 * recovery); phases without goals are left out, goals with a withheld phase come last.
 */
export function phaseProgress<P extends string>(
  phases: readonly P[],
  goals: readonly { phase?: P | null; actions: readonly { status?: string | null; overdue?: boolean | null }[] }[],
): PhaseProgress<P>[] {
  const order: (P | null)[] = [...phases, null];
  return order.flatMap((phase) => {
    const inPhase = goals.filter((g) => (g.phase ?? null) === phase);
    if (inPhase.length === 0) return [];
    return [{ phase, goals: inPhase.length, progress: goalProgress(inPhase.flatMap((g) => g.actions)) }];
  });
}
