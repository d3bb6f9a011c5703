import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../core/graphql/scalars.js';
import type { FailedMailView } from './mail-failure.service.js';

@ObjectType('FailedMail', {
  simpleResolvers: true,
  description:
    'A mail the sender gave up on (docs/notifications.md). Kind, recipient, attempts and the SMTP error code only: no case, no reference, no text.',
})
export class FailedMailNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The notification kind, e.g. ESCALATION_RAISED, or DIGEST.' })
  kind!: string;

  @Field(() => String, { description: 'The colleague it was meant for.' })
  recipientName!: string;

  @Field(() => String)
  recipientOrganisation!: string;

  @Field(() => Boolean, { description: 'false: the account is no longer active; a retry is refused.' })
  recipientActive!: boolean;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The SMTP error code and response code (e.g. EENVELOPE 550), INTERRUPTED or RECIPIENT_INACTIVE.',
  })
  lastError!: string | null;

  @Field(() => DateTimeISO)
  createdAt!: Date;

  @Field(() => DateTimeISO, { nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => DateTimeISO, { nullable: true, description: 'Null once the mail is back in the queue.' })
  failedAt!: Date | null;
}

export const failedMailNode = (v: FailedMailView): FailedMailNode => Object.assign(new FailedMailNode(), v);
