import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { CaseAccess, DataCategory } from '@mda/authz';
import type { LegalBasisKind, OrganisationType } from '@mda/domain';
import {
  CaseAccessEnum,
  DataCategoryEnum,
  LegalBasisKindEnum,
  OrganisationTypeEnum,
} from '../../core/graphql/enums.js';
import { DateTimeISO, LocalDate } from '../../core/graphql/scalars.js';
import {
  ATTENDANCE_STATUSES,
  CONTRIBUTION_KINDS,
  ITEM_KINDS,
  MEETING_STATUSES,
  type AttendanceStatus,
  type ContributionKind,
  type ItemKind,
  type MeetingStatus,
} from './meeting.entity.js';

/*
 * The disclosure contract of the MDO (docs/meetings.md): an item the viewer's organisation may
 * not hear shows only that it exists (`visible: false`, label "Casus 4 - niet voor uw
 * organisatie"); every text of an item it may hear is masked by its data category like a case
 * entry (null and named in `redactedFields`).
 */
const enumObject = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const MeetingStatusEnum = enumObject(MEETING_STATUSES);
export const AttendanceStatusEnum = enumObject(ATTENDANCE_STATUSES);
export const MeetingItemKindEnum = enumObject(ITEM_KINDS);
export const ContributionKindEnum = enumObject(CONTRIBUTION_KINDS);
registerEnumType(MeetingStatusEnum, {
  name: 'MeetingStatus',
  description: 'gepland, bezig, gehouden, verslag vastgesteld',
});
registerEnumType(AttendanceStatusEnum, { name: 'AttendanceStatus', description: 'aanwezig, afgemeld, afwezig' });
registerEnumType(MeetingItemKindEnum, { name: 'MeetingItemKind', description: 'A case (casus) or a general item' });
registerEnumType(ContributionKindEnum, {
  name: 'MeetingContributionKind',
  description: "A partner's picture (beeld) or a dissent with its reason",
});

@ObjectType('MeetingOrganisation', { simpleResolvers: true })
export class MeetingOrganisationNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrganisationTypeEnum)
  type!: OrganisationType;
}

@ObjectType('MeetingSeries', { simpleResolvers: true })
export class MeetingSeriesNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  rhythm!: string;

  @Field(() => ID)
  chairId!: string;

  @Field(() => String, { nullable: true })
  chairName!: string | null;

  @Field(() => [MeetingOrganisationNode], { description: 'Standing member organisations' })
  members!: MeetingOrganisationNode[];
}

@ObjectType('ItemParticipant', {
  simpleResolvers: true,
  description: 'An organisation that may take part in a case item: on the case team today, with its legal basis.',
})
export class ItemParticipantNode {
  @Field(() => MeetingOrganisationNode)
  organisation!: MeetingOrganisationNode;

  @Field(() => LegalBasisKindEnum)
  legalBasisKind!: LegalBasisKind;

  @Field(() => String, { description: 'The legal basis in words (covenant article, statute or consent date)' })
  legalBasis!: string;
}

@ObjectType('MeetingAttendance', { simpleResolvers: true })
export class MeetingAttendanceNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'null: the meeting as a whole' })
  itemId!: string | null;

  @Field(() => MeetingOrganisationNode)
  organisation!: MeetingOrganisationNode;

  @Field(() => ID, { nullable: true })
  userId!: string | null;

  @Field(() => String, { nullable: true })
  userName!: string | null;

  @Field(() => AttendanceStatusEnum)
  status!: AttendanceStatus;
}

@ObjectType('MeetingContribution', { simpleResolvers: true })
export class MeetingContributionNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ContributionKindEnum)
  kind!: ContributionKind;

  @Field(() => DataCategoryEnum)
  category!: DataCategory;

  @Field(() => MeetingOrganisationNode)
  organisation!: MeetingOrganisationNode;

  @Field(() => String, { nullable: true })
  body!: string | null;

  @Field(() => [String])
  redactedFields!: string[];
}

@ObjectType('MeetingDecision', { simpleResolvers: true })
export class MeetingDecisionNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => DataCategoryEnum)
  category!: DataCategory;

  @Field(() => ID, { nullable: true, description: 'The plan action this decision created' })
  planActionId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The plan goal this decision created' })
  planGoalId!: string | null;

  @Field(() => MeetingOrganisationNode, { nullable: true })
  ownerOrganisation!: MeetingOrganisationNode | null;

  @Field(() => LocalDate, { nullable: true })
  dueOn!: string | null;

  @Field(() => DateTimeISO, { nullable: true, description: 'When the owner organisation was notified' })
  notifiedAt!: Date | null;

  @Field(() => [String])
  redactedFields!: string[];
}

@ObjectType('MeetingItem', { simpleResolvers: true })
export class MeetingItemNode {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => MeetingItemKindEnum)
  kind!: ItemKind;

  @Field(() => Boolean, {
    description: "false: the viewer's organisation may not hear this item; only that it exists is shown",
  })
  visible!: boolean;

  @Field(() => String, { description: 'e.g. "Casus 4", or "Casus 4 - niet voor uw organisatie"' })
  label!: string;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;

  @Field(() => String, { nullable: true })
  caseReference!: string | null;

  @Field(() => [CaseAccessEnum], {
    description:
      "How the viewer reaches this item's case (the facts `me.permissions` decides with); empty when not heard.",
  })
  caseViewerAccess!: CaseAccess[];

  @Field(() => String, { nullable: true, description: 'A general item only' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'The question for the meeting' })
  question!: string | null;

  @Field(() => DataCategoryEnum, { nullable: true })
  questionCategory!: DataCategory | null;

  @Field(() => String, { nullable: true, description: 'Considerations (afwegingen)' })
  considerations!: string | null;

  @Field(() => DataCategoryEnum, { nullable: true })
  considerationsCategory!: DataCategory | null;

  @Field(() => [ID], {
    description:
      'Organisations that wrote the question (empty when there is none or it is withheld); only a sole author may widen its category',
  })
  questionAuthorOrganisationIds!: string[];

  @Field(() => [ID], { description: 'Organisations that wrote the considerations (as questionAuthorOrganisationIds)' })
  considerationsAuthorOrganisationIds!: string[];

  @Field(() => Int, { nullable: true, description: 'Safety score 0-10 given by the meeting' })
  safetyScore!: number | null;

  @Field(() => Int, { nullable: true })
  version!: number | null;

  @Field(() => [ItemParticipantNode], {
    description: 'Organisations that may take part: on the case team today, with their legal basis',
  })
  participants!: ItemParticipantNode[];

  @Field(() => [MeetingContributionNode])
  contributions!: MeetingContributionNode[];

  @Field(() => [MeetingDecisionNode])
  decisions!: MeetingDecisionNode[];

  @Field(() => [String])
  redactedFields!: string[];

  @Field(() => Boolean)
  viewerCanContribute!: boolean;

  @Field(() => Boolean)
  viewerCanDecide!: boolean;
}

@ObjectType('MeetingPerson', {
  simpleResolvers: true,
  description: 'A professional of a member organisation, for the chair recording who attends.',
})
export class MeetingPersonNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID)
  organisationId!: string;
}

@ObjectType('MeetingViewerCan', { simpleResolvers: true })
export class MeetingViewerCanNode {
  @Field(() => Boolean, { description: 'Chair: start, next item, mark held, agree the minutes' })
  run!: boolean;

  @Field(() => Boolean, { description: 'Put an item on the agenda (the chair; a case director for own cases)' })
  addItem!: boolean;
}

@ObjectType('Meeting', { simpleResolvers: true })
export class MeetingNode {
  @Field(() => ID)
  id!: string;

  @Field(() => MeetingSeriesNode)
  series!: MeetingSeriesNode;

  @Field(() => DateTimeISO)
  startsAt!: Date;

  @Field(() => DateTimeISO, { description: 'When the meeting ends (planned by the chair)' })
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true })
  videoLink!: string | null;

  @Field(() => MeetingStatusEnum)
  status!: MeetingStatus;

  @Field(() => ID, { nullable: true, description: 'The item the chair is at' })
  currentItemId!: string | null;

  @Field(() => DateTimeISO, { nullable: true })
  heldAt!: Date | null;

  @Field(() => DateTimeISO, { nullable: true })
  minutesAgreedAt!: Date | null;

  @Field(() => Int)
  version!: number;

  @Field(() => [MeetingItemNode])
  items!: MeetingItemNode[];

  @Field(() => [MeetingAttendanceNode])
  attendance!: MeetingAttendanceNode[];

  @Field(() => MeetingViewerCanNode)
  viewerCan!: MeetingViewerCanNode;

  @Field(() => [MeetingPersonNode], {
    description:
      'Active casework professionals of the member organisations, by name: only for the chair (recording attendance per person); empty for everyone else.',
  })
  attendeeCandidates!: MeetingPersonNode[];
}

@ObjectType('MeetingSummary', {
  simpleResolvers: true,
  description: 'A meeting in a list ("Mijn overleggen", the case\'s MDO history): no item content.',
})
export class MeetingSummaryNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  seriesName!: string;

  @Field(() => DateTimeISO)
  startsAt!: Date;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => MeetingStatusEnum)
  status!: MeetingStatus;

  @Field(() => Int)
  itemCount!: number;

  @Field(() => Boolean)
  viewerIsChair!: boolean;
}
