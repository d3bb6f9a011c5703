import { graphql } from '@mda/graphql';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { type MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const VerifySecondFactorMutation = graphql(`
  mutation VerifySecondFactor($code: String!) {
    verifySecondFactor(code: $code) {
      confirmed
    }
  }
`);

export interface VerifySecondFactorMutation {
  verify(code: string): Promise<MutationOutcome<{ confirmed: boolean }>>;
  loading: boolean;
}

/** Confirms this session with a code from the authenticator app; refetches what the session may now read. */
export function useVerifySecondFactorMutation(): VerifySecondFactorMutation {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(VerifySecondFactorMutation);
  const verify = useCallback(
    async (code: string) => {
      const outcome = await outcomeOf(async () => (await mutate({ variables: { code } })).data?.verifySecondFactor);
      // The session's rules changed: permissions and case data are fetched again.
      if (outcome.ok) await client.resetStore();
      return outcome;
    },
    [client, mutate],
  );
  return { verify, loading };
}
