import { graphql, type Purpose } from '@mda/graphql';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { failedOutcome, type MutationOutcome } from '../../../app/errors';

const SetPurposeMutation = graphql(`
  mutation SetPurpose($purpose: Purpose) {
    setPurpose(purpose: $purpose) {
      id
      purpose
    }
  }
`);

export interface SetPurposeMutation {
  setPurpose(purpose: Purpose | null): Promise<MutationOutcome<Purpose | null>>;
  loading: boolean;
}

/**
 * Declares the session's purpose, then refetches every active query: what the API
 * withholds depends on the purpose, so every view on screen must be asked again.
 */
export function useSetPurposeMutation(): SetPurposeMutation {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SetPurposeMutation);
  const setPurpose = useCallback(
    async (purpose: Purpose | null): Promise<MutationOutcome<Purpose | null>> => {
      try {
        const result = await mutate({ variables: { purpose } });
        await client.refetchQueries({ include: 'active' });
        return { ok: true, data: result.data?.setPurpose.purpose ?? null };
      } catch (error) {
        return failedOutcome(error);
      }
    },
    [client, mutate],
  );
  return { setPurpose, loading };
}
