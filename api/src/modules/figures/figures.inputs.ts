import { Field, InputType } from 'type-graphql';

/**
 * A figures request. Indicator and granularity are strings on purpose: an unknown value gets a
 * BAD_USER_INPUT that names the known ones (an enum would fail schema validation without that).
 */
@InputType({ description: 'Which indicator, at which granularity, over which periods and municipalities' })
export class FiguresInput {
  @Field(() => String, { description: 'Indicator id (FIGURE_INDICATORS in packages/domain), e.g. SAFETY_ASSESSMENTS' })
  indicator!: string;

  @Field(() => String, { description: 'MONTH, QUARTER or YEAR' })
  granularity!: string;

  @Field(() => String, { description: 'First period: 2026-05 (MONTH), 2026-Q2 (QUARTER) or 2026 (YEAR)' })
  from!: string;

  @Field(() => String, { description: 'Last period (inclusive), same form as from' })
  to!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Municipality codes; default: every municipality the viewer may see',
  })
  municipalities?: string[] | null;
}
