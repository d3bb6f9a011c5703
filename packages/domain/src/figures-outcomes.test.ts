import { describe, expect, it } from 'vitest';
import { FIGURE_DEFINITIONS, FIGURE_INDICATORS } from './figures.js';
import {
  FIGURE_SHARES,
  figureShares,
  INTERVENTION_DECISIONS,
  OUTCOME_FIGURE_INDICATORS,
  planAgreementDueOn,
  SAFETY_SCORE_MOMENTS,
  SAFETY_SCORER_ORDER,
  safetyScoreKey,
} from './figures-outcomes.js';
import { CBS_REPORT_CATEGORIES, INTAKE_DECISIONS } from './intake.js';
import { SAFETY_SCORERS } from './direction.js';

describe('the outcome indicators (docs/figures.md)', () => {
  it('are figure indicators with additive columns and no invented norm', () => {
    for (const id of OUTCOME_FIGURE_INDICATORS) {
      expect(FIGURE_INDICATORS).toContain(id);
      expect(FIGURE_DEFINITIONS[id].additive).toBe(true);
      expect(FIGURE_DEFINITIONS[id].norm).toBeNull();
    }
  });

  it('count interventions from the decisions that start one', () => {
    for (const d of INTERVENTION_DECISIONS) expect(INTAKE_DECISIONS).toContain(d);
    expect(FIGURE_DEFINITIONS.INTERVENTIONS.columns.map((c) => c.label)).toEqual([
      'Onderzoek',
      'Voorwaarden & Vervolg',
    ]);
  });

  it('have a safety-score column for every scorer, moment and side of 6', () => {
    expect([...SAFETY_SCORER_ORDER].sort()).toEqual([...SAFETY_SCORERS].sort());
    const keys = FIGURE_DEFINITIONS.SAFETY_SCORES.columns.map((c) => c.key);
    expect(keys).toHaveLength(SAFETY_SCORERS.length * SAFETY_SCORE_MOMENTS.length * 2);
    for (const scorer of SAFETY_SCORERS)
      for (const m of SAFETY_SCORE_MOMENTS)
        for (const score of [0, 5, 6, 10]) expect(keys).toContain(safetyScoreKey(scorer, m.key, score));
    expect(safetyScoreKey('FAMILY', '12M', 6)).toBe('FAMILY_12M_6_PLUS');
    expect(safetyScoreKey('PROFESSIONAL', '3M', 5)).toBe('PROFESSIONAL_3M_BELOW_6');
  });

  it('have a re-report column for every CBS category', () => {
    expect(FIGURE_DEFINITIONS.RE_REPORTS.columns.map((c) => c.key)).toEqual([...CBS_REPORT_CATEGORIES]);
  });

  it('judge a plan against 10 Dutch working days after the first MDO', () => {
    // Friday 24 April 2015: King's Day (27 April) and Liberation Day (5 May) do not count.
    expect(planAgreementDueOn('2015-04-24')).toBe('2015-05-12');
    // A first MDO on a Saturday counts from the Monday after.
    expect(planAgreementDueOn('2026-03-07')).toBe(planAgreementDueOn('2026-03-09'));
  });

  it('give a share only from shown cells: none when a needed cell is hidden or the denominator is 0', () => {
    const cells = [
      { key: 'PROFESSIONAL_3M_6_PLUS', count: 33 },
      { key: 'PROFESSIONAL_3M_BELOW_6', count: 7 },
      { key: 'FAMILY_3M_6_PLUS', count: 12 },
      { key: 'FAMILY_3M_BELOW_6', count: null },
      { key: 'PROFESSIONAL_12M_6_PLUS', count: 0 },
      { key: 'PROFESSIONAL_12M_BELOW_6', count: 0 },
    ];
    expect(figureShares('SAFETY_SCORES', cells).map((s) => [s.key, s.share])).toEqual([
      ['PROFESSIONAL_3M', 0.825],
      ['FAMILY_3M', null],
      ['PROFESSIONAL_12M', null],
      ['FAMILY_12M', null],
    ]);
    expect(
      figureShares('PLANS_AGREED', [
        { key: 'IN_TERM', count: 8 },
        { key: 'LATE', count: 5 },
        { key: 'NO_FIRST_MEETING', count: 6 },
      ]),
    ).toEqual([{ key: 'PLANS_IN_TERM', label: FIGURE_SHARES.PLANS_AGREED![0]!.label, share: 0.615 }]);
    expect(figureShares('REPORTS', [{ key: 'TOTAL', count: 9 }])).toEqual([]);
  });
});
