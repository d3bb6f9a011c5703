import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { idempotencyKeyLink, retryLink } from './idempotencyLink';
import { caseAccessLink, CaseAccessStore, registerCaseAccess } from '../modules/auth/caseAccess';

/**
 * The websocket URL of the same origin's /graphql. The browser sends the httpOnly session
 * cookie and its Origin on the upgrade; the server checks both (docs/realtime.md).
 */
export function sameOriginWsUrl(path: string, location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

/**
 * Same origin as the API: the session is the httpOnly SameSite=Strict `mda_session`
 * cookie, so the client never sees a token. HttpLink sends `content-type:
 * application/json`, which satisfies Apollo Server's CSRF prevention. Subscriptions go over
 * graphql-ws on the same path; queries and mutations always over HTTP, retried when the
 * answer never arrived, mutations with an idempotency key (idempotencyLink.ts).
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  // Every mutation carries an idempotency key, kept across retries of the same attempt.
  const http = ApolloLink.from([idempotencyKeyLink(), retryLink(), new HttpLink({ uri, credentials: 'same-origin' })]);
  // How the viewer reaches each case arrives with the data; the ability looks it up (auth/caseAccess.ts).
  const caseAccess = new CaseAccessStore();
  const transport =
    typeof window === 'undefined'
      ? http
      : ApolloLink.split(
          (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
          new GraphQLWsLink(
            createClient({
              url: sameOriginWsUrl(uri, window.location),
              // Connect when the first subscription starts, close when the last one ends (e.g. at logout).
              lazy: true,
              retryAttempts: 20,
              shouldRetry: () => true,
            }),
          ),
          http,
        );
  const client = new ApolloClient({
    link: ApolloLink.from([caseAccessLink(caseAccess), transport]),
    cache: new InMemoryCache({
      typePolicies: {
        Municipality: { keyFields: ['code'] },
        // Embedded in its membership; never normalised on its own.
        LegalBasis: { keyFields: false },
      },
    }),
  });
  registerCaseAccess(client, caseAccess);
  return client;
}
