import { type CloseEscalationInput, graphql } from '@mda/graphql';

// Answers with everything the escalation page shows, so the cache updates it in place.
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const WithdrawEscalationMutation = graphql(`
  mutation WithdrawEscalation($input: CloseEscalationInput!) {
    withdrawEscalation(input: $input) {
      id
      ...EscalationPage_escalation
    }
  }
`);

export function useWithdrawEscalationMutation(): {
  withdraw(input: CloseEscalationInput): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(WithdrawEscalationMutation);
  const withdraw = useCallback(
    (input: CloseEscalationInput) =>
      outcomeOf(async () => (await mutate({ variables: { input } })).data?.withdrawEscalation),
    [mutate],
  );
  return { withdraw, loading };
}
