import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context/context.js';
import { LocalDate } from '../../core/graphql/scalars.js';
import { CaseNode } from '../cases/case.type.js';
import { nextDeadlineOf } from './next-deadline.service.js';

@Resolver(() => CaseNode)
export class CaseNextDeadlineResolver {
  @FieldResolver(() => LocalDate, {
    nullable: true,
    description: 'Earliest due date of an open or running plan action (category PLAN); null when none.',
  })
  nextDeadline(@Root() node: CaseNode, @Ctx() ctx: RequestContext): Promise<string | null> {
    return nextDeadlineOf(ctx, node.id);
  }
}
