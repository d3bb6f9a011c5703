import { describe, expect, it } from 'vitest';
import {
  addDays,
  contraIndication,
  daysBetween,
  defaultMeasureEnd,
  INTERVENTION_KIND_FORM_ORDER,
  INTERVENTION_KINDS,
  isActionOverdue,
  LIFE_DOMAIN_FORM_ORDER,
  LIFE_DOMAINS,
  measureClock,
  measurePeriodProblems,
  SAFETY_ITEM_KIND_FORM_ORDER,
  SAFETY_ITEM_KINDS,
} from './plan.js';

describe('restraining order clock (tijdelijk huisverbod)', () => {
  it('is imposed for 10 days by default', () => {
    expect(defaultMeasureEnd('RESTRAINING_ORDER', '2026-03-01')).toBe('2026-03-11');
    expect(measurePeriodProblems('RESTRAINING_ORDER', '2026-03-01', '2026-03-11')).toEqual([]);
  });
  it('may be extended to 28 days in total, not one day more', () => {
    expect(measurePeriodProblems('RESTRAINING_ORDER', '2026-03-01', addDays('2026-03-01', 28))).toEqual([]);
    const [problem] = measurePeriodProblems('RESTRAINING_ORDER', '2026-03-01', addDays('2026-03-01', 29));
    expect(problem).toContain('hoogstens 28 dagen');
  });
  it('refuses 30 days with a message naming the legal limit and the asked duration', () => {
    const problems = measurePeriodProblems('RESTRAINING_ORDER', '2026-03-01', '2026-03-31');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/10 dagen.*28 dagen; 30 dagen/);
  });
  it('always needs an end date, and the end after the start', () => {
    expect(measurePeriodProblems('RESTRAINING_ORDER', '2026-03-01', null)).toHaveLength(1);
    expect(measurePeriodProblems('CONTACT_BAN', '2026-03-01', '2026-03-01')[0]).toContain('niet na de begindatum');
    expect(measurePeriodProblems('CONTACT_BAN', '2026-03-01', null)).toEqual([]);
  });
  it('counts down and knows how far it can still be extended, across a month end', () => {
    const clock = measureClock('RESTRAINING_ORDER', '2026-02-20', '2026-03-02', '2026-02-28');
    expect(clock).toEqual({ daysLeft: 2, expired: false, endingSoon: true, extendableUntil: '2026-03-20' });
    expect(measureClock('RESTRAINING_ORDER', '2026-02-20', '2026-03-02', '2026-03-03').expired).toBe(true);
    expect(measureClock('CRIMINAL_CASE', '2026-02-20', null, '2026-03-03')).toEqual({
      daysLeft: null,
      expired: false,
      endingSoon: false,
      extendableUntil: null,
    });
  });
});

describe('child protection measures', () => {
  it('run at most a year per decision', () => {
    expect(measurePeriodProblems('SUPERVISION_ORDER', '2026-01-01', '2027-01-01')).toEqual([]);
    expect(measurePeriodProblems('SUPERVISION_ORDER', '2026-01-01', '2027-06-01')).toHaveLength(1);
    expect(measurePeriodProblems('OUT_OF_HOME_PLACEMENT', '2026-01-01', '2028-01-01')).toHaveLength(1);
  });
});

describe('dates', () => {
  it('adds and counts calendar days across leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-25', '2027-01-04')).toBe(10);
  });
  it('marks unfinished actions past their due date as overdue', () => {
    expect(isActionOverdue('OPEN', '2026-03-01', '2026-03-02')).toBe(true);
    expect(isActionOverdue('IN_PROGRESS', '2026-03-02', '2026-03-02')).toBe(false);
    expect(isActionOverdue('DONE', '2026-03-01', '2026-03-02')).toBe(false);
  });
});

describe('contra-indication with intimate terror', () => {
  it('refuses joint partner sessions and relationship therapy, with the reason', () => {
    expect(contraIndication('INTIMATE_TERROR', 'JOINT_PARTNER_SESSIONS')).toContain(
      'gecontra-indiceerd bij intieme terreur',
    );
    expect(contraIndication('INTIMATE_TERROR_WITHOUT_CHILDREN', 'RELATIONSHIP_THERAPY')).toContain('relatietherapie');
  });
  it('allows them for other profiles and allows safety planning with intimate terror', () => {
    expect(contraIndication('COMPLEX_CONFLICT_DIVORCE', 'JOINT_PARTNER_SESSIONS')).toBeNull();
    expect(contraIndication('INTIMATE_TERROR', 'SAFETY_PLANNING')).toBeNull();
    expect(contraIndication('INTIMATE_TERROR', null)).toBeNull();
  });
});

describe('the form orders', () => {
  it.each([
    ['life domains', LIFE_DOMAIN_FORM_ORDER, LIFE_DOMAINS],
    ['intervention kinds', INTERVENTION_KIND_FORM_ORDER, INTERVENTION_KINDS],
    ['safety-plan items', SAFETY_ITEM_KIND_FORM_ORDER, SAFETY_ITEM_KINDS],
  ] as const)('offer every one of the %s exactly once', (_, order, all) => {
    expect([...order].sort()).toEqual([...all].sort());
  });
});
