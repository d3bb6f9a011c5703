import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ClientError } from './errors.js';
import { log } from '../log/logger.js';
import { limitErrorOf } from './limits.js';
import { currentCorrelationId } from '../context/request-scope.js';

/** Codes whose message was written for the client (ours, and GraphQL's own request errors). */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * GraphQL's variable coercion quotes the value sent ('Variable "$p" got invalid value "..."'):
 * it may be a password or a BSN, so the answer names the variable, the place and the rule only.
 */
export function withoutValues(message: string): string {
  const variable = /^Variable "(\$[^"]+)" got invalid value .*?(?: at "([^"]+)")?; ([\s\S]*)$/.exec(message);
  if (!variable) return message;
  // The rule without the value it quotes: 'String cannot represent a non string value: {...}'.
  const reason = variable[3]!.split(/:\s/)[0]!.trim();
  return `Ongeldige waarde voor ${variable[1]}${variable[2] ? ` bij "${variable[2]}"` : ''}. / Invalid value for ${variable[1]}${variable[2] ? ` at "${variable[2]}"` : ''}: ${reason}`;
}

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
    // graphql-armor's limits: the figure found and the allowed maximum, Dutch first.
    const limit = code === 'GRAPHQL_VALIDATION_FAILED' ? limitErrorOf(formatted.message) : null;
    if (limit) return { message: limit.message, locations: formatted.locations, extensions: { ...limit.extensions } };
    if (
      code &&
      PASS_THROUGH.has(code) &&
      !(original instanceof Error && original.constructor.name.includes('Driver'))
    ) {
      return {
        message: withoutValues(formatted.message),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code },
      };
    }
    const requestId = requestIdOf() ?? 'unknown';
    log.error('graphql.internal_error', {
      requestId,
      correlationId: currentCorrelationId(),
      kind: original instanceof Error ? original.constructor.name : typeof original,
      path: formatted.path?.join('.') ?? null,
      // Driver messages can quote values (names, BSNs, addresses): only on a developer's explicit request.
      detail:
        process.env.MDA_LOG_DETAIL === 'unsafe' && process.env.NODE_ENV !== 'production' && original instanceof Error
          ? original.message.slice(0, 300)
          : undefined,
    });
    return {
      message: `Er ging iets mis aan onze kant. Noem referentie ${requestId} bij contact met de beheerder. / Something went wrong; reference ${requestId}.`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
