import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from '../capabilities.js';
import { MIGRATIONS } from '../core/db/migrations/index.js';

export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    allowGlobalContext: false,
    forceUtcTimezone: true,
    // Statement logging is off: parameters carry personal data.
    debug: false,
    pool: { min: 0, max: 10 },
    // Replicas serve only reads sent to them on purpose (core/db/read-replica.ts); everything
    // else, including reads outside a transaction, stays on the primary.
    preferReadReplicas: false,
    migrations: {
      // Migrations are committed TypeScript classes, listed explicitly (no folder scan),
      // and only run when asked (`cli.js migrate`), never at boot.
      migrationsList: MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    ...overrides,
  });
}

/** How long a new connection to a replica may take before the read goes to the primary instead. */
export const REPLICA_CONNECT_TIMEOUT_MS = 3000;

/** The ORM options for read replicas (`DATABASE_REPLICA_URLS`); none: every read on the primary. */
export function replicaOptions(urls: readonly string[]): Partial<Options> {
  return urls.length === 0
    ? {}
    : {
        replicas: urls.map((clientUrl, i) => ({
          name: `replica-${i + 1}`,
          clientUrl,
          // A replica that drops packets instead of refusing them must not hold the list for the
          // driver's default; the read is repeated on the primary (core/db/read-replica.ts).
          driverOptions: { connection: { connectionTimeoutMillis: REPLICA_CONNECT_TIMEOUT_MS } },
        })),
      };
}
