import { Field, ID, InputType, Int } from 'type-graphql';
import type { DataCategory } from '@mda/authz';
import type { GoalPhase, LifeDomain } from '@mda/domain';
import { DataCategoryEnum } from '../../core/graphql/enums.js';
import { DateTimeISO, LocalDate } from '../../core/graphql/scalars.js';
import type { AttendanceStatus, ContributionKind } from './meeting.entity.js';
import { GoalPhaseEnum, LifeDomainEnum } from '../plans/plan.type.js';
import { AttendanceStatusEnum, ContributionKindEnum } from './meeting.type.js';

/*
 * Inputs of the MDO mutations. Business fields are nullable in the schema on purpose: the
 * service refuses what is missing with every problem named (BAD_USER_INPUT), nothing stored.
 */

@InputType()
export class CreateMeetingSeriesInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "elke dinsdag 10:00, tweewekelijks"' })
  rhythm?: string | null;

  @Field(() => [ID], { description: "Standing member organisations (the chair's own is added)" })
  memberOrganisationIds!: string[];
}

@InputType()
export class PlanMeetingInput {
  @Field(() => ID)
  seriesId!: string;

  @Field(() => DateTimeISO, { nullable: true })
  startsAt?: Date | null;

  @Field(() => DateTimeISO, {
    nullable: true,
    description: 'When the meeting ends: after the start, within 12 hours; empty: two hours after the start',
  })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'https link of the video meeting' })
  videoLink?: string | null;
}

@InputType()
export class AddAgendaItemInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'A case; leave empty for a general item' })
  caseId?: string | null;

  @Field(() => String, { nullable: true, description: 'A general item: its title (no personal data)' })
  title?: string | null;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'An item of the meeting; empty: the meeting as a whole' })
  itemId?: string | null;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => ID, { nullable: true })
  userId?: string | null;

  @Field(() => AttendanceStatusEnum)
  status!: AttendanceStatus;
}

@InputType()
export class SaveItemFormInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  question?: string | null;

  @Field(() => DataCategoryEnum, { nullable: true })
  questionCategory?: DataCategory | null;

  @Field(() => String, { nullable: true })
  considerations?: string | null;

  @Field(() => DataCategoryEnum, { nullable: true })
  considerationsCategory?: DataCategory | null;

  @Field(() => Int, { nullable: true })
  safetyScore?: number | null;
}

@InputType()
export class AddItemContributionInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => ContributionKindEnum)
  kind!: ContributionKind;

  @Field(() => DataCategoryEnum, { nullable: true })
  category?: DataCategory | null;

  @Field(() => String, { nullable: true })
  body?: string | null;
}

@InputType()
export class DecisionActionInput {
  @Field(() => ID, { nullable: true, description: 'The goal of the case plan the action serves' })
  goalId?: string | null;

  @Field(() => ID, { nullable: true })
  ownerOrganisationId?: string | null;

  @Field(() => ID, { nullable: true })
  assigneeUserId?: string | null;

  @Field(() => LocalDate, { nullable: true })
  dueOn?: string | null;
}

@InputType()
export class DecisionGoalInput {
  @Field(() => GoalPhaseEnum, { nullable: true })
  phase?: GoalPhase | null;

  @Field(() => LifeDomainEnum, { nullable: true })
  lifeDomain?: LifeDomain | null;

  @Field(() => [ID], { nullable: true, description: 'Person ids of household members of the case' })
  concerns?: string[] | null;

  @Field(() => String, { nullable: true, description: "The goal; empty: the decision's text" })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'When is the goal reached (measurable)' })
  measurableEnd?: string | null;
}

@InputType()
export class RecordDecisionInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => DataCategoryEnum, {
    nullable: true,
    description:
      'Who may read the decision (default PLAN). A decision in another category does not become plan work: the plan is read by the whole team',
  })
  category?: DataCategory | null;

  @Field(() => DecisionGoalInput, {
    nullable: true,
    description: "Make the decision a new goal in the case's plan (working copy), in the same step",
  })
  goal?: DecisionGoalInput | null;

  @Field(() => DecisionActionInput, {
    nullable: true,
    description:
      "Make the decision an action in the case's plan (working copy), in the same step; with `goal` and no goalId: under the new goal",
  })
  action?: DecisionActionInput | null;
}

@InputType()
export class MoveToItemInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'Empty: the next item' })
  itemId?: string | null;
}

@InputType()
export class ProposePlanFromMeetingInput {
  @Field(() => ID, { description: 'A case item of a held meeting' })
  itemId!: string;

  @Field(() => Int, { description: 'The plan version the chair saw (Plan.version)' })
  expectedPlanVersion!: number;
}
