import { graphql, type AddActionInput } from '@mda/graphql';
import { type PlanWrite, usePlanWrite } from './usePlanWrite';

const AddActionMutation = graphql(`
  mutation AddAction($input: AddActionInput!) {
    addAction(input: $input) {
      id
      version
    }
  }
`);

/** Adds an action (besluitvorming) to a goal. */
export function useAddActionMutation(): PlanWrite<AddActionInput> {
  return usePlanWrite(AddActionMutation);
}
