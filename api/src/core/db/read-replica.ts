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

/**
 * True when a failed read is the replica's trouble rather than the statement's: no answer at
 * all (connection refused or reset, pool timeout), a connection exception (SQLSTATE class 08),
 * operator intervention (57: shutdown, cannot connect now) or a query the standby cancelled
 * because it conflicted with recovery (40001). Then the read is repeated on the primary.
 */
export function isReplicaTrouble(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return true;
  const { code, severity, sqlState } = error as { code?: unknown; severity?: unknown; sqlState?: unknown };
  const state = typeof sqlState === 'string' ? sqlState : typeof severity === 'string' ? code : undefined;
  if (typeof state !== 'string') return true;
  return state.startsWith('08') || state.startsWith('57') || state === '40001';
}

/**
 * A connection for one read that may go to a replica. Inside a transaction it is the
 * transaction's own (the primary): a read that must see the request's writes never leaves it.
 */
export function readConnection(em: EntityManager): ReadConnection {
  // The rows are whatever the statement selects: typed by the caller, as with `em.execute<T>`.
  const rowsOf = async <T>(pending: Promise<unknown>): Promise<T> => (await pending) as T;
  if (em.isInTransaction()) return { execute: (sql, params = []) => rowsOf(em.execute(sql, params)) };
  const primary = em.getConnection('write');
  const replica = em.getConnection('read');
  if (replica === primary) return { execute: (sql, params = []) => rowsOf(primary.execute(sql, params)) };
  return {
    execute: async <T>(sql: string, params: unknown[] = []): Promise<T> => {
      try {
        return await rowsOf<T>(replica.execute(sql, params));
      } catch (error) {
        if (!isReplicaTrouble(error)) throw error;
        const { code } = error as { code?: unknown };
        log.warn('db.replica_read_failed', { code: typeof code === 'string' ? code : 'unknown' });
        return rowsOf<T>(primary.execute(sql, params));
      }
    },
  };
}
