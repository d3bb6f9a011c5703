import { Ctx, Field, ID, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { ActionStatus } from '@mda/domain';
import type { RequestContext } from '../../core/context/context.js';
import { LocalDate } from '../../core/graphql/scalars.js';
import { ActionStatusEnum } from './plan.type.js';
import { MY_ACTION_REASONS, myPlanActions, type MyActionReason, type MyPlanAction } from './my-actions.service.js';

export const MyActionReasonEnum = Object.fromEntries(MY_ACTION_REASONS.map((r) => [r, r])) as {
  [K in MyActionReason]: K;
};
registerEnumType(MyActionReasonEnum, {
  name: 'MyActionReason',
  description: 'Why a plan action is on my list: assigned to me, my organisation owns it, or I direct the case.',
});

@ObjectType('MyPlanAction', {
  description: 'A plan action that is mine and overdue or due within a week ("Vandaag").',
  simpleResolvers: true,
})
export class MyPlanActionNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => String)
  caseReference!: string;

  @Field(() => String)
  description!: string;

  @Field(() => LocalDate)
  dueOn!: string;

  @Field(() => ActionStatusEnum)
  status!: ActionStatus;

  @Field(() => String, { description: 'The organisation that owns the action.' })
  ownerOrganisation!: string;

  @Field(() => MyActionReasonEnum)
  reason!: MyActionReason;

  @Field(() => Int, { description: 'Working days past the due date; 0 when it is not late.' })
  workingDaysLate!: number;

  static from(a: MyPlanAction): MyPlanActionNode {
    return Object.assign(new MyPlanActionNode(), a);
  }
}

@Resolver()
export class MyPlanActionsResolver {
  @Query(() => [MyPlanActionNode], {
    description:
      'My plan actions that are overdue or due within seven days, overdue first (assigned to me, owned by my organisation on my team cases, or on cases I direct).',
  })
  async myPlanActions(@Ctx() ctx: RequestContext): Promise<MyPlanActionNode[]> {
    return (await myPlanActions(ctx)).map((a) => MyPlanActionNode.from(a));
  }
}
