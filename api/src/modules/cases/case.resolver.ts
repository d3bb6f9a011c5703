import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { selectsBelow } from '../../core/graphql/selection.js';
import { CASE_STATUSES, MUNICIPALITIES, type CaseStatus } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { CaseAccessEnum, CaseStatusEnum } from '../../core/graphql/enums.js';
import { ensureCaseAccess } from '../identity/case-access.service.js';
import { todayInNetherlands } from '../../core/graphql/validation.js';
import { PageInfo } from '../../core/graphql/connection.js';
import {
  AddTeamMemberInput,
  CaseFilter,
  CaseOrderEnum,
  CreateCaseInput,
  EndTeamMembershipInput,
  TransitionCaseInput,
} from './case.inputs.js';
import {
  CaseConnection,
  CaseEdge,
  CaseNode,
  CaseTeamMembershipNode,
  HouseholdMemberNode,
  HouseholdNode,
  MunicipalityNode,
} from './case.type.js';
import {
  listedCases,
  membersByHousehold,
  openedCases,
  teamByCase,
  wantCaseParts,
  type MemberRecord,
} from './case.loaders.js';
import { categoriesOfPersonFields, type CaseAccess } from '@mda/authz';
import { readOf } from '../../core/context/request-audit.js';
import * as cases from './case.service.js';
import type { CaseOrder } from './case-order.js';
import { CaseEntryNode, RecordCaseEntryInput, UpdatePersonDetailsInput } from './case-entry.type.js';
import { entriesByCase, recordCaseEntry, updatePersonDetails } from './case-entry.service.js';

const municipalityNode = (code: string): MunicipalityNode => {
  const m = MUNICIPALITIES.find((x) => x.code === code);
  return Object.assign(new MunicipalityNode(), { code, name: m?.name ?? code });
};

@Resolver(() => CaseNode)
export class CaseResolver {
  @Query(() => CaseConnection, {
    description: "Cases on whose team the viewer's organisation is active, newest first.",
  })
  async cases(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => CaseFilter, { nullable: true }) filter: CaseFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Arg('orderBy', () => CaseOrderEnum, { defaultValue: 'OPENED_DESC' }) orderBy: CaseOrder,
  ): Promise<CaseConnection> {
    // Members come in the list's own statement, and the count is read, only when the query asks for them.
    const page = await cases.listCases(
      ctx,
      first,
      after ?? null,
      filter ?? null,
      {
        household: selectsBelow(info, 'household'),
        team: selectsBelow(info, 'team'),
        totalCount: selectsBelow(info, 'totalCount'),
      },
      orderBy,
    );
    const edges = page.cases.map((c, i) =>
      Object.assign(new CaseEdge(), { node: CaseNode.from(c), cursor: page.cursors[i] }),
    );
    const pageInfo = Object.assign(new PageInfo(), {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: Boolean(after),
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors[page.cursors.length - 1] ?? null,
    });
    return Object.assign(new CaseConnection(), { edges, pageInfo, totalCount: page.totalCount });
  }

  @Query(() => CaseNode, {
    description: "One case. A case outside the viewer's teams answers NOT_FOUND, like a missing one.",
  })
  async case(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CaseNode> {
    wantCaseParts(ctx, id, { household: selectsBelow(info, 'household'), team: selectsBelow(info, 'team') });
    openedCases(ctx).add(id);
    const found = await cases.readCase(ctx, id);
    return CaseNode.from(found);
  }

  @Query(() => [MunicipalityNode], { description: 'Municipalities of the region.' })
  municipalities(@Ctx() ctx: RequestContext): MunicipalityNode[] {
    requireActor(ctx);
    return MUNICIPALITIES.map((m) => municipalityNode(m.code));
  }

  @Mutation(() => CaseNode)
  async createCase(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateCaseInput) input: CreateCaseInput,
  ): Promise<CaseNode> {
    return CaseNode.from(await cases.createCase(ctx, input));
  }

  @Mutation(() => CaseTeamMembershipNode)
  async addTeamMember(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddTeamMemberInput) input: AddTeamMemberInput,
  ): Promise<CaseTeamMembershipNode> {
    return CaseTeamMembershipNode.from(await cases.addTeamMember(ctx, input), todayInNetherlands());
  }

  @Mutation(() => CaseTeamMembershipNode)
  async endTeamMembership(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => EndTeamMembershipInput) input: EndTeamMembershipInput,
  ): Promise<CaseTeamMembershipNode> {
    return CaseTeamMembershipNode.from(await cases.endTeamMembership(ctx, input), todayInNetherlands());
  }

  @Mutation(() => CaseNode)
  async transitionCase(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => TransitionCaseInput) input: TransitionCaseInput,
  ): Promise<CaseNode> {
    return CaseNode.from(await cases.transitionCase(ctx, input));
  }

  @Mutation(() => CaseEntryNode, {
    description: 'Shares an item of information with the case team, in a data category.',
  })
  async recordCaseEntry(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordCaseEntryInput) input: RecordCaseEntryInput,
  ): Promise<CaseEntryNode> {
    const entry = await recordCaseEntry(ctx, input);
    return CaseEntryNode.from(entry, ctx.ability, ctx.actor).node;
  }

  @Mutation(() => HouseholdMemberNode, {
    description:
      "Changes a household member's contact or secret-location details; refused whole when any field may not be written.",
  })
  async updatePersonDetails(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdatePersonDetailsInput) input: UpdatePersonDetailsInput,
  ): Promise<HouseholdMemberNode> {
    const result = await updatePersonDetails(ctx, input);
    return HouseholdMemberNode.from(result.member, ctx.ability, result.caseId, ctx.actor).node;
  }

  @FieldResolver(() => [CaseEntryNode], {
    description: 'Shared information: existence visible to the team, content by data category.',
  })
  async entries(@Root() node: CaseNode, @Ctx() ctx: RequestContext): Promise<CaseEntryNode[]> {
    const [entries] = await Promise.all([entriesByCase(ctx).load(node.id), ensureCaseAccess(ctx, [node.id])]);
    return entries.map((e) => {
      const { node: entryNode, disclosed } = CaseEntryNode.from(e, ctx.ability, ctx.actor);
      if (disclosed.length > 0) {
        ctx.audit?.record(
          readOf({
            subjectType: 'CaseEntry',
            subjectId: e.id,
            caseId: node.id,
            dataSubjectIds: e.concerns,
            fields: disclosed,
            categories: [e.category],
          }),
        );
      }
      return entryNode;
    });
  }

  @FieldResolver(() => [CaseAccessEnum], {
    description:
      'How the viewer reaches this case (team, case direction, emergency grant): the facts the rules in `me.permissions` decide with, per case.',
  })
  async viewerAccess(@Root() node: CaseNode, @Ctx() ctx: RequestContext): Promise<CaseAccess[]> {
    await ensureCaseAccess(ctx, [node.id]);
    return [...(ctx.caseAccess.peek(node.id) ?? [])];
  }

  @FieldResolver(() => MunicipalityNode)
  municipality(@Root() node: CaseNode): MunicipalityNode {
    return municipalityNode(node.municipalityCode);
  }

  @FieldResolver(() => [CaseStatusEnum], { description: 'Status transitions the viewer may perform now.' })
  async allowedTransitions(@Root() node: CaseNode, @Ctx() ctx: RequestContext): Promise<CaseStatus[]> {
    await ensureCaseAccess(ctx, [node.id]);
    return cases.performableTransitions(ctx, node, CASE_STATUSES);
  }

  @FieldResolver(() => HouseholdNode)
  async household(@Root() node: CaseNode, @Ctx() ctx: RequestContext): Promise<HouseholdNode> {
    // The facts are known for a case this request listed or loaded; else one batched read.
    const [members] = await Promise.all([
      membersByHousehold(ctx).load(node.householdId),
      ensureCaseAccess(ctx, [node.id]),
    ]);
    const reach = ctx.caseAccess.peek(node.id) ?? [];
    const disclosed = members.map((m) => HouseholdMemberNode.from(m, ctx.ability, node.id, ctx.actor, reach));
    if (this.auditedAsListRow(ctx, node, members, disclosed))
      return Object.assign(new HouseholdNode(), { id: node.householdId, members: disclosed.map((d) => d.node) });
    disclosed.forEach((d, i) => {
      if (d.disclosed.length === 0) return;
      const personId = members[i]!.person.id;
      ctx.audit?.record(
        readOf({
          subjectType: 'Person',
          subjectId: personId,
          caseId: node.id,
          dataSubjectIds: [personId],
          fields: d.disclosed,
          categories: categoriesOfPersonFields(d.disclosed),
        }),
      );
    });
    return Object.assign(new HouseholdNode(), { id: node.householdId, members: disclosed.map((d) => d.node) });
  }

  /**
   * A household shown in a row of the case list, whose members were all disclosed the same
   * fields: one READ record for the case, carrying every member as a data subject (still found
   * per person through `data_subject_ids`), instead of one per person (docs/adr/0007). A case
   * also opened on its own in this request, or members disclosed differently (a restricted
   * person), keep one record per person.
   */
  private auditedAsListRow(
    ctx: RequestContext,
    node: CaseNode,
    members: readonly MemberRecord[],
    disclosed: readonly { disclosed: string[] }[],
  ): boolean {
    if (!listedCases(ctx).has(node.id) || openedCases(ctx).has(node.id)) return false;
    const shown = disclosed.filter((d) => d.disclosed.length > 0);
    if (shown.length === 0) return true;
    const fields = [...(shown[0] as { disclosed: string[] }).disclosed].sort();
    if (
      !shown.every(
        (d) => d.disclosed.length === fields.length && [...d.disclosed].sort().every((f, i) => f === fields[i]),
      )
    )
      return false;
    ctx.audit?.record(
      readOf({
        subjectType: 'Household',
        subjectId: node.householdId,
        caseId: node.id,
        dataSubjectIds: members.filter((_, i) => (disclosed[i]?.disclosed.length ?? 0) > 0).map((m) => m.person.id),
        fields,
        categories: categoriesOfPersonFields(fields),
        reason: 'case list',
      }),
    );
    return true;
  }

  @FieldResolver(() => [CaseTeamMembershipNode], { description: 'Case team: current and ended memberships.' })
  async team(@Root() node: CaseNode, @Ctx() ctx: RequestContext): Promise<CaseTeamMembershipNode[]> {
    const today = todayInNetherlands();
    const team = await teamByCase(ctx).load(node.id);
    return team.map((m) => CaseTeamMembershipNode.from(m, today));
  }
}
