import { describe, expect, it } from 'vitest';
import { diffCounts, diffRows, diffValue } from './diff';

describe('diff values', () => {
  it('shows JSON strings and lists as text and keeps null (withheld or absent) null', () => {
    expect(diffValue('"Huisbezoek afleggen"')).toBe('Huisbezoek afleggen');
    expect(diffValue('["a","b"]')).toBe('a, b');
    expect(diffValue('3')).toBe('3');
    expect(diffValue(null)).toBeNull();
    expect(diffValue('null')).toBeNull();
  });
});

describe('diff rows between two plan versions', () => {
  const rows = diffRows([
    {
      elementId: 'r',
      kind: 'ACTION',
      category: 'PLAN',
      change: 'REMOVED',
      withheld: false,
      changedBy: { name: 'Sanne', organisation: { name: 'Politie' } },
      fields: [],
    },
    {
      elementId: 'c',
      kind: 'GOAL',
      category: 'PLAN',
      change: 'CHANGED',
      withheld: false,
      changedBy: { name: null, organisation: { name: 'Veilig Thuis' } },
      fields: [{ field: 'description', from: '"oud"', to: '"nieuw"' }],
    },
    {
      elementId: 's',
      kind: 'SAFETY_ITEM',
      category: 'SECRET_LOCATION',
      change: 'ADDED',
      withheld: true,
      changedBy: null,
      fields: [{ field: 'text', from: null, to: null }],
    },
    {
      elementId: 'a',
      kind: 'GOAL',
      category: 'PLAN',
      change: 'ADDED',
      withheld: false,
      changedBy: { name: 'Ali', organisation: null },
      fields: [],
    },
  ]);

  it('orders added, changed, removed, and BOB order within', () => {
    expect(rows.map((row) => row.elementId)).toEqual(['a', 's', 'c', 'r']);
  });

  it('names who made the change with the organisation', () => {
    expect(rows.map((row) => row.by)).toEqual(['Ali', null, 'Veilig Thuis', 'Sanne (Politie)']);
  });

  it('keeps old and new values, and withheld entries marked', () => {
    expect(rows[2]!.fields).toEqual([{ field: 'description', from: 'oud', to: 'nieuw' }]);
    expect(rows[1]).toMatchObject({ withheld: true, fields: [{ from: null, to: null }] });
    expect(diffCounts(rows)).toEqual({ ADDED: 2, CHANGED: 1, REMOVED: 1 });
  });
});
