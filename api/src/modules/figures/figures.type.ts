import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One count. Under 5 it is suppressed: count and per100k are null, display is "< 5"' })
export class FigureCellNode {
  @Field(() => String)
  key!: string;

  @Field(() => Int, { nullable: true, description: 'Null when suppressed' })
  count!: number | null;

  @Field(() => String, { description: 'The count as shown: a number, or "< 5" when suppressed' })
  display!: string;

  @Field(() => Boolean)
  suppressed!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'Per 100,000 inhabitants (one decimal); null when suppressed or without a population figure',
  })
  per100k!: number | null;
}

@ObjectType({
  description: "One municipality's counts in one period (municipality null: the total over the table's municipalities)",
})
export class FigureRowNode {
  @Field(() => String, { nullable: true })
  municipality!: string | null;

  @Field(() => String, { description: 'Dutch name, or "Totaal"' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Inhabitants used for per100k (see population)' })
  inhabitants!: number | null;

  @Field(() => [FigureCellNode])
  cells!: FigureCellNode[];

  @Field(() => FigureCellNode, {
    nullable: true,
    description: 'Row total, for indicators whose columns partition the events',
  })
  total!: FigureCellNode | null;

  @Field(() => Float, {
    nullable: true,
    description: "Share of the norm's numerator in the row total (0..1); null when either is suppressed",
  })
  share!: number | null;

  @Field(() => Boolean, { nullable: true })
  meetsNorm!: boolean | null;
}

@ObjectType()
export class FigurePeriodNode {
  @Field(() => String, { description: '2026-05, 2026-Q2 or 2026' })
  label!: string;

  @Field(() => String, { description: 'First day (inclusive)' })
  start!: string;

  @Field(() => String, { description: 'First day after the period' })
  end!: string;

  @Field(() => [FigureRowNode])
  rows!: FigureRowNode[];

  @Field(() => FigureRowNode)
  total!: FigureRowNode;
}

@ObjectType()
export class FigureColumnNode {
  @Field(() => String)
  key!: string;

  @Field(() => String, { description: 'Dutch label' })
  label!: string;
}

@ObjectType({ description: 'Where the inhabitants per municipality come from' })
export class PopulationSourceNode {
  @Field(() => String)
  source!: string;

  @Field(() => Int)
  year!: number;
}

@ObjectType({ description: 'An indicator over periods and municipalities: counts only, small cells suppressed' })
export class FigureTableNode {
  @Field(() => String)
  indicator!: string;

  @Field(() => String, { description: 'Dutch name' })
  name!: string;

  @Field(() => String, { description: 'What is counted (Dutch)' })
  counts!: string;

  @Field(() => String)
  granularity!: string;

  @Field(() => [FigureColumnNode])
  columns!: FigureColumnNode[];

  @Field(() => Float, { nullable: true, description: 'Norm as a share (0.8 = 80 %), if the indicator has one' })
  normShare!: number | null;

  @Field(() => String, { nullable: true })
  normLabel!: string | null;

  @Field(() => PopulationSourceNode)
  population!: PopulationSourceNode;

  @Field(() => [FigurePeriodNode])
  periods!: FigurePeriodNode[];
}
