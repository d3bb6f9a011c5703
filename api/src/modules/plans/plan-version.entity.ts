import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { PLAN_VERSION_STATUSES, SIGN_OFF_DECISIONS, type PlanVersionStatus, type SignOffDecision } from '@mda/domain';
import { BaseEntity } from '../../core/db/base.entity.js';
import type { ElementRecord } from './plan-record.js';

export interface PlanSnapshot {
  firstMeetingOn: string | null;
  elements: ElementRecord[];
}

/**
 * A frozen version of a plan: an immutable snapshot taken when the plan was proposed.
 * Each element keeps its data category, so the version is masked per viewer when read.
 * The database refuses any change to it other than recording the decision, once.
 */
@Entity({ tableName: 'plan_version' })
export class PlanVersion extends BaseEntity {
  @Property({ type: 'uuid', fieldName: 'case_id' })
  caseId!: string;

  @Property({ type: 'uuid', fieldName: 'plan_id' })
  planId!: string;

  @Property({ type: 'integer' })
  number!: number;

  @Enum({ items: () => [...PLAN_VERSION_STATUSES], type: 'text' })
  status: PlanVersionStatus & Opt = 'PROPOSED';

  @Property({ type: 'json', lazy: true })
  snapshot!: PlanSnapshot;

  @Property({ type: 'uuid', fieldName: 'proposed_by_id' })
  proposedById!: string;

  @Property({ type: 'uuid', fieldName: 'proposed_by_organisation_id' })
  proposedByOrganisationId!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  proposedAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;
}

/** An organisation's decision on a proposed version; final (the database refuses changes). */
@Entity({ tableName: 'plan_sign_off' })
export class PlanSignOff extends BaseEntity {
  @Property({ type: 'uuid', fieldName: 'case_id' })
  caseId!: string;

  @Property({ type: 'uuid', fieldName: 'version_id' })
  versionId!: string;

  @Property({ type: 'uuid', fieldName: 'organisation_id' })
  organisationId!: string;

  @Property({ type: 'uuid', fieldName: 'user_id' })
  userId!: string;

  @Enum({ items: () => [...SIGN_OFF_DECISIONS], type: 'text' })
  decision!: SignOffDecision;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  signedAt: Date & Opt = new Date();
}
