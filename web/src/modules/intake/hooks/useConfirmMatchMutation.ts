import { graphql, type ResolveMatchInput } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const ConfirmMatchMutation = graphql(`
  mutation ConfirmMatch($input: ResolveMatchInput!) {
    confirmMatch(input: $input) {
      id
      status
      version
      caseId
    }
  }
`);

export function useConfirmMatchMutation(): {
  run(input: ResolveMatchInput): Promise<MutationOutcome<{ id: string; version: number; caseId?: string | null }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(ConfirmMatchMutation);
  const run = useCallback(
    (input: ResolveMatchInput) => outcomeOf(async () => (await mutate({ variables: { input } })).data?.confirmMatch),
    [mutate],
  );
  return { run, loading };
}
