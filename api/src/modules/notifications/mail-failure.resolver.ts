import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context/context.js';
import { failedMails, retryFailedMail } from './mail-failure.service.js';
import { FailedMailNode, failedMailNode } from './mail-failure.type.js';

@Resolver()
export class MailFailureResolver {
  @Query(() => [FailedMailNode], {
    description: 'Mails the sender gave up on, newest first (at most 200). Functional administrator only.',
  })
  async failedMails(@Ctx() ctx: RequestContext): Promise<FailedMailNode[]> {
    return (await failedMails(ctx)).map(failedMailNode);
  }

  @Mutation(() => FailedMailNode, {
    description:
      'Puts a given-up mail back in the queue with a fresh series of attempts. NOT_FOUND when it is not given up; CONFLICT when the recipient is no longer active.',
  })
  async retryFailedMail(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<FailedMailNode> {
    return failedMailNode(await retryFailedMail(ctx, id));
  }
}
