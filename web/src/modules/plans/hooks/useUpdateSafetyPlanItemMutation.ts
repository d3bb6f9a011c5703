import { graphql, type UpdateSafetyPlanItemInput } from '@mda/graphql';
import { type PlanWrite, usePlanWrite } from './usePlanWrite';

const UpdateSafetyPlanItemMutation = graphql(`
  mutation UpdateSafetyPlanItem($input: UpdateSafetyPlanItemInput!) {
    updateSafetyPlanItem(input: $input) {
      id
      version
      text
      concerns
    }
  }
`);

/** Changes a safety-plan item; a stale expectedVersion gets CONFLICT with the current item. */
export function useUpdateSafetyPlanItemMutation(): PlanWrite<UpdateSafetyPlanItemInput> {
  return usePlanWrite(UpdateSafetyPlanItemMutation);
}
