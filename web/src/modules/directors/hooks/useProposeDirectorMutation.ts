import { graphql, type ProposeDirectorInput } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const ProposeDirectorMutation = graphql(`
  mutation ProposeDirector($input: ProposeDirectorInput!) {
    proposeDirector(input: $input) {
      id
      status
      version
    }
  }
`);

export function useProposeDirectorMutation(): {
  propose(input: ProposeDirectorInput): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(ProposeDirectorMutation);
  const propose = useCallback(
    (input: ProposeDirectorInput) =>
      outcomeOf(async () => (await mutate({ variables: { input } })).data?.proposeDirector),
    [mutate],
  );
  return { propose, loading };
}
