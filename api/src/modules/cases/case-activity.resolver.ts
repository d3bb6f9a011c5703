import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../core/context/context.js';
import { unwrapLive, type LiveItem } from '../../core/realtime/live-stream.js';
import { caseActivityStream } from './case-activity.service.js';
import { CaseActivityNode } from './case-activity.type.js';

@Resolver()
export class CaseActivityResolver {
  @Subscription(() => CaseActivityNode, {
    description:
      "Changes in one case as they are committed (entries, team, status), each checked and masked with the viewer's own permissions. A case outside the viewer's teams answers NOT_FOUND.",
    subscribe: ({ args, context }) =>
      caseActivityStream(context as RequestContext, (args as { caseId: string }).caseId),
  })
  caseActivity(@Root() item: LiveItem<CaseActivityNode>, @Arg('caseId', () => ID) _caseId: string): CaseActivityNode {
    return unwrapLive(item);
  }
}
