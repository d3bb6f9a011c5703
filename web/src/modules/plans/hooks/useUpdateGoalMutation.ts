import { graphql, type UpdateGoalInput } from '@mda/graphql';
import { type PlanWrite, usePlanWrite } from './usePlanWrite';

const UpdateGoalMutation = graphql(`
  mutation UpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      id
      version
      description
      measurableEnd
      phase
      lifeDomain
    }
  }
`);

/** Changes a goal; a stale expectedVersion gets CONFLICT with the current goal. */
export function useUpdateGoalMutation(): PlanWrite<UpdateGoalInput> {
  return usePlanWrite(UpdateGoalMutation);
}
