import { describe, expect, it } from 'vitest';
import { FIGURE_DEFINITIONS, FIGURE_INDICATORS } from '@mda/domain';
import nl from '../../app/i18n/nl.json';
import { defaultFigureRequest, formatShare, periodSummary } from './figures';

describe('figures page helpers', () => {
  it('defaults to the quarters of the current year so far', () => {
    expect(defaultFigureRequest(new Date(2026, 4, 12))).toEqual({ indicator: 'SAFETY_ASSESSMENTS', granularity: 'QUARTER', from: '2026-Q1', to: '2026-Q2' });
    expect(defaultFigureRequest(new Date(2026, 4, 12), 'MONTH').to).toBe('2026-05');
  });
  it('summarises a period in words, the share only when it is shown', () => {
    expect(periodSummary({ share: 0.783, meetsNorm: false, cells: [{ display: '18' }, { display: '5' }], total: { display: '23' } }, 0.8)).toEqual({ total: '23', share: 0.783, meetsNorm: false });
    expect(periodSummary({ share: null, cells: [{ display: '< 5' }], total: null }, null)).toEqual({ total: '< 5', share: null, meetsNorm: null });
    expect(formatShare(0.783, 'nl')).toMatch(/78,3\s?%/);
  });
  it('labels every indicator and column in Dutch exactly as packages/domain defines them', () => {
    for (const id of FIGURE_INDICATORS) {
      expect(nl.figures.indicatorNames[id]).toBe(FIGURE_DEFINITIONS[id].name);
      for (const c of FIGURE_DEFINITIONS[id].columns) expect((nl.figures.columns as Record<string, string>)[c.key]).toBe(c.label);
    }
  });
});
