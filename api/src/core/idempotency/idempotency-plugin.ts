import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { RequestContext } from '../context/context.js';
import { ClientError } from '../graphql/errors.js';
import { faultPoint } from '../faults/fault-point.js';
import { log } from '../log/logger.js';

/** How long a key and its response are kept (per user). */
export const IDEMPOTENCY_TTL_HOURS = 24;
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Sent with a response that repeats the first one instead of executing again. */
export const REPLAYED_HEADER = 'idempotent-replayed';
const KEY_FORMAT = /^[A-Za-z0-9_.:-]{8,128}$/;

interface StoredKey {
  request_hash: string;
  response: FormattedExecutionResult;
}

/** JSON with sorted object keys: the same request gives the same hash whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as Record<string, unknown>)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function requestHash(rc: GraphQLRequestContext<RequestContext>): string {
  return createHash('sha256')
    .update(
      canonical({
        query: rc.request.query ?? '',
        operationName: rc.request.operationName ?? null,
        variables: rc.request.variables ?? {},
      }),
    )
    .digest('hex');
}

/** The key of a request: the `Idempotency-Key` header, or `extensions.idempotencyKey` in the GraphQL request body. */
function keyOf(rc: GraphQLRequestContext<RequestContext>): string | null {
  const header = rc.request.http?.headers.get(IDEMPOTENCY_HEADER);
  if (header !== undefined && header !== '') return header;
  const fromExtensions = rc.request.extensions?.idempotencyKey;
  if (fromExtensions === undefined || fromExtensions === null) return null;
  return typeof fromExtensions === 'string' ? fromExtensions : String(fromExtensions);
}

const reused = (): ClientError =>
  new ClientError(
    'CONFLICT',
    'Deze idempotentiesleutel is al gebruikt voor een ander verzoek. Gebruik een nieuwe sleutel. / This idempotency key was already used for a different request; use a new key.',
    { reason: 'IDEMPOTENCY_KEY_REUSED' },
  );

async function storedFor(
  rc: GraphQLRequestContext<RequestContext>,
  userId: string,
  key: string,
): Promise<StoredKey | null> {
  const [row] = await rc.contextValue.em.execute<StoredKey[]>(
    'select request_hash, response from idempotency_key where user_id = ? and key = ? and expires_at > now()',
    [userId, key],
  );
  return row ?? null;
}

/**
 * At most this many keyed mutations hold an open transaction at once (the pool has 10
 * connections): the rest wait their turn in the process. A keyed mutation keeps its connection
 * until the response is ready, while the audit's read flush and partition check need a
 * connection of their own; without this bound, a burst could take every connection and wait
 * on itself.
 */
export const MAX_OPEN_KEYED_TRANSACTIONS = 6;

class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];
  constructor(size: number) {
    this.free = size;
  }
  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}

/**
 * Idempotent mutations (docs/identity.md, "Idempotency"). A mutation of a logged-in user that
 * carries a key runs in one transaction that also stores the key, the request's hash and the
 * response: a crash before the commit leaves neither the write nor the key, a crash after it
 * leaves both, so a retry with the same key either runs for the first time or gets the first
 * response back (header `Idempotent-Replayed: true`) without writing again. The same key with
 * a different request is refused (CONFLICT). Two concurrent requests with one key: the second
 * waits on the key's row, rolls back its own work and answers with the first one's response.
 * Mutations whose response carries errors store no key (a retry runs again, as without a key).
 */
export function idempotencyPlugin(): ApolloServerPlugin<RequestContext> {
  const slots = new Slots(MAX_OPEN_KEYED_TRANSACTIONS);
  return {
    async requestDidStart() {
      let key: string | null = null;
      let userId: string | null = null;
      let hash = '';
      let replay: FormattedExecutionResult | null = null;
      let inTransaction = false;
      return {
        async didResolveOperation(rc) {
          if (rc.operation?.operation !== 'mutation') return;
          const candidate = keyOf(rc);
          if (candidate === null || !rc.contextValue.actor) return;
          if (!KEY_FORMAT.test(candidate)) {
            rc.response.http.status = 400;
            throw new ClientError(
              'BAD_USER_INPUT',
              'Idempotency-Key: 8 tot 128 tekens uit A-Z, a-z, 0-9, _ . : - / 8 to 128 characters from A-Z, a-z, 0-9, _ . : -',
              {
                problems: [{ field: 'Idempotency-Key', message: '8-128 characters [A-Za-z0-9_.:-]' }],
              },
            );
          }
          key = candidate;
          userId = rc.contextValue.actor.userId;
          hash = requestHash(rc);
          const stored = await storedFor(rc, userId, key);
          if (stored) {
            if (stored.request_hash !== hash) {
              rc.response.http.status = 409;
              throw reused();
            }
            replay = stored.response;
            return;
          }
          await slots.acquire();
          try {
            await rc.contextValue.em.begin();
          } catch (error) {
            slots.release();
            throw error;
          }
          inTransaction = true;
        },
        async responseForOperation(rc) {
          if (!replay) return null;
          // The first response is shown again: on record like any other disclosure.
          rc.contextValue.audit?.record({
            action: 'READ',
            subjectType: 'IdempotentReplay',
            subjectId: key,
            caseId: null,
            dataSubjectIds: [],
            fields: [],
            categories: [],
            outcome: 'SUCCESS',
            reason: 'IDEMPOTENT_REPLAY',
          });
          return {
            http: { status: 200, headers: new HeaderMap([[REPLAYED_HEADER, 'true']]) },
            body: { kind: 'single', singleResult: replay },
          };
        },
        async willSendResponse(rc) {
          if (!inTransaction || key === null || userId === null) return;
          inTransaction = false;
          const em = rc.contextValue.em;
          const body = rc.response.body;
          const result = body.kind === 'single' ? body.singleResult : null;
          let stored = false;
          try {
            if (!result || (result.errors?.length ?? 0) > 0) {
              // Keep what the operation did, as it would without a key; remember nothing.
              await em.commit().catch(async () => {
                await em.rollback().catch(() => undefined);
              });
              return;
            }
            await em.execute(
              'delete from idempotency_key where user_id = ? and key = ? and expires_at <= now()',
              [userId, key],
              'run',
            );
            const inserted = await em.execute<{ key: string }[]>(
              `insert into idempotency_key (user_id, key, request_hash, response, expires_at)
               values (?, ?, ?, ?::jsonb, now() + make_interval(hours => ?))
               on conflict (user_id, key) do nothing returning key`,
              [userId, key, hash, JSON.stringify({ data: result.data ?? null }), IDEMPOTENCY_TTL_HOURS],
            );
            if (inserted.length === 0) {
              // A concurrent request with this key committed first: undo ours, answer with its response.
              await em.rollback();
              const first = await storedFor(rc, userId, key);
              rc.response.http.headers.set(REPLAYED_HEADER, 'true');
              rc.response.body = {
                kind: 'single',
                singleResult:
                  first && first.request_hash === hash
                    ? first.response
                    : {
                        errors: [
                          {
                            message: reused().message,
                            extensions: { code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' },
                          },
                        ],
                      },
              };
              return;
            }
            await em.commit();
            stored = true;
          } catch (error) {
            log.error('idempotency.store_failed', {
              requestId: rc.contextValue.requestId,
              kind: error instanceof Error ? error.constructor.name : 'unknown',
            });
            if (em.getTransactionContext()) await em.rollback().catch(() => undefined);
            rc.response.http.status = 500;
            rc.response.body = {
              kind: 'single',
              singleResult: {
                errors: [
                  {
                    message: `De wijziging is niet opgeslagen. Probeer het opnieuw met dezelfde sleutel. Referentie ${rc.contextValue.requestId}. / The change was not saved; retry with the same key.`,
                    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: rc.contextValue.requestId },
                  },
                ],
              },
            };
          } finally {
            slots.release();
          }
          // Crash tests stop here: committed, but the client has not heard back.
          if (stored) await faultPoint('idempotency.afterCommit');
        },
      };
    },
  };
}
