import { describe, expect, it } from 'vitest';
import { FIGURE_DEFINITIONS, FIGURE_INDICATORS, FIGURE_SHARES } from '@mda/domain';
import nl from '../../app/i18n/nl.json';
import {
  defaultFigureRequest,
  formatShare,
  periodSummary,
  quarterlyReportUrl,
  recentQuarters,
  shareList,
  trendOf,
} from './figures';

describe('figures page helpers', () => {
  it('defaults to the quarters of the current year so far', () => {
    expect(defaultFigureRequest(new Date(2026, 4, 12))).toEqual({
      indicator: 'SAFETY_ASSESSMENTS',
      granularity: 'QUARTER',
      from: '2026-Q1',
      to: '2026-Q2',
    });
    expect(defaultFigureRequest(new Date(2026, 4, 12), 'MONTH').to).toBe('2026-05');
  });
  it('offers the recent quarters for the quarterly report, newest first, across the year boundary', () => {
    expect(recentQuarters(new Date(2026, 1, 3), 4)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2']);
    expect(recentQuarters(new Date(2026, 11, 31), 2)).toEqual(['2026-Q4', '2026-Q3']);
    expect(quarterlyReportUrl('2026-Q2', 'pdf')).toBe('/api/figures/quarterly-report/2026-Q2.pdf');
  });
  it('summarises a period in words, the share only when it is shown', () => {
    expect(
      periodSummary(
        { share: 0.783, meetsNorm: false, cells: [{ display: '18' }, { display: '5' }], total: { display: '23' } },
        0.8,
      ),
    ).toEqual({ total: '23', share: 0.783, meetsNorm: false });
    expect(periodSummary({ share: null, cells: [{ display: '< 5' }], total: null }, null)).toEqual({
      total: '< 5',
      share: null,
      meetsNorm: null,
    });
    expect(formatShare(0.783, 'nl')).toMatch(/78,3\s?%/);
  });
  it('labels every indicator and column in Dutch exactly as packages/domain defines them', () => {
    for (const id of FIGURE_INDICATORS) {
      expect(nl.figures.indicatorNames[id]).toBe(FIGURE_DEFINITIONS[id].name);
      for (const c of FIGURE_DEFINITIONS[id].columns)
        expect((nl.figures.columns as Record<string, string>)[c.key]).toBe(c.label);
    }
  });
  it('draws per period the shown total and share, a gap where the total is suppressed', () => {
    expect(
      trendOf([
        { label: '2026-Q1', total: { share: 0.9, cells: [{ count: 9 }, { count: null }], total: { count: 10 } } },
        { label: '2026-Q2', total: { share: null, cells: [{ count: null }], total: null } },
        { label: '2026-Q3', total: { cells: [{ count: 12 }, { count: 3 }], total: null } },
      ]),
    ).toEqual([
      { label: '2026-Q1', count: 10, share: 0.9 },
      { label: '2026-Q2', count: null, share: null },
      { label: '2026-Q3', count: 12, share: null },
    ]);
  });
  it('lists the shares without a norm in the Dutch words of the domain, a hidden one as such', () => {
    for (const shares of Object.values(FIGURE_SHARES))
      for (const share of shares ?? [])
        expect((nl.figures.shareNames as Record<string, string>)[share.key]).toBe(share.label);
    const name = (key: string) => (nl.figures.shareNames as Record<string, string>)[key] ?? key;
    expect(
      shareList(
        'PLANS_AGREED',
        [
          { key: 'IN_TERM', count: 9 },
          { key: 'LATE', count: null },
          { key: 'NO_FIRST_MEETING', count: null },
        ],
        name,
        (s) => formatShare(s, 'nl'),
        nl.figures.shareHidden,
      ),
    ).toBe('Aandeel binnen 10 werkdagen (van de plannen met een datum eerste MDO): niet te tonen (kleine aantallen)');
    expect(
      shareList(
        'RESTRAINING_ORDERS',
        [
          { key: 'NOT_EXTENDED', count: 15 },
          { key: 'EXTENDED', count: 5 },
        ],
        name,
        (s) => formatShare(s, 'nl'),
        nl.figures.shareHidden,
      ),
    ).toMatch(/^Aandeel verlengd: 25\s?%$/);
    expect(shareList('REPORTS', [{ key: 'TOTAL', count: 9 }], name, String, '')).toBeNull();
  });
});
