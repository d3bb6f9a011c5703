import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDate } from '../../core/graphql/scalars.js';
import type { RequestContext } from '../../core/context/context.js';
import { CaseNode } from '../cases/case.type.js';
import * as involvements from './involvement.service.js';
import { RegisterInvolvementInput } from './involvement.inputs.js';
import { InvolvementIndexEntryNode, InvolvementNode } from './involvement.type.js';

@Resolver(() => InvolvementNode)
export class InvolvementResolver {
  @Query(() => [InvolvementNode], {
    description: "Your organisation's registrations in the involvement index, each with who else is involved.",
  })
  myInvolvements(@Ctx() ctx: RequestContext): Promise<InvolvementNode[]> {
    return involvements.myInvolvements(ctx);
  }

  @Mutation(() => InvolvementNode, {
    description:
      'Registers that your organisation is involved with a person; a match tells both organisations (contact point only).',
  })
  registerInvolvement(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterInvolvementInput) input: RegisterInvolvementInput,
  ): Promise<InvolvementNode> {
    return involvements.registerInvolvement(ctx, input);
  }

  @FieldResolver(() => [InvolvementIndexEntryNode], {
    nullable: true,
    description:
      "Registered from a case: that case's index entries as its team now sees them (Case.involvements, so the case page updates only that list; a look-up, audited as such). Otherwise null.",
  })
  caseInvolvements(
    @Ctx() ctx: RequestContext,
    @Root() node: InvolvementNode,
  ): Promise<InvolvementIndexEntryNode[]> | null {
    return node.registeredFromCaseId ? involvements.caseInvolvements(ctx, node.registeredFromCaseId) : null;
  }

  @Mutation(() => InvolvementNode, {
    description:
      "Ends your organisation's registration early (the involvement stopped): from endsOn (default today) it no longer matches.",
  })
  endInvolvement(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('endsOn', () => LocalDate, { nullable: true }) endsOn: string | null,
  ): Promise<InvolvementNode> {
    return involvements.endInvolvement(ctx, id, endsOn ?? null);
  }
}

/** The index entries of a case's household, as its team sees them. */
@Resolver(() => CaseNode)
export class CaseInvolvementResolver {
  @FieldResolver(() => [InvolvementIndexEntryNode], {
    description:
      "Involvement index entries of the household's persons (who is involved, contact point, period; no content).",
  })
  involvements(@Ctx() ctx: RequestContext, @Root() c: CaseNode): Promise<InvolvementIndexEntryNode[]> {
    return involvements.caseInvolvements(ctx, c.id);
  }
}
