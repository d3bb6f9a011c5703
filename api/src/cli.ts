import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, REPO_ROOT } from './config/env.js';
import { connect, migrateUp, openDatabase, pendingMigrations } from './core/db/database.js';
import { seedDemoData } from './core/db/seeders/demo.seeder.js';
import { generateDemoData, personasOf } from './core/db/seeders/demo-data.js';
import { printedSchema } from './core/graphql/schema.js';
import { log } from './core/log/logger.js';
import { startServer } from './server.js';
import { runAuditVerify } from './core/audit/audit-verifier.js';
import { installJobSchema, startScheduler } from './core/jobs/scheduler.js';

const USAGE = `usage: node api/dist/cli.js <command>
  migrate       apply committed migrations and set up pg-boss's schema and queues (run as the owner role)
  seed          load the synthetic demo region (only into an empty database)
  serve         start the API and the built web (refuses to start with pending migrations)
  demo          migrate, seed when empty, and serve: the one-command demo
  emit-schema   write packages/graphql/schema.graphql
  personas      write test/fixtures/personas.json (the demo logins)
  audit-verify  check the audit trail's hash chain (exit code 0 intact, 1 broken)
  schema-sql    print the SQL that would create the schema from the entities (for writing migrations)`;

async function main(command: string | undefined): Promise<void> {
  if (command === 'emit-schema') {
    const file = join(REPO_ROOT, 'packages', 'graphql', 'schema.graphql');
    writeFileSync(file, await printedSchema());
    log.info('schema.emitted', { file });
    return;
  }
  if (command === 'audit-verify') {
    process.exitCode = await runAuditVerify();
    return;
  }
  if (command === 'personas') {
    const file = join(REPO_ROOT, 'test', 'fixtures', 'personas.json');
    writeFileSync(file, `${JSON.stringify(personasOf(generateDemoData()), null, 2)}\n`);
    log.info('personas.written', { file });
    return;
  }
  if (!command || !['migrate', 'seed', 'serve', 'demo', 'schema-sql'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const db = await openDatabase(config);
  const orm = await connect(db.url);
  const shutdown = async (): Promise<void> => {
    await orm.close(true);
    await db.stop();
  };
  try {
    if (command === 'schema-sql') {
      process.stdout.write(`${await orm.getSchemaGenerator().getCreateSchemaSQL({ wrap: false })}\n`);
    }
    if (command === 'migrate' || command === 'demo') {
      const applied = await migrateUp(orm);
      log.info('db.migrated', { applied: applied.length });
      // pg-boss's own schema and the queue partitions: DDL, so the owner role sets them up here.
      if (command === 'migrate') {
        await installJobSchema(db.url);
        log.info('jobs.schema_ready', {});
      }
    }
    if (command === 'seed' || command === 'demo') {
      const result = await seedDemoData(orm.em.fork(), config.bsnKey);
      log.info(result.seeded ? 'db.seeded' : 'db.seed_skipped_not_empty', { ...result });
    }
    if (command === 'serve' || command === 'demo') {
      const pending = await pendingMigrations(orm);
      if (pending.length > 0) {
        log.error('db.pending_migrations', { count: pending.length, hint: 'run: node api/dist/cli.js migrate' });
        process.exitCode = 1;
        await shutdown();
        return;
      }
      const server = await startServer(orm, config);
      const scheduler = await startScheduler(db.url, orm);
      process.stdout.write(`\nMDA platform: ${server.url}  (demo logins: see README.md)\n\n`);
      const stop = async (): Promise<void> => {
        await scheduler.stop();
        await server.stop();
        await shutdown();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      return;
    }
    await shutdown();
  } catch (error) {
    log.error('cli.failed', { command, kind: error instanceof Error ? error.constructor.name : 'unknown', detail: error instanceof Error ? error.message.slice(0, 300) : null });
    await shutdown();
    process.exitCode = 1;
  }
}

void main(process.argv[2]);
