import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamInstant, assessmentDueOn, FIGURE_INDICATORS } from '@mda/domain';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient, codeOf } from './support/graphql-client.js';
import { statementLog } from './support/statement-log.js';
import { aggregateCounts } from '../src/modules/figures/figures.service.js';
import { refreshFigures } from '../src/modules/figures/figures-summary.service.js';

/**
 * Figures at a glance (docs/figures.md) on a small known data set in 2019 (the demo data lives
 * in 2026): every indicator counted exactly, the working-day rule across Ascension Day, small
 * cells suppressed with a complement, municipalities by role, and no person row read.
 */
const log = statementLog();
let platform: Platform;

const at = (date: string, hours = 10) => amsterdamInstant(date, { hours, minutes: 0 });

interface ReportSpec {
  municipality: string;
  kind?: 'REPORT' | 'ADVICE_REQUEST';
  reporterKind?: string;
  received: string;
  crisis?: boolean;
  assessed?: string;
  decision?: string;
  decided?: string;
}

async function insertReport(spec: ReportSpec, vt: { userId: string; orgId: string }): Promise<void> {
  const receivedAt = at(spec.received);
  const status = spec.decision
    ? 'DECIDED'
    : spec.assessed
      ? 'ASSESSED'
      : spec.crisis !== undefined
        ? 'SCREENED'
        : 'RECEIVED';
  await platform.sql(
    `insert into intake_report (id, kind, received_at, municipality, reporter_kind, status, screened_at, screened_by_id, crisis, assessment_due_on,
       assessed_at, assessed_by_id, decision, decision_reason, decided_at, decided_by_id, cbs_category, recorded_by_id, organisation_id)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'FIRST_REPORT', ?, ?)`,
    [
      randomUUID(),
      spec.kind ?? 'REPORT',
      receivedAt,
      spec.municipality,
      spec.reporterKind ?? 'CITIZEN',
      status,
      spec.crisis !== undefined || spec.assessed ? receivedAt : null,
      spec.crisis !== undefined || spec.assessed ? vt.userId : null,
      spec.crisis ?? (spec.assessed ? false : null),
      assessmentDueOn(receivedAt),
      spec.assessed ? at(spec.assessed, 16) : null,
      spec.assessed ? vt.userId : null,
      spec.decision ?? null,
      spec.decision ? 'Synthetisch testbesluit' : null,
      spec.decided ? at(spec.decided) : null,
      spec.decision ? vt.userId : null,
      vt.userId,
      vt.orgId,
    ],
  );
}

let caseSeq = 0;
async function insertCase(municipality: string, opened: string, closed: string | null): Promise<string> {
  const household = randomUUID();
  const id = randomUUID();
  caseSeq += 1;
  await platform.sql(`insert into household (id) values (?)`, [household]);
  await platform.sql(
    `insert into case_file (id, reference, status, municipality, profile, household_id, opened_at, closed_at) values (?, ?, ?, ?, 'FAMILY_UNDER_STRESS', ?, ?, ?)`,
    [
      id,
      `MDA-2019-${String(900_000 + caseSeq)}`,
      closed ? 'CLOSED' : 'ACTIVE',
      municipality,
      household,
      at(opened),
      closed ? at(closed) : null,
    ],
  );
  return id;
}

async function insertEscalation(caseId: string, level: number, raised: string): Promise<void> {
  await platform.sql(
    `insert into escalation (id, created_at, case_id, trigger, source_key, reason, decision_asked, level, deadline_at, decider_body)
     values (?, ?, ?, 'MANUAL', ?, 'Synthetische escalatie', 'Besluit gevraagd', ?, ?, 'MDO')`,
    [randomUUID(), at(raised), caseId, randomUUID(), level, at('2019-12-31')],
  );
}

beforeAll(async () => {
  platform = await startPlatform({ orm: log.orm });
  const [vt] = await platform.sql<{ user_id: string; org_id: string }>(
    `select u.id as user_id, o.id as org_id from app_user u join organisation o on o.id = u.organisation_id where u.email = 'veiligthuis@demo.mda.test'`,
  );
  const who = { userId: vt!.user_id, orgId: vt!.org_id };
  const reports: ReportSpec[] = [
    // Rotterdam: 6 reports in April, screened as crisis, assessed in 2 days, 5 handed over to the local team.
    ...Array.from({ length: 6 }, (_, i) => ({
      municipality: 'ROTTERDAM',
      received: '2019-04-10',
      crisis: true,
      assessed: '2019-04-12',
      decision: i < 5 ? 'HANDOVER_LOCAL_TEAM' : 'NO_FOLLOW_UP',
      decided: '2019-04-15',
    })),
    // Rotterdam: 11 reports on Tuesday 28 May 2019; Ascension Day (30 May) does not count, so
    // the 5th working day is Wednesday 5 June: 5 assessed that day (in term), 5 on 6 June (late), 1 open.
    ...Array.from({ length: 11 }, (_, i) => ({
      municipality: 'ROTTERDAM',
      received: '2019-05-28',
      crisis: false,
      assessed: i < 5 ? '2019-06-05' : i < 10 ? '2019-06-06' : undefined,
    })),
    ...Array.from({ length: 2 }, () => ({
      municipality: 'ROTTERDAM',
      reporterKind: 'POLICE_YOUTH_CARE',
      received: '2019-05-02',
    })),
    ...Array.from({ length: 5 }, () => ({
      municipality: 'ROTTERDAM',
      kind: 'ADVICE_REQUEST' as const,
      received: '2019-04-15',
    })),
    // Vlaardingen: 7 reports, all assessed in term and handed over to ongoing care.
    ...Array.from({ length: 7 }, () => ({
      municipality: 'VLAARDINGEN',
      received: '2019-04-10',
      crisis: false,
      assessed: '2019-04-11',
      decision: 'HANDOVER_ONGOING_CARE',
      decided: '2019-04-16',
    })),
    // Schiedam: 3 reports, the small cell.
    ...Array.from({ length: 3 }, () => ({ municipality: 'SCHIEDAM', received: '2019-05-06' })),
  ];
  for (const r of reports) await insertReport(r, who);
  // MDA++ cases in Rotterdam: 1 opened in Q1 and still open; 6 opened in April, 2 of them closed on 10 June.
  const q1 = await insertCase('ROTTERDAM', '2019-01-10', null);
  const april: string[] = [];
  for (let i = 0; i < 6; i++) april.push(await insertCase('ROTTERDAM', '2019-04-20', i < 2 ? '2019-06-10' : null));
  // Escalations raised in May: 3 at level 1, 2 at level 2.
  for (const [i, id] of [q1, ...april].slice(0, 5).entries()) await insertEscalation(id, i < 3 ? 1 : 2, '2019-05-01');
});
afterAll(async () => {
  await platform?.stop();
});

const Q2 = { start: '2019-04-01', end: '2019-07-01', granularity: 'QUARTER' as const };
const raw = async (
  indicator: (typeof FIGURE_INDICATORS)[number],
  municipalities = ['ROTTERDAM', 'VLAARDINGEN', 'SCHIEDAM'],
) => {
  const rows = await aggregateCounts(platform.orm.em.fork(), indicator, { ...Q2, municipalities });
  return Object.fromEntries(
    rows.filter((r) => r.bucket === '2019-04-01').map((r) => [`${r.municipality}/${r.key}`, r.n]),
  );
};

describe('every indicator, counted exactly in PostgreSQL', () => {
  it('the working-day rule: a report of Tuesday 28 May 2019 is due on 5 June (Ascension Day 30 May does not count)', () => {
    expect(assessmentDueOn(at('2019-05-28'))).toBe('2019-06-05');
  });

  it('counts advice requests, reports, police youth care reports apart, and crisis reports', async () => {
    expect(await raw('ADVICE_REQUESTS')).toEqual({ 'ROTTERDAM/TOTAL': 5 });
    expect(await raw('REPORTS')).toEqual({ 'ROTTERDAM/TOTAL': 17, 'VLAARDINGEN/TOTAL': 7, 'SCHIEDAM/TOTAL': 3 });
    expect(await raw('POLICE_YOUTH_CARE_REPORTS')).toEqual({ 'ROTTERDAM/TOTAL': 2 });
    expect(await raw('CRISIS_REPORTS')).toEqual({ 'ROTTERDAM/TOTAL': 6 });
  });

  it('counts safety assessments in and out of the 5-working-day term', async () => {
    expect(await raw('SAFETY_ASSESSMENTS')).toEqual({
      'ROTTERDAM/IN_TERM': 11,
      'ROTTERDAM/LATE': 5,
      'VLAARDINGEN/IN_TERM': 7,
    });
  });

  it('counts handovers by destination, MDA++ cases new/closed/open and escalations by level', async () => {
    expect(await raw('HANDOVERS')).toEqual({
      'ROTTERDAM/HANDOVER_LOCAL_TEAM': 5,
      'VLAARDINGEN/HANDOVER_ONGOING_CARE': 7,
    });
    expect(await raw('MDA_CASES')).toEqual({ 'ROTTERDAM/NEW': 6, 'ROTTERDAM/CLOSED': 2, 'ROTTERDAM/OPEN': 5 });
    expect(await raw('ESCALATIONS')).toEqual({ 'ROTTERDAM/LEVEL_1': 3, 'ROTTERDAM/LEVEL_2': 2 });
  });
});

const FIGURES = `query ($i: FiguresInput!) { figures(input: $i) {
  indicator name normShare population { source year }
  periods { label rows { municipality name inhabitants share meetsNorm total { count display suppressed } cells { key count display suppressed per100k } }
    total { name share total { count display suppressed } cells { key count display suppressed } } } } }`;

interface Cell {
  key: string;
  count: number | null;
  display: string;
  suppressed: boolean;
  per100k?: number | null;
}
interface Row {
  municipality: string | null;
  name: string;
  inhabitants: number | null;
  share: number | null;
  meetsNorm: boolean | null;
  total: Cell | null;
  cells: Cell[];
}
interface Table {
  figures: {
    indicator: string;
    normShare: number | null;
    population: { year: number };
    periods: { label: string; rows: Row[]; total: Row }[];
  };
}

describe('the figures query', () => {
  it('shows a process director the share within 5 working days against the 80 % norm, per municipality and per 100,000', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('procesregisseur.veiligthuis@demo.mda.test');
    const data = await client.ok<Table>(FIGURES, {
      i: { indicator: 'SAFETY_ASSESSMENTS', granularity: 'QUARTER', from: '2019-Q2', to: '2019-Q2' },
    });
    expect(data.figures.normShare).toBe(0.8);
    expect(data.figures.population.year).toBe(2022);
    const [q2] = data.figures.periods;
    expect(q2?.label).toBe('2019-Q2');
    expect(q2?.rows).toHaveLength(15);
    const rotterdam = q2?.rows.find((r) => r.municipality === 'ROTTERDAM');
    expect(rotterdam?.total?.count).toBe(16);
    expect(rotterdam?.cells.map((c) => c.count)).toEqual([11, 5]);
    expect(rotterdam?.share).toBe(0.688);
    expect(rotterdam?.meetsNorm).toBe(false);
    expect(rotterdam?.cells.find((c) => c.key === 'IN_TERM')?.per100k).toBe(
      Math.round((11 / 655_500) * 1_000_000) / 10,
    );
    // Vlaardingen: 0 late is a small cell; the 7 in term would give it away next to the row
    // total, so it is hidden as well, and with it the share.
    const vlaardingen = q2?.rows.find((r) => r.municipality === 'VLAARDINGEN');
    expect(vlaardingen?.cells.map((c) => c.display)).toEqual(['< 5', '< 5']);
    expect(vlaardingen?.total?.count).toBe(7);
    expect(vlaardingen?.share).toBeNull();
    // The region: 18 of 23 in term.
    expect(q2?.total.total?.count).toBe(23);
    expect(q2?.total.share).toBe(0.783);
  });

  it('a cell of 3 shows "< 5" and cannot be derived from the totals', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('procesregisseur.veiligthuis@demo.mda.test');
    const data = await client.ok<Table>(FIGURES, {
      i: {
        indicator: 'REPORTS',
        granularity: 'QUARTER',
        from: '2019-Q2',
        to: '2019-Q2',
        municipalities: ['ROTTERDAM', 'VLAARDINGEN', 'SCHIEDAM'],
      },
    });
    const q2 = data.figures.periods[0]!;
    const cell = (m: string) => q2.rows.find((r) => r.municipality === m)!.cells[0]!;
    expect(cell('SCHIEDAM')).toMatchObject({ count: null, display: '< 5', suppressed: true, per100k: null });
    expect(cell('ROTTERDAM')).toMatchObject({ count: 17, display: '17', suppressed: false });
    // Complement: Vlaardingen (7) is hidden too, so total minus the shown cells covers two cells.
    expect(cell('VLAARDINGEN')).toMatchObject({ count: null, display: '< 5', suppressed: true });
    const total = q2.total.cells[0]!;
    expect(total.count).toBe(27);
    const shown = q2.rows.reduce((a, r) => a + (r.cells[0]!.count ?? 0), 0);
    expect(total.count! - shown).toBe(10);
    expect(q2.rows.filter((r) => r.cells[0]!.suppressed)).toHaveLength(2);
    // Nowhere in the answer is the 3 itself.
    expect(JSON.stringify(data)).not.toMatch(/"count":3\b/);
  });

  it('a policy officer sees only its own municipality and is refused the others', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('beleid.gemeente@demo.mda.test');
    const data = await client.ok<Table>(FIGURES, {
      i: { indicator: 'REPORTS', granularity: 'QUARTER', from: '2019-Q1', to: '2019-Q2' },
    });
    expect(data.figures.periods.map((p) => p.label)).toEqual(['2019-Q1', '2019-Q2']);
    for (const p of data.figures.periods) expect(p.rows.map((r) => r.municipality)).toEqual(['ROTTERDAM']);
    expect(data.figures.periods[1]?.rows[0]?.cells[0]?.count).toBe(17);
    expect(data.figures.periods[1]?.total.cells[0]?.count).toBe(17);
    const other = await client.request(FIGURES, {
      i: { indicator: 'REPORTS', granularity: 'QUARTER', from: '2019-Q2', to: '2019-Q2', municipalities: ['SCHIEDAM'] },
    });
    expect(codeOf(other.errors)).toBe('FORBIDDEN');
    expect(other.errors?.[0]?.message).toMatch(/SCHIEDAM/);
    // And no case content at all.
    const cases = await client.request('{ cases(first: 5) { totalCount } }');
    expect(cases.data === null || (cases.data as { cases: { totalCount: number } }).cases.totalCount === 0).toBe(true);
  });

  it('refuses casework roles without a figures rule', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('politie@demo.mda.test');
    const result = await client.request(FIGURES, {
      i: { indicator: 'REPORTS', granularity: 'YEAR', from: '2019', to: '2019' },
    });
    expect(codeOf(result.errors)).toBe('FORBIDDEN');
  });

  it('names every problem of a bad request', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('procesregisseur.veiligthuis@demo.mda.test');
    const bad = await client.request(FIGURES, {
      i: { indicator: 'WAITING', granularity: 'QUARTER', from: '2019-Q5', to: '2019-04', municipalities: ['ATLANTIS'] },
    });
    expect(codeOf(bad.errors)).toBe('BAD_USER_INPUT');
    const fields = (bad.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field).sort();
    expect(fields).toEqual(['from', 'indicator', 'municipalities', 'to']);
    expect(bad.errors?.[0]?.message).toMatch(/SAFETY_ASSESSMENTS/);
    const reversed = await client.request(FIGURES, {
      i: { indicator: 'REPORTS', granularity: 'MONTH', from: '2019-06', to: '2019-04' },
    });
    expect(codeOf(reversed.errors)).toBe('BAD_USER_INPUT');
    const tooLong = await client.request(FIGURES, {
      i: { indicator: 'REPORTS', granularity: 'MONTH', from: '2015-01', to: '2019-12' },
    });
    expect(codeOf(tooLong.errors)).toBe('BAD_USER_INPUT');
  });

  it('reads no event or person row: every statement of a figures request sums the summary', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('procesregisseur.veiligthuis@demo.mda.test');
    await refreshFigures(platform.orm.em);
    for (const indicator of FIGURE_INDICATORS) {
      log.reset();
      await client.ok(FIGURES, { i: { indicator, granularity: 'MONTH', from: '2019-01', to: '2019-12' } });
      const statements = log
        .all()
        .filter(
          (s) => !/audit\./.test(s) && !/^\[query\] (begin|commit|rollback|set local|select pg_advisory)/i.test(s),
        );
      // The summary is fresh: one statement asks whether anything is dirty, one sums the summary.
      const figureStatements = statements.filter((s) => /figures_daily/.test(s));
      expect(figureStatements).toHaveLength(1);
      expect(statements.filter((s) => /figures_dirty/.test(s))).toHaveLength(1);
      for (const s of statements) {
        expect(s).not.toMatch(/\b(person|household_member|intake_report_person|case_entry)\b/);
        expect(s).not.toMatch(/\b(intake_report|case_file|escalation)\b/);
        expect(s).not.toMatch(/reporter_name|reporter_contact|first_name|last_name|bsn_hash/);
      }
      expect(figureStatements[0]).toMatch(/group by/i);
    }
  });

  it('is audited as an aggregate read, without data subjects', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs('beleid.gemeente@demo.mda.test');
    await client.ok(FIGURES, { i: { indicator: 'CRISIS_REPORTS', granularity: 'YEAR', from: '2019', to: '2019' } });
    const rows = await platform.sql<{ action: string; reason: string; data_subject_ids: string[] }>(
      `select action, reason, data_subject_ids from audit.event where subject_type = 'Figures' and subject_id = 'CRISIS_REPORTS' order by seq desc limit 1`,
    );
    expect(rows[0]?.action).toBe('READ');
    expect(rows[0]?.reason).toBe('AGGREGATE CRISIS_REPORTS YEAR 2019..2019 municipalities=ROTTERDAM');
    expect(rows[0]?.data_subject_ids).toEqual([]);
  });
});
