import { graphql } from '@mda/graphql';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { type MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const ConfirmTotpEnrolmentMutation = graphql(`
  mutation ConfirmTotpEnrolment($code: String!) {
    confirmTotpEnrolment(code: $code) {
      confirmed
    }
  }
`);

/** Links the authenticator app with its first code; this session counts as confirmed from then on. */
export function useConfirmTotpEnrolmentMutation(): {
  confirm(code: string): Promise<MutationOutcome<{ confirmed: boolean }>>;
  loading: boolean;
} {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(ConfirmTotpEnrolmentMutation);
  const confirm = useCallback(
    async (code: string) => {
      const outcome = await outcomeOf(async () => (await mutate({ variables: { code } })).data?.confirmTotpEnrolment);
      if (outcome.ok) await client.resetStore();
      return outcome;
    },
    [client, mutate],
  );
  return { confirm, loading };
}
