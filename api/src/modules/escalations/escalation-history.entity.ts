import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { ESCALATION_EVENTS, type EscalationEvent } from '@mda/domain';
import { BaseEntity } from '../../core/db/base.entity.js';
import { User } from '../identity/user.entity.js';
import { Escalation } from './escalation.entity.js';

/** Every change of an escalation's level or state, in order (createdAt). */
@Entity({ tableName: 'escalation_history' })
export class EscalationHistory extends BaseEntity {
  @ManyToOne(() => Escalation)
  @Index()
  escalation!: Escalation;

  @Enum({ items: () => [...ESCALATION_EVENTS], type: 'text' })
  event!: EscalationEvent;

  @Property({ type: 'integer', nullable: true })
  fromLevel: number | null = null;

  @Property({ type: 'integer' })
  toLevel!: number;

  @Property({ type: 'timestamptz', nullable: true })
  deadlineAt: Date | null = null;

  /** Null for the system (the deadline job). */
  @ManyToOne(() => User, { nullable: true })
  actor: User | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
