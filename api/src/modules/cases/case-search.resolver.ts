import { Arg, Ctx, Field, ID, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { MemberRole } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { MemberRoleEnum } from '../../core/graphql/enums.js';
import { LocalDate } from '../../core/graphql/scalars.js';
import { CaseNode } from './case.type.js';
import { SEARCH_CRITERIA, type SearchCriterion } from './case-search-query.js';
import { searchCases } from './case-search.service.js';

export const SearchCriterionEnum = Object.fromEntries(SEARCH_CRITERIA.map((c) => [c, c])) as {
  [K in SearchCriterion]: K;
};
registerEnumType(SearchCriterionEnum, {
  name: 'SearchCriterion',
  description: 'What a search word was taken for: case reference, name, date of birth or BSN.',
});

@ObjectType('SearchMember', {
  description: 'A household member that fits the search, with the identity fields the viewer may read on that case.',
  simpleResolvers: true,
})
export class SearchMemberNode {
  @Field(() => ID)
  personId!: string;

  @Field(() => [MemberRoleEnum])
  roles!: MemberRole[];

  @Field(() => String, { nullable: true, description: 'IDENTITY' })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: 'IDENTITY' })
  lastName!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'IDENTITY' })
  dateOfBirth!: string | null;

  @Field(() => [String], { description: 'Fields withheld from the viewer; they resolve to null.' })
  redactedFields!: string[];
}

@ObjectType('CaseSearchHit', { simpleResolvers: true })
export class CaseSearchHitNode {
  @Field(() => CaseNode)
  case!: CaseNode;

  @Field(() => [SearchCriterionEnum])
  matchedOn!: SearchCriterion[];

  @Field(() => [SearchMemberNode], {
    description: 'The members that fit the name, date of birth or BSN (none for a search by reference alone).',
  })
  members!: SearchMemberNode[];
}

@ObjectType('CaseSearchResult', { simpleResolvers: true })
export class CaseSearchResultNode {
  @Field(() => [CaseSearchHitNode], { description: 'Newest case first.' })
  hits!: CaseSearchHitNode[];

  @Field(() => Boolean, { description: 'More cases fit than are returned: narrow the search.' })
  truncated!: boolean;

  @Field(() => [SearchCriterionEnum], { description: 'How the search words were read.' })
  criteria!: SearchCriterion[];
}

@Resolver()
export class CaseSearchResolver {
  @Query(() => CaseSearchResultNode, {
    description:
      'Households and cases by reference, name (partial, accents and case ignored), date of birth (dd-mm-jjjj) or BSN (exact), among the cases you may read. Audited as SEARCH.',
  })
  async searchCases(
    @Ctx() ctx: RequestContext,
    @Arg('text', () => String) text: string,
  ): Promise<CaseSearchResultNode> {
    const result = await searchCases(ctx, text);
    return Object.assign(new CaseSearchResultNode(), {
      truncated: result.truncated,
      criteria: result.criteria,
      hits: result.hits.map((h) =>
        Object.assign(new CaseSearchHitNode(), {
          case: CaseNode.from(h.found),
          matchedOn: h.matchedOn,
          members: h.members.map((m) => Object.assign(new SearchMemberNode(), m)),
        }),
      ),
    });
  }
}
