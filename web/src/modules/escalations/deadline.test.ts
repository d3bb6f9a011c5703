import { describe, expect, it } from 'vitest';
import { deadlineState, workingDaysLeft } from './deadline';

// Monday 4 May 2026 09:00 in Amsterdam (07:00 UTC); Tuesday 5 May is Bevrijdingsdag.
const MONDAY = new Date('2026-05-04T07:00:00Z');

describe('workingDaysLeft', () => {
  it('is 0 for a deadline later today', () => {
    expect(workingDaysLeft('2026-05-04T15:00:00Z', MONDAY)).toBe(0);
  });
  it('skips Bevrijdingsdag and the weekend', () => {
    expect(workingDaysLeft('2026-05-06T07:00:00Z', MONDAY)).toBe(1);
    expect(workingDaysLeft('2026-05-11T07:00:00Z', MONDAY)).toBe(4);
  });
  it('counts the day in Amsterdam, not in UTC', () => {
    // 22:30 UTC on Wednesday is already Thursday in Amsterdam.
    expect(workingDaysLeft('2026-05-06T22:30:00Z', MONDAY)).toBe(2);
  });
  it('is negative past the deadline', () => {
    expect(workingDaysLeft('2026-05-01T07:00:00Z', MONDAY)).toBe(-1);
    // Friday 24 April: Koningsdag (Monday 27 April) does not count.
    expect(workingDaysLeft('2026-04-24T07:00:00Z', MONDAY)).toBe(-5);
  });
});

describe('deadlineState', () => {
  it('follows the API: overdue wins, even on the same day', () => {
    expect(deadlineState('2026-05-04T06:00:00Z', true, MONDAY)).toEqual({ kind: 'overdueBy', days: 0 });
    expect(deadlineState('2026-04-30T07:00:00Z', true, MONDAY)).toEqual({ kind: 'overdueBy', days: 2 });
  });
  it('is due today or in n working days when not overdue', () => {
    expect(deadlineState('2026-05-04T15:00:00Z', false, MONDAY)).toEqual({ kind: 'dueToday' });
    expect(deadlineState('2026-05-11T07:00:00Z', false, MONDAY)).toEqual({ kind: 'dueIn', days: 4 });
  });
});
