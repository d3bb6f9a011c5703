import { graphql, type ProposePlanInput } from '@mda/graphql';
import { type PlanWrite, usePlanWrite } from './usePlanWrite';

const ProposePlanMutation = graphql(`
  mutation ProposePlan($input: ProposePlanInput!) {
    proposePlan(input: $input) {
      id
      status
      version
    }
  }
`);

/** Proposes the working copy for agreement: freezes the next version. */
export function useProposePlanMutation(): PlanWrite<ProposePlanInput> {
  return usePlanWrite(ProposePlanMutation);
}
