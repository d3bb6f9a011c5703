import type { ClassType } from 'type-graphql';
import type { RequestContext } from '../../core/context/context.js';
import { readOf } from '../../core/context/request-audit.js';
import type { RealtimeEvent } from '../../core/realtime/realtime-event.js';
import { OrganisationNode } from '../identity/identity.type.js';
import { CaseEntry } from './case-entry.entity.js';
import { CaseEntryNode } from './case-entry.type.js';

export interface ResolvedSubject<T extends object> {
  /** The item masked with the subscriber's ability (`disclose()`), or null when it is gone. */
  subject: T | null;
  byOrganisation: OrganisationNode | null;
}

/**
 * Turns an event's ids into the masked item for ONE subscriber. `ctx` is that subscriber's
 * fresh context (its own actor, ability and audit); the case is already known to be readable.
 * Record every personal-data read in `ctx.audit` exactly as the matching query does: the
 * records are written before the payload is delivered.
 */
export interface CaseActivitySubjectResolver<T extends object = object> {
  /** The GraphQL object type of the payload; becomes a member of the CaseActivitySubject union. */
  type: ClassType<T>;
  resolve(ctx: RequestContext, event: RealtimeEvent): Promise<ResolvedSubject<T>>;
}

export const caseEntrySubject: CaseActivitySubjectResolver<CaseEntryNode> = {
  type: CaseEntryNode,
  async resolve(ctx, event) {
    const entry = await ctx.em.findOne(
      CaseEntry,
      { id: event.subjectId, caseFile: event.caseId },
      { populate: ['authorOrganisation'] },
    );
    if (!entry) return { subject: null, byOrganisation: null };
    const { node, disclosed } = CaseEntryNode.from(entry, ctx.ability, ctx.actor);
    if (disclosed.length > 0) {
      ctx.audit?.record(
        readOf({
          subjectType: 'CaseEntry',
          subjectId: entry.id,
          caseId: entry.caseFile.id,
          dataSubjectIds: entry.concerns,
          fields: disclosed,
          categories: [entry.category],
        }),
      );
    }
    return { subject: node, byOrganisation: OrganisationNode.from(entry.authorOrganisation) };
  },
};

/**
 * The extension point: table name (the event's subjectType) -> resolver of the masked payload.
 * Tables without an entry still produce CaseActivity events, with `subject: null`. To add one
 * (e.g. the joint plan's goals): attach the trigger (docs/realtime.md), write a resolver like
 * `caseEntrySubject` in your module, and add one line here.
 */
export const CASE_ACTIVITY_SUBJECTS: Readonly<Record<string, CaseActivitySubjectResolver>> = {
  case_entry: caseEntrySubject as CaseActivitySubjectResolver,
};
