import { graphql, type SignOffPlanInput } from '@mda/graphql';
import { type PlanWrite, usePlanWrite } from './usePlanWrite';

const SignOffPlanMutation = graphql(`
  mutation SignOffPlan($input: SignOffPlanInput!) {
    signOffPlan(input: $input) {
      id
      status
      version
      agreedVersionNumber
    }
  }
`);

/** The viewer's organisation agrees or objects (with a reason) to the proposed version. */
export function useSignOffPlanMutation(): PlanWrite<SignOffPlanInput> {
  return usePlanWrite(SignOffPlanMutation);
}
