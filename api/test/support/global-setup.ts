import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../src/config/orm.config.js';
import { startEmbeddedPostgres } from '../../src/core/db/embedded-postgres.js';
import { seedDemoData } from '../../src/capabilities.js';
import { TEST_BSN_KEY } from './keys.js';
import { freePort } from './free-port.js';
import { keepFailingExitCode } from './keep-exit-code.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://...@127.0.0.1:port (no database name). */
    pgBase: string;
  }
}

/** Templates every test file copies its own database from. */
export const EMPTY_TEMPLATE = 'mda_template_empty';
export const DEMO_TEMPLATE = 'mda_template_demo';

/**
 * One real PostgreSQL cluster per test run (embedded-postgres), with two template
 * databases: migrated-empty and migrated-plus-demo-data. It is thrown away afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  keepFailingExitCode();
  const dataDir = mkdtempSync(join(tmpdir(), 'mda-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, name: 'cluster', port: await freePort(), ephemeral: true });
  const admin = await MikroORM.init(ormConfig(server.url, { entities: [], discovery: { warnWhenNoEntities: false } }));
  for (const name of [EMPTY_TEMPLATE, DEMO_TEMPLATE]) {
    await admin.em.getConnection().execute(`create database ${name}`);
    const orm = await MikroORM.init(ormConfig(server.urlFor(name)));
    await orm.getMigrator().up();
    if (name === DEMO_TEMPLATE) await seedDemoData(orm.em.fork(), TEST_BSN_KEY);
    await orm.close(true);
  }
  await admin.close(true);
  project.provide('pgBase', server.url.replace(/\/postgres$/, ''));
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
