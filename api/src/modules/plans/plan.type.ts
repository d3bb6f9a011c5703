/** The plan-level GraphQL nodes: the plan, its versions, sign-offs, notes, diff. Element nodes: plan-element.type.ts. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { DataCategory } from '@mda/authz';
import { type OrganisationType, type PlanStatus, type PlanVersionStatus, type SignOffDecision } from '@mda/domain';
import { DataCategoryEnum, OrganisationTypeEnum } from '../../core/graphql/enums.js';
import { DateTimeISO, LocalDate } from '../../core/graphql/scalars.js';
import { OrganisationNode } from '../identity/identity.type.js';
import { type PlanElementKind } from './plan-element.entity.js';

import {
  CoerciveMeasureNode,
  GoalNode,
  PictureEntryNode,
  PlanChangeAuthorNode,
  PlanElementKindEnum,
  PlanFieldChangeNode,
  PlanStatusEnum,
  PlanVersionStatusEnum,
  SafetyPlanItemNode,
  SignOffDecisionEnum,
} from './plan-element.type.js';

export * from './plan-element.type.js';

@ObjectType('PlanNote', {
  description: 'A note on a plan element; with an audience it is a RESTRICTED_NOTE',
  simpleResolvers: true,
})
export class PlanNoteNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  elementId!: string;

  @Field(() => DataCategoryEnum)
  category!: DataCategory;

  @Field(() => [OrganisationTypeEnum], { description: 'Empty: the whole team' })
  audience!: OrganisationType[];

  @Field(() => String, { nullable: true })
  body!: string | null;

  @Field(() => OrganisationNode, { nullable: true })
  authorOrganisation!: OrganisationNode | null;

  @Field(() => String, { nullable: true })
  authorName!: string | null;

  @Field(() => DateTimeISO)
  createdAt!: Date;

  @Field(() => [String])
  redactedFields!: string[];
}

/** The content of a plan: the working copy or a frozen version, masked for the viewer. */
@ObjectType('PlanContent', { simpleResolvers: true })
export class PlanContentNode {
  @Field(() => LocalDate, { nullable: true })
  firstMeetingOn!: string | null;

  @Field(() => [PictureEntryNode], { description: 'Beeldvorming per life domain' })
  picture!: PictureEntryNode[];

  @Field(() => [GoalNode], { description: 'Oordeelsvorming and besluitvorming: goals with their actions' })
  goals!: GoalNode[];

  @Field(() => [SafetyPlanItemNode])
  safetyPlan!: SafetyPlanItemNode[];

  @Field(() => [CoerciveMeasureNode])
  measures!: CoerciveMeasureNode[];
}

@ObjectType('PlanSignOff', { simpleResolvers: true })
export class SignOffNode {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  versionNumber!: number;

  @Field(() => OrganisationNode, { nullable: true })
  organisation!: OrganisationNode | null;

  @Field(() => SignOffDecisionEnum)
  decision!: SignOffDecision;

  @Field(() => String, { nullable: true, description: 'Mandatory with an objection' })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  signedBy!: string | null;

  @Field(() => DateTimeISO)
  signedAt!: Date;
}

@ObjectType('PlanVersion', { description: 'A frozen version: immutable once proposed', simpleResolvers: true })
export class PlanVersionNode {
  @Field(() => Int)
  number!: number;

  @Field(() => PlanVersionStatusEnum)
  status!: PlanVersionStatus;

  @Field(() => PlanChangeAuthorNode)
  proposedBy!: PlanChangeAuthorNode;

  @Field(() => DateTimeISO)
  proposedAt!: Date;

  @Field(() => DateTimeISO, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => [SignOffNode])
  signOffs!: SignOffNode[];

  @Field(() => [OrganisationNode], { description: 'PROPOSED: active team organisations that have not decided yet' })
  pendingOrganisations!: OrganisationNode[];

  /** Internal: the stored snapshot (for the `content` field resolver). */
  snapshotRef!: { caseId: string; versionId: string };
}

@ObjectType('PlanPermissions', { description: 'What the viewer may do with this plan now', simpleResolvers: true })
export class PlanPermissionsNode {
  @Field(() => Boolean)
  edit!: boolean;

  @Field(() => Boolean)
  propose!: boolean;

  @Field(() => Boolean, { description: "Sign off or object for the viewer's organisation (when a version awaits it)" })
  signOff!: boolean;

  @Field(() => Boolean, { description: 'Record a contra-indicated intervention with a justification (case director)' })
  justify!: boolean;
}

@ObjectType('Plan', {
  description: 'The joint plan of a case: working copy, versions and sign-offs',
  simpleResolvers: true,
})
export class PlanNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => PlanStatusEnum)
  status!: PlanStatus;

  @Field(() => Int, { description: 'Send as expectedVersion when proposing or changing plan-level fields' })
  version!: number;

  @Field(() => LocalDate, { nullable: true, description: 'Date of the first MDO' })
  firstMeetingOn!: string | null;

  @Field(() => Int, { nullable: true })
  agreedVersionNumber!: number | null;

  @Field(() => Int, { description: 'The number the next proposal gets' })
  nextVersionNumber!: number;

  @Field(() => PlanContentNode, { description: 'The working copy (draft), masked for the viewer' })
  workingCopy!: PlanContentNode;

  @Field(() => [PlanNoteNode])
  notes!: PlanNoteNode[];

  @Field(() => [PlanVersionNode], { description: 'Frozen versions, newest first' })
  versions!: PlanVersionNode[];

  @Field(() => PlanPermissionsNode)
  viewerCan!: PlanPermissionsNode;
}

@ObjectType('PlanDiffEntry', { simpleResolvers: true })
export class PlanDiffEntryNode {
  @Field(() => ID)
  elementId!: string;

  @Field(() => PlanElementKindEnum)
  kind!: PlanElementKind;

  @Field(() => DataCategoryEnum)
  category!: DataCategory;

  @Field(() => String, { description: 'ADDED, CHANGED or REMOVED' })
  change!: 'ADDED' | 'CHANGED' | 'REMOVED';

  @Field(() => [PlanFieldChangeNode], { description: 'Changed fields; values null where withheld from the viewer' })
  fields!: PlanFieldChangeNode[];

  @Field(() => PlanChangeAuthorNode, {
    nullable: true,
    description: 'Who made the change (last editor, or who removed it)',
  })
  changedBy!: PlanChangeAuthorNode | null;

  @Field(() => Boolean, { description: 'The content of this change is withheld from the viewer' })
  withheld!: boolean;
}

@ObjectType('RemovedPlanElement', { simpleResolvers: true })
export class RemovedPlanElementNode {
  @Field(() => ID)
  id!: string;

  @Field(() => [ID], { description: 'The element and, for a goal, its actions' })
  removedIds!: string[];

  @Field(() => PlanNode)
  plan!: PlanNode;
}

@ObjectType('PlanDiff', { simpleResolvers: true })
export class PlanDiffNode {
  @Field(() => Int)
  from!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Null: compared with the working copy (what changed since that version).',
  })
  to!: number | null;

  @Field(() => [PlanDiffEntryNode])
  entries!: PlanDiffEntryNode[];
}

@ObjectType('PlanAssignee', {
  description: 'A professional who may carry out an action of the owning organisation',
  simpleResolvers: true,
})
export class PlanAssigneeNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;
}
