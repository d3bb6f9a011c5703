import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { selectsBelow } from '../../core/graphql/selection.js';
import { planLoaders } from './plan.loaders.js';
import type { RequestContext } from '../../core/context/context.js';
import { notFound } from '../../core/graphql/errors.js';
import {
  AddActionInput,
  AddCoerciveMeasureInput,
  AddGoalInput,
  AddPictureEntryInput,
  AddPlanNoteInput,
  AddSafetyPlanItemInput,
  ProposePlanInput,
  RemovePlanElementInput,
  SetPlanFirstMeetingInput,
  SignOffPlanInput,
  StartPlanInput,
  UpdateActionInput,
  UpdateCoerciveMeasureInput,
  UpdateGoalInput,
  UpdatePictureEntryInput,
  UpdateSafetyPlanItemInput,
} from './plan.inputs.js';
import {
  ActionNode,
  CoerciveMeasureNode,
  PlanAssigneeNode,
  GoalNode,
  PictureEntryNode,
  PlanContentNode,
  PlanDiffNode,
  PlanElementChangeNode,
  PlanNode,
  PlanNoteNode,
  PlanPermissionsNode,
  PlanVersionNode,
  RemovedPlanElementNode,
  SafetyPlanItemNode,
} from './plan.type.js';
import * as plans from './plan.service.js';
import * as reads from './plan-read.service.js';
import { planAssignees } from './plan-assignee.service.js';
import type { PlanElement } from './plan-element.entity.js';
import { recordOf } from './plan-record.js';

/** The masked node of one element just written, audited as a read of what it discloses. */
async function elementNode(ctx: RequestContext, e: PlanElement): Promise<PlanContentNode & { lone: ActionNode[] }> {
  const { node, disclosed, actions } = await reads.contentFor(ctx, e.caseId, [recordOf(e)], null);
  reads.recordRead(ctx, 'Plan', e.planId, e.caseId, disclosed, 'WRITE_RESULT');
  return Object.assign(node, { lone: actions });
}

async function planAfterWrite(ctx: RequestContext, caseId: string): Promise<PlanNode> {
  ctx.loaders.clear();
  const { plan } = await reads.readablePlan(ctx, caseId);
  if (!plan) throw notFound('Plan');
  return reads.planNode(plan);
}

@Resolver(() => PlanNode)
export class PlanResolver {
  @Query(() => PlanNode, {
    nullable: true,
    description:
      'The joint plan of a case with its working copy, versions and sign-offs; null when none was started. NOT_FOUND outside your teams.',
  })
  async plan(
    @Ctx() ctx: RequestContext,
    @Arg('caseId', () => ID) caseId: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PlanNode | null> {
    if (selectsBelow(info, 'history')) planLoaders.wantHistory(ctx, caseId);
    const { plan } = await reads.readablePlan(ctx, caseId);
    return plan ? reads.planNode(plan) : null;
  }

  @Query(() => PlanVersionNode, { description: 'One frozen version of a plan (its content masked for the viewer).' })
  async planVersion(
    @Ctx() ctx: RequestContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('number', () => Int) number: number,
  ): Promise<PlanVersionNode> {
    return (await reads.readableVersion(ctx, caseId, number)).version;
  }

  @Query(() => PlanDiffNode, {
    description: 'What was added, changed and removed between two versions, and by whom; masked for the viewer.',
  })
  planVersionDiff(
    @Ctx() ctx: RequestContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('from', () => Int) from: number,
    @Arg('to', () => Int, { nullable: true, description: 'Omitted or null: the working copy.' }) to: number | null,
  ): Promise<PlanDiffNode> {
    return reads.planVersionDiff(ctx, caseId, from, to ?? null);
  }

  @Query(() => [PlanAssigneeNode], {
    description:
      'Active casework users of an organisation active on the case team, by name: who can be assignee of its actions. For those who may edit the plan; NOT_FOUND outside your teams, BAD_USER_INPUT for an organisation not on the team.',
  })
  async planAssignees(
    @Ctx() ctx: RequestContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('organisationId', () => ID) organisationId: string,
  ): Promise<PlanAssigneeNode[]> {
    return (await planAssignees(ctx, caseId, organisationId)).map((a) => Object.assign(new PlanAssigneeNode(), a));
  }

  @FieldResolver(() => PlanContentNode)
  workingCopy(
    @Root() plan: PlanNode,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PlanContentNode> {
    return reads.workingCopyOf(ctx, plan, selectsBelow(info, 'history'));
  }

  @FieldResolver(() => [PlanNoteNode])
  notes(@Root() plan: PlanNode, @Ctx() ctx: RequestContext): Promise<PlanNoteNode[]> {
    return reads.notesOf(ctx, plan);
  }

  @FieldResolver(() => [PlanVersionNode])
  versions(@Root() plan: PlanNode, @Ctx() ctx: RequestContext): Promise<PlanVersionNode[]> {
    return reads.versionsOf(ctx, plan);
  }

  @FieldResolver(() => PlanPermissionsNode)
  viewerCan(@Root() plan: PlanNode, @Ctx() ctx: RequestContext): Promise<PlanPermissionsNode> {
    return reads.permissionsOf(ctx, plan);
  }

  @Mutation(() => PlanNode, {
    description: 'Starts the plan of a case (idempotent), optionally with the date of the first MDO.',
  })
  async startPlan(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => StartPlanInput) input: StartPlanInput,
  ): Promise<PlanNode> {
    const plan = await plans.startPlan(ctx, input);
    return planAfterWrite(ctx, plan.caseId);
  }

  @Mutation(() => PlanNode)
  async setPlanFirstMeeting(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetPlanFirstMeetingInput) input: SetPlanFirstMeetingInput,
  ): Promise<PlanNode> {
    const plan = await plans.setPlanFirstMeeting(ctx, input);
    return planAfterWrite(ctx, plan.caseId);
  }

  @Mutation(() => PictureEntryNode, {
    description: 'Adds what your organisation contributes to the shared picture (beeldvorming).',
  })
  async addPictureEntry(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddPictureEntryInput) input: AddPictureEntryInput,
  ): Promise<PictureEntryNode> {
    return (await elementNode(ctx, await plans.addPictureEntry(ctx, input))).picture[0]!;
  }

  @Mutation(() => PictureEntryNode)
  async updatePictureEntry(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdatePictureEntryInput) input: UpdatePictureEntryInput,
  ): Promise<PictureEntryNode> {
    return (await elementNode(ctx, await plans.updatePictureEntry(ctx, input))).picture[0]!;
  }

  @Mutation(() => GoalNode)
  async addGoal(@Ctx() ctx: RequestContext, @Arg('input', () => AddGoalInput) input: AddGoalInput): Promise<GoalNode> {
    return (await elementNode(ctx, await plans.addGoal(ctx, input))).goals[0]!;
  }

  @Mutation(() => GoalNode)
  async updateGoal(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateGoalInput) input: UpdateGoalInput,
  ): Promise<GoalNode> {
    return (await elementNode(ctx, await plans.updateGoal(ctx, input))).goals[0]!;
  }

  @Mutation(() => ActionNode)
  async addAction(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddActionInput) input: AddActionInput,
  ): Promise<ActionNode> {
    return actionOf(await elementNode(ctx, await plans.addAction(ctx, input)));
  }

  @Mutation(() => ActionNode, {
    description: 'Changes an action; CANCELLED needs a reason. Refused with CONFLICT when expectedVersion is stale.',
  })
  async updateAction(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateActionInput) input: UpdateActionInput,
  ): Promise<ActionNode> {
    return actionOf(await elementNode(ctx, await plans.updateAction(ctx, input)));
  }

  @Mutation(() => SafetyPlanItemNode)
  async addSafetyPlanItem(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddSafetyPlanItemInput) input: AddSafetyPlanItemInput,
  ): Promise<SafetyPlanItemNode> {
    return (await elementNode(ctx, await plans.addSafetyPlanItem(ctx, input))).safetyPlan[0]!;
  }

  @Mutation(() => SafetyPlanItemNode)
  async updateSafetyPlanItem(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateSafetyPlanItemInput) input: UpdateSafetyPlanItemInput,
  ): Promise<SafetyPlanItemNode> {
    return (await elementNode(ctx, await plans.updateSafetyPlanItem(ctx, input))).safetyPlan[0]!;
  }

  @Mutation(() => CoerciveMeasureNode, {
    description: 'Records a coercive measure; a restraining order runs 10 days, at most 28 in total.',
  })
  async addCoerciveMeasure(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddCoerciveMeasureInput) input: AddCoerciveMeasureInput,
  ): Promise<CoerciveMeasureNode> {
    return (await elementNode(ctx, await plans.addCoerciveMeasure(ctx, input))).measures[0]!;
  }

  @Mutation(() => CoerciveMeasureNode, {
    description: 'Changes a measure, e.g. extends a restraining order (at most 28 days in total).',
  })
  async updateCoerciveMeasure(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateCoerciveMeasureInput) input: UpdateCoerciveMeasureInput,
  ): Promise<CoerciveMeasureNode> {
    return (await elementNode(ctx, await plans.updateCoerciveMeasure(ctx, input))).measures[0]!;
  }

  @Mutation(() => RemovedPlanElementNode, {
    description: 'Removes an element from the working copy (a goal with its actions).',
  })
  async removePlanElement(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RemovePlanElementInput) input: RemovePlanElementInput,
  ): Promise<RemovedPlanElementNode> {
    const { caseId, ...removed } = await plans.removePlanElement(ctx, input);
    return Object.assign(new RemovedPlanElementNode(), { ...removed, plan: await planAfterWrite(ctx, caseId) });
  }

  @Mutation(() => PlanNode, {
    description: 'Freezes the working copy as the next version and asks every team organisation to sign it off.',
  })
  async proposePlan(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ProposePlanInput) input: ProposePlanInput,
  ): Promise<PlanNode> {
    const plan = await plans.proposePlan(ctx, input);
    return planAfterWrite(ctx, plan.caseId);
  }

  @Mutation(() => PlanNode, {
    description:
      "Your organisation's decision on the proposed version: AGREE, or OBJECT with a reason (sends the plan back to draft).",
  })
  async signOffPlan(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SignOffPlanInput) input: SignOffPlanInput,
  ): Promise<PlanNode> {
    const plan = await plans.signOffPlan(ctx, input);
    return planAfterWrite(ctx, plan.caseId);
  }

  @Mutation(() => PlanNoteNode, {
    description: 'A note on a plan element; with an audience only those organisation types (and yours) read it.',
  })
  async addPlanNote(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddPlanNoteInput) input: AddPlanNoteInput,
  ): Promise<PlanNoteNode> {
    const note = await plans.addPlanNote(ctx, input);
    const names = await reads.namesFor(ctx, [note.authorUserId]);
    return reads.noteNode(ctx, note, names).node;
  }
}

function actionOf(content: { lone: ActionNode[] }): ActionNode {
  const found = content.lone[0];
  if (!found) throw new Error('action node missing');
  return found;
}

@Resolver(() => PlanVersionNode)
export class PlanVersionResolver {
  @FieldResolver(() => PlanContentNode, { description: 'The frozen content, masked for the viewer' })
  content(
    @Root() version: PlanVersionNode,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PlanContentNode> {
    return reads.versionContent(ctx, version, selectsBelow(info, 'history'));
  }
}

@Resolver(() => ActionNode)
export class PlanActionResolver {
  @FieldResolver(() => [PlanElementChangeNode], {
    description: 'Who changed what, when (values withheld when the viewer may not read the action)',
  })
  history(
    @Root() action: ActionNode,
    @Ctx() ctx: RequestContext,
  ): PlanElementChangeNode[] | Promise<PlanElementChangeNode[]> {
    return reads.historyOf(ctx, action.id, action.ref);
  }
}
