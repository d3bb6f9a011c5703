import { asSubject } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { readableCase } from '../cases/case.service.js';
import { MeetingSummaryNode } from './meeting.type.js';

/* The meeting lists (moved from meeting-read.service.ts): "Mijn overleggen" and a case's MDO history. */

interface SummaryRow {
  id: string;
  series_name: string;
  /** timestamptz as the driver hands it back from raw SQL (string or Date). */
  starts_at: Date | string;
  place: string | null;
  status: MeetingSummaryNode['status'];
  chair_id: string;
  member_organisation_ids: string[];
  series_id: string;
  item_count: number;
}

const summaryNode = (r: SummaryRow, userId: string): MeetingSummaryNode =>
  Object.assign(new MeetingSummaryNode(), {
    id: r.id,
    seriesName: r.series_name,
    startsAt: new Date(r.starts_at),
    place: r.place,
    status: r.status,
    itemCount: r.item_count,
    viewerIsChair: r.chair_id === userId,
  });

const SUMMARY_SELECT = `select m.id, s.name as series_name, m.starts_at, m.place, m.status, s.chair_id, s.member_organisation_ids, s.id as series_id,
  (select count(*) from meeting_item i where i.meeting_id = m.id)::int as item_count
  from meeting m join meeting_series s on s.id = m.series_id`;

/** "Mijn overleggen": meetings of the tables the viewer chairs or its organisation sits at; upcoming first. */
export async function myMeetings(ctx: RequestContext): Promise<MeetingSummaryNode[]> {
  const actor = requireActor(ctx);
  const rows = await ctx.em.execute<SummaryRow[]>(
    `${SUMMARY_SELECT} where s.chair_id = ? or ?::uuid = any(s.member_organisation_ids)
      order by (m.status in ('HELD','MINUTES_AGREED')), case when m.status in ('HELD','MINUTES_AGREED') then -extract(epoch from m.starts_at) else extract(epoch from m.starts_at) end limit 200`,
    [actor.userId, actor.organisationId],
  );
  return rows
    .filter((r) =>
      ctx.ability.can(
        'read',
        asSubject('Meeting', { id: r.id, chairId: r.chair_id, memberOrganisationIds: r.member_organisation_ids }),
      ),
    )
    .map((r) => summaryNode(r, actor.userId));
}

/** The MDOs at which a case was on the agenda (the case page's history): only for those who hear its items. */
export async function caseMeetingHistory(ctx: RequestContext, caseId: string): Promise<MeetingSummaryNode[]> {
  const actor = requireActor(ctx);
  const found = await readableCase(ctx, caseId);
  const rows = await ctx.em.execute<SummaryRow[]>(
    `${SUMMARY_SELECT} join meeting_item mi on mi.meeting_id = m.id and mi.case_id = ? order by m.starts_at desc limit 200`,
    [found.id],
  );
  return rows
    .filter((r) =>
      ctx.ability.can(
        'read',
        asSubject('MeetingItem', {
          id: `${r.id}:${found.id}`,
          caseId: found.id,
          kind: 'CASE',
          chairId: r.chair_id,
          memberOrganisationIds: r.member_organisation_ids,
        }),
      ),
    )
    .map((r) => summaryNode(r, actor.userId));
}
