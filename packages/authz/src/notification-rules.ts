import type { AbilityBuilder } from '@casl/ability';
import type { Actor, AppAbility } from './ability.js';

/**
 * Mail preferences for notifications (docs/notifications.md).
 *
 * Subject `NotificationPreference { id, userId }`: one user's choice for one kind.
 * Every signed-in user reads and changes their own preferences, and nobody else's: not an
 * administrator, not a team lead. Urgent kinds are not a permission question: they cannot be
 * switched off by anyone (packages/domain, URGENT_NOTIFICATION_KINDS).
 */
export function addNotificationRules(can: AbilityBuilder<AppAbility>['can'], actor: Actor): void {
  can('read', 'NotificationPreference', { userId: actor.userId });
  can('update', 'NotificationPreference', { userId: actor.userId });
}
