import type { EntityManager } from '@mikro-orm/postgresql';
import { asSubject } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { changeOf } from '../../core/context/request-audit.js';
import { badInput, conflict, forbidden } from '../../core/graphql/errors.js';
import { todayInNetherlands } from '../../core/graphql/validation.js';
import { log } from '../../core/log/logger.js';
import { ensureCaseAccess } from '../identity/case-access.service.js';
import { startPlan } from '../plans/plan.service.js';
import { type Meeting, MeetingItem, type MeetingSeries } from './meeting.entity.js';
import type { MoveToItemInput } from './meeting.inputs.js';
import { meetingSubject, readableMeeting } from './meeting-read.service.js';
import { assertOpen, inTransaction } from './meeting-write.checks.js';
import { notifyOwners } from './meeting-item.service.js';

// ---- running the meeting (the chair) ------------------------------------------------------

async function chairedMeeting(
  ctx: RequestContext,
  em: EntityManager,
  id: string,
): Promise<{ meeting: Meeting; series: MeetingSeries }> {
  const found = await readableMeeting(ctx, id, em, true);
  if (!ctx.ability.can('run', meetingSubject(found.series, found.meeting.id)))
    throw forbidden('dit overleg te leiden (alleen de voorzitter) / run this meeting (the chair only)');
  assertOpen(found.meeting);
  return found;
}

const wrongStatus = (m: Meeting, what: string) =>
  conflict(`${what} / Not possible while the meeting is ${m.status}.`, { currentStatus: m.status });

export async function startMeeting(ctx: RequestContext, meetingId: string): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const { meeting } = await chairedMeeting(ctx, em, meetingId);
    if (meeting.status !== 'PLANNED') throw wrongStatus(meeting, 'Dit overleg is al begonnen.');
    const first = await em.findOne(MeetingItem, { meetingId: meeting.id }, { orderBy: { position: 'asc' } });
    meeting.status = 'IN_PROGRESS';
    meeting.currentItemId = first?.id ?? null;
    meeting.version += 1;
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'Meeting',
        subjectId: meeting.id,
        caseId: null,
        fields: ['status', 'currentItemId'],
        reason: 'MDO_STARTED',
      }),
    ]);
    return meeting.id;
  });
}

/** The chair moves to an item (or the next one); attendees' screens follow (meeting_publish trigger). */
export async function moveToItem(ctx: RequestContext, input: MoveToItemInput): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const { meeting } = await chairedMeeting(ctx, em, input.meetingId);
    if (meeting.status !== 'IN_PROGRESS') throw wrongStatus(meeting, 'Start het overleg eerst.');
    const items = await em.find(
      MeetingItem,
      { meetingId: meeting.id },
      { orderBy: { position: 'asc' }, fields: ['id', 'position'] },
    );
    let target: { id: string } | undefined;
    if (input.itemId) {
      target = items.find((i) => i.id === input.itemId);
      if (!target)
        throw badInput([{ field: 'itemId', message: 'geen agendapunt van dit overleg / not an item of this meeting' }]);
    } else {
      const at = items.findIndex((i) => i.id === meeting.currentItemId);
      target = items[at + 1];
      if (!target)
        throw conflict('Dit was het laatste agendapunt; rond het overleg af. / This was the last item.', {
          reason: 'LAST_ITEM',
        });
    }
    meeting.currentItemId = target.id;
    meeting.version += 1;
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('UPDATE', { subjectType: 'Meeting', subjectId: meeting.id, caseId: null, fields: ['currentItemId'] }),
    ]);
    return meeting.id;
  });
}

/**
 * The meeting was held: the plans of its cases get their first-MDO date if they had none (the
 * plan service, in this transaction), and each owner organisation is told of its new actions.
 */
export async function markMeetingHeld(ctx: RequestContext, meetingId: string): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const { meeting, series } = await chairedMeeting(ctx, em, meetingId);
    if (meeting.status !== 'IN_PROGRESS' && meeting.status !== 'PLANNED')
      throw wrongStatus(meeting, 'Dit overleg is al als gehouden vastgelegd.');
    const now = new Date();
    meeting.status = 'HELD';
    meeting.heldAt = now;
    meeting.currentItemId = null;
    meeting.version += 1;
    await em.flush();
    const caseIds = (await em.find(MeetingItem, { meetingId: meeting.id, kind: 'CASE' }, { fields: ['caseId'] })).map(
      (i) => i.caseId as string,
    );
    if (caseIds.length) {
      const withDate = await em.execute<{ case_id: string }[]>(
        `select case_id from plan where first_meeting_on is not null and case_id in (${caseIds.map(() => '?').join(',')})`,
        caseIds,
      );
      await ensureCaseAccess(ctx, caseIds, em);
      const txCtx = inTransaction(ctx, em);
      for (const caseId of caseIds) {
        if (withDate.some((p) => p.case_id === caseId)) continue;
        // Only where the chair may edit the plan; other plans keep their date for their own team to set.
        if (!ctx.ability.can('edit', asSubject('Plan', { id: caseId, caseId }))) continue;
        await startPlan(txCtx, { caseId, firstMeetingOn: todayInNetherlands(now) });
      }
    }
    const notified = await notifyOwners(em, meeting, series);
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'Meeting',
        subjectId: meeting.id,
        caseId: null,
        fields: ['status', 'heldAt'],
        reason: 'MDO_HELD',
      }),
    ]);
    log.info('meeting.held', { requestId: ctx.requestId, meetingId: meeting.id, actionsNotified: notified });
    return meeting.id;
  });
}

/** The chair agrees the minutes: from then on the meeting is frozen. */
export async function agreeMinutes(ctx: RequestContext, meetingId: string): Promise<string> {
  return ctx.em.transactional(async (em) => {
    const { meeting } = await chairedMeeting(ctx, em, meetingId);
    if (meeting.status !== 'HELD')
      throw wrongStatus(meeting, 'Het verslag wordt vastgesteld nadat het overleg is gehouden.');
    meeting.status = 'MINUTES_AGREED';
    meeting.minutesAgreedAt = new Date();
    meeting.version += 1;
    await em.flush();
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'Meeting',
        subjectId: meeting.id,
        caseId: null,
        fields: ['status', 'minutesAgreedAt'],
        reason: 'MINUTES_AGREED',
      }),
    ]);
    return meeting.id;
  });
}
