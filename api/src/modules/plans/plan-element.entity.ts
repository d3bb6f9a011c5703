import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { DATA_CATEGORIES, type DataCategory } from '@mda/authz';
import { ACTION_STATUSES, type ActionStatus } from '@mda/domain';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import { BaseEntity } from '../../core/db/base.entity.js';

export const PLAN_ELEMENT_KINDS = ['PICTURE', 'GOAL', 'ACTION', 'SAFETY_ITEM', 'MEASURE'] as const;
export type PlanElementKind = (typeof PLAN_ELEMENT_KINDS)[number];

/** A JSON value as stored in `content` and in snapshots. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type ElementContent = Record<string, Json>;

/**
 * One element of a plan's working copy: an entry of the shared picture, a goal, an action,
 * a safety-plan item or a coercive measure. Columns the database must guard or query
 * (parent goal, owner, due date, status) are typed; the rest of the element lives in
 * `content`, validated completely by the service (see docs/plan.md for why).
 */
@Entity({ tableName: 'plan_element' })
export class PlanElement extends BaseEntity {
  @Property({ type: 'uuid', fieldName: 'case_id' })
  @Index()
  caseId!: string;

  @Property({ type: 'uuid', fieldName: 'plan_id' })
  planId!: string;

  @Enum({ items: () => [...PLAN_ELEMENT_KINDS], type: 'text' })
  kind!: PlanElementKind;

  @Enum({ items: () => [...DATA_CATEGORIES], type: 'text' })
  category!: DataCategory;

  /** ACTION: its goal. */
  @Property({ type: 'uuid', fieldName: 'parent_id', nullable: true })
  parentId: string | null = null;

  /** ACTION: owning organisation; MEASURE: responsible organisation. */
  @Property({ type: 'uuid', fieldName: 'owner_organisation_id', nullable: true })
  ownerOrganisationId: string | null = null;

  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @Enum({ items: () => [...ACTION_STATUSES], type: 'text', nullable: true })
  status: ActionStatus | null = null;

  @Property({ type: 'json' })
  content!: ElementContent;

  @ManyToOne(() => Organisation)
  authorOrganisation!: Organisation;

  @ManyToOne(() => User)
  authorUser!: User;

  @Property({ type: 'uuid', fieldName: 'updated_by_user_id' })
  updatedByUserId!: string;

  @Property({ type: 'uuid', fieldName: 'updated_by_organisation_id' })
  updatedByOrganisationId!: string;

  @Property({ type: 'integer' })
  version: number & Opt = 1;
}

/** The history of an element: who changed which fields, from what to what, when. */
@Entity({ tableName: 'plan_element_change' })
export class PlanElementChange extends BaseEntity {
  @Property({ type: 'uuid', fieldName: 'case_id' })
  caseId!: string;

  @Property({ type: 'uuid', fieldName: 'plan_id' })
  planId!: string;

  @Property({ type: 'uuid', fieldName: 'element_id' })
  elementId!: string;

  @Enum({ items: () => [...PLAN_ELEMENT_KINDS], type: 'text' })
  kind!: PlanElementKind;

  @Enum({ items: () => [...DATA_CATEGORIES], type: 'text' })
  category!: DataCategory;

  @Enum({ items: () => ['CREATE', 'UPDATE', 'REMOVE'], type: 'text' })
  change!: 'CREATE' | 'UPDATE' | 'REMOVE';

  @Property({ type: 'json' })
  fields!: { field: string; from: Json; to: Json }[];

  @Property({ type: 'uuid', fieldName: 'user_id' })
  userId!: string;

  @Property({ type: 'uuid', fieldName: 'organisation_id' })
  organisationId!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  changedAt: Date & Opt = new Date();
}
