import { Entity, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../core/db/base.entity.js';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';
import { Notification } from './notification.entity.js';

/**
 * A notification waiting to go out by mail or webhook. Written in the same transaction as the
 * in-app notification (transactional outbox); the mail sender (mail-sender.service.ts) claims a
 * due row for a lease (`claimedUntil`), counts `attempts`, backs off (`nextAttemptAt`), sets
 * `sentAt` once the SMTP server accepted it or, at the last attempt, `failedAt`. A DIGEST row waits for the daily digest, which is an outbox row of its own (no
 * notification) that the items point to (`digest`). The text names the case by reference and
 * organisation only.
 */
@Entity({ tableName: 'notification_outbox' })
export class NotificationOutbox extends BaseEntity {
  /** Null for a daily digest, which gathers several notifications. */
  @ManyToOne(() => Notification, { nullable: true })
  notification: Notification | null = null;

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

  /** IMMEDIATE: the sender mails it; DIGEST: it waits for the recipient's daily digest. */
  @Property({ type: 'text' })
  delivery: ('IMMEDIATE' | 'DIGEST') & Opt = 'IMMEDIATE';

  /** After a failed attempt: not before this moment (exponential backoff). */
  @Property({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null = null;

  /**
   * The sender's lease on the row: set when an attempt starts, cleared when it ends. Passed while
   * `sentAt` is still null means the attempt was interrupted; the row is then due again.
   */
  @Property({ type: 'timestamptz', nullable: true })
  claimedUntil: Date | null = null;

  /** The sender gave up after the last attempt; the row stays, visible, with `lastError`. */
  @Property({ type: 'timestamptz', nullable: true })
  failedAt: Date | null = null;

  /** The digest this DIGEST row went out in. */
  @ManyToOne(() => NotificationOutbox, { fieldName: 'digest_id', nullable: true })
  digest: NotificationOutbox | null = null;
}
