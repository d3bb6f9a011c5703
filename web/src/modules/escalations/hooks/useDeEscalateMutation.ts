import { type CloseEscalationInput, graphql } from '@mda/graphql';

// Answers with everything the escalation page shows, so the cache updates it in place.
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const DeEscalateMutation = graphql(`
  mutation DeEscalate($input: CloseEscalationInput!) {
    deEscalate(input: $input) {
      id
      ...EscalationPage_escalation
    }
  }
`);

export function useDeEscalateMutation(): {
  deEscalate(input: CloseEscalationInput): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(DeEscalateMutation);
  const deEscalate = useCallback(
    (input: CloseEscalationInput) => outcomeOf(async () => (await mutate({ variables: { input } })).data?.deEscalate),
    [mutate],
  );
  return { deEscalate, loading };
}
