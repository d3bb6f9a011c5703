import { graphql, type StartPlanInput } from '@mda/graphql';
import { type PlanWrite, usePlanWrite } from './usePlanWrite';

const StartPlanMutation = graphql(`
  mutation StartPlan($input: StartPlanInput!) {
    startPlan(input: $input) {
      id
      status
      version
    }
  }
`);

/** Starts the plan of a case (idempotent). */
export function useStartPlanMutation(): PlanWrite<StartPlanInput> {
  return usePlanWrite(StartPlanMutation);
}
