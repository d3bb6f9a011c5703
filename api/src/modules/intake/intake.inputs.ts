import { Field, ID, InputType, Int } from 'type-graphql';
import {
  INTAKE_DECISIONS,
  INTAKE_KINDS,
  INTIMATE_TERROR_CONCLUSIONS,
  REPORTER_KINDS,
  UNSAFETY_LEVELS,
  type HouseholdProfile,
  type IntakeDecision,
  type IntakeKind,
  type IntimateTerrorConclusion,
  type ReporterKind,
  type UnsafetyLevel,
} from '@mda/domain';
import { registerEnumType } from 'type-graphql';
import { HouseholdProfileEnum } from '../../core/graphql/enums.js';
import { DateTimeISO } from '../../core/graphql/scalars.js';
import { PersonInput } from '../cases/case.inputs.js';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}
export const IntakeKindEnum = enumObject(INTAKE_KINDS);
export const ReporterKindEnum = enumObject(REPORTER_KINDS);
export const UnsafetyLevelEnum = enumObject(UNSAFETY_LEVELS);
export const IntimateTerrorConclusionEnum = enumObject(INTIMATE_TERROR_CONCLUSIONS);
export const IntakeDecisionEnum = enumObject(INTAKE_DECISIONS);
registerEnumType(IntakeKindEnum, {
  name: 'IntakeKind',
  description: 'Advice request (adviesvraag) or report (melding)',
});
registerEnumType(ReporterKindEnum, { name: 'ReporterKind', description: 'Who reported; ANONYMOUS stores no reporter' });
registerEnumType(UnsafetyLevelEnum, { name: 'UnsafetyLevel', description: 'Triage: acute, structural or no unsafety' });
registerEnumType(IntimateTerrorConclusionEnum, {
  name: 'IntimateTerrorConclusion',
  description: 'Conclusion of the intimate terror screen: no / watch / probably / certainly high risk',
});
registerEnumType(IntakeDecisionEnum, { name: 'IntakeDecision', description: 'Decision after the safety assessment' });

@InputType()
export class RecordIntakeReportInput {
  @Field(() => IntakeKindEnum)
  kind!: IntakeKind;

  @Field(() => DateTimeISO, { description: 'When Veilig Thuis received it; not in the future' })
  receivedAt!: Date;

  @Field(() => String, { description: 'Municipality code' })
  municipality!: string;

  @Field(() => ReporterKindEnum)
  reporterKind!: ReporterKind;

  @Field(() => String, {
    nullable: true,
    description: 'Who reported (REPORTER_IDENTITY, Veilig Thuis only); refused for ANONYMOUS',
  })
  reporterName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How to reach the reporter (REPORTER_IDENTITY); refused for ANONYMOUS',
  })
  reporterContact?: string | null;

  @Field(() => String, { nullable: true, description: "The reporter's account (REPORTER_ACCOUNT)" })
  reporterAccount?: string | null;

  @Field(() => [String], { description: 'Nature of violence (codes of VIOLENCE_NATURES); at least one for a report' })
  violenceNatures!: string[];

  @Field(() => Boolean, { defaultValue: false })
  injury!: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Acute unsafety known at receipt: screened at once as a crisis report',
  })
  acuteUnsafety!: boolean;

  @Field(() => String, { nullable: true, description: 'Advice request: the question' })
  adviceTopic?: string | null;

  @Field(() => String, { nullable: true, description: 'Advice request: the advice given' })
  adviceGiven?: string | null;

  @Field(() => [PersonInput], { description: 'The persons concerned with their roles; at least one for a report' })
  persons!: PersonInput[];
}

@InputType()
export class ScreenIntakeReportInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => Boolean, { description: 'Acute unsafety: a crisis report, the crisis team is notified at once' })
  crisis!: boolean;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class SaveAssessmentInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => Boolean, {
    description: 'false: saved as a draft; true: the assessment is complete (every question answered)',
  })
  complete!: boolean;

  @Field(() => UnsafetyLevelEnum, { nullable: true })
  unsafety?: UnsafetyLevel | null;

  @Field(() => Boolean, { nullable: true, description: 'MDA++ criterion 1: structural unsafety shown' })
  structuralUnsafety?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'MDA++ criterion 2: multi-problem (with problemAreas)' })
  multiProblem?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'MDA++ criterion 3: help refused' })
  helpRefused?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'MDA++ criterion 3: help stagnating or not fitting' })
  helpStagnating?: boolean | null;

  @Field(() => [String], { defaultValue: [], description: 'Problem areas (PROBLEM_AREAS)' })
  problemAreas!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Intimate terror screen, perpetrator items' })
  intimateTerrorPerpetratorItems!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Intimate terror screen, victim items' })
  intimateTerrorVictimItems!: string[];

  @Field(() => IntimateTerrorConclusionEnum, { nullable: true })
  intimateTerrorConclusion?: IntimateTerrorConclusion | null;

  @Field(() => [String], { defaultValue: [], description: "Red flags ticked on the region's checklist (optional)" })
  redFlags!: string[];

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class DecideIntakeReportInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => IntakeDecisionEnum)
  decision!: IntakeDecision;

  @Field(() => String, { description: 'Why: every decision carries a reason' })
  reason!: string;

  @Field(() => HouseholdProfileEnum, { nullable: true, description: 'START_MDA_CASE: main problem of the household' })
  profile?: HouseholdProfile | null;

  @Field(() => String, { nullable: true, description: 'START_MDA_CASE: purpose of the data sharing in the case team' })
  purpose?: string | null;
}

@InputType()
export class ResolveMatchInput {
  @Field(() => ID, { description: 'The person of the report (IntakePerson.id)' })
  reportPersonId!: string;

  @Field(() => ID, { description: 'The candidate person record' })
  candidatePersonId!: string;

  @Field(() => Int)
  expectedVersion!: number;
}
