import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { readOf } from '../../core/context/request-audit.js';
import { forbidden } from '../../core/graphql/errors.js';
import { InputCheck } from '../../core/graphql/validation.js';
import { auditScopeOf } from './audit-log.service.js';

/** Thresholds of the simple anomaly signals; deliberately plain so an FG can explain them. */
export const ANOMALY_THRESHOLDS = {
  /** Distinct cases read under emergency access by one user in the period. */
  emergencyCases: 3,
  /** Refused attempts by one user in the period. */
  refusals: 10,
  /** Reads between 22:00 and 06:00 (Europe/Amsterdam) by one user in the period. */
  nightReads: 20,
} as const;

export interface AnomalySignal {
  kind: 'MANY_CASES_OUTSIDE_TEAM' | 'REFUSALS_IN_BULK' | 'UNUSUAL_HOURS';
  userId: string;
  userName: string | null;
  organisationName: string | null;
  count: number;
  firstAt: Date;
  lastAt: Date;
}

export async function anomalySignals(ctx: RequestContext, days: number): Promise<AnomalySignal[]> {
  requireActor(ctx);
  if (!ctx.ability.can('read', 'AuditLog'))
    throw forbidden('afwijkingen in het toegangslogboek in te zien / view access anomalies');
  new InputCheck()
    .check(Number.isInteger(days) && days >= 1 && days <= 366, 'days', 'tussen 1 en 366 / between 1 and 366')
    .done();
  // Within the privacy officer's mandate: its own organisation's users and data, or the region (coordinating).
  const scope = auditScopeOf(ctx).where('a');
  const rows = await ctx.em.execute<
    {
      kind: AnomalySignal['kind'];
      user_id: string;
      user_name: string | null;
      organisation_name: string | null;
      n: number;
      first_at: string;
      last_at: string;
    }[]
  >(
    `with recent as (select * from audit.event a where a.occurred_at >= now() - make_interval(days => ?) and ${scope.sql})
     select s.kind, s.user_id, u.display_name as user_name, o.name as organisation_name, s.n, s.first_at, s.last_at
       from (
         select 'MANY_CASES_OUTSIDE_TEAM' as kind, actor_user_id as user_id, count(distinct case_id)::int as n, min(occurred_at) as first_at, max(occurred_at) as last_at
           from recent where break_glass_grant_id is not null group by actor_user_id having count(distinct case_id) >= ?
         union all
         select 'REFUSALS_IN_BULK', actor_user_id, count(*)::int, min(occurred_at), max(occurred_at)
           from recent where action = 'DENIED' group by actor_user_id having count(*) >= ?
         union all
         select 'UNUSUAL_HOURS', actor_user_id, count(*)::int, min(occurred_at), max(occurred_at)
           from recent where action = 'READ' and extract(hour from occurred_at at time zone 'Europe/Amsterdam') not between 6 and 21
          group by actor_user_id having count(*) >= ?
       ) s
       left join app_user u on u.id = s.user_id
       left join organisation o on o.id = u.organisation_id
      order by s.n desc, s.kind`,
    [
      days,
      ...scope.params,
      ANOMALY_THRESHOLDS.emergencyCases,
      ANOMALY_THRESHOLDS.refusals,
      ANOMALY_THRESHOLDS.nightReads,
    ],
  );
  ctx.audit?.record(
    readOf({
      subjectType: 'AuditLog',
      subjectId: null,
      caseId: null,
      fields: ['anomalies'],
      reason: `days=${days};signals=${rows.length}`,
    }),
  );
  return rows.map((r) => ({
    kind: r.kind,
    userId: r.user_id,
    userName: r.user_name,
    organisationName: r.organisation_name,
    count: r.n,
    firstAt: new Date(r.first_at),
    lastAt: new Date(r.last_at),
  }));
}
