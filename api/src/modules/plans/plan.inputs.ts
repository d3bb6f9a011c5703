import { Field, ID, InputType, Int } from 'type-graphql';
import type { DataCategory } from '@mda/authz';
import type {
  ActionStatus,
  CoerciveMeasureKind,
  GoalPhase,
  InterventionKind,
  LifeDomain,
  OrganisationType,
  SafetyItemKind,
  SignOffDecision,
} from '@mda/domain';
import { DataCategoryEnum, OrganisationTypeEnum } from '../../core/graphql/enums.js';
import { LocalDate } from '../../core/graphql/scalars.js';
import {
  ActionStatusEnum,
  CoerciveMeasureKindEnum,
  GoalPhaseEnum,
  InterventionKindEnum,
  LifeDomainEnum,
  SafetyItemKindEnum,
  SignOffDecisionEnum,
} from './plan.type.js';

/*
 * Inputs of the plan mutations. Required business fields (a goal's phase, an action's owner)
 * are nullable in the schema on purpose: the service refuses them with a message a
 * professional understands, together with every other problem, instead of a schema error.
 */

@InputType()
export class StartPlanInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date of the first MDO' })
  firstMeetingOn?: string | null;
}

@InputType()
export class SetPlanFirstMeetingInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => LocalDate, { nullable: true })
  firstMeetingOn?: string | null;

  @Field(() => Int)
  expectedVersion!: number;
}

@InputType()
export class AddPictureEntryInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => LifeDomainEnum, { nullable: true })
  lifeDomain?: LifeDomain | null;

  @Field(() => DataCategoryEnum, { nullable: true, description: 'Defaults to PLAN' })
  category?: DataCategory | null;

  @Field(() => String, { nullable: true })
  text?: string | null;
}

@InputType()
export class UpdatePictureEntryInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => LifeDomainEnum, { nullable: true })
  lifeDomain?: LifeDomain | null;

  @Field(() => String, { nullable: true })
  text?: string | null;
}

@InputType()
export class AddGoalInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => GoalPhaseEnum, { nullable: true })
  phase?: GoalPhase | null;

  @Field(() => LifeDomainEnum, { nullable: true })
  lifeDomain?: LifeDomain | null;

  @Field(() => [ID], { nullable: true, description: 'Person ids of household members of this case' })
  concerns?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'When is the goal reached (measurable)' })
  measurableEnd?: string | null;

  @Field(() => InterventionKindEnum, { nullable: true })
  interventionKind?: InterventionKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Case director only: why a contra-indicated intervention is chosen anyway',
  })
  contraIndicationJustification?: string | null;
}

@InputType()
export class UpdateGoalInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => GoalPhaseEnum, { nullable: true })
  phase?: GoalPhase | null;

  @Field(() => LifeDomainEnum, { nullable: true })
  lifeDomain?: LifeDomain | null;

  @Field(() => [ID], { nullable: true })
  concerns?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  measurableEnd?: string | null;

  @Field(() => InterventionKindEnum, { nullable: true })
  interventionKind?: InterventionKind | null;

  @Field(() => String, { nullable: true })
  contraIndicationJustification?: string | null;
}

@InputType()
export class AddActionInput {
  @Field(() => ID)
  goalId!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'Must be an organisation on the case team' })
  ownerOrganisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A user of the owning organisation' })
  assigneeUserId?: string | null;

  @Field(() => LocalDate, { nullable: true })
  dueOn?: string | null;

  @Field(() => InterventionKindEnum, { nullable: true })
  interventionKind?: InterventionKind | null;

  @Field(() => String, { nullable: true })
  contraIndicationJustification?: string | null;
}

@InputType()
export class UpdateActionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  ownerOrganisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Set to an empty string to unassign' })
  assigneeUserId?: string | null;

  @Field(() => LocalDate, { nullable: true })
  dueOn?: string | null;

  @Field(() => ActionStatusEnum, { nullable: true })
  status?: ActionStatus | null;

  @Field(() => String, { nullable: true, description: 'Mandatory when status becomes CANCELLED' })
  cancellationReason?: string | null;

  @Field(() => InterventionKindEnum, { nullable: true })
  interventionKind?: InterventionKind | null;

  @Field(() => String, { nullable: true })
  contraIndicationJustification?: string | null;
}

@InputType()
export class AddSafetyPlanItemInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => SafetyItemKindEnum, { nullable: true })
  kind?: SafetyItemKind | null;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => [ID], { nullable: true })
  concerns?: string[] | null;
}

@InputType()
export class UpdateSafetyPlanItemInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => [ID], { nullable: true })
  concerns?: string[] | null;
}

@InputType()
export class AddCoerciveMeasureInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => CoerciveMeasureKindEnum, { nullable: true })
  kind?: CoerciveMeasureKind | null;

  @Field(() => ID, { nullable: true, description: 'Responsible organisation (on the team)' })
  responsibleOrganisationId?: string | null;

  @Field(() => LocalDate, { nullable: true })
  startsOn?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Restraining order: defaults to 10 days after the start; at most 28 days in total',
  })
  endsOn?: string | null;

  @Field(() => [ID], { nullable: true })
  concerns?: string[] | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class UpdateCoerciveMeasureInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'E.g. extending a restraining order (at most 28 days in total)',
  })
  endsOn?: string | null;

  @Field(() => ID, { nullable: true })
  responsibleOrganisationId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class RemovePlanElementInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;
}

@InputType()
export class ProposePlanInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int, { description: 'The plan version the proposer saw' })
  expectedVersion!: number;
}

@InputType()
export class SignOffPlanInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => Int)
  versionNumber!: number;

  @Field(() => SignOffDecisionEnum)
  decision!: SignOffDecision;

  @Field(() => String, { nullable: true, description: 'Mandatory with OBJECT' })
  reason?: string | null;
}

@InputType()
export class AddPlanNoteInput {
  @Field(() => ID)
  elementId!: string;

  @Field(() => String)
  body!: string;

  @Field(() => [OrganisationTypeEnum], {
    nullable: true,
    description: 'Empty or absent: the whole team; otherwise a RESTRICTED_NOTE for these organisation types',
  })
  audience?: OrganisationType[] | null;
}
