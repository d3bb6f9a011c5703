import { describe, expect, it } from 'vitest';
import { splitActions } from './today';

describe('"Vandaag" splits my actions', () => {
  it('puts late actions first, the longest late on top, and due-this-week soonest first', () => {
    const { late, soon } = splitActions([
      { id: 'a', dueOn: '2026-12-01', workingDaysLate: 4 },
      { id: 'b', dueOn: '2026-11-20', workingDaysLate: 11 },
      { id: 'c', dueOn: '2026-12-10', workingDaysLate: 0 },
      { id: 'd', dueOn: '2026-12-07', workingDaysLate: 0 },
    ]);
    expect(late.map((a) => a.id)).toEqual(['b', 'a']);
    expect(soon.map((a) => a.id)).toEqual(['d', 'c']);
  });
  it('an action due today is not late', () => {
    expect(splitActions([{ id: 'x', dueOn: '2026-12-07', workingDaysLate: 0 }]).late).toEqual([]);
  });
});
