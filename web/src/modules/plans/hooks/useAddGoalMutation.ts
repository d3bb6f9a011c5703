import { graphql, type AddGoalInput } from '@mda/graphql';
import { type PlanWrite, usePlanWrite } from './usePlanWrite';

const AddGoalMutation = graphql(`
  mutation AddGoal($input: AddGoalInput!) {
    addGoal(input: $input) {
      id
      version
    }
  }
`);

/** Adds a goal (oordeelsvorming) to the working copy. */
export function useAddGoalMutation(): PlanWrite<AddGoalInput> {
  return usePlanWrite(AddGoalMutation);
}
