import type { AbilityBuilder } from '@casl/ability';
import type { Actor, AppAbility } from './ability.js';

/**
 * Mail preferences for notifications (docs/notifications.md).
 *
 * Subject `NotificationPreference { id, userId }`: one user's choice for one kind.
 * Every signed-in user reads and changes their own preferences, and nobody else's: not an
 * administrator, not a team lead. Urgent kinds are not a permission question: they cannot be
 * switched off by anyone (packages/domain, URGENT_NOTIFICATION_KINDS).
 *
 * Subject `MailDelivery { id }`: an outbox mail the sender gave up on. Only the functional
 * administrator (ADMIN) reads the given-up mails, region-wide (sending mail is one service for
 * every organisation), and puts one back in the queue (`retry`). What the administrator sees is
 * the kind, the recipient (a colleague's name and organisation), the attempts and the SMTP error
 * code: no case, no reference, no text of the mail. No casework role, team lead or privacy
 * officer gets either action: it is operations, not casework and not supervision.
 */
export function addNotificationRules(can: AbilityBuilder<AppAbility>['can'], actor: Actor): void {
  can('read', 'NotificationPreference', { userId: actor.userId });
  can('update', 'NotificationPreference', { userId: actor.userId });
  if (actor.roles.includes('ADMIN')) {
    can('read', 'MailDelivery');
    can('retry', 'MailDelivery');
  }
}
