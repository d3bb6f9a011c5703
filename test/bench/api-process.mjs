// Shared by the benchmarks that run the API in a process of its own (bench:peer, bench:cpu): a
// fresh embedded PostgreSQL with the demo region, and the built API started on it in production
// mode with the audit on. Nothing here runs at import time.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const requireHere = createRequire(import.meta.url);
const requireFromApi = createRequire(new URL('../../api/package.json', import.meta.url));

/** The BSN hash key of the benchmark databases and API processes. */
export const BENCH_BSN_KEY = Buffer.alloc(32, 9).toString('base64');

/** An embedded PostgreSQL with a migrated database `bench` holding the demo region. */
export async function demoDatabase(prefix) {
  process.env.MDA_LOG = 'silent';
  requireFromApi('reflect-metadata');
  const { startEmbeddedPostgres } = await import('../../api/dist/core/db/embedded-postgres.js');
  const { connect, migrateUp } = await import('../../api/dist/core/db/database.js');
  const { seedDemoData } = await import('../../api/dist/capabilities.js');
  const { freePort } = await import('./support.mjs');
  const pg = requireHere('pg');
  const dataDir = mkdtempSync(join(tmpdir(), `${prefix}-pg-`));
  const server = await startEmbeddedPostgres({ dataDir, name: 'pg', port: await freePort(), ephemeral: true });
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('create database bench');
  await admin.end();
  const url = server.urlFor('bench');
  const orm = await connect(url);
  await migrateUp(orm);
  await seedDemoData(orm.em.fork(), Buffer.from(BENCH_BSN_KEY, 'base64'));
  await orm.close(true);
  return {
    url,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts the built API on `databaseUrl` in this process (production mode, audit on); its URL. */
export async function serveApi(databaseUrl, prefix) {
  process.env.NODE_ENV = 'production';
  process.env.MDA_LOG = 'silent';
  requireFromApi('reflect-metadata');
  const { MikroORM } = requireFromApi('@mikro-orm/postgresql');
  const { ormConfig } = await import('../../api/dist/config/orm.config.js');
  const { loadConfig } = await import('../../api/dist/config/env.js');
  const { startServer } = await import('../../api/dist/server.js');
  const orm = await MikroORM.init(ormConfig(databaseUrl, { pool: { min: 2, max: 20 } }));
  const config = loadConfig({
    NODE_ENV: 'production',
    BSN_HASH_KEY: BENCH_BSN_KEY,
    MDA_DATA_DIR: mkdtempSync(join(tmpdir(), `${prefix}-`)),
    DATABASE_URL: databaseUrl,
  });
  return (await startServer(orm, config, { port: 0 })).url;
}
