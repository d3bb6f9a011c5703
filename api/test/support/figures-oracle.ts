import type { EntityManager } from '@mikro-orm/postgresql';
import { planAgreementDueOn, type FigureGranularity, type FigureIndicator } from '@mda/domain';

/**
 * The oracle for the figures summary: the per-request aggregates the figures service ran before
 * figures_daily existed (commit 25e6829), counting straight from the events, plus the same for
 * the indicators added since (HOUSEHOLD_PROFILES, ESCALATION_DECISION_TIME, and the outcomes:
 * INTERVENTIONS, SAFETY_SCORES, PLANS_AGREED, RE_REPORTS, RESTRAINING_ORDERS). Written out here, not taken from the
 * service (a window function where the service uses "not exists"; the plan term by the domain's
 * planAgreementDueOn in TypeScript where the service counts working days in SQL). The summary must
 * give exactly these counts (api/test/figures-summary.int.test.ts).
 */
const ZONE = `'Europe/Amsterdam'`;
const TRUNC: Readonly<Record<FigureGranularity, string>> = { MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' };
const STEP: Readonly<Record<FigureGranularity, string>> = { MONTH: '1 month', QUARTER: '3 months', YEAR: '1 year' };

interface Window {
  granularity: FigureGranularity;
  start: string;
  end: string;
  municipalities: string;
}

const bucketOf = (column: string, w: Window) =>
  `to_char(date_trunc('${TRUNC[w.granularity]}', ${column} at time zone ${ZONE}), 'YYYY-MM-DD')`;
const inWindow = (column: string) =>
  `${column} >= (?::timestamp at time zone ${ZONE}) and ${column} < (?::timestamp at time zone ${ZONE})`;

function oracleSql(indicator: FigureIndicator, w: Window): { sql: string; params: unknown[] } {
  const range = [w.start, w.end, w.municipalities];
  const intake = (filter: string) => ({
    sql: `select ${bucketOf('r.received_at', w)} as bucket, r.municipality, 'TOTAL' as key, count(*)::int as n
      from intake_report r where ${inWindow('r.received_at')} and r.municipality = any(?::text[]) and ${filter}
      group by 1, 2, 3`,
    params: range,
  });
  switch (indicator) {
    case 'RE_REPORTS':
      return {
        sql: `select ${bucketOf('r.received_at', w)} as bucket, r.municipality, r.cbs_category as key, count(*)::int as n
          from intake_report r where r.kind = 'REPORT' and ${inWindow('r.received_at')} and r.municipality = any(?::text[])
          group by 1, 2, 3`,
        params: range,
      };
    case 'INTERVENTIONS':
      return {
        sql: `select ${bucketOf('r.decided_at', w)} as bucket, r.municipality, r.decision as key, count(*)::int as n
          from intake_report r where r.decision in ('FOLLOW_UP_INVESTIGATION', 'FOLLOW_UP_CONDITIONS')
           and ${inWindow('r.decided_at')} and r.municipality = any(?::text[])
          group by 1, 2, 3`,
        params: range,
      };
    case 'SAFETY_SCORES':
      // Per case, scorer and moment the first score in the moment's window: 3 months <= age < 12 months, or >= 12 months.
      return {
        sql: `with aged as (
            select s.*, c.municipality, case when s.scored_on >= (c.opened_at at time zone ${ZONE})::date + interval '12 months' then '12M'
                 when s.scored_on >= (c.opened_at at time zone ${ZONE})::date + interval '3 months' then '3M' end as moment
              from safety_score s join case_file c on c.id = s.case_id),
          firsts as (
            select a.*, row_number() over (partition by a.case_id, a.scored_by, a.moment order by a.scored_on, a.created_at, a.id) as rank
              from aged a where a.moment is not null)
          select to_char(date_trunc('${TRUNC[w.granularity]}', f.scored_on::timestamp), 'YYYY-MM-DD') as bucket, f.municipality,
              f.scored_by || '_' || f.moment || case when f.score >= 6 then '_6_PLUS' else '_BELOW_6' end as key, count(*)::int as n
            from firsts f where f.rank = 1 and f.scored_on >= ?::date and f.scored_on < ?::date and f.municipality = any(?::text[])
            group by 1, 2, 3`,
        params: range,
      };
    case 'RESTRAINING_ORDERS': {
      // Only ISO dates count (the service matches the text of the day; this casts a guarded date).
      const iso = (field: string) =>
        `(case when e.content ->> '${field}' ~ '^\\d{4}-\\d{2}-\\d{2}$' then (e.content ->> '${field}')::date end)`;
      return {
        sql: `select to_char(date_trunc('${TRUNC[w.granularity]}', ${iso('startsOn')}::timestamp), 'YYYY-MM-DD') as bucket, c.municipality,
            case when ${iso('endsOn')} - ${iso('startsOn')} > 10 then 'EXTENDED' else 'NOT_EXTENDED' end as key,
            count(*)::int as n
          from plan_element e join case_file c on c.id = e.case_id
          where e.kind = 'MEASURE' and e.content ->> 'measureKind' = 'RESTRAINING_ORDER'
            and ${iso('startsOn')} >= ?::date and ${iso('startsOn')} < ?::date and c.municipality = any(?::text[])
          group by 1, 2, 3`,
        params: range,
      };
    }
    case 'PLANS_AGREED':
      throw new Error('PLANS_AGREED is counted in TypeScript by oracleCounts');
    case 'HOUSEHOLD_PROFILES':
      return {
        sql: `select ${bucketOf('c.opened_at', w)} as bucket, c.municipality, c.profile as key, count(*)::int as n
          from case_file c where ${inWindow('c.opened_at')} and c.municipality = any(?::text[]) group by 1, 2, 3`,
        params: range,
      };
    case 'ESCALATION_DECISION_TIME':
      // Written out here, not taken from the service, so that a wrong bucket there shows.
      return {
        sql: `select ${bucketOf('e.closed_at', w)} as bucket, c.municipality,
            case when extract(epoch from e.closed_at - e.created_at) <= 7 * 86400 then 'WITHIN_7_DAYS'
                 when extract(epoch from e.closed_at - e.created_at) <= 14 * 86400 then 'WITHIN_14_DAYS'
                 when extract(epoch from e.closed_at - e.created_at) <= 28 * 86400 then 'WITHIN_28_DAYS' else 'LONGER' end as key,
            count(*)::int as n
          from escalation e join case_file c on c.id = e.case_id
          where e.status = 'DECIDED' and ${inWindow('e.closed_at')} and c.municipality = any(?::text[])
          group by 1, 2, 3`,
        params: range,
      };
    case 'ADVICE_REQUESTS':
      return intake(`r.kind = 'ADVICE_REQUEST'`);
    case 'REPORTS':
      return intake(`r.kind = 'REPORT' and r.reporter_kind <> 'POLICE_YOUTH_CARE'`);
    case 'POLICE_YOUTH_CARE_REPORTS':
      return intake(`r.kind = 'REPORT' and r.reporter_kind = 'POLICE_YOUTH_CARE'`);
    case 'CRISIS_REPORTS':
      return intake(`r.kind = 'REPORT' and r.crisis`);
    case 'SAFETY_ASSESSMENTS':
      return {
        sql: `select ${bucketOf('r.assessed_at', w)} as bucket, r.municipality,
            case when (r.assessed_at at time zone ${ZONE})::date <= r.assessment_due_on then 'IN_TERM' else 'LATE' end as key, count(*)::int as n
          from intake_report r where r.assessed_at is not null and ${inWindow('r.assessed_at')} and r.municipality = any(?::text[])
          group by 1, 2, 3`,
        params: range,
      };
    case 'HANDOVERS':
      return {
        sql: `select ${bucketOf('r.decided_at', w)} as bucket, r.municipality, r.decision as key, count(*)::int as n
          from intake_report r where r.decision like 'HANDOVER%' and ${inWindow('r.decided_at')} and r.municipality = any(?::text[])
          group by 1, 2, 3`,
        params: range,
      };
    case 'MDA_CASES':
      return {
        sql: `select ${bucketOf('c.opened_at', w)} as bucket, c.municipality, 'NEW' as key, count(*)::int as n
            from case_file c where ${inWindow('c.opened_at')} and c.municipality = any(?::text[]) group by 1, 2, 3
          union all
          select ${bucketOf('c.closed_at', w)}, c.municipality, 'CLOSED', count(*)::int
            from case_file c where c.closed_at is not null and ${inWindow('c.closed_at')} and c.municipality = any(?::text[]) group by 1, 2, 3
          union all
          select to_char(p.start, 'YYYY-MM-DD'), c.municipality, 'OPEN', count(*)::int
            from generate_series(?::date, (?::date - interval '1 day'), ?::interval) as p(start)
            join case_file c on c.opened_at < ((p.start + ?::interval)::timestamp at time zone ${ZONE})
             and (c.closed_at is null or c.closed_at >= ((p.start + ?::interval)::timestamp at time zone ${ZONE}))
            where c.municipality = any(?::text[]) group by 1, 2, 3`,
        params: [
          ...range,
          ...range,
          w.start,
          w.end,
          STEP[w.granularity],
          STEP[w.granularity],
          STEP[w.granularity],
          w.municipalities,
        ],
      };
    case 'ESCALATIONS':
      return {
        sql: `select ${bucketOf('e.created_at', w)} as bucket, c.municipality, 'LEVEL_' || e.level as key, count(*)::int as n
          from escalation e join case_file c on c.id = e.case_id
          where ${inWindow('e.created_at')} and c.municipality = any(?::text[])
          group by 1, 2, 3`,
        params: range,
      };
  }
}

/** `bucket|municipality|key` -> count, zero counts left out (as the summary's sums may produce them). */
export async function oracleCounts(
  em: EntityManager,
  indicator: FigureIndicator,
  w: { granularity: FigureGranularity; start: string; end: string; municipalities: readonly string[] },
): Promise<Record<string, number>> {
  if (indicator === 'PLANS_AGREED') return plansAgreed(em, w);
  const { sql, params } = oracleSql(indicator, { ...w, municipalities: `{${w.municipalities.join(',')}}` });
  const rows = await em
    .getConnection()
    .execute<{ bucket: string; municipality: string; key: string; n: number }[]>(sql, params);
  return Object.fromEntries(
    rows.filter((r) => Number(r.n) !== 0).map((r) => [`${r.bucket}|${r.municipality}|${r.key}`, Number(r.n)]),
  );
}

/** PLANS_AGREED: each plan's first agreement, judged against planAgreementDueOn (packages/domain) in TypeScript. */
async function plansAgreed(
  em: EntityManager,
  w: { granularity: FigureGranularity; start: string; end: string; municipalities: readonly string[] },
): Promise<Record<string, number>> {
  const rows = await em
    .getConnection()
    .execute<{ bucket: string; municipality: string; first: string | null; agreed: string }[]>(
      `select ${bucketOf('v.decided_at', { ...w, municipalities: '' })} as bucket, c.municipality,
        to_char(p.first_meeting_on, 'YYYY-MM-DD') as first, to_char(v.decided_at at time zone ${ZONE}, 'YYYY-MM-DD') as agreed
       from plan p join case_file c on c.id = p.case_id
       join lateral (select * from plan_version x where x.plan_id = p.id and x.status = 'AGREED' order by x.decided_at, x.id limit 1) v on true
      where ${inWindow('v.decided_at')} and c.municipality = any(?::text[])`,
      [w.start, w.end, `{${w.municipalities.join(',')}}`],
    );
  const out: Record<string, number> = {};
  for (const r of rows) {
    const key = r.first === null ? 'NO_FIRST_MEETING' : r.agreed <= planAgreementDueOn(r.first) ? 'IN_TERM' : 'LATE';
    const k = `${r.bucket}|${r.municipality}|${key}`;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}
