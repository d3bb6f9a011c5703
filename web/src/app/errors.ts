import { CombinedGraphQLErrors } from '@apollo/client';

/** The codes the API puts in `extensions.code` for errors a client can meet. */
export const CLIENT_ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

function isClientErrorCode(value: unknown): value is ClientErrorCode {
  return typeof value === 'string' && (CLIENT_ERROR_CODES as readonly string[]).includes(value);
}

/**
 * What went wrong, as the UI needs to know it: one of the API's client error codes,
 * `UNKNOWN` for anything else (network failure, server error), or null for no error.
 * With several GraphQL errors, the first one that carries a known code decides.
 */
export function errorCode(error: unknown): ClientErrorCode | 'UNKNOWN' | null {
  if (error === null || error === undefined) return null;
  if (CombinedGraphQLErrors.is(error)) {
    for (const graphQLError of error.errors) {
      const code = graphQLError.extensions?.['code'];
      if (isClientErrorCode(code)) return code;
    }
  }
  return 'UNKNOWN';
}
