import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { ESCALATION_STATUSES, ESCALATION_TRIGGERS, type EscalationStatus, type EscalationTrigger } from '@mda/domain';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';

/**
 * A question that must be decided, climbing the ladder on a working-day clock
 * (docs/direction.md). One open escalation per (trigger, sourceKey): raising twice is a no-op.
 */
@Entity({ tableName: 'escalation' })
export class Escalation extends BaseEntity {
  @ManyToOne(() => Case, { fieldName: 'case_id' })
  @Index()
  caseFile!: Case;

  @Enum({ items: () => [...ESCALATION_TRIGGERS], type: 'text' })
  trigger!: EscalationTrigger;

  @Property({ type: 'text' })
  sourceKey!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text' })
  decisionAsked!: string;

  /** Null when raised by a trigger job (the system). */
  @ManyToOne(() => User, { nullable: true })
  @Index()
  raisedBy: User | null = null;

  @ManyToOne(() => Organisation, { nullable: true })
  raisedByOrganisation: Organisation | null = null;

  @Property({ type: 'integer' })
  @Index()
  level!: number;

  @Property({ type: 'timestamptz' })
  deadlineAt!: Date;

  /** The body that must decide at this level (from the region's level settings). */
  @Property({ type: 'text' })
  deciderBody!: string;

  /** The person who must decide, when the level has one (case director, process director). */
  @ManyToOne(() => User, { nullable: true })
  @Index()
  deciderUser: User | null = null;

  @Enum({ items: () => [...ESCALATION_STATUSES], type: 'text' })
  status: EscalationStatus & Opt = 'OPEN';

  @Property({ type: 'text', nullable: true })
  decision: string | null = null;

  /** Why it was withdrawn or de-escalated. */
  @Property({ type: 'text', nullable: true })
  closingReason: string | null = null;

  @ManyToOne(() => User, { nullable: true })
  closedBy: User | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
