import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../core/context/context.js';
import { unwrapLive, type LiveItem } from '../../core/realtime/live-stream.js';
import { CaseNode } from '../cases/case.type.js';
import * as read from './meeting-read.service.js';
import * as write from './meeting.service.js';
import { meetingLiveStream } from './meeting-live.service.js';
import {
  AddAgendaItemInput,
  AddItemContributionInput,
  CreateMeetingSeriesInput,
  MoveToItemInput,
  PlanMeetingInput,
  ProposePlanFromMeetingInput,
  RecordAttendanceInput,
  RecordDecisionInput,
  SaveItemFormInput,
} from './meeting.inputs.js';
import { MeetingNode, MeetingSeriesNode, MeetingSummaryNode } from './meeting.type.js';

@Resolver(() => MeetingNode)
export class MeetingResolver {
  @Query(() => [MeetingSummaryNode], {
    description: '"Mijn overleggen": meetings of the tables the viewer chairs or its organisation sits at.',
  })
  myMeetings(@Ctx() ctx: RequestContext): Promise<MeetingSummaryNode[]> {
    return read.myMeetings(ctx);
  }

  @Query(() => MeetingNode, {
    description:
      "One meeting: every item listed, the content only of items on whose case team the viewer's organisation sits (others: NOT_FOUND).",
  })
  meeting(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<MeetingNode> {
    return read.meeting(ctx, id);
  }

  @Mutation(() => MeetingSeriesNode, { description: 'A process director sets up a meeting table and chairs it.' })
  async createMeetingSeries(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateMeetingSeriesInput) input: CreateMeetingSeriesInput,
  ): Promise<MeetingSeriesNode> {
    const s = await write.createMeetingSeries(ctx, input);
    return Object.assign(new MeetingSeriesNode(), {
      id: s.id,
      name: s.name,
      rhythm: s.rhythm,
      chairId: s.chairId,
      chairName: null,
      members: [],
    });
  }

  @Mutation(() => MeetingNode, { description: 'The chair plans a meeting of the series.' })
  async planMeeting(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => PlanMeetingInput) input: PlanMeetingInput,
  ): Promise<MeetingNode> {
    return read.meeting(ctx, await write.planMeeting(ctx, input));
  }

  @Mutation(() => MeetingNode, {
    description: 'Puts a case (the chair or its case director) or a general item (the chair) on the agenda.',
  })
  async addAgendaItem(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddAgendaItemInput) input: AddAgendaItemInput,
  ): Promise<MeetingNode> {
    return read.meeting(ctx, await write.addAgendaItem(ctx, input));
  }

  @Mutation(() => MeetingNode, {
    description:
      'Presence of an organisation at the meeting or one item; refused at an item whose case team it is not on.',
  })
  async recordAttendance(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput,
  ): Promise<MeetingNode> {
    return read.meeting(ctx, await write.recordAttendance(ctx, input));
  }

  @Mutation(() => MeetingNode, { description: 'The MDO form of an item: question, considerations, safety score.' })
  async saveItemForm(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SaveItemFormInput) input: SaveItemFormInput,
  ): Promise<MeetingNode> {
    return read.meeting(ctx, await write.saveItemForm(ctx, input));
  }

  @Mutation(() => MeetingNode, { description: "A partner's picture or a dissent with its reason." })
  async addItemContribution(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddItemContributionInput) input: AddItemContributionInput,
  ): Promise<MeetingNode> {
    return read.meeting(ctx, await write.addItemContribution(ctx, input));
  }

  @Mutation(() => MeetingNode, {
    description:
      "A decision on an item; with `action` it becomes an action in the case plan's working copy in the same step.",
  })
  async recordDecision(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordDecisionInput) input: RecordDecisionInput,
  ): Promise<MeetingNode> {
    return read.meeting(ctx, await write.recordDecision(ctx, input));
  }

  @Mutation(() => MeetingNode, { description: 'The chair starts the meeting at its first item.' })
  async startMeeting(@Ctx() ctx: RequestContext, @Arg('meetingId', () => ID) meetingId: string): Promise<MeetingNode> {
    return read.meeting(ctx, await write.startMeeting(ctx, meetingId));
  }

  @Mutation(() => MeetingNode, {
    description: "The chair moves to an item (default: the next); attendees' screens follow.",
  })
  async moveToItem(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => MoveToItemInput) input: MoveToItemInput,
  ): Promise<MeetingNode> {
    return read.meeting(ctx, await write.moveToItem(ctx, input));
  }

  @Mutation(() => MeetingNode, {
    description:
      'The chair marks the meeting held: first-MDO dates set, owner organisations notified of their new actions.',
  })
  async markMeetingHeld(
    @Ctx() ctx: RequestContext,
    @Arg('meetingId', () => ID) meetingId: string,
  ): Promise<MeetingNode> {
    return read.meeting(ctx, await write.markMeetingHeld(ctx, meetingId));
  }

  @Mutation(() => MeetingNode, {
    description:
      "The chair of a held meeting proposes an item's case plan for sign-off, through the plan's own sign-off flow (its rules and problems unchanged).",
  })
  async proposePlanFromMeeting(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ProposePlanFromMeetingInput) input: ProposePlanFromMeetingInput,
  ): Promise<MeetingNode> {
    return read.meeting(ctx, await write.proposePlanFromMeeting(ctx, input));
  }

  @Mutation(() => MeetingNode, { description: 'The chair agrees the minutes; the meeting is frozen from then on.' })
  async agreeMinutes(@Ctx() ctx: RequestContext, @Arg('meetingId', () => ID) meetingId: string): Promise<MeetingNode> {
    return read.meeting(ctx, await write.agreeMinutes(ctx, meetingId));
  }

  @Subscription(() => MeetingNode, {
    description:
      "The meeting again each time the chair moves or the status changes, read with the viewer's own permissions.",
    subscribe: ({ args, context }) =>
      meetingLiveStream(context as RequestContext, (args as { meetingId: string }).meetingId),
  })
  meetingLive(@Root() item: LiveItem<MeetingNode>, @Arg('meetingId', () => ID) _meetingId: string): MeetingNode {
    return unwrapLive(item);
  }
}

/** The case page's MDO history. */
@Resolver(() => CaseNode)
export class CaseMeetingResolver {
  @FieldResolver(() => [MeetingSummaryNode], {
    description: 'MDOs at which this case was on the agenda, newest first.',
  })
  meetingHistory(@Root() root: CaseNode, @Ctx() ctx: RequestContext): Promise<MeetingSummaryNode[]> {
    return read.caseMeetingHistory(ctx, root.id);
  }
}
