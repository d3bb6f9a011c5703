import type { ModuleCapability } from '../demo/demo.capability.js';
import { NotificationOutbox } from './notification-outbox.entity.js';

export const notificationsCapability: ModuleCapability = {
  name: 'notifications',
  entities: [NotificationOutbox],
};
