import { Field, ID, Int, ObjectType } from 'type-graphql';
import type {
  CaseStatus,
  CbsReportCategory,
  IntakeDecision,
  IntakeKind,
  IntimateTerrorConclusion,
  MemberRole,
  ReporterKind,
  UnsafetyLevel,
} from '@mda/domain';
import { CaseStatusEnum, MemberRoleEnum } from '../../core/graphql/enums.js';
import { DateTimeISO, LocalDate } from '../../core/graphql/scalars.js';
import {
  IntakeDecisionEnum,
  IntakeKindEnum,
  IntimateTerrorConclusionEnum,
  ReporterKindEnum,
  UnsafetyLevelEnum,
} from './intake.inputs.js';

/**
 * The disclosure contract of the front door (docs/intake.md). Built only by intake.service.ts,
 * which masks the reporter's identity and account per viewer and audits every read.
 */
@ObjectType({
  description:
    'A case a known person is or was in. Without the right to read it, only that it exists (and its status).',
})
export class KnownCaseNode {
  @Field(() => Boolean, {
    description: 'The viewer may open it (organisation on the team today, or the viewer directs it)',
  })
  visible!: boolean;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;

  @Field(() => String, { nullable: true })
  reference!: string | null;

  @Field(() => CaseStatusEnum)
  status!: CaseStatus;
}

@ObjectType({
  description:
    'A person record that may be the same person (same normalised name and date of birth): confirm or reject, never merged silently.',
})
export class MatchCandidateNode {
  @Field(() => ID)
  personId!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => LocalDate, { nullable: true })
  dateOfBirth!: string | null;

  @Field(() => Boolean)
  hasBsn!: boolean;

  @Field(() => Int, { description: 'Earlier reports about this person' })
  reportCount!: number;

  @Field(() => [KnownCaseNode])
  knownCases!: KnownCaseNode[];
}

@ObjectType({ description: 'A person concerned by a report' })
export class IntakePersonNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => LocalDate, { nullable: true })
  dateOfBirth!: string | null;

  @Field(() => Boolean)
  hasBsn!: boolean;

  @Field(() => [MemberRoleEnum])
  roles!: MemberRole[];

  @Field(() => String, {
    description: 'NEW (first known through this report), BSN (found by BSN), CONFIRMED (name match confirmed)',
  })
  matchBasis!: string;

  @Field(() => Int, { description: 'Other reports about this person' })
  earlierReportCount!: number;

  @Field(() => [KnownCaseNode], { description: 'Cases this person is in' })
  knownCases!: KnownCaseNode[];

  @Field(() => [MatchCandidateNode], { description: 'Possible matches awaiting a decision' })
  candidates!: MatchCandidateNode[];
}

@ObjectType()
export class RiskChecklistItemNode {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  weight!: number;
}

@ObjectType({ description: "The region's red-flag checklist: items and thresholds are data per region" })
export class RiskChecklistNode {
  @Field(() => String)
  region!: string;

  @Field(() => [RiskChecklistItemNode])
  items!: RiskChecklistItemNode[];

  @Field(() => Int)
  watchFrom!: number;

  @Field(() => Int)
  highFrom!: number;
}

@ObjectType({ description: 'The safety assessment (veiligheidsbeoordeling) with the triage instrument' })
export class SafetyAssessmentNode {
  @Field(() => Boolean, { description: 'false while it is a draft' })
  complete!: boolean;

  @Field(() => UnsafetyLevelEnum, { nullable: true })
  unsafety!: UnsafetyLevel | null;

  @Field(() => Boolean, { nullable: true })
  structuralUnsafety!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  multiProblem!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  helpRefused!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  helpStagnating!: boolean | null;

  @Field(() => [String])
  problemAreas!: string[];

  @Field(() => [String])
  intimateTerrorPerpetratorItems!: string[];

  @Field(() => [String])
  intimateTerrorVictimItems!: string[];

  @Field(() => IntimateTerrorConclusionEnum, { nullable: true })
  intimateTerrorConclusion!: IntimateTerrorConclusion | null;

  @Field(() => [String])
  redFlags!: string[];

  @Field(() => Int, { nullable: true })
  riskScore!: number | null;

  @Field(() => String, { nullable: true, description: 'LOW, ELEVATED or HIGH against the region thresholds' })
  riskLevel!: string | null;

  @Field(() => Boolean, { description: 'All three MDA++ criteria answered yes: "start MDA++ case" is offered' })
  meetsMdaCriteria!: boolean;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => DateTimeISO, { nullable: true })
  assessedAt!: Date | null;
}

@ObjectType({ description: 'An advice request or report at Veilig Thuis (Veilig Thuis only)' })
export class IntakeReportNode {
  @Field(() => ID)
  id!: string;

  @Field(() => IntakeKindEnum)
  kind!: IntakeKind;

  @Field(() => DateTimeISO)
  receivedAt!: Date;

  @Field(() => String)
  municipality!: string;

  @Field(() => ReporterKindEnum)
  reporterKind!: ReporterKind;

  @Field(() => String, { nullable: true, description: 'REPORTER_IDENTITY' })
  reporterName!: string | null;

  @Field(() => String, { nullable: true, description: 'REPORTER_IDENTITY' })
  reporterContact!: string | null;

  @Field(() => String, { nullable: true, description: 'REPORTER_ACCOUNT' })
  reporterAccount!: string | null;

  @Field(() => [String])
  violenceNatures!: string[];

  @Field(() => Boolean)
  injury!: boolean;

  @Field(() => String, { nullable: true })
  adviceTopic!: string | null;

  @Field(() => String, { nullable: true })
  adviceGiven!: string | null;

  @Field(() => String, { description: 'RECEIVED, SCREENED, ASSESSED, DECIDED or ADVICE_GIVEN' })
  status!: string;

  @Field(() => Boolean, { nullable: true, description: 'null until screened' })
  crisis!: boolean | null;

  @Field(() => DateTimeISO, { nullable: true })
  screenedAt!: Date | null;

  @Field(() => DateTimeISO, { description: 'Screening is due 24 hours after receipt' })
  screeningDueAt!: Date;

  @Field(() => Boolean)
  screeningOverdue!: boolean;

  @Field(() => LocalDate, { description: 'The safety assessment is due 5 working days after receipt' })
  assessmentDueOn!: string;

  @Field(() => Boolean, { description: 'Past the due date and not assessed' })
  assessmentOverdue!: boolean;

  @Field(() => Int, { description: 'Working days left until the due date (0 on the day, negative when overdue)' })
  workingDaysLeft!: number;

  @Field(() => SafetyAssessmentNode)
  assessment!: SafetyAssessmentNode;

  @Field(() => IntakeDecisionEnum, { nullable: true })
  decision!: IntakeDecision | null;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;

  @Field(() => DateTimeISO, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The MDA++ case started from this report' })
  caseId!: string | null;

  @Field(() => String, { description: 'CBS category (first report, re-report, follow-up report)' })
  cbsCategory!: CbsReportCategory;

  @Field(() => [IntakePersonNode])
  persons!: IntakePersonNode[];

  @Field(() => [String], { description: 'Fields withheld from this viewer' })
  redactedFields!: string[];

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'A report about the household, as its case team sees it: no reporter, no account' })
export class HouseholdReportSummaryNode {
  @Field(() => DateTimeISO)
  receivedAt!: Date;

  @Field(() => IntakeKindEnum)
  kind!: IntakeKind;

  @Field(() => ReporterKindEnum)
  reporterKind!: ReporterKind;

  @Field(() => String)
  cbsCategory!: CbsReportCategory;

  @Field(() => Boolean, { nullable: true })
  crisis!: boolean | null;
}
