import { describe, expect, it } from 'vitest';
import { goalProgress, phaseProgress } from './progress';

describe('goalProgress', () => {
  it('counts done, late and open actions and leaves cancelled and withheld ones out', () => {
    expect(
      goalProgress([
        { status: 'DONE', overdue: false },
        { status: 'OPEN', overdue: true },
        { status: 'IN_PROGRESS', overdue: false },
        { status: 'CANCELLED', overdue: false },
        { status: null, overdue: null },
      ]),
    ).toEqual({ done: 1, late: 1, open: 1, total: 3 });
    expect(goalProgress([])).toEqual({ done: 0, late: 0, open: 0, total: 0 });
  });
});

describe('phaseProgress', () => {
  const phases = ['DIRECT_SAFETY', 'STABLE_SAFETY', 'RECOVERY'] as const;
  it('adds up the actions of all goals per phase, in the plan order, with withheld phases last', () => {
    const result = phaseProgress(phases, [
      { phase: 'RECOVERY', actions: [{ status: 'DONE', overdue: false }] },
      { phase: null, actions: [{ status: 'OPEN', overdue: false }] },
      {
        phase: 'DIRECT_SAFETY',
        actions: [
          { status: 'DONE', overdue: false },
          { status: 'OPEN', overdue: true },
        ],
      },
      { phase: 'DIRECT_SAFETY', actions: [{ status: 'IN_PROGRESS', overdue: true }, { status: 'CANCELLED' }] },
    ]);
    expect(result).toEqual([
      { phase: 'DIRECT_SAFETY', goals: 2, progress: { done: 1, late: 2, open: 0, total: 3 } },
      { phase: 'RECOVERY', goals: 1, progress: { done: 1, late: 0, open: 0, total: 1 } },
      { phase: null, goals: 1, progress: { done: 0, late: 0, open: 1, total: 1 } },
    ]);
  });
  it('leaves out phases without goals, and counts a goal without actions', () => {
    expect(phaseProgress(phases, [])).toEqual([]);
    expect(phaseProgress(phases, [{ phase: 'STABLE_SAFETY', actions: [] }])).toEqual([
      { phase: 'STABLE_SAFETY', goals: 1, progress: { done: 0, late: 0, open: 0, total: 0 } },
    ]);
  });
});
