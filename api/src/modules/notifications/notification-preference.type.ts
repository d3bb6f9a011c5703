import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NOTIFICATION_DELIVERIES, type NotificationDelivery } from '@mda/domain';
import { enumObject } from '../../core/graphql/enums.js';

export const NotificationDeliveryEnum = enumObject(NOTIFICATION_DELIVERIES);
registerEnumType(NotificationDeliveryEnum, {
  name: 'NotificationDelivery',
  description: 'How a notification reaches me by e-mail: at once, in the daily digest, or not at all.',
});

@ObjectType('NotificationPreference', { simpleResolvers: true })
export class NotificationPreferenceNode {
  @Field(() => String, { description: 'The notification kind, e.g. DIRECTOR_ACCEPTED.' })
  kind!: string;

  @Field(() => NotificationDeliveryEnum)
  delivery!: NotificationDelivery;

  @Field(() => Boolean, { description: 'Urgent kinds are always mailed at once; they cannot be changed.' })
  urgent!: boolean;
}
