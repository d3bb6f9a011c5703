import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context/context.js';
import { CaseNode } from '../cases/case.type.js';
import type { Escalation } from './escalation.entity.js';
import { groundsByEscalation } from './escalation.loaders.js';
import {
  deEscalate,
  decideEscalation,
  escalationById,
  escalationHistory,
  escalationsOfCase,
  escalationSubject,
  myEscalations,
  raiseEscalation,
  withdrawEscalation,
} from './escalation.service.js';
import { recordHouseholdReport, recordSafetyScore, safetyScoresOf } from './signals.service.js';
import { ensureCaseAccess } from '../identity/case-access.service.js';
import { CaseAccessEnum } from '../../core/graphql/enums.js';
import type { CaseAccess } from '@mda/authz';
import {
  CloseEscalationInput,
  EscalationGroundNode,
  EscalationHistoryNode,
  EscalationNode,
  HouseholdReportNode,
  RaiseEscalationInput,
  RecordHouseholdReportInput,
  RecordSafetyScoreInput,
  SafetyScoreNode,
} from './escalation.type.js';

const node = (ctx: RequestContext, e: Escalation): EscalationNode =>
  EscalationNode.from(e, e.status === 'OPEN' && ctx.ability.can('decide', escalationSubject(e)));

@Resolver(() => EscalationNode)
export class EscalationResolver {
  @Query(() => [EscalationNode], {
    description: 'Escalations that concern me: to decide, raised by me, on my cases. Open ones unless includeClosed.',
  })
  async myEscalations(
    @Ctx() ctx: RequestContext,
    @Arg('includeClosed', () => Boolean, { defaultValue: false }) includeClosed: boolean,
  ): Promise<EscalationNode[]> {
    return (await myEscalations(ctx, includeClosed)).map((e) => node(ctx, e));
  }

  @Query(() => EscalationNode, { description: 'One escalation with its history; NOT_FOUND when you may not see it.' })
  async escalation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<EscalationNode> {
    return node(ctx, await escalationById(ctx, id));
  }

  @FieldResolver(() => [CaseAccessEnum], {
    description: "How the viewer reaches this escalation's case (the facts `me.permissions` decides with).",
  })
  async caseViewerAccess(@Root() root: EscalationNode, @Ctx() ctx: RequestContext): Promise<CaseAccess[]> {
    await ensureCaseAccess(ctx, [root.caseId]);
    return [...(ctx.caseAccess.peek(root.caseId) ?? [])];
  }

  @FieldResolver(() => [EscalationHistoryNode], { description: 'Every level change and the ending, oldest first.' })
  async history(@Root() root: EscalationNode, @Ctx() ctx: RequestContext): Promise<EscalationHistoryNode[]> {
    return (await escalationHistory(ctx.em, root.id)).map((h) => EscalationHistoryNode.from(h));
  }

  @FieldResolver(() => [EscalationGroundNode], {
    description:
      'Every signal behind it, oldest first: one escalation per case and automatic trigger collects them all.',
  })
  async grounds(@Root() root: EscalationNode, @Ctx() ctx: RequestContext): Promise<EscalationGroundNode[]> {
    return (await groundsByEscalation(ctx).load(root.id)).map((g) => EscalationGroundNode.from(g));
  }

  @Mutation(() => EscalationNode, { description: 'Escalates a question on a case of your team (any team member).' })
  async raiseEscalation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RaiseEscalationInput) input: RaiseEscalationInput,
  ): Promise<EscalationNode> {
    return node(ctx, await raiseEscalation(ctx, input));
  }

  @Mutation(() => EscalationNode, {
    description: 'Decides at the current level (the deciders of that level). Ends the escalation as DECIDED.',
  })
  async decideEscalation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CloseEscalationInput) input: CloseEscalationInput,
  ): Promise<EscalationNode> {
    return node(ctx, await decideEscalation(ctx, input));
  }

  @Mutation(() => EscalationNode, {
    description: 'Withdraws an escalation, with a reason (the raiser or the case director).',
  })
  async withdrawEscalation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CloseEscalationInput) input: CloseEscalationInput,
  ): Promise<EscalationNode> {
    return node(ctx, await withdrawEscalation(ctx, input));
  }

  @Mutation(() => EscalationNode, {
    description:
      'Hands the question back one level, with a reason (the deciders of level 2 and up). Ends as DE_ESCALATED.',
  })
  async deEscalate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CloseEscalationInput) input: CloseEscalationInput,
  ): Promise<EscalationNode> {
    return node(ctx, await deEscalate(ctx, input));
  }

  @Mutation(() => SafetyScoreNode, {
    description: 'Records a safety score; a drop or a low score raises an escalation (once per case while open).',
  })
  async recordSafetyScore(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordSafetyScoreInput) input: RecordSafetyScoreInput,
  ): Promise<SafetyScoreNode> {
    const result = await recordSafetyScore(ctx, input);
    await ctx.em.populate(result.record, ['recordedByOrganisation']);
    return SafetyScoreNode.from(result.record, result.escalation?.id ?? null);
  }

  @Mutation(() => HouseholdReportNode, {
    description:
      'Veilig Thuis registers a new report (melding) about the household of a running case; raises an escalation.',
  })
  async recordHouseholdReport(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordHouseholdReportInput) input: RecordHouseholdReportInput,
  ): Promise<HouseholdReportNode> {
    const result = await recordHouseholdReport(ctx, input);
    return HouseholdReportNode.from(result.record, result.escalation?.id ?? null);
  }
}

/** Escalations and safety scores on the case itself. */
@Resolver(() => CaseNode)
export class CaseEscalationResolver {
  @FieldResolver(() => [EscalationNode], { description: 'Escalations of this case, newest first.' })
  async escalations(@Root() root: CaseNode, @Ctx() ctx: RequestContext): Promise<EscalationNode[]> {
    return (await escalationsOfCase(ctx, root.id)).map((e) => node(ctx, e));
  }

  @FieldResolver(() => [SafetyScoreNode], { description: 'Safety scores, oldest first (category PLAN).' })
  async safetyScores(@Root() root: CaseNode, @Ctx() ctx: RequestContext): Promise<SafetyScoreNode[]> {
    return (await safetyScoresOf(ctx, root.id)).map((s) => SafetyScoreNode.from(s));
  }
}
