import { describe, expect, it } from 'vitest';
import { actionFilterFromParam, actionFilterParam, ACTION_FILTERS, matchesActionFilter } from './actionFilter';

const me = { userId: 'u1', organisationId: 'police' };
const mine = { status: 'OPEN', overdue: false, assigneeUserId: 'u1', ownerOrganisation: { id: 'police' } };
const colleague = { status: 'OPEN', overdue: true, assigneeUserId: 'u2', ownerOrganisation: { id: 'police' } };
const other = { status: 'IN_PROGRESS', overdue: true, assigneeUserId: null, ownerOrganisation: { id: 'vt' } };
const doneLate = { status: 'DONE', overdue: true, assigneeUserId: 'u1', ownerOrganisation: { id: 'police' } };
const withheld = { status: null, overdue: null, assigneeUserId: null, ownerOrganisation: null };
const all = [mine, colleague, other, doneLate, withheld];
const shown = (filter: Parameters<typeof matchesActionFilter>[1]) =>
  all.filter((a) => matchesActionFilter(a, filter, me));

describe('the plan page action filter', () => {
  it('mine: assigned to me; my organisation: owned by it; late: open past the due date', () => {
    expect(shown('ALL')).toEqual(all);
    expect(shown('MINE')).toEqual([mine, doneLate]);
    expect(shown('ORGANISATION')).toEqual([mine, colleague, doneLate]);
    expect(shown('LATE')).toEqual([colleague, other]);
  });

  it('without a known viewer, mine and my organisation show nothing', () => {
    expect(all.filter((a) => matchesActionFilter(a, 'MINE', null))).toEqual([]);
    expect(all.filter((a) => matchesActionFilter(a, 'ORGANISATION', null))).toEqual([]);
  });

  it('reads and writes the Dutch address-bar value, unknown values meaning all', () => {
    for (const filter of ACTION_FILTERS) expect(actionFilterFromParam(actionFilterParam(filter))).toBe(filter);
    expect(actionFilterParam('LATE')).toBe('te-laat');
    expect(actionFilterFromParam('onzin')).toBe('ALL');
    expect(actionFilterFromParam(null)).toBe('ALL');
  });
});
