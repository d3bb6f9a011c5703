import {
  dutchHolidays,
  ESCALATION_DECISION_BUCKETS,
  INTERVENTION_DECISIONS,
  PLAN_AGREEMENT_WORKING_DAYS,
  RESTRAINING_ORDER_EXTENDED_AFTER_DAYS,
  SAFETY_SCORE_MOMENTS,
  SAFETY_SCORE_PASS,
} from '@mda/domain';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The figures summary (docs/figures.md, "Speed"): `figures_daily` = counts per Dutch calendar
 * day x municipality x indicator x column, written only here. Triggers append the days a write
 * touched to `figures_dirty` (Migration20261207110000_figures_daily); a refresh recounts exactly
 * those days from the events, in one transaction under an advisory lock, so a refresh by the
 * job and one on demand never interleave.
 *
 * Freshness rule: the pg-boss job refreshes every minute; a figures read first asks whether
 * anything is dirty and, if so, refreshes before it reads (and waits for a refresh in progress).
 * Figures are therefore always exactly the events' counts; the job only keeps that wait short.
 */

const ZONE = `'Europe/Amsterdam'`;
/** Advisory lock key of the refresh (any fixed number unique in the application). */
const REFRESH_LOCK = 7_316_160;

/** Joins the dirty days to the events whose `column` falls on such a day (an index range per day). */
const onDay = (column: string) =>
  `${column} >= (d.day::timestamp at time zone ${ZONE}) and ${column} < ((d.day + 1)::timestamp at time zone ${ZONE})`;

/**
 * The recount of the given days. Each indicator's definition is the one of FIGURE_DEFINITIONS
 * (packages/domain): the same filters as the former per-request aggregates. MDA_CASES keeps
 * NEW and CLOSED, plus OPEN_IN (day opened) and OPEN_OUT (day closed) of every case not closed
 * before the day it opened: open at the end of a period = OPEN_IN - OPEN_OUT summed over the
 * days before that end, exactly "opened before the end and not closed before the end".
 */
/** The column of ESCALATION_DECISION_TIME, from its buckets in packages/domain. */
export const DECISION_TIME_KEY = `case ${ESCALATION_DECISION_BUCKETS.map((b) =>
  b.maxDays === null
    ? `else '${b.key}'`
    : `when e.closed_at - e.created_at <= interval '${b.maxDays} days' then '${b.key}'`,
).join(' ')} end`;

/**
 * SAFETY_SCORES: per moment (3 and 12 months after the case's opening day, SAFETY_SCORE_MOMENTS),
 * the window of scores that can be that moment's measurement.
 */
const inMoment = (score: string) =>
  `${score}.scored_on >= opened.day + make_interval(months => m.from_months)
    and (m.until_months is null or ${score}.scored_on < opened.day + make_interval(months => m.until_months))`;
const MOMENTS = SAFETY_SCORE_MOMENTS.map(
  (m) => `('${m.key}', ${m.fromMonths}, ${m.untilMonths === null ? 'null::int' : m.untilMonths})`,
).join(', ');

/** The Dutch public holidays of the years the platform counts (2000-2100), from working-days.ts. */
const HOLIDAYS = `{${Array.from({ length: 101 }, (_, i) => [...dutchHolidays(2000 + i).keys()])
  .flat()
  .sort()
  .join(',')}}`;

/**
 * PLANS_AGREED: the last day in term = addWorkingDays(first MDO, 10) of working-days.ts, in SQL:
 * day 0 is the first working day on or after the first MDO, the term ends on the 10th working
 * day after it (weekends and the holidays in `hol` do not count).
 */
const PLAN_DUE = `(select w.day::date from generate_series(p.first_meeting_on, p.first_meeting_on + 60, interval '1 day') w(day)
    where extract(isodow from w.day) < 6 and not exists (select 1 from hol where hol.day = w.day::date)
    order by w.day offset ${PLAN_AGREEMENT_WORKING_DAYS} limit 1)`;

const RECOUNT = `
with d as (select unnest(?::date[]) as day), hol as (select unnest(?::date[]) as day)
insert into figures_daily (indicator, day, municipality, key, n)
select k.indicator, d.day, r.municipality, 'TOTAL', count(*)::int
  from d join intake_report r on ${onDay('r.received_at')}
  cross join lateral (values
    ('ADVICE_REQUESTS', r.kind = 'ADVICE_REQUEST'),
    ('REPORTS', r.kind = 'REPORT' and r.reporter_kind <> 'POLICE_YOUTH_CARE'),
    ('POLICE_YOUTH_CARE_REPORTS', r.kind = 'REPORT' and r.reporter_kind = 'POLICE_YOUTH_CARE'),
    ('CRISIS_REPORTS', r.kind = 'REPORT' and r.crisis)) k(indicator, hit)
  where k.hit group by 1, 2, 3
union all
select 'RE_REPORTS', d.day, r.municipality, r.cbs_category, count(*)::int
  from d join intake_report r on r.kind = 'REPORT' and ${onDay('r.received_at')} group by 1, 2, 3, 4
union all
select 'INTERVENTIONS', d.day, r.municipality, r.decision, count(*)::int
  from d join intake_report r on r.decision in (${INTERVENTION_DECISIONS.map((x) => `'${x}'`).join(', ')}) and ${onDay('r.decided_at')}
  group by 1, 2, 3, 4
union all
select 'SAFETY_SCORES', d.day, c.municipality,
    s.scored_by || '_' || m.key || case when s.score >= ${SAFETY_SCORE_PASS} then '_${SAFETY_SCORE_PASS}_PLUS' else '_BELOW_${SAFETY_SCORE_PASS}' end,
    count(*)::int
  from d join safety_score s on s.scored_on = d.day join case_file c on c.id = s.case_id
  cross join lateral (select (c.opened_at at time zone ${ZONE})::date as day) opened
  cross join (values ${MOMENTS}) m(key, from_months, until_months)
  where ${inMoment('s')}
    and not exists (select 1 from safety_score e where e.case_id = s.case_id and e.scored_by = s.scored_by and ${inMoment('e')}
      and (e.scored_on, e.created_at, e.id) < (s.scored_on, s.created_at, s.id))
  group by 1, 2, 3, 4
union all
select 'PLANS_AGREED', d.day, c.municipality,
    case when p.first_meeting_on is null then 'NO_FIRST_MEETING' when d.day <= ${PLAN_DUE} then 'IN_TERM' else 'LATE' end,
    count(*)::int
  from d join plan_version v on v.status = 'AGREED' and ${onDay('v.decided_at')}
  join plan p on p.id = v.plan_id join case_file c on c.id = p.case_id
  where not exists (select 1 from plan_version e where e.plan_id = v.plan_id and e.status = 'AGREED'
    and (e.decided_at, e.id) < (v.decided_at, v.id))
  group by 1, 2, 3, 4
union all
select 'RESTRAINING_ORDERS', d.day, c.municipality,
    case when e.content ->> 'endsOn' ~ '^\\d{4}-\\d{2}-\\d{2}$'
      and (e.content ->> 'endsOn')::date > d.day + ${RESTRAINING_ORDER_EXTENDED_AFTER_DAYS} then 'EXTENDED' else 'NOT_EXTENDED' end,
    count(*)::int
  from d join plan_element e on e.kind = 'MEASURE' and e.content ->> 'measureKind' = 'RESTRAINING_ORDER'
    and e.content ->> 'startsOn' = to_char(d.day, 'YYYY-MM-DD')
  join case_file c on c.id = e.case_id group by 1, 2, 3, 4
union all
select 'SAFETY_ASSESSMENTS', d.day, r.municipality,
    case when (r.assessed_at at time zone ${ZONE})::date <= r.assessment_due_on then 'IN_TERM' else 'LATE' end, count(*)::int
  from d join intake_report r on r.assessed_at is not null and ${onDay('r.assessed_at')} group by 1, 2, 3, 4
union all
select 'HANDOVERS', d.day, r.municipality, r.decision, count(*)::int
  from d join intake_report r on r.decision like 'HANDOVER%' and ${onDay('r.decided_at')} group by 1, 2, 3, 4
union all
select 'MDA_CASES', d.day, c.municipality, k.key, count(*)::int
  from d join case_file c on ${onDay('c.opened_at')}
  cross join lateral (values ('NEW', true),
    ('OPEN_IN', c.closed_at is null or (c.closed_at at time zone ${ZONE})::date >= d.day)) k(key, hit)
  where k.hit group by 1, 2, 3, 4
union all
select 'MDA_CASES', d.day, c.municipality, k.key, count(*)::int
  from d join case_file c on c.closed_at is not null and ${onDay('c.closed_at')}
  cross join lateral (values ('CLOSED', true),
    ('OPEN_OUT', (c.opened_at at time zone ${ZONE})::date <= d.day)) k(key, hit)
  where k.hit group by 1, 2, 3, 4
union all
select 'ESCALATIONS', d.day, c.municipality, 'LEVEL_' || e.level, count(*)::int
  from d join escalation e on ${onDay('e.created_at')} join case_file c on c.id = e.case_id group by 1, 2, 3, 4
union all
select 'HOUSEHOLD_PROFILES', d.day, c.municipality, c.profile, count(*)::int
  from d join case_file c on ${onDay('c.opened_at')} group by 1, 2, 3, 4
union all
select 'ESCALATION_DECISION_TIME', d.day, c.municipality, ${DECISION_TIME_KEY}, count(*)::int
  from d join escalation e on e.status = 'DECIDED' and ${onDay('e.closed_at')} join case_file c on c.id = e.case_id
  group by 1, 2, 3, 4`;

export interface FiguresRefresh {
  /** Days recounted. */
  days: number;
  /** Summary rows written for them. */
  rows: number;
}

/** Whether any write has not yet been counted into the summary. */
export async function figuresStale(em: EntityManager): Promise<boolean> {
  const [row] = await em
    .getConnection()
    .execute<{ stale: boolean }[]>(`select exists (select 1 from figures_dirty) as stale`);
  return Boolean(row?.stale);
}

/** Recounts every dirty day (job and on demand); a no-op when nothing is dirty. */
export async function refreshFigures(em: EntityManager): Promise<FiguresRefresh> {
  return em.fork().transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(${REFRESH_LOCK})`);
    const taken = await tx.execute<{ day: string }[]>(
      `with taken as (delete from figures_dirty returning day) select distinct to_char(day, 'YYYY-MM-DD') as day from taken`,
    );
    if (taken.length === 0) return { days: 0, rows: 0 };
    const days = `{${taken.map((t) => t.day).join(',')}}`;
    await tx.execute(`delete from figures_daily where day = any(?::date[])`, [days], 'run');
    const written = await tx.execute<{ affectedRows?: number }>(RECOUNT, [days, HOLIDAYS], 'run');
    return { days: taken.length, rows: Number(written.affectedRows ?? 0) };
  });
}

/** Before a read: recount if anything is dirty (see the freshness rule above). */
export async function ensureFiguresFresh(em: EntityManager): Promise<void> {
  if (await figuresStale(em)) await refreshFigures(em);
}
