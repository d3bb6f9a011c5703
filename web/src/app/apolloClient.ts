import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * Same origin as the API: the session is the httpOnly SameSite=Strict `mda_session`
 * cookie, so the client never sees a token. HttpLink sends `content-type:
 * application/json`, which satisfies Apollo Server's CSRF prevention.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        Municipality: { keyFields: ['code'] },
        // Embedded in its membership; never normalised on its own.
        LegalBasis: { keyFields: false },
      },
    }),
  });
}
