import { graphql, type AddSafetyPlanItemInput } from '@mda/graphql';
import { type PlanWrite, usePlanWrite } from './usePlanWrite';

const AddSafetyPlanItemMutation = graphql(`
  mutation AddSafetyPlanItem($input: AddSafetyPlanItemInput!) {
    addSafetyPlanItem(input: $input) {
      id
      version
    }
  }
`);

/** Adds a part of the safety plan. */
export function useAddSafetyPlanItemMutation(): PlanWrite<AddSafetyPlanItemInput> {
  return usePlanWrite(AddSafetyPlanItemMutation);
}
