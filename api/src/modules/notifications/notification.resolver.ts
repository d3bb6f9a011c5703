import { Ctx, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { liveStream, unwrapLive, type LiveItem } from '../../core/realtime/live-stream.js';
import { Notification } from './notification.entity.js';
import { NotificationNode, notificationNode } from './notification.type.js';
import { myNotifications } from './notification.service.js';

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

  @Subscription(() => NotificationNode, {
    description:
      'My new notifications, as they are created. Notifications carry no personal data (case reference and organisation only).',
    subscribe: ({ context }) => notificationStream(context as RequestContext),
  })
  notificationAdded(@Root() item: LiveItem<NotificationNode>): NotificationNode {
    return unwrapLive(item);
  }
}
