import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context/context.js';
import { DateTimeISO } from '../../core/graphql/scalars.js';
import { CaseNode } from '../cases/case.type.js';
import * as intake from './intake.service.js';
import {
  DecideIntakeReportInput,
  RecordIntakeReportInput,
  ResolveMatchInput,
  SaveAssessmentInput,
  ScreenIntakeReportInput,
} from './intake.inputs.js';
import { HouseholdReportSummaryNode, IntakeReportNode, RiskChecklistNode } from './intake.type.js';

@Resolver(() => IntakeReportNode)
export class IntakeResolver {
  @Query(() => [IntakeReportNode], {
    description: "The intake desk of the viewer's Veilig Thuis: open reports and today's, crisis first, then overdue.",
  })
  intakeDesk(@Ctx() ctx: RequestContext): Promise<IntakeReportNode[]> {
    return intake.intakeDesk(ctx);
  }

  @Query(() => IntakeReportNode, {
    description: 'One report or advice request (Veilig Thuis only; others get NOT_FOUND).',
  })
  intakeReport(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<IntakeReportNode> {
    return intake.intakeReport(ctx, id);
  }

  @Query(() => RiskChecklistNode, { description: "The red-flag checklist of the municipality's region." })
  riskChecklist(
    @Ctx() ctx: RequestContext,
    @Arg('municipality', () => String) municipality: string,
  ): Promise<RiskChecklistNode> {
    return intake.riskChecklist(ctx, municipality);
  }

  @Mutation(() => IntakeReportNode, {
    description: 'Records an advice request or report; persons are matched on BSN, name candidates offered.',
  })
  recordIntakeReport(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordIntakeReportInput) input: RecordIntakeReportInput,
  ): Promise<IntakeReportNode> {
    return intake.recordIntakeReport(ctx, input);
  }

  @Mutation(() => IntakeReportNode, {
    description: 'Screening within 24 hours; a crisis notifies the crisis team at once.',
  })
  screenIntakeReport(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ScreenIntakeReportInput) input: ScreenIntakeReportInput,
  ): Promise<IntakeReportNode> {
    return intake.screenIntakeReport(ctx, input);
  }

  @Mutation(() => IntakeReportNode, { description: 'Saves the safety assessment, as a draft or complete.' })
  saveAssessment(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SaveAssessmentInput) input: SaveAssessmentInput,
  ): Promise<IntakeReportNode> {
    return intake.saveAssessment(ctx, input);
  }

  @Mutation(() => IntakeReportNode, {
    description:
      'The decision after the assessment; START_MDA_CASE opens case, team and draft plan in one transaction.',
  })
  decideIntakeReport(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DecideIntakeReportInput) input: DecideIntakeReportInput,
  ): Promise<IntakeReportNode> {
    return intake.decideIntakeReport(ctx, input);
  }

  @Mutation(() => IntakeReportNode, {
    description: 'Confirms that a person of the report is a known person (never done silently).',
  })
  confirmMatch(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ResolveMatchInput) input: ResolveMatchInput,
  ): Promise<IntakeReportNode> {
    return intake.confirmMatch(ctx, input);
  }

  @Mutation(() => IntakeReportNode, { description: 'Rejects a match candidate for a person of the report.' })
  rejectMatch(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ResolveMatchInput) input: ResolveMatchInput,
  ): Promise<IntakeReportNode> {
    return intake.rejectMatch(ctx, input);
  }
}

/** The reports about a case's household, as its team sees them: no reporter, no account. */
@Resolver(() => CaseNode)
export class CaseIntakeResolver {
  @FieldResolver(() => [HouseholdReportSummaryNode], {
    description: 'Reports about this household, oldest first (date, kind, CBS category; never the reporter).',
  })
  reports(@Root() root: CaseNode, @Ctx() ctx: RequestContext): Promise<HouseholdReportSummaryNode[]> {
    return intake.householdReports(ctx, root.id);
  }

  @FieldResolver(() => Int, { description: 'Number of reports about this household' })
  async reportCount(@Root() root: CaseNode, @Ctx() ctx: RequestContext): Promise<number> {
    return (await intake.householdReports(ctx, root.id)).length;
  }

  @FieldResolver(() => DateTimeISO, {
    nullable: true,
    description: 'When the first report about this household came in',
  })
  async firstReportedAt(@Root() root: CaseNode, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return (await intake.householdReports(ctx, root.id))[0]?.receivedAt ?? null;
  }
}
