import type { EntityManager } from '@mikro-orm/postgresql';
import { log } from '../log/logger.js';

/**
 * Reads that may be served by a read replica (docs/scaling.md, "Read replicas"): the case list,
 * the figures and the access log. The ORM is configured with `preferReadReplicas: false`, so
 * everything else (every write, every transaction, the dossier and every read that follows a
 * write in the same request) stays on the primary; only statements sent through this
 * connection go to a replica, and only when one is configured (`DATABASE_REPLICA_URLS`).
 */
export interface ReadConnection {
  execute<T>(sql: string, params?: unknown[]): Promise<T>;
}

/** SQLSTATEs of a server that cannot serve right now (the replica's trouble, not the statement's). */
const REPLICA_STATES = new Set([
  '53300', // too many connections
  '28P01', // password authentication failed (a replica set up with other credentials)
  '28000', // invalid authorization
  '3D000', // database does not exist (yet) on the replica
  '40001', // a standby cancelled the query: conflict with recovery
  '40P01', // deadlock detected on the standby
]);

/**
 * True when a failed read is the replica's trouble rather than the statement's, so it is worth
 * repeating on the primary: the connection failed (refused, reset, timed out, the pool gave up),
 * a connection exception (SQLSTATE class 08), operator intervention (57P01-57P05: shutdown,
 * cannot connect now; not 57014, a statement timeout, which would only move a heavy query to the
 * primary) or one of REPLICA_STATES. A programming error (TypeError, a bad binding) is not.
 */
export function isReplicaTrouble(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, severity, sqlState, message } = error as {
    code?: unknown;
    severity?: unknown;
    sqlState?: unknown;
    message?: unknown;
  };
  const state = typeof sqlState === 'string' ? sqlState : typeof severity === 'string' ? code : undefined;
  if (typeof state === 'string')
    return state.startsWith('08') || (state.startsWith('57') && state !== '57014') || REPLICA_STATES.has(state);
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return true; // ECONNREFUSED, ECONNRESET, ETIMEDOUT, ...
  return (
    typeof message === 'string' &&
    /connection terminated|timeout acquiring a connection|connection ended/i.test(message)
  );
}

/**
 * Runs `read` (one statement or several that belong together, such as a page and its count) on a
 * replica when one is configured. When the replica fails any part of it, the whole read runs again
 * on the primary, so the parts always come from one server. `replica` tells who answered: facts
 * that decide permissions must not be taken from a replica (they may lag), so a caller re-reads
 * those on the primary. Inside a transaction everything stays on the transaction's connection.
 */
export async function readPreferringReplica<T>(
  em: EntityManager,
  read: (db: ReadConnection) => Promise<T>,
): Promise<{ result: T; replica: boolean }> {
  // The rows are whatever the statement selects: typed by the caller, as with `em.execute<T>`.
  const rowsOf = async <R>(pending: Promise<unknown>): Promise<R> => (await pending) as R;
  if (em.isInTransaction())
    return { result: await read({ execute: (sql, params = []) => rowsOf(em.execute(sql, params)) }), replica: false };
  const primary = em.getConnection('write');
  const onPrimary: ReadConnection = { execute: (sql, params = []) => rowsOf(primary.execute(sql, params)) };
  const replica = em.getConnection('read');
  if (replica === primary) return { result: await read(onPrimary), replica: false };
  try {
    return {
      result: await read({ execute: (sql, params = []) => rowsOf(replica.execute(sql, params)) }),
      replica: true,
    };
  } catch (error) {
    if (!isReplicaTrouble(error)) throw error;
    const { code } = error as { code?: unknown };
    log.warn('db.replica_read_failed', { code: typeof code === 'string' ? code : 'unknown' });
    return { result: await read(onPrimary), replica: false };
  }
}

/** One statement that may be served by a replica (`readPreferringReplica` for several). */
export function readConnection(em: EntityManager): ReadConnection {
  return {
    execute: async <T>(sql: string, params: unknown[] = []): Promise<T> =>
      (await readPreferringReplica(em, (db) => db.execute<T>(sql, params))).result,
  };
}
