import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { changeOf } from '../../core/context/request-audit.js';
import { badInput, ClientError, forbidden, notFound } from '../../core/graphql/errors.js';
import { log } from '../../core/log/logger.js';
import { proposePlan } from '../plans/plan.service.js';
import type { ProposePlanFromMeetingInput } from './meeting.inputs.js';
import { ITEM_LABEL, itemSubject, meetingSubject } from './meeting-read.service.js';
import { assertOpen, inTransaction, readableItem } from './meeting-write.checks.js';

/**
 * "Propose the plan for sign-off" from the meeting (docs/meetings.md): once the meeting is held,
 * its chair proposes the case plan of an item through the plan's own sign-off flow. The plan
 * service decides everything about the plan (who may propose, the expected version, goals with
 * actions, an open proposal); this adds only what the meeting decides: the chair, a held meeting,
 * a case item the chair hears. Plan and meeting record commit together.
 */
export async function proposePlanFromMeeting(ctx: RequestContext, input: ProposePlanFromMeetingInput): Promise<string> {
  requireActor(ctx);
  return ctx.em.transactional(async (em) => {
    const { item, meeting, series } = await readableItem(ctx, em, input.itemId);
    if (!ctx.ability.can('read', itemSubject(item, series))) throw notFound(ITEM_LABEL);
    assertOpen(meeting);
    if (!ctx.ability.can('run', meetingSubject(series, meeting.id)))
      throw forbidden(
        'het plan vanuit het overleg ter instemming voor te leggen (de voorzitter) / propose the plan from the meeting (the chair)',
      );
    if (meeting.status !== 'HELD')
      throw new ClientError(
        'CONFLICT',
        'Het plan wordt vanuit het overleg ter instemming voorgelegd zodra het overleg is gehouden; rond het overleg eerst af. / The plan is proposed from the meeting once the meeting is held.',
        { reason: 'MEETING_NOT_HELD', status: meeting.status },
      );
    if (!item.caseId)
      throw badInput([
        { field: 'itemId', message: 'een algemeen agendapunt heeft geen plan / a general item has no plan' },
      ]);
    const plan = await proposePlan(inTransaction(ctx, em), {
      caseId: item.caseId,
      expectedVersion: input.expectedPlanVersion,
    });
    await ctx.audit?.write(em, [
      changeOf('UPDATE', {
        subjectType: 'MeetingItem',
        subjectId: item.id,
        caseId: item.caseId,
        fields: ['planProposal'],
        categories: ['PLAN'],
        reason: `MDO ${meeting.id}`,
      }),
    ]);
    log.info('meeting.plan_proposed', {
      requestId: ctx.requestId,
      meetingId: meeting.id,
      itemId: item.id,
      version: plan.versionCount,
    });
    return meeting.id;
  });
}
