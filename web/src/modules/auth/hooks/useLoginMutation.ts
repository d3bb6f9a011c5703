import { graphql } from '@mda/graphql';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

// The session token stays in the httpOnly cookie: the web does not ask for `token`.
const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      expiresAt
      user {
        id
      }
    }
  }
`);

export interface LoginMutation {
  /** Resolves true when logged in, false when the API refused (one generic reason). */
  login(email: string, password: string): Promise<boolean>;
  loading: boolean;
}

export function useLoginMutation(): LoginMutation {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(LoginMutation);
  const login = useCallback(
    async (email: string, password: string) => {
      try {
        await mutate({ variables: { email, password } });
      } catch {
        return false;
      }
      // Whatever was cached belonged to nobody or to someone else: start clean and
      // refetch the active queries (the header's `me`).
      await client.resetStore();
      return true;
    },
    [client, mutate],
  );
  return { login, loading };
}
