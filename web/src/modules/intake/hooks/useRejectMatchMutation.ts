import { graphql, type ResolveMatchInput } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const RejectMatchMutation = graphql(`
  mutation RejectMatch($input: ResolveMatchInput!) {
    rejectMatch(input: $input) {
      id
      status
      version
      caseId
    }
  }
`);

export function useRejectMatchMutation(): {
  run(input: ResolveMatchInput): Promise<MutationOutcome<{ id: string; version: number; caseId?: string | null }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(RejectMatchMutation);
  const run = useCallback(
    (input: ResolveMatchInput) => outcomeOf(async () => (await mutate({ variables: { input } })).data?.rejectMatch),
    [mutate],
  );
  return { run, loading };
}
