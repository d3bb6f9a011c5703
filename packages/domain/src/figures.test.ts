import { describe, expect, it } from 'vitest';
import {
  FIGURE_DEFINITIONS,
  FIGURE_INDICATORS,
  figurePeriods,
  parseFigurePeriod,
  per100k,
  POPULATION,
  REGION_MUNICIPALITY_CODES,
  suppressFigures,
} from './figures.js';

/** Every equation the table publishes holds with the shown values; can a hidden cell be solved from one of them alone? */
function recoverable(cells: number[][], additive: boolean): boolean {
  const s = suppressFigures({ cells, additive });
  const cols = cells[0]?.length ?? 0;
  for (let c = 0; c < cols; c++) {
    const hidden = cells.filter((_, r) => s.cells[r]?.[c]).length + (s.columnTotals[c] ? 1 : 0);
    if (hidden === 1) return true;
  }
  if (additive) {
    for (let r = 0; r < cells.length; r++)
      if ((s.cells[r]?.filter(Boolean).length ?? 0) + (s.rowTotals[r] ? 1 : 0) === 1) return true;
    if (s.rowTotals.filter(Boolean).length + (s.grandTotal ? 1 : 0) === 1) return true;
    if (s.columnTotals.filter(Boolean).length + (s.grandTotal ? 1 : 0) === 1) return true;
  }
  return false;
}

describe('indicator definitions', () => {
  it('defines every indicator once, with a Dutch name, events, period, columns and a source', () => {
    for (const id of FIGURE_INDICATORS) {
      const d = FIGURE_DEFINITIONS[id];
      expect(d.id).toBe(id);
      expect(d.name.length).toBeGreaterThan(3);
      expect(d.events.length).toBeGreaterThan(3);
      expect(d.columns.length).toBeGreaterThan(0);
      expect(d.source).toMatch(/seed/);
    }
    expect(FIGURE_DEFINITIONS.SAFETY_ASSESSMENTS.norm?.share).toBe(0.8);
  });
  it('ships a population figure for each of the 15 municipalities, with source and year', () => {
    expect(REGION_MUNICIPALITY_CODES).toHaveLength(15);
    for (const code of REGION_MUNICIPALITY_CODES) expect(POPULATION.inhabitants[code]).toBeGreaterThan(10_000);
    expect(POPULATION.year).toBe(2022);
    expect(POPULATION.source).toMatch(/CBS/);
    expect(per100k(3, 30_000)).toBe(10);
  });
});

describe('periods', () => {
  it('parses months, quarters and years and rejects what does not fit', () => {
    expect(parseFigurePeriod('QUARTER', '2026-Q4')).toEqual({
      label: '2026-Q4',
      start: '2026-10-01',
      end: '2027-01-01',
    });
    expect(parseFigurePeriod('MONTH', '2026-02')).toEqual({ label: '2026-02', start: '2026-02-01', end: '2026-03-01' });
    expect(parseFigurePeriod('YEAR', '2026')?.end).toBe('2027-01-01');
    expect(parseFigurePeriod('QUARTER', '2026-Q5')).toBeNull();
    expect(parseFigurePeriod('MONTH', '2026-Q1')).toBeNull();
    expect(parseFigurePeriod('MONTH', '2026-13')).toBeNull();
  });
  it('lists the periods between two labels', () => {
    const from = parseFigurePeriod('QUARTER', '2025-Q3');
    const to = parseFigurePeriod('QUARTER', '2026-Q2');
    expect(figurePeriods('QUARTER', from!, to!).map((p) => p.label)).toEqual([
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
    ]);
  });
});

describe('small-cell suppression', () => {
  it('hides a cell of 3 and a complement in its column, so the total does not give it away', () => {
    const s = suppressFigures({ cells: [[3], [40], [12]], additive: false });
    expect(s.cells.map((r) => r[0])).toEqual([true, false, true]);
    expect(s.columnTotals).toEqual([false]);
    expect(recoverable([[3], [40], [12]], false)).toBe(false);
  });
  it('protects row and column equations of an additive table', () => {
    const cells = [
      [3, 20, 30],
      [25, 18, 40],
      [30, 22, 9],
    ];
    const s = suppressFigures({ cells, additive: true });
    expect(s.cells[0]?.[0]).toBe(true);
    expect(s.cells.flat().filter(Boolean).length).toBeGreaterThanOrEqual(4);
    expect(recoverable(cells, true)).toBe(false);
  });
  it('leaves a table without small cells untouched', () => {
    const s = suppressFigures({
      cells: [
        [10, 20],
        [30, 40],
      ],
      additive: true,
    });
    expect(s.cells.flat().some(Boolean)).toBe(false);
    expect(s.grandTotal).toBe(false);
  });
  it('never leaves a single hidden member in an equation, over many random tables', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let t = 0; t < 300; t++) {
      const rows = 1 + Math.floor(rnd() * 6);
      const cols = 1 + Math.floor(rnd() * 4);
      const cells = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => Math.floor(rnd() * (rnd() < 0.3 ? 6 : 60))),
      );
      expect(recoverable(cells, t % 2 === 0)).toBe(false);
    }
  });
});
