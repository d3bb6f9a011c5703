import { describe, expect, it } from 'vitest';
import { ageOn, caseFlags, latestScores, nextDeadline } from './caseHeader';

const member = (
  roles: string[],
  person: { dateOfBirth?: string | null; shelterAddress?: string | null; redactedFields?: string[] },
) => ({
  roles,
  person: { redactedFields: [], ...person },
});
const TODAY = '2026-12-07';

describe('case header flags', () => {
  it('shows a secret address only to a viewer who may read it: a redacted field raises nothing, whatever lies behind it', () => {
    const readable = caseFlags({
      profile: 'FAMILY_UNDER_STRESS',
      members: [member(['VICTIM'], { shelterAddress: 'Opvang 1' })],
      measures: [],
      today: TODAY,
    });
    expect(readable).toEqual([{ kind: 'SECRET_ADDRESS' }]);
    const redacted = caseFlags({
      profile: 'FAMILY_UNDER_STRESS',
      members: [member(['VICTIM'], { shelterAddress: null, redactedFields: ['shelterAddress'] })],
      measures: [],
      today: TODAY,
    });
    expect(redacted).toEqual([]);
  });

  it('names intimate terror, an active restraining order with its end date, and children under four', () => {
    const flags = caseFlags({
      profile: 'INTIMATE_TERROR',
      members: [
        member(['CHILD'], { dateOfBirth: '2023-12-08' }),
        member(['CHILD'], { dateOfBirth: '2022-12-07' }),
        member(['CHILD'], { dateOfBirth: null, redactedFields: ['dateOfBirth'] }),
      ],
      measures: [
        { kind: 'RESTRAINING_ORDER', startsOn: '2026-12-01', endsOn: '2026-12-11' },
        { kind: 'RESTRAINING_ORDER', startsOn: '2026-10-01', endsOn: '2026-10-11' },
      ],
      today: TODAY,
    });
    expect(flags).toEqual([
      { kind: 'INTIMATE_TERROR' },
      { kind: 'RESTRAINING_ORDER', endsOn: '2026-12-11' },
      { kind: 'YOUNG_CHILDREN', count: 1 },
    ]);
  });

  it('counts age in whole years', () => {
    expect(ageOn('2022-12-08', TODAY)).toBe(3);
    expect(ageOn('2022-12-07', TODAY)).toBe(4);
  });
});

describe('safety trend and next deadline', () => {
  it('gives the latest score per scorer with its change', () => {
    expect(
      latestScores([
        { score: 7, scoredBy: 'FAMILY', scoredOn: '2026-03-01' },
        { score: 4, scoredBy: 'FAMILY', scoredOn: '2026-06-01' },
        { score: 8, scoredBy: 'PROFESSIONAL', scoredOn: '2026-03-01' },
      ]),
    ).toEqual([
      { scoredBy: 'FAMILY', score: 4, scoredOn: '2026-06-01', change: -3 },
      { scoredBy: 'PROFESSIONAL', score: 8, scoredOn: '2026-03-01', change: null },
    ]);
  });
  it('takes the earliest due date of open or running actions', () => {
    expect(
      nextDeadline([
        { dueOn: '2026-12-20', status: 'OPEN' },
        { dueOn: '2026-12-01', status: 'DONE' },
        { dueOn: '2026-12-10', status: 'IN_PROGRESS' },
      ]),
    ).toBe('2026-12-10');
    expect(nextDeadline([])).toBeNull();
  });
});
