import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { loadConfig, REPO_ROOT, type AppConfig } from '../../src/config/env.js';
import { ormConfig } from '../../src/config/orm.config.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { TEST_BSN_KEY } from './keys.js';
// Brings the ProvidedContext augmentation (pgBase) into every program that uses this file.
import type {} from './global-setup.js';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A database of its own for one test file, copied from a migrated template. */
export async function testDatabase(template: 'demo' | 'empty' = 'demo'): Promise<TestDatabase> {
  const base = inject('pgBase');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = await MikroORM.init(
    ormConfig(`${base}/postgres`, { entities: [], discovery: { warnWhenNoEntities: false } }),
  );
  await admin.em
    .getConnection()
    .execute(`create database ${name} template ${template === 'demo' ? 'mda_template_demo' : 'mda_template_empty'}`);
  await admin.close(true);
  return {
    name,
    url: `${base}/${name}`,
    drop: async () => {
      const again = await MikroORM.init(
        ormConfig(`${base}/postgres`, { entities: [], discovery: { warnWhenNoEntities: false } }),
      );
      await again.em.getConnection().execute(`drop database if exists ${name} with (force)`);
      await again.close(true);
    },
  };
}

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    ...loadConfig({
      NODE_ENV: 'test',
      BSN_HASH_KEY: TEST_BSN_KEY.toString('base64'),
      MDA_DATA_DIR: mkdtempSync(join(tmpdir(), 'mda-test-data-')),
    }),
    webDistDir: join(REPO_ROOT, 'web', 'dist'),
    ...overrides,
  };
}

export interface Platform {
  baseUrl: string;
  /** ws://host:port/graphql: GraphQL subscriptions (graphql-ws) on the same server and path. */
  wsUrl: string;
  server: RunningServer;
  orm: MikroORM;
  db: TestDatabase;
  /** Raw SQL against the platform's database, for setting up and checking what users cannot see. */
  sql<T>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/**
 * The API with the built web, on a free port, over a fresh copy of the demo database. With
 * `shareDatabaseOf`, a second API instance (own ORM, pool and LISTEN connection) on the first
 * one's database, as behind a load balancer; stopping it leaves the database to its owner.
 */
export async function startPlatform(
  options: {
    template?: 'demo' | 'empty';
    config?: Partial<AppConfig>;
    orm?: Partial<Options>;
    shareDatabaseOf?: Platform;
  } = {},
): Promise<Platform> {
  process.env.MDA_LOG ??= 'silent';
  const shared = options.shareDatabaseOf?.db;
  const db = shared ?? (await testDatabase(options.template ?? 'demo'));
  const orm = await MikroORM.init(ormConfig(db.url, options.orm));
  const server = await startServer(orm, testConfig(options.config), { port: 0 });
  return {
    baseUrl: server.url,
    wsUrl: `${server.url.replace(/^http/, 'ws')}/graphql`,
    server,
    orm,
    db,
    sql: <T>(text: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(text, params),
    stop: async () => {
      await server.stop();
      await orm.close(true);
      if (!shared) await db.drop();
    },
  };
}
