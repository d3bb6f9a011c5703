import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context/context.js';
import { CaseNode } from '../cases/case.type.js';
import {
  acceptDirectorAssignment,
  currentCaseDirectors,
  declineDirectorAssignment,
  directionHistory,
  endDirectorAssignment,
  myDirectorAssignments,
  proposeDirector,
  readableHandoverNotes,
  setWaitingListContact,
  type AssignmentsView,
} from './director.service.js';
import type { DirectorAssignment } from './director-assignment.entity.js';
import { waitingList, workload } from './waiting-list.service.js';
import {
  AnswerDirectorAssignmentInput,
  ColleagueNode,
  DirectorAssignmentNode,
  ProposeDirectorInput,
  WaitingContactNode,
  WaitingListItemNode,
  WorkloadItemNode,
} from './director.type.js';

const nodesOf = ({ rows, readableNotes }: AssignmentsView): DirectorAssignmentNode[] =>
  rows.map((a) => DirectorAssignmentNode.from(a, readableNotes.has(a.id)));
const oneNode = async (ctx: RequestContext, a: DirectorAssignment): Promise<DirectorAssignmentNode> =>
  DirectorAssignmentNode.from(a, (await readableHandoverNotes(ctx, [a])).has(a.id));

/** Case direction: the handover workflow, the waiting list (werkvoorraad) and workload. */
@Resolver(() => CaseNode)
export class DirectorResolver {
  @Query(() => [WaitingListItemNode], {
    description: 'Running cases of your teams without a case director, oldest first (process directors, team leads).',
  })
  async waitingList(@Ctx() ctx: RequestContext): Promise<WaitingListItemNode[]> {
    return (await waitingList(ctx)).map((i) => WaitingListItemNode.from(i));
  }

  @Query(() => [WorkloadItemNode], {
    description:
      'Workload per director: all directors for a process director, your organisation for a team lead, yourself for a case director.',
  })
  async workload(@Ctx() ctx: RequestContext): Promise<WorkloadItemNode[]> {
    return (await workload(ctx)).map((i) => WorkloadItemNode.from(i));
  }

  @Query(() => [DirectorAssignmentNode], {
    description: 'Director assignments of one case, oldest first (current, proposed and past).',
  })
  async caseDirection(
    @Ctx() ctx: RequestContext,
    @Arg('caseId', () => ID) caseId: string,
  ): Promise<DirectorAssignmentNode[]> {
    return nodesOf(await directionHistory(ctx, caseId));
  }

  @Query(() => [DirectorAssignmentNode], { description: 'Proposals waiting for your answer and the cases you direct.' })
  async myDirectorAssignments(@Ctx() ctx: RequestContext): Promise<DirectorAssignmentNode[]> {
    return nodesOf(await myDirectorAssignments(ctx));
  }

  @Mutation(() => DirectorAssignmentNode, {
    description:
      'Proposes a case or process director; the current one stays responsible until the proposal is accepted.',
  })
  async proposeDirector(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ProposeDirectorInput) input: ProposeDirectorInput,
  ): Promise<DirectorAssignmentNode> {
    return oneNode(ctx, await proposeDirector(ctx, input));
  }

  @Mutation(() => DirectorAssignmentNode, {
    description: 'The proposed director accepts; a replaced director hands over at this moment.',
  })
  async acceptDirectorAssignment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AnswerDirectorAssignmentInput) input: AnswerDirectorAssignmentInput,
  ): Promise<DirectorAssignmentNode> {
    return oneNode(ctx, await acceptDirectorAssignment(ctx, input));
  }

  @Mutation(() => DirectorAssignmentNode, {
    description: 'The proposed director declines, with a reason; the current direction stays.',
  })
  async declineDirectorAssignment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AnswerDirectorAssignmentInput) input: AnswerDirectorAssignmentInput,
  ): Promise<DirectorAssignmentNode> {
    return oneNode(ctx, await declineDirectorAssignment(ctx, input));
  }

  @Mutation(() => DirectorAssignmentNode, {
    description: 'Ends an assignment without successor, or withdraws a proposal, with a reason.',
  })
  async endDirectorAssignment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AnswerDirectorAssignmentInput) input: AnswerDirectorAssignmentInput,
  ): Promise<DirectorAssignmentNode> {
    return oneNode(ctx, await endDirectorAssignment(ctx, input));
  }

  @Mutation(() => WaitingContactNode, {
    description: 'Names the contact person for the family while the case waits for a case director.',
  })
  async setWaitingListContact(
    @Ctx() ctx: RequestContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('contactUserId', () => ID) contactUserId: string,
  ): Promise<WaitingContactNode> {
    const row = await setWaitingListContact(ctx, caseId, contactUserId);
    return Object.assign(new WaitingContactNode(), {
      userId: row.contact.id,
      displayName: row.contact.displayName,
      organisationName: row.contact.organisation.name,
      explicit: true,
    });
  }

  @FieldResolver(() => [ColleagueNode], {
    description:
      'The accepted case director(s) now (a duo has two); empty when none or when you may not read the direction.',
  })
  async caseDirectors(@Root() node: CaseNode, @Ctx() ctx: RequestContext): Promise<ColleagueNode[]> {
    return (await currentCaseDirectors(ctx, node.id)).map((a) => ColleagueNode.from(a.user));
  }

  @FieldResolver(() => [DirectorAssignmentNode], {
    description:
      'Case and process directors of this case over time, oldest first; `responsible` marks the current ones.',
  })
  async directorHistory(@Root() node: CaseNode, @Ctx() ctx: RequestContext): Promise<DirectorAssignmentNode[]> {
    return nodesOf(await directionHistory(ctx, node.id));
  }
}
