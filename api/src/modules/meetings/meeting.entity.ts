import { Entity, Enum, Index, Property, Unique, type Opt } from '@mikro-orm/core';
import type { DataCategory } from '@mda/authz';
import { BaseEntity } from '../../core/db/base.entity.js';

export const MEETING_STATUSES = ['PLANNED', 'IN_PROGRESS', 'HELD', 'MINUTES_AGREED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
/** A meeting lasts two hours unless the chair says otherwise, and at most 12 hours. */
export const DEFAULT_DURATION_MS = 2 * 60 * 60 * 1000;
export const MAX_DURATION_MS = 12 * 60 * 60 * 1000;
export const ATTENDANCE_STATUSES = ['PRESENT', 'EXCUSED', 'ABSENT'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ITEM_KINDS = ['CASE', 'GENERAL'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
/** Texts of the MDO form beside question and considerations: a partner's picture, a dissent. */
export const CONTRIBUTION_KINDS = ['PICTURE', 'DISSENT'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/**
 * A meeting table (e.g. "MDA++ MDO Rotterdam-Zuid", "ZVH casustafel"): its chair (a process
 * director), the standing member organisations and the rhythm. Storage only (docs/meetings.md).
 */
@Entity({ tableName: 'meeting_series' })
export class MeetingSeries extends BaseEntity {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'uuid' })
  chairId!: string;

  @Property({ type: 'uuid[]' })
  memberOrganisationIds!: string[];

  @Property({ type: 'text' })
  rhythm!: string;

  @Property({ type: 'uuid' })
  createdById!: string;
}

/** One meeting of a series. `currentItemId` is where the chair is (attendees' screens follow). */
@Entity({ tableName: 'meeting' })
@Index({ properties: ['seriesId', 'startsAt'] })
export class Meeting extends BaseEntity {
  @Property({ type: 'uuid' })
  seriesId!: string;

  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  /** When the meeting ends (after the start, within 12 hours; the chair's choice, default two hours). */
  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  @Property({ type: 'text', nullable: true })
  place: string | null = null;

  @Property({ type: 'text', nullable: true })
  videoLink: string | null = null;

  @Enum({ items: () => [...MEETING_STATUSES], type: 'text' })
  status: MeetingStatus & Opt = 'PLANNED';

  @Property({ type: 'uuid', nullable: true })
  currentItemId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  heldAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  minutesAgreedAt: Date | null = null;

  @Property({ type: 'integer' })
  version: number & Opt = 1;
}

/**
 * An agenda item: a case (or a general item). The MDO form's own texts (question,
 * considerations) carry a data category each, like every case entry.
 */
@Entity({ tableName: 'meeting_item' })
@Unique({ properties: ['meetingId', 'caseId'] })
export class MeetingItem extends BaseEntity {
  @Property({ type: 'uuid' })
  meetingId!: string;

  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => [...ITEM_KINDS], type: 'text' })
  kind!: ItemKind;

  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  /** A general item's title (not personal data); null for a case. */
  @Property({ type: 'text', nullable: true })
  title: string | null = null;

  @Property({ type: 'text', nullable: true })
  question: string | null = null;

  @Property({ type: 'text' })
  questionCategory: DataCategory & Opt = 'PLAN';

  /** The organisations that wrote the question (empty without one): only a sole author may widen its category. */
  @Property({ type: 'uuid[]' })
  questionAuthorOrganisationIds: string[] & Opt = [];

  @Property({ type: 'text', nullable: true })
  considerations: string | null = null;

  @Property({ type: 'text' })
  considerationsCategory: DataCategory & Opt = 'PLAN';

  /** The organisations that wrote the considerations (empty without them). */
  @Property({ type: 'uuid[]' })
  considerationsAuthorOrganisationIds: string[] & Opt = [];

  /** The safety score (0-10) the meeting gave. */
  @Property({ type: 'smallint', nullable: true })
  safetyScore: number | null = null;

  @Property({ type: 'uuid' })
  addedById!: string;

  /** The organisation that put the item on the agenda (each text has its own author, above). */
  @Property({ type: 'uuid' })
  authorOrganisationId!: string;

  @Property({ type: 'integer' })
  version: number & Opt = 1;

  /** When the retention sweep last replaced a text of the item (docs/meetings.md). */
  @Property({ type: 'timestamptz', nullable: true })
  pseudonymisedAt: Date | null = null;
}

/** A partner's picture of the household, or a dissent with its reason: by an organisation, with a category. */
@Entity({ tableName: 'meeting_contribution' })
export class MeetingContribution extends BaseEntity {
  @Property({ type: 'uuid' })
  @Index()
  itemId!: string;

  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  @Enum({ items: () => [...CONTRIBUTION_KINDS], type: 'text' })
  kind!: ContributionKind;

  @Property({ type: 'text' })
  category!: DataCategory;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'uuid' })
  organisationId!: string;

  @Property({ type: 'uuid' })
  authorId!: string;

  @Property({ type: 'timestamptz', nullable: true })
  pseudonymisedAt: Date | null = null;
}

/** A decision of the meeting on an item; it may have become a plan action (linked both ways). */
@Entity({ tableName: 'meeting_decision' })
export class MeetingDecision extends BaseEntity {
  @Property({ type: 'uuid' })
  @Index()
  itemId!: string;

  @Property({ type: 'uuid' })
  meetingId!: string;

  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text' })
  category: DataCategory & Opt = 'PLAN';

  /** The plan action this decision created (the case's working copy). */
  @Property({ type: 'uuid', nullable: true })
  planElementId: string | null = null;

  /** The plan goal this decision created (the case's working copy). */
  @Property({ type: 'uuid', nullable: true })
  planGoalId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  ownerOrganisationId: string | null = null;

  @Property({ type: 'uuid' })
  decidedById!: string;

  @Property({ type: 'uuid' })
  authorOrganisationId!: string;

  /** When the owner organisation was told of its new action (after the meeting was held). */
  @Property({ type: 'timestamptz', nullable: true })
  notifiedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  pseudonymisedAt: Date | null = null;
}

/** Presence of an organisation (and optionally a person) at the meeting (itemId null) or at one item. */
@Entity({ tableName: 'meeting_attendance' })
export class MeetingAttendance extends BaseEntity {
  @Property({ type: 'uuid' })
  @Index()
  meetingId!: string;

  @Property({ type: 'uuid', nullable: true })
  itemId: string | null = null;

  @Property({ type: 'uuid' })
  organisationId!: string;

  @Property({ type: 'uuid', nullable: true })
  userId: string | null = null;

  @Enum({ items: () => [...ATTENDANCE_STATUSES], type: 'text' })
  status!: AttendanceStatus;

  @Property({ type: 'uuid' })
  recordedById!: string;
}

/** The module's entities, for the one entity list (core/db/entities.ts). */
export const MEETING_ENTITIES = [
  MeetingSeries,
  Meeting,
  MeetingItem,
  MeetingContribution,
  MeetingDecision,
  MeetingAttendance,
];
