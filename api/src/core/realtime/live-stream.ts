import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context/context.js';
import { ClientError, unauthenticated } from '../graphql/errors.js';
import { log } from '../log/logger.js';
import type { EventHub } from './event-hub.js';
import type { RealtimeEvent } from './realtime-event.js';

/** What a subscription's context carries besides the usual request context. */
export interface LiveScope {
  hub: EventHub;
  /** The subscription field, e.g. `caseActivity`; marks the audit records of what it delivers. */
  operation: string;
  /**
   * A fresh context for one event: a new EntityManager fork, the session checked again and
   * the actor and ability rebuilt from the database; null when the session has ended
   * (expired, logged out, user deactivated).
   */
  renew(operation: string): Promise<RequestContext | null>;
  /** Closes the connection because its session has ended. */
  endSession(): void;
}

/** The last item of a stream that ends with an error: the subscription resolver throws it. */
export class LiveEnd {
  constructor(readonly error: GraphQLError) {}
}

export type LiveItem<T> = T | LiveEnd;

/** For the subscription field's resolver: the payload, or the error that ends the stream. */
export function unwrapLive<T>(item: LiveItem<T>): T {
  if (item instanceof LiveEnd) throw item.error;
  return item;
}

export interface LiveStreamOptions<T> {
  /** Cheap in-memory pre-filter on the event's ids (no database access). */
  filter(event: RealtimeEvent): boolean;
  /**
   * Resolves one event for this subscriber with its fresh context: load the subject with the
   * subscriber's ability, mask it, record the reads in `fresh.audit`. Returns null to skip the
   * event, throws a ClientError to end the subscription with that error.
   */
  deliver(fresh: RequestContext, event: RealtimeEvent): Promise<T | null>;
  /** Events queued for a slow subscriber before it is ended (it should refetch). */
  maxQueued?: number;
  /**
   * Every delivery is the whole subject read afresh (not the change), so events arriving while
   * one is delivered collapse into the last (one waiting at most, no overflow): a burst of writes
   * costs one read (and one set of audit records) per subscriber, not one per row.
   */
  latestOnly?: boolean;
}

const QUEUE_OVERFLOW = () =>
  new ClientError(
    'TOO_MANY_REQUESTS',
    'Er kwamen te veel wijzigingen tegelijk; ververs de pagina. / Too many changes at once; please refetch.',
    { reason: 'QUEUE_OVERFLOW' },
  );

/**
 * The per-subscriber pipeline, shared by every subscription: for each matching event, renew
 * the subscriber's context (so a revoked membership or session stops delivery on the very next
 * event), resolve the payload with the subscriber's own permissions, write the audit records
 * of the delivery, and only then hand the payload out. Nothing is delivered that is not on
 * record. A hand-written iterator (not an async generator) so that `return()` unsubscribes at
 * once even while waiting for the next event.
 */
export function liveStream<T>(ctx: RequestContext, options: LiveStreamOptions<T>): AsyncIterableIterator<LiveItem<T>> {
  const live = ctx.live;
  if (!live) throw new Error('liveStream() outside a subscription');
  const maxQueued = options.maxQueued ?? 200;
  const queue: RealtimeEvent[] = [];
  let waiting: ((value: void) => void) | null = null;
  let done = false;
  let ending: LiveEnd | null = null;

  const wake = () => {
    const w = waiting;
    waiting = null;
    w?.();
  };
  const unsubscribe = live.hub.on((event) => {
    if (done || ending || !options.filter(event)) return;
    if (options.latestOnly) {
      // Only the last one matters: one waiting event at most, never an overflow.
      queue.length = 0;
      queue.push(event);
    } else if (queue.length >= maxQueued) {
      queue.length = 0;
      ending = new LiveEnd(QUEUE_OVERFLOW());
    } else {
      queue.push(event);
    }
    wake();
  });
  const finish = (): IteratorResult<LiveItem<T>> => {
    done = true;
    unsubscribe();
    queue.length = 0;
    wake();
    return { done: true, value: undefined };
  };

  const iterator: AsyncIterableIterator<LiveItem<T>> = {
    [Symbol.asyncIterator]() {
      return iterator;
    },
    async next(): Promise<IteratorResult<LiveItem<T>>> {
      while (!done) {
        if (ending) {
          const last = ending;
          finish();
          return { done: false, value: last };
        }
        const event = queue.shift();
        if (!event) {
          await new Promise<void>((resolve) => {
            waiting = resolve;
          });
          continue;
        }
        const fresh = await live.renew(live.operation);
        if (done) break;
        if (!fresh) {
          live.endSession();
          ending = new LiveEnd(unauthenticated());
          continue;
        }
        try {
          const payload = await options.deliver(fresh, event);
          if (done) break;
          if (payload === null) {
            // Refusals found on the way (DENIED) are on record too.
            await fresh.audit?.flush(fresh.em);
            continue;
          }
          await fresh.audit?.flush(fresh.em);
          return { done: false, value: payload };
        } catch (error) {
          if (error instanceof ClientError) {
            await fresh.audit?.flush(fresh.em).catch(() => undefined);
            ending = new LiveEnd(error);
            continue;
          }
          log.error('realtime.delivery_failed', {
            requestId: fresh.requestId,
            operation: live.operation,
            kind: error instanceof Error ? error.constructor.name : 'unknown',
          });
          // Not a ClientError: masked like any internal error (code INTERNAL_SERVER_ERROR, no detail).
          ending = new LiveEnd(new GraphQLError('realtime delivery failed'));
        }
      }
      return finish();
    },
    async return(): Promise<IteratorResult<LiveItem<T>>> {
      return finish();
    },
    async throw(): Promise<IteratorResult<LiveItem<T>>> {
      return finish();
    },
  };
  return iterator;
}
