import { asSubject } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { deniedOf } from '../../core/context/request-audit.js';
import { notFound } from '../../core/graphql/errors.js';
import { liveStream, type LiveItem } from '../../core/realtime/live-stream.js';
import { CASE_ACTIVITY_SUBJECTS } from './case-activity.subjects.js';
import { CaseActivityNode } from './case-activity.type.js';
import { ensureCaseAccess } from '../identity/case-access.service.js';
import { readableCase } from './case.service.js';

/**
 * The changes in one case, for one subscriber. Subscribing to a case outside the viewer's
 * teams answers NOT_FOUND (and is on record as DENIED), like the `case` query. Every event is
 * checked again with the subscriber's freshly built ability: once the organisation is no longer
 * on the team (or the session ended) the subscription ends on the very next event.
 */
export async function caseActivityStream(
  ctx: RequestContext,
  caseId: string,
): Promise<AsyncIterableIterator<LiveItem<CaseActivityNode>>> {
  requireActor(ctx);
  const target = await readableCase(ctx, caseId);
  return liveStream<CaseActivityNode>(ctx, {
    filter: (event) => event.topic === 'case' && event.caseId === target.id,
    deliver: async (fresh, event) => {
      await ensureCaseAccess(fresh, [target.id]);
      if (!fresh.ability.can('read', asSubject('Case', { id: target.id }))) {
        fresh.audit?.record(
          deniedOf({ subjectType: 'Case', subjectId: target.id, caseId: target.id, reason: 'NOT_ON_CASE_TEAM' }),
        );
        throw notFound('Casus / Case');
      }
      const resolver = CASE_ACTIVITY_SUBJECTS[event.subjectType];
      const resolved =
        resolver && event.op !== 'DELETE'
          ? await resolver.resolve(fresh, event)
          : { subject: null, byOrganisation: null };
      return Object.assign(new CaseActivityNode(), {
        caseId: target.id,
        subjectType: event.subjectType,
        subjectId: event.subjectId,
        op: event.op,
        at: event.at,
        byOrganisation: resolved.byOrganisation,
        subject: resolved.subject,
      });
    },
  });
}
