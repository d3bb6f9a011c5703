import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';
import { Notification } from './notification.entity.js';
import { NotificationOutbox } from './notification-outbox.entity.js';

export interface NotifyInput {
  /** Users to notify; duplicates are notified once. */
  recipientIds: readonly string[];
  /** Stable kind, e.g. BREAK_GLASS, DIRECTOR_PROPOSED, ESCALATION_CLIMBED. */
  kind: string;
  caseId: string | null;
  /**
   * The text. It may name the case by reference and organisations only, never personal data:
   * recipients may not be allowed to see the case, and the outbox leaves the platform.
   */
  message: string;
  /** The escalation the notification is about, if any. */
  escalationId?: string | null;
}

/** Personal data has no business in a notification: a BSN-like number or an e-mail address is refused. */
function assertNoPersonalData(message: string): void {
  if (/\b\d{9}\b/.test(message) || /[^\s@]+@[^\s@]+\.[a-z]{2,}/i.test(message)) {
    throw new Error('notification text looks like it carries personal data');
  }
}

/**
 * The single way to notify users: the in-app notification AND an outbox row for a later mail
 * or webhook sender, in the caller's transaction (both or neither). Returns the notifications.
 */
export async function notify(em: EntityManager, input: NotifyInput): Promise<Notification[]> {
  assertNoPersonalData(input.message);
  const created: Notification[] = [];
  for (const recipientId of [...new Set(input.recipientIds)]) {
    const recipient = em.getReference(User, recipientId);
    const caseFile = input.caseId ? em.getReference(Case, input.caseId) : null;
    const notification = em.create(Notification, {
      recipient,
      kind: input.kind,
      caseFile,
      message: input.message,
      escalationId: input.escalationId ?? null,
    });
    em.create(NotificationOutbox, {
      notification,
      recipient,
      kind: input.kind,
      caseFile,
      subject: `MDA++: ${input.message.split(/[.!?] /)[0]?.slice(0, 120) ?? input.kind}`,
      body: input.message,
    });
    created.push(notification);
  }
  await em.flush();
  return created;
}

/** The viewer's own notifications, newest first (the last 100). Nobody else's are loaded. */
export async function myNotifications(ctx: RequestContext): Promise<Notification[]> {
  const actor = requireActor(ctx);
  return ctx.em.find(Notification, { recipient: actor.userId }, { orderBy: { createdAt: 'desc' }, limit: 100 });
}
