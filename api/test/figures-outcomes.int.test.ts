import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  amsterdamInstant,
  assessmentDueOn,
  FIGURE_DEFINITIONS,
  OUTCOME_FIGURE_INDICATORS,
  planAgreementDueOn,
  type FigureIndicator,
} from '@mda/domain';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient } from './support/graphql-client.js';
import { flatText } from './support/pdf-text.js';
import { oracleCounts } from './support/figures-oracle.js';
import { aggregateCounts, type FigureWindow } from '../src/modules/figures/figures.service.js';

/**
 * The outcome indicators of docs/figures.md (INTERVENTIONS, SAFETY_SCORES, PLANS_AGREED,
 * RE_REPORTS, RESTRAINING_ORDERS) on a small known data set in 2015 (the demo lives in 2025-2026): every count
 * exact, the 10-working-day term across King's Day and Liberation Day, "the first score after
 * 3 / 12 months" with its boundaries, writes that change an earlier count, and small cells
 * suppressed with their complements in the figures query.
 */
let platform: Platform;
let vt: { userId: string; orgId: string };
const at = (date: string, hours = 10) => amsterdamInstant(date, { hours, minutes: 0 });
const ALL3 = ['ROTTERDAM', 'SCHIEDAM', 'NISSEWAARD', 'BARENDRECHT'];
const Q = (municipalities = ALL3): FigureWindow => ({
  granularity: 'QUARTER',
  start: '2015-01-01',
  end: '2017-01-01',
  municipalities,
});

let seq = 0;
async function insertCase(municipality: string, opened: string): Promise<string> {
  const household = randomUUID();
  const id = randomUUID();
  seq += 1;
  await platform.sql(`insert into household (id) values (?)`, [household]);
  await platform.sql(
    `insert into case_file (id, reference, status, municipality, profile, household_id, opened_at) values (?, ?, 'ACTIVE', ?, 'FAMILY_UNDER_STRESS', ?, ?)`,
    [id, `MDA-2015-${String(700_000 + seq)}`, municipality, household, at(opened)],
  );
  return id;
}

interface ReportSpec {
  municipality: string;
  kind?: 'REPORT' | 'ADVICE_REQUEST';
  reporterKind?: string;
  received: string;
  cbs: string;
  decision?: string;
  decided?: string;
}
async function insertReport(r: ReportSpec): Promise<void> {
  await platform.sql(
    `insert into intake_report (id, kind, received_at, municipality, reporter_kind, status, assessment_due_on,
       decision, decision_reason, decided_at, decided_by_id, cbs_category, recorded_by_id, organisation_id)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      randomUUID(),
      r.kind ?? 'REPORT',
      at(r.received),
      r.municipality,
      r.reporterKind ?? 'CITIZEN',
      r.decision ? 'DECIDED' : 'RECEIVED',
      assessmentDueOn(at(r.received)),
      r.decision ?? null,
      r.decision ? 'Synthetisch testbesluit' : null,
      r.decided ? at(r.decided) : null,
      r.decision ? vt.userId : null,
      r.cbs,
      vt.userId,
      vt.orgId,
    ],
  );
}

async function insertScore(caseId: string, scoredBy: 'FAMILY' | 'PROFESSIONAL', score: number, on: string) {
  await platform.sql(
    `insert into safety_score (id, case_id, score, scored_by, scored_on, recorded_by_id, recorded_by_organisation_id) values (?, ?, ?, ?, ?, ?, ?)`,
    [randomUUID(), caseId, score, scoredBy, on, vt.userId, vt.orgId],
  );
}

/** A plan of a new case with its versions: `AGREED` on a date, or PROPOSED / OBJECTED. */
async function insertPlan(
  municipality: string,
  firstMeetingOn: string | null,
  versions: { status: 'AGREED' | 'PROPOSED' | 'OBJECTED'; on: string }[],
): Promise<string> {
  const caseId = await insertCase(municipality, '2015-03-02');
  const planId = randomUUID();
  await platform.sql(`insert into plan (id, case_id, first_meeting_on) values (?, ?, ?)`, [
    planId,
    caseId,
    firstMeetingOn,
  ]);
  for (const [i, v] of versions.entries())
    await platform.sql(
      `insert into plan_version (id, case_id, plan_id, number, status, snapshot, proposed_by_id, proposed_by_organisation_id, proposed_at, decided_at)
       values (?, ?, ?, ?, ?, '{"firstMeetingOn": null, "elements": []}', ?, ?, ?, ?)`,
      [
        randomUUID(),
        caseId,
        planId,
        i + 1,
        v.status,
        vt.userId,
        vt.orgId,
        at(v.on, 9),
        v.status === 'PROPOSED' ? null : at(v.on, 15),
      ],
    );
  return planId;
}

/** A coercive measure in a plan (plan_element MEASURE). */
async function insertMeasure(planId: string, measureKind: string, startsOn: string, endsOn: string): Promise<string> {
  const id = randomUUID();
  const [plan] = await platform.sql<{ case_id: string }>(`select case_id from plan where id = ?`, [planId]);
  await platform.sql(
    `insert into plan_element (id, case_id, plan_id, kind, category, owner_organisation_id, content, author_organisation_id, author_user_id, updated_by_user_id, updated_by_organisation_id)
     values (?, ?, ?, 'MEASURE', 'CRIMINAL', ?, ?::jsonb, ?, ?, ?, ?)`,
    [
      id,
      plan!.case_id,
      planId,
      vt.orgId,
      JSON.stringify({ measureKind, startsOn, endsOn }),
      vt.orgId,
      vt.userId,
      vt.userId,
      vt.orgId,
    ],
  );
  return id;
}

const counts = async (indicator: FigureIndicator, w: FigureWindow = Q()) => {
  const rows = await aggregateCounts(platform.orm.em.fork(), indicator, w);
  return Object.fromEntries(rows.filter((r) => r.n !== 0).map((r) => [`${r.bucket}|${r.municipality}|${r.key}`, r.n]));
};
const expectOracle = async (indicator: FigureIndicator, w: FigureWindow = Q()) =>
  expect(await counts(indicator, w)).toEqual(await oracleCounts(platform.orm.em.fork(), indicator, w));

let caseA: string;
let latePlan: string;

beforeAll(async () => {
  platform = await startPlatform();
  const [row] = await platform.sql<{ user_id: string; org_id: string }>(
    `select u.id as user_id, u.organisation_id as org_id from app_user u where u.email = 'veiligthuis@demo.mda.test'`,
  );
  vt = { userId: row!.user_id, orgId: row!.org_id };

  // Nissewaard, received in Q2 2015: 5 investigations decided 20 April, 3 conditions & follow-up
  // decided 11 May, 1 handover (not an intervention), 1 conditions & follow-up decided 1 July (Q3);
  // 2 police youth care reports and 1 advice request (not a report).
  const reports: ReportSpec[] = [
    ...Array.from({ length: 5 }, () => ({
      municipality: 'NISSEWAARD',
      received: '2015-04-14',
      cbs: 'RE_REPORT_SEVERAL_KNOWN',
      decision: 'FOLLOW_UP_INVESTIGATION',
      decided: '2015-04-20',
    })),
    ...Array.from({ length: 3 }, () => ({
      municipality: 'NISSEWAARD',
      received: '2015-04-14',
      cbs: 'FOLLOW_UP_DURING_ASSESSMENT',
      decision: 'FOLLOW_UP_CONDITIONS',
      decided: '2015-05-11',
    })),
    {
      municipality: 'NISSEWAARD',
      received: '2015-04-14',
      cbs: 'FIRST_REPORT',
      decision: 'HANDOVER_LOCAL_TEAM',
      decided: '2015-04-21',
    },
    {
      municipality: 'NISSEWAARD',
      received: '2015-06-20',
      cbs: 'FOLLOW_UP_DURING_MONITORING',
      decision: 'FOLLOW_UP_CONDITIONS',
      decided: '2015-07-01',
    },
    ...Array.from({ length: 2 }, () => ({
      municipality: 'NISSEWAARD',
      reporterKind: 'POLICE_YOUTH_CARE',
      received: '2015-05-02',
      cbs: 'FIRST_REPORT',
    })),
    { municipality: 'NISSEWAARD', kind: 'ADVICE_REQUEST', received: '2015-05-03', cbs: 'FIRST_REPORT' },
  ];
  for (const r of reports) await insertReport(r);

  // Barendrecht, case A opened 15 January 2015: the 3-month window opens on 15 April 2015, the
  // 12-month window on 15 January 2016.
  caseA = await insertCase('BARENDRECHT', '2015-01-15');
  await insertScore(caseA, 'PROFESSIONAL', 7, '2015-03-10'); // before 3 months: no measurement
  await insertScore(caseA, 'PROFESSIONAL', 6, '2015-04-15'); // first on the day 3 months are full: 6 or higher
  await insertScore(caseA, 'PROFESSIONAL', 3, '2015-05-01'); // not the first in the window
  await insertScore(caseA, 'FAMILY', 5, '2015-04-20'); // first of the family: lower than 6
  await insertScore(caseA, 'FAMILY', 9, '2016-01-14'); // still the 3-month window, not the first
  await insertScore(caseA, 'FAMILY', 8, '2016-01-15'); // first after 12 months: 6 or higher
  await insertScore(caseA, 'PROFESSIONAL', 4, '2016-02-01'); // first after 12 months: lower than 6

  // Plans. First MDO Friday 24 April 2015: King's Day (27 April) and Liberation Day (5 May) do
  // not count, so the 10th working day is Tuesday 12 May (without the holidays: Friday 8 May).
  for (let i = 0; i < 6; i++) await insertPlan('ROTTERDAM', '2015-04-24', [{ status: 'AGREED', on: '2015-05-12' }]);
  // Agreed again later after a change: counted once, at its first agreement.
  await insertPlan('ROTTERDAM', '2015-04-24', [
    { status: 'AGREED', on: '2015-05-12' },
    { status: 'AGREED', on: '2015-06-03' },
  ]);
  latePlan = await insertPlan('ROTTERDAM', '2015-04-24', [{ status: 'AGREED', on: '2015-05-13' }]);
  await insertPlan('ROTTERDAM', '2015-04-24', [
    { status: 'OBJECTED', on: '2015-05-06' },
    { status: 'AGREED', on: '2015-05-13' },
  ]);
  await insertPlan('ROTTERDAM', null, [{ status: 'AGREED', on: '2015-05-20' }]);
  await insertPlan('ROTTERDAM', '2015-04-24', [{ status: 'PROPOSED', on: '2015-05-04' }]); // not agreed
  await insertPlan('SCHIEDAM', '2015-04-24', [{ status: 'AGREED', on: '2015-05-12' }]);
});
afterAll(async () => {
  await platform?.stop();
});

describe('the outcome indicators, counted exactly', () => {
  it('the 10-working-day term of a plan skips weekends and holidays (working-days.ts)', () => {
    expect(planAgreementDueOn('2015-04-24')).toBe('2015-05-12');
    expect(planAgreementDueOn('2015-04-29')).toBe('2015-05-15');
    expect(FIGURE_DEFINITIONS.PLANS_AGREED.columns.map((c) => c.key)).toEqual(['IN_TERM', 'LATE', 'NO_FIRST_MEETING']);
  });

  it('counts interventions started, by kind, on the day of the decision', async () => {
    expect(await counts('INTERVENTIONS')).toEqual({
      '2015-04-01|NISSEWAARD|FOLLOW_UP_INVESTIGATION': 5,
      '2015-04-01|NISSEWAARD|FOLLOW_UP_CONDITIONS': 3,
      '2015-07-01|NISSEWAARD|FOLLOW_UP_CONDITIONS': 1,
    });
    await expectOracle('INTERVENTIONS');
  });

  it('counts every report (police youth care reports included, advice requests not) by its CBS category', async () => {
    expect(await counts('RE_REPORTS')).toEqual({
      '2015-04-01|NISSEWAARD|RE_REPORT_SEVERAL_KNOWN': 5,
      '2015-04-01|NISSEWAARD|FOLLOW_UP_DURING_ASSESSMENT': 3,
      '2015-04-01|NISSEWAARD|FIRST_REPORT': 3,
      '2015-04-01|NISSEWAARD|FOLLOW_UP_DURING_MONITORING': 1,
    });
    await expectOracle('RE_REPORTS');
  });

  it('counts per case and scorer the first score after 3 months and the first after 12 months, 6 or higher apart', async () => {
    expect(await counts('SAFETY_SCORES')).toEqual({
      '2015-04-01|BARENDRECHT|PROFESSIONAL_3M_6_PLUS': 1,
      '2015-04-01|BARENDRECHT|FAMILY_3M_BELOW_6': 1,
      '2016-01-01|BARENDRECHT|FAMILY_12M_6_PLUS': 1,
      '2016-01-01|BARENDRECHT|PROFESSIONAL_12M_BELOW_6': 1,
    });
    await expectOracle('SAFETY_SCORES');
  });

  it('counts plans at their first agreement, in or out of 10 working days of the first MDO', async () => {
    expect(await counts('PLANS_AGREED')).toEqual({
      '2015-04-01|ROTTERDAM|IN_TERM': 7,
      '2015-04-01|ROTTERDAM|LATE': 2,
      '2015-04-01|ROTTERDAM|NO_FIRST_MEETING': 1,
      '2015-04-01|SCHIEDAM|IN_TERM': 1,
    });
    await expectOracle('PLANS_AGREED');
    await expectOracle('PLANS_AGREED', { ...Q(), granularity: 'MONTH' });
  });
});

describe('restraining orders in MDA++ plans', () => {
  it('counts orders by their start day, extended when they end more than 10 days later; other measures not', async () => {
    const plan = await insertPlan('ALBRANDSWAARD', null, []);
    const w = Q(['ALBRANDSWAARD']);
    for (let i = 0; i < 5; i++) await insertMeasure(plan, 'RESTRAINING_ORDER', '2015-08-03', '2015-08-13');
    for (let i = 0; i < 2; i++) await insertMeasure(plan, 'RESTRAINING_ORDER', '2015-08-03', '2015-08-31');
    const short = await insertMeasure(plan, 'RESTRAINING_ORDER', '2015-08-04', '2015-08-14');
    await insertMeasure(plan, 'CONTACT_BAN', '2015-08-03', '2015-12-31');
    expect(await counts('RESTRAINING_ORDERS', w)).toEqual({
      '2015-07-01|ALBRANDSWAARD|NOT_EXTENDED': 6,
      '2015-07-01|ALBRANDSWAARD|EXTENDED': 2,
    });
    // Extended to 20 August (16 days), then one of the 10-day orders removed from the plan.
    await platform.sql(
      `update plan_element set content = jsonb_set(content, '{endsOn}', '"2015-08-20"') where id = ?`,
      [short],
    );
    await platform.sql(
      `delete from plan_element where id = (select id from plan_element where plan_id = ? and content ->> 'endsOn' = '2015-08-13' limit 1)`,
      [plan],
    );
    // A start that is not an ISO date (the API never stores one) neither breaks the write nor counts.
    await insertMeasure(plan, 'RESTRAINING_ORDER', 'onbekend', '2015-08-20');
    expect(await counts('RESTRAINING_ORDERS', w)).toEqual({
      '2015-07-01|ALBRANDSWAARD|NOT_EXTENDED': 4,
      '2015-07-01|ALBRANDSWAARD|EXTENDED': 3,
    });
    await expectOracle('RESTRAINING_ORDERS', w);
    await expectOracle('RESTRAINING_ORDERS', { ...w, granularity: 'MONTH' });
  });
});

describe('shares without a norm', () => {
  it('the quarterly report states the share of extended orders from the shown cells, and a hidden share as such', async () => {
    const plan = await insertPlan('ALBRANDSWAARD', '2015-10-01', [{ status: 'AGREED', on: '2015-10-06' }]);
    for (let i = 0; i < 6; i++) await insertMeasure(plan, 'RESTRAINING_ORDER', '2015-11-02', '2015-11-12');
    for (let i = 0; i < 5; i++) await insertMeasure(plan, 'RESTRAINING_ORDER', '2015-11-02', '2015-11-30');
    const director = await new ApiClient(platform.baseUrl).loginAs('procesregisseur.veiligthuis@demo.mda.test');
    const response = await fetch(
      `${platform.baseUrl}/api/figures/quarterly-report/2015-Q4.pdf?municipalities=ALBRANDSWAARD`,
      {
        headers: { authorization: `Bearer ${director.token}` },
      },
    );
    expect(response.status).toBe(200);
    const text = flatText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('1.7.3 Tijdelijke huisverboden (THV)');
    // 5 of 11 extended.
    expect(text).toContain('Aandeel verlengd: 45,5 %.');
    // One plan in term: a cell under 5, so its share is not shown.
    expect(text).toContain(
      'Aandeel binnen 10 werkdagen (van de plannen met een datum eerste MDO): niet te tonen (kleine aantallen).',
    );
  });
});

describe('writes that change an earlier count are recounted before the next read', () => {
  it('an earlier score takes over as the first; a case that moves takes its scores along', async () => {
    await insertScore(caseA, 'FAMILY', 7, '2015-04-16');
    expect(await counts('SAFETY_SCORES')).toEqual({
      '2015-04-01|BARENDRECHT|PROFESSIONAL_3M_6_PLUS': 1,
      '2015-04-01|BARENDRECHT|FAMILY_3M_6_PLUS': 1,
      '2016-01-01|BARENDRECHT|FAMILY_12M_6_PLUS': 1,
      '2016-01-01|BARENDRECHT|PROFESSIONAL_12M_BELOW_6': 1,
    });
    await platform.sql(`update case_file set municipality = 'NISSEWAARD' where id = ?`, [caseA]);
    expect(await counts('SAFETY_SCORES')).toEqual({
      '2015-04-01|NISSEWAARD|PROFESSIONAL_3M_6_PLUS': 1,
      '2015-04-01|NISSEWAARD|FAMILY_3M_6_PLUS': 1,
      '2016-01-01|NISSEWAARD|FAMILY_12M_6_PLUS': 1,
      '2016-01-01|NISSEWAARD|PROFESSIONAL_12M_BELOW_6': 1,
    });
    // Opened a month later (15 February): the 3-month window runs from 15 May 2015 to 15 February
    // 2016, so the scores of April and 1 May are too early, the family's 9 of 14 January 2016 and the
    // staff's 4 of 1 February 2016 become the 3-month measurements, and nothing is 12 months yet.
    await platform.sql(`update case_file set opened_at = ? where id = ?`, [at('2015-02-15'), caseA]);
    expect(await counts('SAFETY_SCORES')).toEqual({
      '2016-01-01|NISSEWAARD|FAMILY_3M_6_PLUS': 1,
      '2016-01-01|NISSEWAARD|PROFESSIONAL_3M_BELOW_6': 1,
    });
    await expectOracle('SAFETY_SCORES');
  });

  it('a corrected date of the first MDO re-judges the agreement', async () => {
    await platform.sql(`update plan set first_meeting_on = '2015-04-29', version = version + 1 where id = ?`, [
      latePlan,
    ]);
    expect(await counts('PLANS_AGREED')).toEqual({
      '2015-04-01|ROTTERDAM|IN_TERM': 8,
      '2015-04-01|ROTTERDAM|LATE': 1,
      '2015-04-01|ROTTERDAM|NO_FIRST_MEETING': 1,
      '2015-04-01|SCHIEDAM|IN_TERM': 1,
    });
    await expectOracle('PLANS_AGREED');
  });
});

const FIGURES = `query ($i: FiguresInput!) { figures(input: $i) { indicator
  periods { label rows { municipality total { count display suppressed } cells { key count display suppressed } }
    total { total { count display suppressed } cells { key count display suppressed } } } } }`;
interface Cell {
  key: string;
  count: number | null;
  display: string;
  suppressed: boolean;
}
interface Row {
  municipality?: string | null;
  total: Cell | null;
  cells: Cell[];
}
interface Answer {
  figures: { indicator: string; periods: { label: string; rows: Row[]; total: Row }[] };
}

/** How many members of each published equation are hidden; an equation with exactly one gives it away. */
function loneHidden(rows: Row[], total: Row): string[] {
  const found: string[] = [];
  const columns = total.cells.length;
  for (let c = 0; c < columns; c++) {
    const hidden = rows.filter((r) => r.cells[c]!.suppressed).length + (total.cells[c]!.suppressed ? 1 : 0);
    if (hidden === 1) found.push(`column ${total.cells[c]!.key}`);
  }
  for (const r of [...rows, total])
    if (r.total && r.cells.filter((x) => x.suppressed).length + (r.total.suppressed ? 1 : 0) === 1)
      found.push(`row ${r.municipality ?? 'total'}`);
  if (total.total) {
    if (rows.filter((r) => r.total!.suppressed).length + (total.total.suppressed ? 1 : 0) === 1)
      found.push('row totals');
  }
  return found;
}

describe('small cells in the outcome indicators', () => {
  it('every count under 5 shows "< 5", and no equation of the table gives a hidden cell away', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('procesregisseur.veiligthuis@demo.mda.test');
    for (const indicator of OUTCOME_FIGURE_INDICATORS) {
      const data = await client.ok<Answer>(FIGURES, {
        i: {
          indicator,
          granularity: 'QUARTER',
          from: '2015-Q2',
          to: '2016-Q1',
          municipalities: [...ALL3, 'ALBRANDSWAARD'],
        },
      });
      for (const p of data.figures.periods) {
        const cells = [...p.rows, p.total].flatMap((r) => [...r.cells, ...(r.total ? [r.total] : [])]);
        for (const cell of cells) {
          if (cell.suppressed) expect(cell).toMatchObject({ count: null, display: '< 5' });
          else expect(cell.count === 0 || cell.count! >= 5, `${indicator} ${p.label} ${cell.key}`).toBe(true);
        }
        expect(loneHidden(p.rows, p.total), `${indicator} ${p.label}`).toEqual([]);
      }
    }
  });

  it('plans in Q2 2015: Rotterdam 8 in term, 1 late, 1 without a first MDO; Schiedam 1: small cells and their complements hidden', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('procesregisseur.veiligthuis@demo.mda.test');
    const data = await client.ok<Answer>(FIGURES, {
      i: {
        indicator: 'PLANS_AGREED',
        granularity: 'QUARTER',
        from: '2015-Q2',
        to: '2015-Q2',
        municipalities: ['ROTTERDAM', 'SCHIEDAM'],
      },
    });
    const q2 = data.figures.periods[0]!;
    const rotterdam = q2.rows.find((r) => r.municipality === 'ROTTERDAM')!;
    const schiedam = q2.rows.find((r) => r.municipality === 'SCHIEDAM')!;
    expect(rotterdam.cells.map((c) => c.display)).toEqual(['< 5', '< 5', '< 5']);
    expect(schiedam.cells.map((c) => c.display)).toEqual(['< 5', '< 5', '< 5']);
    expect(schiedam.total?.display).toBe('< 5');
    // Complements: Rotterdam's 8 in term is hidden although it is not small (the column total 9
    // minus it would give Schiedam's 1 away), and so is Rotterdam's total of 10 (the region's 11
    // minus it would give Schiedam's total away).
    expect(rotterdam.total).toMatchObject({ count: null, display: '< 5', suppressed: true });
    expect(q2.total.cells.map((c) => c.display)).toEqual(['9', '< 5', '< 5']);
    expect(q2.total.total).toMatchObject({ count: 11, display: '11' });
    expect(JSON.stringify(data)).not.toMatch(/"count":(0|1|8|10)\b/);
  });
});
