import { graphql, type UpdateActionInput } from '@mda/graphql';
import { type PlanWrite, usePlanWrite } from './usePlanWrite';

const UpdateActionMutation = graphql(`
  mutation UpdateAction($input: UpdateActionInput!) {
    updateAction(input: $input) {
      id
      version
      status
      description
      dueOn
    }
  }
`);

/** Changes an action: status (CANCELLED with a reason), owner, assignee, due date. */
export function useUpdateActionMutation(): PlanWrite<UpdateActionInput> {
  return usePlanWrite(UpdateActionMutation);
}
