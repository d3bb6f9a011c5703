import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import type { NotificationDelivery } from '@mda/domain';
import { BaseEntity } from '../../core/db/base.entity.js';
import { User } from '../identity/user.entity.js';

/** A user's mail delivery for one non-urgent kind; without a row the kind is mailed at once. */
@Entity({ tableName: 'notification_preference' })
@Unique({ properties: ['user', 'kind'], name: 'notification_preference_user_kind' })
export class NotificationPreference extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  delivery!: NotificationDelivery;
}
