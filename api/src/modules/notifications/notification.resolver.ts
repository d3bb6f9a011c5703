import { Arg, Ctx, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { NotificationDelivery } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { liveStream, unwrapLive, type LiveItem } from '../../core/realtime/live-stream.js';
import { Notification } from './notification.entity.js';
import { NotificationNode, notificationNode } from './notification.type.js';
import { myNotifications } from './notification.service.js';
import { NotificationDeliveryEnum, NotificationPreferenceNode } from './notification-preference.type.js';
import { myNotificationPreferences, setNotificationPreference } from './notification-preference.service.js';

const preferenceNode = (view: NotificationPreferenceNode): NotificationPreferenceNode =>
  Object.assign(new NotificationPreferenceNode(), view);

/** The viewer's own new notifications (the event names the recipient; nobody else's are loaded). */
export function notificationStream(ctx: RequestContext): AsyncIterableIterator<LiveItem<NotificationNode>> {
  const actor = requireActor(ctx);
  return liveStream<NotificationNode>(ctx, {
    filter: (event) => event.topic === 'notification' && event.recipientId === actor.userId && event.op === 'INSERT',
    deliver: async (fresh, event) => {
      if (fresh.actor?.userId !== actor.userId) return null;
      const found = await fresh.em.findOne(Notification, { id: event.subjectId, recipient: actor.userId });
      return found ? notificationNode(found) : null;
    },
  });
}

@Resolver()
export class NotificationResolver {
  @Query(() => [NotificationNode], { description: 'My notifications, newest first.' })
  async notifications(@Ctx() ctx: RequestContext): Promise<NotificationNode[]> {
    return (await myNotifications(ctx)).map(notificationNode);
  }

  @Query(() => [NotificationPreferenceNode], {
    description: 'How I get each kind of notification by e-mail (urgent kinds always at once).',
  })
  async myNotificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreferenceNode[]> {
    return (await myNotificationPreferences(ctx)).map(preferenceNode);
  }

  @Mutation(() => NotificationPreferenceNode, {
    description:
      'Sets how I get one non-urgent kind by e-mail. An unknown kind, or an urgent kind set to DIGEST or OFF, is refused (BAD_USER_INPUT).',
  })
  async setNotificationPreference(
    @Arg('kind', () => String) kind: string,
    @Arg('delivery', () => NotificationDeliveryEnum) delivery: NotificationDelivery,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationPreferenceNode> {
    return preferenceNode(await setNotificationPreference(ctx, kind, delivery));
  }

  @Subscription(() => NotificationNode, {
    description:
      'My new notifications, as they are created. Notifications carry no personal data (case reference and organisation only).',
    subscribe: ({ context }) => notificationStream(context as RequestContext),
  })
  notificationAdded(@Root() item: LiveItem<NotificationNode>): NotificationNode {
    return unwrapLive(item);
  }
}
