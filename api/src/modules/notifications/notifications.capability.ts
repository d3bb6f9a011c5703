import type { ModuleCapability } from '../demo/demo.capability.js';
import { NotificationOutbox } from './notification-outbox.entity.js';
import { Notification } from './notification.entity.js';
import { NotificationResolver } from './notification.resolver.js';

export const notificationsCapability: ModuleCapability = {
  name: 'notifications',
  entities: [Notification, NotificationOutbox],
  resolvers: [NotificationResolver],
};
