import type { EntityManager } from '@mikro-orm/postgresql';
import type { FigureGranularity, FigureIndicator } from '@mda/domain';

/**
 * The oracle for the figures summary: the per-request aggregates the figures service ran before
 * figures_daily existed (commit 25e6829), counting straight from the events, plus the same for
 * the indicators added since (HOUSEHOLD_PROFILES, ESCALATION_DECISION_TIME). The summary must
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
  const { sql, params } = oracleSql(indicator, { ...w, municipalities: `{${w.municipalities.join(',')}}` });
  const rows = await em
    .getConnection()
    .execute<{ bucket: string; municipality: string; key: string; n: number }[]>(sql, params);
  return Object.fromEntries(
    rows.filter((r) => Number(r.n) !== 0).map((r) => [`${r.bucket}|${r.municipality}|${r.key}`, Number(r.n)]),
  );
}
