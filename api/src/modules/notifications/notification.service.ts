import type { EntityManager } from '@mikro-orm/postgresql';
import { isUrgentNotificationKind, type NotificationDelivery } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';
import { Notification } from './notification.entity.js';
import { NotificationOutbox } from './notification-outbox.entity.js';
import { NotificationPreference } from './notification-preference.entity.js';

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

/** Each recipient's mail delivery for a kind: urgent kinds always IMMEDIATE, else their preference. */
async function deliveries(
  em: EntityManager,
  kind: string,
  recipientIds: readonly string[],
): Promise<Map<string, NotificationDelivery>> {
  if (isUrgentNotificationKind(kind) || recipientIds.length === 0) return new Map();
  const stored = await em.find(NotificationPreference, { user: { $in: [...recipientIds] }, kind });
  return new Map(stored.map((p) => [p.user.id, p.delivery]));
}

/**
 * The single way to notify users: the in-app notification AND, unless the recipient switched
 * this (non-urgent) kind off, an outbox row for the mail sender, at once or for the daily
 * digest, in the caller's transaction (both or neither). Returns the notifications.
 */
export async function notify(em: EntityManager, input: NotifyInput): Promise<Notification[]> {
  assertNoPersonalData(input.message);
  const created: Notification[] = [];
  const recipientIds = [...new Set(input.recipientIds)];
  const delivery = await deliveries(em, input.kind, recipientIds);
  for (const recipientId of recipientIds) {
    const recipient = em.getReference(User, recipientId);
    const caseFile = input.caseId ? em.getReference(Case, input.caseId) : null;
    const notification = em.create(Notification, {
      recipient,
      kind: input.kind,
      caseFile,
      message: input.message,
      escalationId: input.escalationId ?? null,
    });
    created.push(notification);
    const mail = delivery.get(recipientId) ?? 'IMMEDIATE';
    if (mail === 'OFF') continue;
    em.create(NotificationOutbox, {
      notification,
      delivery: mail,
      recipient,
      kind: input.kind,
      caseFile,
      subject: `MDA++: ${input.message.split(/[.!?] /)[0]?.slice(0, 120) ?? input.kind}`,
      body: input.message,
    });
  }
  await em.flush();
  return created;
}

/** The viewer's own notifications, newest first (the last 100). Nobody else's are loaded. */
export async function myNotifications(ctx: RequestContext): Promise<Notification[]> {
  const actor = requireActor(ctx);
  return ctx.em.find(Notification, { recipient: actor.userId }, { orderBy: { createdAt: 'desc' }, limit: 100 });
}
