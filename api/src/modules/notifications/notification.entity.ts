import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../core/db/base.entity.js';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';

/**
 * An in-app notification. Its text names the case by reference and the acting organisation,
 * never personal data, so that it can be shown (or mailed later) without a permission check
 * on its content.
 */
@Entity({ tableName: 'notification' })
@Index({ properties: ['recipient', 'readAt'] })
export class Notification extends BaseEntity {
  @ManyToOne(() => User)
  recipient!: User;

  @Property({ type: 'text' })
  kind!: string;

  @ManyToOne(() => Case, { fieldName: 'case_id', nullable: true })
  caseFile: Case | null = null;

  @Property({ type: 'text' })
  message!: string;

  @Property({ type: 'timestamptz', nullable: true })
  readAt: Date | null = null;

  /** The escalation it is about, if any (the web links to it). */
  @Property({ type: 'uuid', fieldName: 'escalation_id', nullable: true })
  escalationId: string | null = null;
}
