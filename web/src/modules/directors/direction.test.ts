import { describe, expect, it } from 'vitest';
import { type AssignmentLike, directionOverview, replacedBy } from './direction';

const row = (
  id: string,
  kind: AssignmentLike['kind'],
  status: AssignmentLike['status'],
  replacesAssignmentId: string | null = null,
): AssignmentLike => ({
  id,
  kind,
  status,
  responsible: status === 'ACCEPTED',
  replacesAssignmentId,
});

describe('directionOverview', () => {
  const rows = [
    row('old', 'CASE_DIRECTOR', 'ENDED'),
    row('process', 'PROCESS_DIRECTOR', 'ACCEPTED'),
    row('current', 'CASE_DIRECTOR', 'ACCEPTED'),
    row('declined', 'CASE_DIRECTOR', 'DECLINED'),
    row('proposal', 'CASE_DIRECTOR', 'PROPOSED', 'current'),
  ];

  it('keeps the current director responsible while a handover is only proposed', () => {
    const overview = directionOverview(rows);
    expect(overview.current.map((a) => a.id)).toEqual(['current', 'process']);
    expect(overview.proposals.map((a) => a.id)).toEqual(['proposal']);
    expect(overview.past.map((a) => a.id)).toEqual(['old', 'declined']);
  });

  it('names the assignment a handover takes over, and none for a first proposal', () => {
    expect(replacedBy(rows[4]!, rows)?.id).toBe('current');
    expect(replacedBy(row('first', 'CASE_DIRECTOR', 'PROPOSED'), rows)).toBeUndefined();
  });
});
