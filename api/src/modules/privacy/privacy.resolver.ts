import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { amsterdamDateOf } from '@mda/domain';
import { AuditLogFilter, AuditRecordPage } from './audit-log.type.js';
import { auditLog } from './audit-log.service.js';
import { auditLogUsers } from './audit-log-users.service.js';
import type { RequestContext } from '../../core/context/context.js';
import {
  AnomalySignalNode,
  AuditLogUserNode,
  BreakGlassGrantNode,
  DataSubjectExportNode,
  DataSubjectLetterNode,
  DataSubjectMatchNode,
  DataSubjectSearchInput,
  ErasureOutcomeNode,
  ErasureRequestNode,
  ReviewBreakGlassInput,
  ReviewStatusEnum,
} from './privacy.type.js';
import { anomalySignals } from './anomalies.service.js';
import { dataSubjectExport } from './data-subject.service.js';
import { findDataSubjects } from './data-subject-search.service.js';
import { renderDataSubjectLetter } from './data-subject-letter.js';
import {
  approveErasure,
  pendingErasureRequests,
  requestErasure,
  withdrawErasure,
  type ErasureRequestRow,
} from './erasure.service.js';
import type { ReviewStatus } from './break-glass-grant.entity.js';
import { requestBreakGlass, reviewBreakGlass, reviewQueue } from './break-glass.service.js';

@Resolver()
export class PrivacyResolver {
  @Mutation(() => BreakGlassGrantNode, {
    description:
      'Emergency read access to a case outside your teams, for a limited time, with a mandatory reason. Reviewed by the privacy officer.',
  })
  async requestBreakGlass(
    @Ctx() ctx: RequestContext,
    @Arg('caseReference', () => String) caseReference: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<BreakGlassGrantNode> {
    return BreakGlassGrantNode.from(await requestBreakGlass(ctx, caseReference, reason));
  }

  @Query(() => [BreakGlassGrantNode], { description: "The privacy officer's review queue of emergency access." })
  async breakGlassReviews(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => ReviewStatusEnum, { nullable: true }) status: ReviewStatus | null,
  ): Promise<BreakGlassGrantNode[]> {
    return (await reviewQueue(ctx, status ?? null)).map((g) => BreakGlassGrantNode.from(g));
  }

  @Mutation(() => BreakGlassGrantNode)
  async reviewBreakGlass(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReviewBreakGlassInput) input: ReviewBreakGlassInput,
  ): Promise<BreakGlassGrantNode> {
    return BreakGlassGrantNode.from(await reviewBreakGlass(ctx, input.grantId, input.decision, input.comment ?? null));
  }

  @Query(() => AuditRecordPage, {
    description:
      "The privacy officer's access log: per person, user, case and period, newest first. Viewing it is audited.",
  })
  async auditLog(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('before', () => String, { nullable: true }) before: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AuditRecordPage> {
    // Names are looked up (and that read recorded) only when the client asks for them.
    const wantsNames = info.fieldNodes.some((n) => selects(n.selectionSet, 'dataSubjects', info));
    const page = await auditLog(ctx, filter ?? {}, first, before ?? null, wantsNames);
    return Object.assign(new AuditRecordPage(), page);
  }

  @Query(() => [AuditLogUserNode], {
    description:
      "Users to filter the access log on, by part of the name (at most 20): every user for the coordinating privacy officer, the own organisation's users for the others. Audited as SEARCH.",
  })
  async auditLogUsers(
    @Ctx() ctx: RequestContext,
    @Arg('name', () => String) name: string,
  ): Promise<AuditLogUserNode[]> {
    return (await auditLogUsers(ctx, name)).map((u) => Object.assign(new AuditLogUserNode(), u));
  }

  @Query(() => [AnomalySignalNode], {
    description: 'Simple anomaly signals over the access log of the last `days` days (privacy officer).',
  })
  async auditAnomalies(
    @Ctx() ctx: RequestContext,
    @Arg('days', () => Int, { defaultValue: 7 }) days: number,
  ): Promise<AnomalySignalNode[]> {
    return (await anomalySignals(ctx, days)).map((a) => Object.assign(new AnomalySignalNode(), a));
  }

  @Query(() => [DataSubjectMatchNode], {
    description:
      "The person of an art. 15/17 request, by BSN (exact, via the stored hash), name and date of birth, or id; only persons inside the privacy officer's mandate (others answer as if absent). Audited as SEARCH.",
  })
  async findDataSubjects(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DataSubjectSearchInput) input: DataSubjectSearchInput,
  ): Promise<DataSubjectMatchNode[]> {
    return (await findDataSubjects(ctx, input)).map((m) => Object.assign(new DataSubjectMatchNode(), m));
  }

  @Mutation(() => DataSubjectExportNode, {
    description:
      "AVG art. 15: everything on record about one person, without other household members. The coordinating privacy officer exports the joint record; another privacy officer its own organisation's part, for persons on its cases. Audited as EXPORT per case.",
  })
  async dataSubjectExport(
    @Ctx() ctx: RequestContext,
    @Arg('personId', () => ID) personId: string,
  ): Promise<DataSubjectExportNode> {
    const document = await dataSubjectExport(ctx, personId);
    return Object.assign(new DataSubjectExportNode(), {
      generatedAt: new Date(document.generatedAt as string),
      document: JSON.stringify(document, null, 2),
    });
  }

  @Mutation(() => DataSubjectLetterNode, {
    description:
      'AVG art. 15 as a Dutch PDF letter for the citizen: the same export (same mandate, same EXPORT records per case), addressed by name.',
  })
  async dataSubjectExportLetter(
    @Ctx() ctx: RequestContext,
    @Arg('personId', () => ID) personId: string,
  ): Promise<DataSubjectLetterNode> {
    const document = await dataSubjectExport(ctx, personId);
    const pdf = await renderDataSubjectLetter(document);
    return Object.assign(new DataSubjectLetterNode(), {
      fileName: `inzageverzoek-${personId}-${amsterdamDateOf(new Date(String(document.generatedAt)))}.pdf`,
      pdfBase64: pdf.toString('base64'),
    });
  }

  @Mutation(() => ErasureOutcomeNode, {
    description:
      "AVG art. 17 erasure request for one person (coordinating privacy officer): pseudonymised, or restricted (art. 18) with its basis while a legal retention duty runs; waits for a second privacy officer when it affects another organisation's data.",
  })
  async requestErasure(
    @Ctx() ctx: RequestContext,
    @Arg('personId', () => ID) personId: string,
    @Arg('note', () => String) note: string,
  ): Promise<ErasureOutcomeNode> {
    return Object.assign(new ErasureOutcomeNode(), await requestErasure(ctx, personId, note));
  }

  @Query(() => [ErasureRequestNode], {
    description:
      'Erasure requests waiting for a second privacy officer that you may approve, or withdraw as their requester.',
  })
  async pendingErasureRequests(@Ctx() ctx: RequestContext): Promise<ErasureRequestNode[]> {
    return (await pendingErasureRequests(ctx)).map(erasureRequestNode);
  }

  @Mutation(() => ErasureOutcomeNode, {
    description: 'The second privacy officer approves an erasure request (four eyes): it is applied now.',
  })
  async approveErasure(
    @Ctx() ctx: RequestContext,
    @Arg('requestId', () => ID) requestId: string,
  ): Promise<ErasureOutcomeNode> {
    return Object.assign(new ErasureOutcomeNode(), await approveErasure(ctx, requestId));
  }

  @Mutation(() => ErasureRequestNode, {
    description: 'The requester withdraws an erasure request that no second privacy officer approved yet.',
  })
  async withdrawErasure(
    @Ctx() ctx: RequestContext,
    @Arg('requestId', () => ID) requestId: string,
  ): Promise<ErasureRequestNode> {
    return erasureRequestNode(await withdrawErasure(ctx, requestId));
  }
}

/** Whether a selection (through fragments, at any depth) asks for a field of this name. */
function selects(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo, depth = 0): boolean {
  if (!set || depth > 8) return false;
  return set.selections.some((s) => {
    if (s.kind === 'Field') return s.name.value === name || selects(s.selectionSet, name, info, depth + 1);
    if (s.kind === 'InlineFragment') return selects(s.selectionSet, name, info, depth + 1);
    return selects(info.fragments[s.name.value]?.selectionSet, name, info, depth + 1);
  });
}

function erasureRequestNode(r: ErasureRequestRow): ErasureRequestNode {
  return Object.assign(new ErasureRequestNode(), {
    id: r.id,
    personId: r.person_id,
    requestedById: r.requested_by_id,
    requestedBy: r.requested_by_name,
    requesterOrganisation: r.requester_organisation,
    requestedAt: new Date(r.requested_at),
    status: r.status,
    basis: r.basis,
    note: r.note,
    caseReferences: r.case_references,
    affectedOrganisationIds: r.affected_organisation_ids,
    affectedOrganisations: r.affected_organisations,
  });
}
