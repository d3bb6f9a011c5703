import { type RaiseEscalationInput, graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const RaiseEscalationMutation = graphql(`
  mutation RaiseEscalation($input: RaiseEscalationInput!) {
    raiseEscalation(input: $input) {
      id
      status
      level
      version
    }
  }
`);

export function useRaiseEscalationMutation(): {
  raise(input: RaiseEscalationInput): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(RaiseEscalationMutation);
  const raise = useCallback(
    (input: RaiseEscalationInput) =>
      outcomeOf(async () => (await mutate({ variables: { input } })).data?.raiseEscalation),
    [mutate],
  );
  return { raise, loading };
}
