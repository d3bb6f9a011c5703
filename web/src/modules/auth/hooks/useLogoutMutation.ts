import { graphql } from '@mda/graphql';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { MeQuery } from './useCurrentUser';

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export interface LogoutMutation {
  logout(): Promise<void>;
  loading: boolean;
}

export function useLogoutMutation(): LogoutMutation {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(LogoutMutation);
  const logout = useCallback(async () => {
    try {
      await mutate();
    } catch {
      // An expired session cannot be revoked twice; the local clean-up below still applies.
    }
    // Never leave the previous user's case data in memory; `me: null` sends every
    // protected route to /login without a round trip.
    await client.clearStore();
    client.writeQuery({ query: MeQuery, data: { __typename: 'Query', me: null } });
  }, [client, mutate]);
  return { logout, loading };
}
