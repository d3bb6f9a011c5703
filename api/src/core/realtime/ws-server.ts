import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import {
  GraphQLError,
  getOperationAST,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { RequestContext } from '../context/context.js';
import { ClientError, unauthenticated } from '../graphql/errors.js';
import { formatErrorFor } from '../graphql/format-error.js';
import { log } from '../log/logger.js';
import { limitErrorOf } from '../graphql/limits.js';
import { MAX_TOKENS } from '../http/json-errors.js';
import type { EventHub } from './event-hub.js';

/** Limits of one websocket connection. */
export const REALTIME_LIMITS = {
  /** Open subscriptions per connection. */
  maxSubscriptions: 20,
  /** Largest message a client may send (a subscribe message with its query and variables). */
  maxPayloadBytes: 64 * 1024,
  /** The client must send connection_init within this time. */
  connectionInitWaitMs: 5_000,
} as const;

/** What the server needs from the identity layer: a context for a session token. */
export type ContextForToken = (
  token: string,
  meta: { requestId: string; clientAddress: string; auditMark: string | null },
) => Promise<{ context: RequestContext; expiresAt: Date } | null>;

export interface RealtimeServerOptions {
  httpServer: Server;
  path: string;
  schema: GraphQLSchema;
  hub: EventHub;
  /** The same extra validation rules as HTTP (depth, aliases, cost...). */
  validationRules: readonly ValidationRule[];
  contextForToken: ContextForToken;
  sessionCookie: string;
  /** True when a browser page from this origin may use the cookie session (CSRF / cross-site websocket hijacking). */
  isAllowedOrigin(origin: string, request: IncomingMessage): boolean;
  trustProxy: boolean;
}

interface ConnectionState {
  token: string;
  clientAddress: string;
  expiryTimer: NodeJS.Timeout | null;
  /** graphql-ws subscription id -> correlation id of that subscription (audit, logs, error references). */
  requestIds: Map<string, string>;
}

type Extra = { state?: ConnectionState };

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    try {
      const value = decodeURIComponent(part.slice(eq + 1).trim());
      return value.length > 0 ? value : null;
    } catch {
      return null;
    }
  }
  return null;
}

function clientAddressOf(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string' && forwarded.length > 0) return forwarded.split(',')[0]!.trim();
  return request.socket.remoteAddress ?? 'unknown';
}

/** The root field of a subscription document, e.g. `caseActivity` (marks its audit records). */
function rootFieldOf(document: DocumentNode, operationName: string | null | undefined): string | null {
  const operation = getOperationAST(document, operationName ?? undefined);
  const first = operation?.selectionSet.selections[0];
  return first && first.kind === Kind.FIELD ? first.name.value : null;
}

const clientError = (code: string, message: string) => new GraphQLError(message, { extensions: { code } });

/**
 * GraphQL subscriptions over graphql-ws on the HTTP server's /graphql path. Authentication on
 * connect (session cookie of the upgrade request, checked against the allowed origins, or
 * `connectionParams.authorization: "Bearer <token>"`); an unauthenticated connection is closed
 * with 4403. Only subscriptions are served here: queries and mutations go over HTTP, where
 * their audit is written per request.
 */
export function startRealtimeServer(options: RealtimeServerOptions): { dispose(): Promise<void> } {
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: options.path,
    maxPayload: REALTIME_LIMITS.maxPayloadBytes,
  });
  const rules = [...specifiedRules, ...options.validationRules];

  const cleanup = useServer<Record<string, unknown>, Extra>(
    {
      schema: options.schema,
      connectionInitWaitTimeout: REALTIME_LIMITS.connectionInitWaitMs,
      onConnect: async (ctx) => {
        const request = ctx.extra.request;
        const origin = request.headers.origin;
        // A page from a foreign origin never gets a connection, whatever it sends.
        if (origin !== undefined && !options.isAllowedOrigin(origin, request)) {
          log.warn('realtime.origin_refused', {});
          return false;
        }
        const authorization = ctx.connectionParams?.authorization;
        let token: string | null = null;
        if (typeof authorization === 'string' && authorization.startsWith('Bearer ')) {
          token = authorization.slice(7).trim();
        } else if (origin !== undefined) {
          // The cookie travels on the upgrade only from a browser, which always sends Origin.
          token = cookieValue(request.headers.cookie, options.sessionCookie);
        }
        if (!token) return false;
        const clientAddress = clientAddressOf(request, options.trustProxy);
        const built = await options.contextForToken(token, { requestId: randomUUID(), clientAddress, auditMark: null });
        if (!built || !built.context.actor) return false;
        const socket: WebSocket = ctx.extra.socket;
        const untilExpiry = Math.min(built.expiresAt.getTime() - Date.now(), 2 ** 31 - 1);
        const expiryTimer = setTimeout(() => socket.close(4401, 'Session expired'), Math.max(0, untilExpiry));
        expiryTimer.unref();
        ctx.extra.state = { token, clientAddress, expiryTimer, requestIds: new Map() };
        return true;
      },
      onClose: (ctx) => {
        if (ctx.extra.state?.expiryTimer) clearTimeout(ctx.extra.state.expiryTimer);
      },
      onSubscribe: async (ctx, id, payload) => {
        const state = ctx.extra.state;
        if (!state) return [unauthenticated()];
        // Counted before this one was added by graphql-ws.
        if (Object.keys(ctx.subscriptions).length > REALTIME_LIMITS.maxSubscriptions) {
          return [
            new ClientError(
              'TOO_MANY_REQUESTS',
              `Hoogstens ${REALTIME_LIMITS.maxSubscriptions} abonnementen per verbinding. / At most ${REALTIME_LIMITS.maxSubscriptions} subscriptions per connection.`,
            ),
          ];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: MAX_TOKENS });
        } catch (error) {
          if (error instanceof GraphQLError && /more than \d+ tokens/.test(error.message)) {
            const limit = limitErrorOf(`Syntax Error: Token limit of ${MAX_TOKENS} exceeded.`)!;
            return [new GraphQLError(limit.message, { extensions: { ...limit.extensions } })];
          }
          return [clientError('GRAPHQL_PARSE_FAILED', error instanceof GraphQLError ? error.message : 'Syntax error')];
        }
        const errors = validate(options.schema, document, rules);
        if (errors.length > 0) {
          return errors.map((e) => {
            const limit = limitErrorOf(e.message);
            return limit
              ? new GraphQLError(limit.message, { extensions: { ...limit.extensions } })
              : clientError('GRAPHQL_VALIDATION_FAILED', e.message);
          });
        }
        const operation = getOperationAST(document, payload.operationName ?? undefined);
        if (!operation) return [clientError('BAD_REQUEST', 'Onbekende operatie. / Unable to identify operation.')];
        if (operation.operation !== 'subscription') {
          return [
            clientError(
              'BAD_REQUEST',
              'Via de websocket alleen subscriptions; gebruik HTTP voor queries en mutaties. / Only subscriptions over the websocket.',
            ),
          ];
        }
        const field = rootFieldOf(document, payload.operationName) ?? 'subscription';
        const requestId = randomUUID();
        state.requestIds.set(id, requestId);
        const mark = `SUBSCRIPTION ${field}`;
        const built = await options.contextForToken(state.token, {
          requestId,
          clientAddress: state.clientAddress,
          auditMark: mark,
        });
        if (!built) {
          ctx.extra.socket.close(4401, 'Session expired');
          return [unauthenticated()];
        }
        const context: RequestContext = {
          ...built.context,
          live: {
            hub: options.hub,
            operation: field,
            renew: async () =>
              (
                await options.contextForToken(state.token, {
                  requestId,
                  clientAddress: state.clientAddress,
                  auditMark: mark,
                })
              )?.context ?? null,
            endSession: () => ctx.extra.socket.close(4401, 'Session expired'),
          },
        };
        return {
          schema: options.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: context,
        };
      },
      onOperation: async (ctx, id, _payload, args, result) => {
        // Refusals at subscribe time (DENIED, e.g. a case outside the teams) are written now:
        // there is no end of request to wait for.
        const context = args.contextValue as RequestContext;
        if (!context.audit || context.audit.pending === 0) return;
        try {
          await context.audit.flush(context.em.fork());
        } catch (error) {
          log.error('audit.flush_failed', {
            requestId: ctx.extra.state?.requestIds.get(id) ?? 'unknown',
            kind: error instanceof Error ? error.constructor.name : 'unknown',
          });
          if (Symbol.asyncIterator in result) await (result as AsyncIterableIterator<unknown>).return?.();
          return {
            errors: [
              clientError(
                'INTERNAL_SERVER_ERROR',
                'De toegang kon niet worden vastgelegd. / Access could not be recorded.',
              ),
            ],
          };
        }
      },
      onNext: (ctx, id, _payload, _args, result) => {
        if (!result.errors?.length) return;
        const format = formatErrorFor(() => ctx.extra.state?.requestIds.get(id));
        return { ...result, errors: result.errors.map((e) => format(e.toJSON(), e)) };
      },
      onError: (ctx, id, _payload, errors): GraphQLFormattedError[] => {
        const format = formatErrorFor(() => ctx.extra.state?.requestIds.get(id));
        return errors.map((e) => format(e.toJSON(), e));
      },
      onComplete: (ctx, id) => {
        ctx.extra.state?.requestIds.delete(id);
      },
    },
    wsServer,
  );

  return {
    dispose: async () => {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
