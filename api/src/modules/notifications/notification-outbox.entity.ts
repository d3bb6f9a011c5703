import { Entity, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../core/db/base.entity.js';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';
import { Notification } from './notification.entity.js';

/**
 * A notification waiting to go out by mail or webhook. Written in the same transaction as the
 * in-app notification (transactional outbox); a sender (not built yet) picks unsent rows,
 * counts `attempts` and sets `sentAt`. The text names the case by reference and organisation only.
 */
@Entity({ tableName: 'notification_outbox' })
export class NotificationOutbox extends BaseEntity {
  @ManyToOne(() => Notification)
  notification!: Notification;

  @ManyToOne(() => User)
  recipient!: User;

  @Property({ type: 'text' })
  channel: ('EMAIL' | 'WEBHOOK') & Opt = 'EMAIL';

  @Property({ type: 'text' })
  kind!: string;

  @ManyToOne(() => Case, { fieldName: 'case_id', nullable: true })
  caseFile: Case | null = null;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  @Property({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt: Date | null = null;
}
