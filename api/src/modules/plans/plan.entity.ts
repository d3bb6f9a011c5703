import { Entity, Enum, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { PLAN_STATUSES, type PlanStatus } from '@mda/domain';
import { BaseEntity } from '../../core/db/base.entity.js';
import { User } from '../identity/user.entity.js';

/**
 * The joint plan of a case ("one household, one plan"). Its working copy is the set of
 * `PlanElement`s; proposing freezes a `PlanVersion`. `version` counts every change to the
 * working copy (optimistic concurrency for proposing and plan-level fields); it is raised
 * under a row lock that every plan write takes, so writes to one plan are serialised.
 */
@Entity({ tableName: 'plan' })
export class Plan extends BaseEntity {
  @Property({ type: 'uuid', fieldName: 'case_id' })
  @Unique()
  caseId!: string;

  @Enum({ items: () => [...PLAN_STATUSES], type: 'text' })
  status: PlanStatus & Opt = 'DRAFT';

  /** Date of the first multidisciplinary meeting (MDO) about this household. */
  @Property({ type: 'date', nullable: true })
  firstMeetingOn: string | null = null;

  /** Number of frozen versions so far; the next proposal becomes version `versionCount + 1`. */
  @Property({ type: 'integer' })
  versionCount: number & Opt = 0;

  /** The latest version all team organisations agreed to, if any. */
  @Property({ type: 'integer', nullable: true })
  agreedVersionNumber: number | null = null;

  @ManyToOne(() => User, { nullable: true })
  createdBy: User | null = null;

  @Property({ type: 'integer' })
  version: number & Opt = 1;
}
