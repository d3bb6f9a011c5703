import { graphql, type RemovePlanElementInput } from '@mda/graphql';
import { type PlanWrite, usePlanWrite } from './usePlanWrite';

const RemovePlanElementMutation = graphql(`
  mutation RemovePlanElement($input: RemovePlanElementInput!) {
    removePlanElement(input: $input) {
      id
      removedIds
    }
  }
`);

/** Removes an element (a goal with its actions) from the working copy. */
export function useRemovePlanElementMutation(): PlanWrite<RemovePlanElementInput> {
  return usePlanWrite(RemovePlanElementMutation);
}
