import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Escalation } from './escalation.entity.js';

/**
 * One signal behind an escalation (docs/direction.md, "One open escalation per case and
 * trigger"): the first is the one that raised it; another overdue action, objection or report
 * of the same kind in the same case joins the open escalation as a further ground. The reason
 * is category PLAN: organisations, dates and the case reference, never household members.
 */
@Entity({ tableName: 'escalation_ground' })
export class EscalationGround extends BaseEntity {
  @ManyToOne(() => Escalation)
  escalation!: Escalation;

  /** What signalled it (a plan action id, a report id, `<version>:<organisation>`...), unique per escalation. */
  @Property({ type: 'text' })
  sourceKey!: string;

  @Property({ type: 'text' })
  reason!: string;
}
