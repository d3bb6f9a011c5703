import { ApolloLink } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { RetryLink } from '@apollo/client/link/retry';
import { OperationTypeNode } from 'graphql';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

function newKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Every save gets an idempotency key: one per mutation attempt (a click on "Opslaan"),
 * set once on the operation, so every retry of that attempt carries the same key and the
 * API writes at most once (docs/identity.md, "Idempotency").
 */
export function idempotencyKeyLink(makeKey: () => string = newKey): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (operation.operationType === OperationTypeNode.MUTATION) {
      const key = makeKey();
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, [IDEMPOTENCY_HEADER]: key },
      }));
    }
    return forward(operation);
  });
}

/**
 * Retries an operation whose answer never arrived (network failure, the server restarting,
 * a 502/503/504 from a proxy) or that the server asked to retry (500), up to 4 attempts.
 * Refusals (4xx: CONFLICT, BAD_USER_INPUT, ...) are never retried.
 */
export function retryLink(): RetryLink {
  return new RetryLink({
    delay: { initial: 300, max: 3000, jitter: true },
    attempts: {
      max: 4,
      retryIf: (error) => !ServerError.is(error) || error.statusCode >= 500,
    },
  });
}
