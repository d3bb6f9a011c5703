import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../core/graphql/scalars.js';
import type { Notification } from './notification.entity.js';

@ObjectType('Notification', { simpleResolvers: true })
export class NotificationNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  kind!: string;

  @Field(() => String)
  message!: string;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The escalation it is about, if any.' })
  escalationId!: string | null;

  @Field(() => DateTimeISO)
  createdAt!: Date;

  @Field(() => DateTimeISO, { nullable: true })
  readAt!: Date | null;
}

export function notificationNode(n: Notification): NotificationNode {
  return Object.assign(new NotificationNode(), {
    id: n.id,
    kind: n.kind,
    message: n.message,
    caseId: n.caseFile?.id ?? null,
    escalationId: n.escalationId,
    createdAt: n.createdAt,
    readAt: n.readAt,
  });
}
