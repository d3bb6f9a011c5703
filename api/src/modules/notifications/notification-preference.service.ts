import { randomUUID } from 'node:crypto';
import {
  DEFAULT_NOTIFICATION_DELIVERY,
  isUrgentNotificationKind,
  NOTIFICATION_KINDS,
  notificationPreferenceProblem,
  type NotificationDelivery,
  type NotificationKind,
} from '@mda/domain';
import { asSubject } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { badInput, forbidden } from '../../core/graphql/errors.js';
import { log } from '../../core/log/logger.js';
import { NotificationPreference } from './notification-preference.entity.js';

export interface PreferenceView {
  kind: NotificationKind;
  delivery: NotificationDelivery;
  urgent: boolean;
}

function assertOwn(ctx: RequestContext, action: 'read' | 'update', userId: string): void {
  const target = asSubject('NotificationPreference', { id: userId, userId });
  if (!ctx.ability.can(action, target)) throw forbidden('deze e-mailvoorkeuren te beheren');
}

/** The viewer's delivery for every kind (urgent kinds always IMMEDIATE). */
export async function myNotificationPreferences(ctx: RequestContext): Promise<PreferenceView[]> {
  const actor = requireActor(ctx);
  assertOwn(ctx, 'read', actor.userId);
  const stored = await ctx.em.find(NotificationPreference, { user: actor.userId });
  const byKind = new Map(stored.map((p) => [p.kind, p.delivery]));
  return NOTIFICATION_KINDS.map((kind) => {
    const urgent = isUrgentNotificationKind(kind);
    return {
      kind,
      urgent,
      delivery: urgent ? 'IMMEDIATE' : (byKind.get(kind) ?? DEFAULT_NOTIFICATION_DELIVERY),
    };
  });
}

/**
 * Sets the viewer's delivery for one kind. An unknown kind, or an urgent kind set to anything
 * but IMMEDIATE, is refused (BAD_USER_INPUT) and changes nothing.
 */
export async function setNotificationPreference(
  ctx: RequestContext,
  kind: string,
  delivery: NotificationDelivery,
): Promise<PreferenceView> {
  const actor = requireActor(ctx);
  assertOwn(ctx, 'update', actor.userId);
  const problem = notificationPreferenceProblem(kind, delivery);
  if (problem) {
    const urgent = isUrgentNotificationKind(kind);
    throw badInput([
      {
        field: urgent ? 'delivery' : 'kind',
        message: urgent
          ? `${kind} is dringend en gaat altijd direct per e-mail; dat kan niet uit of naar het dagelijks overzicht / ${problem}`
          : `onbekend soort melding / ${problem}`,
      },
    ]);
  }
  await ctx.em.execute(
    `insert into notification_preference (id, user_id, kind, delivery) values (?, ?, ?, ?)
     on conflict (user_id, kind) do update set delivery = excluded.delivery, updated_at = now()`,
    [randomUUID(), actor.userId, kind, delivery],
  );
  log.info('notification.preference_set', { requestId: ctx.requestId, kind, delivery });
  return { kind: kind as NotificationKind, delivery, urgent: false };
}
