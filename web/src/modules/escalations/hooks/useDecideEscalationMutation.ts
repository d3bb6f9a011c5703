import { type CloseEscalationInput, graphql } from '@mda/graphql';

// Answers with everything the escalation page shows, so the cache updates it in place.
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const DecideEscalationMutation = graphql(`
  mutation DecideEscalation($input: CloseEscalationInput!) {
    decideEscalation(input: $input) {
      id
      ...EscalationPage_escalation
    }
  }
`);

export function useDecideEscalationMutation(): {
  decide(input: CloseEscalationInput): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(DecideEscalationMutation);
  const decide = useCallback(
    (input: CloseEscalationInput) =>
      outcomeOf(async () => (await mutate({ variables: { input } })).data?.decideEscalation),
    [mutate],
  );
  return { decide, loading };
}
