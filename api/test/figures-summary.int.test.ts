import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamInstant, assessmentDueOn, FIGURE_INDICATORS, REGION_MUNICIPALITY_CODES } from '@mda/domain';
import { startPlatform, type Platform } from './support/platform.js';
import { oracleCounts } from './support/figures-oracle.js';
import { aggregateCounts, type FigureWindow } from '../src/modules/figures/figures.service.js';
import { refreshFigures } from '../src/modules/figures/figures-summary.service.js';
import { figuresCapability } from '../src/modules/figures/figures.capability.js';

/**
 * The figures summary (figures_daily, docs/figures.md "Speed"): the service sums day counts
 * instead of scanning the events, and those sums must equal the direct counts of the events
 * (the oracle: the former per-request aggregates) for every indicator, after inserts, updates
 * and deletes, whether the refresh job or the read itself recounted the dirty days, and also for
 * a write that commits while a refresh runs.
 */
let platform: Platform;
let vt: { user_id: string; org_id: string };
const at = (date: string, hours = 10) => amsterdamInstant(date, { hours, minutes: 0 });

beforeAll(async () => {
  platform = await startPlatform();
  [vt] = (await platform.sql<{ user_id: string; org_id: string }>(
    `select u.id as user_id, u.organisation_id as org_id from app_user u where u.email = 'veiligthuis@demo.mda.test'`,
  )) as [{ user_id: string; org_id: string }];
});
afterAll(async () => {
  await platform?.stop();
});

async function insertReport(municipality: string, received: string, assessed: string | null): Promise<string> {
  const id = randomUUID();
  await platform.sql(
    `insert into intake_report (id, kind, received_at, municipality, reporter_kind, status, screened_at, screened_by_id, crisis, assessment_due_on,
       assessed_at, assessed_by_id, cbs_category, recorded_by_id, organisation_id)
     values (?, 'REPORT', ?, ?, 'CITIZEN', ?, ?, ?, false, ?, ?, ?, 'FIRST_REPORT', ?, ?)`,
    [
      id,
      at(received),
      municipality,
      assessed ? 'ASSESSED' : 'SCREENED',
      at(received),
      vt.user_id,
      assessmentDueOn(at(received)),
      assessed ? at(assessed, 16) : null,
      assessed ? vt.user_id : null,
      vt.user_id,
      vt.org_id,
    ],
  );
  return id;
}

const nonZero = (rows: { bucket: string; municipality: string; key: string; n: number }[]) =>
  Object.fromEntries(rows.filter((r) => r.n !== 0).map((r) => [`${r.bucket}|${r.municipality}|${r.key}`, r.n]));

async function expectSummaryEqualsEvents(w: FigureWindow): Promise<void> {
  for (const indicator of FIGURE_INDICATORS) {
    const summary = nonZero(await aggregateCounts(platform.orm.em.fork(), indicator, w));
    expect({ indicator, counts: summary }).toEqual({
      indicator,
      counts: await oracleCounts(platform.orm.em.fork(), indicator, w),
    });
  }
}

const ALL = REGION_MUNICIPALITY_CODES;
const DEMO_MONTHS: FigureWindow = { granularity: 'MONTH', start: '2025-01-01', end: '2027-01-01', municipalities: ALL };

describe('the figures summary', () => {
  it('gives exactly the counts of the events for every indicator over the demo years, per month, quarter and year', async () => {
    const cases = await oracleCounts(platform.orm.em.fork(), 'MDA_CASES', DEMO_MONTHS);
    const escalations = await oracleCounts(platform.orm.em.fork(), 'ESCALATIONS', DEMO_MONTHS);
    // The demo must have something to count, or the equality would prove nothing.
    expect(Object.keys(cases).length).toBeGreaterThan(5);
    expect(Object.keys(escalations).length).toBeGreaterThan(0);
    for (const indicator of ['SAFETY_SCORES', 'PLANS_AGREED', 'RESTRAINING_ORDERS'] as const)
      expect(Object.keys(await oracleCounts(platform.orm.em.fork(), indicator, DEMO_MONTHS)), indicator).not.toEqual(
        [],
      );
    await expectSummaryEqualsEvents(DEMO_MONTHS);
    await expectSummaryEqualsEvents({ ...DEMO_MONTHS, granularity: 'QUARTER' });
    await expectSummaryEqualsEvents({ ...DEMO_MONTHS, granularity: 'YEAR', municipalities: ['ROTTERDAM', 'SCHIEDAM'] });
  });

  it('counts a write before the next read: inserts, updates and deletes mark their days, old and new', async () => {
    const w: FigureWindow = { granularity: 'MONTH', start: '2018-01-01', end: '2019-01-01', municipalities: ALL };
    const a = await insertReport('MAASSLUIS', '2018-03-05', '2018-03-07');
    const b = await insertReport('MAASSLUIS', '2018-03-05', null);
    await expectSummaryEqualsEvents(w);
    expect(nonZero(await aggregateCounts(platform.orm.em.fork(), 'REPORTS', w))).toEqual({
      '2018-03-01|MAASSLUIS|TOTAL': 2,
    });
    // Moved to another month and municipality, assessed late, one deleted.
    await platform.sql(
      `update intake_report set received_at = ?, municipality = 'SCHIEDAM', assessment_due_on = ?, assessed_at = ? where id = ?`,
      [at('2018-05-14'), assessmentDueOn(at('2018-05-14')), at('2018-05-31'), a],
    );
    await platform.sql(`delete from intake_report where id = ?`, [b]);
    await expectSummaryEqualsEvents(w);
    expect(nonZero(await aggregateCounts(platform.orm.em.fork(), 'REPORTS', w))).toEqual({
      '2018-05-01|SCHIEDAM|TOTAL': 1,
    });
    expect(nonZero(await aggregateCounts(platform.orm.em.fork(), 'SAFETY_ASSESSMENTS', w))).toEqual({
      '2018-05-01|SCHIEDAM|LATE': 1,
    });

    // A demo case closed, its escalation raised a level, and the case moved to Brielle.
    const [c] = await platform.sql<{ case_id: string; id: string }>(
      `select e.case_id, e.id from escalation e join case_file c on c.id = e.case_id where c.closed_at is null and e.level < 4 order by e.id limit 1`,
    );
    expect(c).toBeDefined();
    await platform.sql(`update escalation set level = level + 1 where id = ?`, [c!.id]);
    await platform.sql(`update case_file set status = 'CLOSED', closed_at = ?, municipality = 'BRIELLE' where id = ?`, [
      at('2026-11-20'),
      c!.case_id,
    ]);
    await expectSummaryEqualsEvents(DEMO_MONTHS);
    await expectSummaryEqualsEvents({ ...DEMO_MONTHS, granularity: 'QUARTER' });
    const [left] = await platform.sql<{ n: number }>(`select count(*)::int as n from figures_dirty`);
    expect(left!.n).toBe(0);
  });

  it('the refresh job recounts exactly the days that were written', async () => {
    await refreshFigures(platform.orm.em);
    await insertReport('RIDDERKERK', '2017-09-12', null);
    await insertReport('RIDDERKERK', '2017-09-12', '2017-09-13');
    const dirty = await platform.sql<{ day: string }>(
      `select distinct to_char(day, 'YYYY-MM-DD') as day from figures_dirty order by 1`,
    );
    expect(dirty.map((d) => d.day)).toEqual(['2017-09-12', '2017-09-13']);
    await figuresCapability.jobs![0]!.run(platform.orm, new Date(), {});
    const summary = await platform.sql<{ indicator: string; day: string; key: string; n: number }>(
      `select indicator, to_char(day, 'YYYY-MM-DD') as day, key, n from figures_daily where municipality = 'RIDDERKERK' and day < '2018-01-01' order by 1, 2, 3`,
    );
    expect(summary).toEqual([
      { indicator: 'REPORTS', day: '2017-09-12', key: 'TOTAL', n: 2 },
      { indicator: 'RE_REPORTS', day: '2017-09-12', key: 'FIRST_REPORT', n: 2 },
      { indicator: 'SAFETY_ASSESSMENTS', day: '2017-09-13', key: 'IN_TERM', n: 1 },
    ]);
    const [left] = await platform.sql<{ n: number }>(`select count(*)::int as n from figures_dirty`);
    expect(left!.n).toBe(0);
    expect(await refreshFigures(platform.orm.em)).toEqual({ days: 0, rows: 0 });
  });

  it('counts new cases by household profile and decided escalations by the time to decision, exactly', async () => {
    const w: FigureWindow = { granularity: 'QUARTER', start: '2016-01-01', end: '2017-01-01', municipalities: ALL };
    let seq = 0;
    const caseIn = async (municipality: string, profile: string, opened: string) => {
      const id = randomUUID();
      seq += 1;
      const household = randomUUID();
      await platform.sql(`insert into household (id) values (?)`, [household]);
      await platform.sql(
        `insert into case_file (id, reference, status, municipality, profile, household_id, opened_at) values (?, ?, 'ACTIVE', ?, ?, ?, ?)`,
        [id, `MDA-2016-${String(800_000 + seq)}`, municipality, profile, household, at(opened)],
      );
      return id;
    };
    const terror = await caseIn('NISSEWAARD', 'INTIMATE_TERROR', '2016-02-01');
    await caseIn('NISSEWAARD', 'INTIMATE_TERROR', '2016-02-03');
    await caseIn('NISSEWAARD', 'ELDER_ABUSE', '2016-05-03');
    // Raised on 1 March 10:00; decided after exactly 7 x 24 h, after 7 days and one hour, after 20 and 40 days; one withdrawn.
    const raised = at('2016-03-01');
    const decided = [
      new Date(raised.getTime() + 7 * 86_400_000),
      new Date(raised.getTime() + 7 * 86_400_000 + 3_600_000),
      new Date(raised.getTime() + 20 * 86_400_000),
      new Date(raised.getTime() + 40 * 86_400_000),
    ];
    for (const [i, closed] of [...decided, null].entries())
      await platform.sql(
        `insert into escalation (id, created_at, case_id, trigger, source_key, reason, decision_asked, level, deadline_at, decider_body, status, decision, closing_reason, closed_at)
         values (?, ?, ?, 'MANUAL', ?, 'Synthetische escalatie', 'Besluit gevraagd', 1, ?, 'MDO', ?, ?, ?, ?)`,
        [
          randomUUID(),
          raised,
          terror,
          randomUUID(),
          at('2016-12-31'),
          closed ? 'DECIDED' : 'WITHDRAWN',
          closed ? `Besluit ${i}` : null,
          closed ? null : 'Ingetrokken',
          (closed ?? decided[0]!).toISOString(),
        ],
      );
    expect(nonZero(await aggregateCounts(platform.orm.em.fork(), 'HOUSEHOLD_PROFILES', w))).toEqual({
      '2016-01-01|NISSEWAARD|INTIMATE_TERROR': 2,
      '2016-04-01|NISSEWAARD|ELDER_ABUSE': 1,
    });
    expect(nonZero(await aggregateCounts(platform.orm.em.fork(), 'ESCALATION_DECISION_TIME', w))).toEqual({
      '2016-01-01|NISSEWAARD|WITHIN_7_DAYS': 1,
      '2016-01-01|NISSEWAARD|WITHIN_14_DAYS': 1,
      '2016-01-01|NISSEWAARD|WITHIN_28_DAYS': 1,
      '2016-04-01|NISSEWAARD|LONGER': 1,
    });
    await expectSummaryEqualsEvents(w);
    // The case moves: its profile and its escalations' decisions move with it.
    await platform.sql(`update case_file set municipality = 'BRIELLE' where id = ?`, [terror]);
    expect(nonZero(await aggregateCounts(platform.orm.em.fork(), 'ESCALATION_DECISION_TIME', w))).toEqual({
      '2016-01-01|BRIELLE|WITHIN_7_DAYS': 1,
      '2016-01-01|BRIELLE|WITHIN_14_DAYS': 1,
      '2016-01-01|BRIELLE|WITHIN_28_DAYS': 1,
      '2016-04-01|BRIELLE|LONGER': 1,
    });
    await expectSummaryEqualsEvents(w);
  });

  it('a write that commits while a refresh runs stays marked and is counted by the next read', async () => {
    const w: FigureWindow = {
      granularity: 'MONTH',
      start: '2017-01-01',
      end: '2018-01-01',
      municipalities: ['LANSINGERLAND'],
    };
    const writer = platform.orm.em.fork();
    await writer.begin();
    await writer.execute(
      `insert into intake_report (id, kind, received_at, municipality, reporter_kind, status, assessment_due_on, cbs_category, recorded_by_id, organisation_id)
       values (?, 'ADVICE_REQUEST', ?, 'LANSINGERLAND', 'CITIZEN', 'RECEIVED', ?, 'FIRST_REPORT', ?, ?)`,
      [randomUUID(), at('2017-06-06'), assessmentDueOn(at('2017-06-06')), vt.user_id, vt.org_id],
    );
    // The refresh neither sees nor takes the uncommitted write's mark.
    await refreshFigures(platform.orm.em);
    await writer.commit();
    const dirty = await platform.sql<{ day: string }>(`select to_char(day, 'YYYY-MM-DD') as day from figures_dirty`);
    expect(dirty.map((d) => d.day)).toEqual(['2017-06-06']);
    expect(nonZero(await aggregateCounts(platform.orm.em.fork(), 'ADVICE_REQUESTS', w))).toEqual({
      '2017-06-01|LANSINGERLAND|TOTAL': 1,
    });
  });
});
