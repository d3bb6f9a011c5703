import { describe, expect, it } from 'vitest';
import { goalProgress } from './progress';

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
