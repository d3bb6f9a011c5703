import { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config/env.js';
import { ormConfig, replicaOptions } from '../../config/orm.config.js';
import { log } from '../log/logger.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const DEMO_DATABASE = 'mda';

/** `DATABASE_URL` when set; otherwise the embedded cluster under the data directory. */
export async function openDatabase(config: AppConfig): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres({ dataDir: config.dataDir, name: 'postgres', port: config.embeddedPort });
  const orm = await MikroORM.init(ormConfig(server.url, { entities: [], discovery: { warnWhenNoEntities: false } }));
  const exists = await orm.em.getConnection().execute('select 1 from pg_database where datname = ?', [DEMO_DATABASE]);
  if (exists.length === 0) await orm.em.getConnection().execute(`create database ${DEMO_DATABASE}`);
  await orm.close(true);
  log.info('db.embedded_started', { port: config.embeddedPort });
  return { url: server.urlFor(DEMO_DATABASE), embedded: true, stop: () => server.stop() };
}

/** The ORM on the primary `url`, with read replicas when given (docs/scaling.md, "Read replicas"). */
export function connect(url: string, replicaUrls: readonly string[] = []): Promise<MikroORM> {
  return MikroORM.init(ormConfig(url, replicaOptions(replicaUrls)));
}

export async function migrateUp(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.getMigrator().getPendingMigrations()).map((m) => m.name);
}
