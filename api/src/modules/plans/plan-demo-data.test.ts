import { describe, expect, it } from 'vitest';
import { measurePeriodProblems, type CoerciveMeasureKind } from '@mda/domain';
import { generateDemoData } from '../demo/demo-data.js';
import { generatePrivacyData } from '../demo/demo-privacy-data.js';
import { dueOnAt, firstMeetingOnAt, generatePlanData } from './plan-demo-data.js';

const data = generateDemoData();
const plans = generatePlanData(data, generatePrivacyData(data));

describe('demo plans', () => {
  it('are deterministic', () => {
    expect(generatePlanData(data, generatePrivacyData(data))).toEqual(plans);
  });
  it('cover every agreement state, with a good number of cases', () => {
    expect(plans.length).toBeGreaterThanOrEqual(30);
    expect(new Set(plans.map((p) => p.state))).toEqual(
      new Set(['DRAFT', 'PROPOSED', 'AGREED', 'AGREED_THEN_DRAFT', 'OBJECTED']),
    );
  });
  it('include restraining orders within the legal 28 days, and overdue open actions', () => {
    const measures = plans.flatMap((p) => p.elements.filter((e) => e.kind === 'MEASURE'));
    expect(measures.some((m) => m.fields.measureKind === 'RESTRAINING_ORDER')).toBe(true);
    for (const m of measures)
      expect(
        measurePeriodProblems(
          m.fields.measureKind as CoerciveMeasureKind,
          m.fields.startsOn as string,
          m.fields.endsOn as string,
        ),
      ).toEqual([]);
    const today = '2026-11-25';
    expect(
      plans.some((p) => p.elements.some((e) => e.kind === 'ACTION' && e.status === 'OPEN' && e.dueOn! < today)),
    ).toBe(true);
  });
  it('give every goal an action with an owner on the team, and a proposal never already agreed by all', () => {
    for (const p of plans) {
      const team = new Set(
        data.cases
          .find((c) => c.reference === p.caseReference)!
          .team.filter((m) => m.validUntil === null)
          .map((m) => m.organisationKey),
      );
      for (const g of p.elements.filter((e) => e.kind === 'GOAL'))
        expect(p.elements.some((e) => e.parentKey === g.key)).toBe(true);
      for (const a of p.elements.filter((e) => e.kind === 'ACTION'))
        expect(team.has(a.ownerOrganisationKey!)).toBe(true);
      if (p.state === 'PROPOSED') expect(p.agreedBy.length).toBeLessThan(team.size);
      if (p.state === 'AGREED') expect(new Set(p.agreedBy)).toEqual(team);
    }
  });
  it('are mostly on time on the seeding day: about one open action in ten stays late, the rest fall due from that day on', () => {
    const today = '2026-12-07';
    const open = plans.flatMap((p) =>
      p.elements.filter((e) => e.kind === 'ACTION' && (e.status === 'OPEN' || e.status === 'IN_PROGRESS')),
    );
    const late = open.filter((e) => dueOnAt(e, today)! < today);
    expect(late.length).toBeGreaterThan(0);
    expect(late.length / open.length).toBeLessThan(0.2);
    for (const e of open.filter((x) => !x.late)) expect(dueOnAt(e, today)! >= today).toBe(true);
    const done = plans.flatMap((p) => p.elements.filter((e) => e.kind === 'ACTION' && e.status === 'DONE'));
    for (const e of done) expect(dueOnAt(e, today)).toBe(e.dueOn);
    const unagreed = plans.filter((p) => p.state === 'DRAFT' || p.state === 'PROPOSED' || p.state === 'OBJECTED');
    const stale = unagreed.filter((p) => firstMeetingOnAt(p, today) < '2026-11-20');
    expect(stale.length).toBeGreaterThan(0);
    expect(stale.length).toBeLessThan(unagreed.length / 2);
  });
});
