import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ClientError } from './errors.js';
import { log } from '../log/logger.js';

/** Codes whose message was written for the client (ours, and GraphQL's own request errors). */
const PASS_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * Every error the client sees carries `extensions.code`. Anything unexpected is masked
 * behind the request's correlation id: no stack trace, SQL or internal message leaves.
 */
export function formatErrorFor(requestIdOf: () => string | undefined) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ClientError) {
      return { message: original.message, path: formatted.path, extensions: { ...original.extensions } };
    }
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
    if (code && PASS_THROUGH.has(code) && !(original instanceof Error && original.constructor.name.includes('Driver'))) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    const requestId = requestIdOf() ?? 'unknown';
    log.error('graphql.internal_error', {
      requestId,
      kind: original instanceof Error ? original.constructor.name : typeof original,
      path: formatted.path?.join('.') ?? null,
      // Driver messages can quote values; only outside production do they reach the log.
      detail: process.env.NODE_ENV === 'production' ? undefined : original instanceof Error ? original.message.slice(0, 300) : undefined,
    });
    return {
      message: `Er ging iets mis aan onze kant. Noem referentie ${requestId} bij contact met de beheerder. / Something went wrong; reference ${requestId}.`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
