import { describe, expect, it } from 'vitest';
import { readChoice, toVariables, writeChoice } from './caseListFilter';

describe('case list choice', () => {
  it('reads known values from the address bar and ignores the rest', () => {
    const choice = readChoice(
      new URLSearchParams(
        'status=ACTIVE&profiel=INTIMATE_TERROR&gemeente=ROTTERDAM&regie=mine&termijn=week&sorteer=deadline&x=1',
      ),
    );
    expect(choice).toEqual({
      status: 'ACTIVE',
      profile: 'INTIMATE_TERROR',
      municipality: 'ROTTERDAM',
      director: 'mine',
      deadline: 'week',
      sort: 'deadline',
    });
    expect(readChoice(new URLSearchParams('status=NOPE&gemeente=Atlantis&sorteer=random'))).toEqual({
      status: null,
      profile: null,
      municipality: null,
      director: null,
      deadline: null,
      sort: 'opened',
    });
    expect(writeChoice(choice)).toEqual({
      status: 'ACTIVE',
      profiel: 'INTIMATE_TERROR',
      gemeente: 'ROTTERDAM',
      regie: 'mine',
      termijn: 'week',
      sorteer: 'deadline',
    });
  });

  it('turns the choice into the API filter and order', () => {
    const base = readChoice(new URLSearchParams(''));
    expect(toVariables(base, 'u1', '2026-12-07')).toEqual({ filter: null, orderBy: 'OPENED_DESC' });
    expect(
      toVariables({ ...base, director: 'mine', deadline: 'overdue', sort: 'reference' }, 'u1', '2026-12-07'),
    ).toEqual({
      filter: { caseDirectorId: 'u1', nextDeadlineOnOrBefore: '2026-12-06' },
      orderBy: 'REFERENCE_ASC',
    });
    expect(toVariables({ ...base, director: 'none', deadline: 'week' }, null, '2026-12-07').filter).toEqual({
      withoutCaseDirector: true,
      nextDeadlineOnOrBefore: '2026-12-13',
    });
  });
});
