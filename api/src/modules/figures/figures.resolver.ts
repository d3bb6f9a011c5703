import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context/context.js';
import { FiguresInput } from './figures.inputs.js';
import { FigureTableNode } from './figures.type.js';
import { figures } from './figures.service.js';

@Resolver(() => FigureTableNode)
export class FiguresResolver {
  @Query(() => FigureTableNode, {
    description: 'Figures at a glance (docs/figures.md): counts per period and municipality, cells under 5 suppressed',
  })
  figures(@Ctx() ctx: RequestContext, @Arg('input', () => FiguresInput) input: FiguresInput): Promise<FigureTableNode> {
    return figures(ctx, input);
  }
}
