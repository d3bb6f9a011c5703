// pnpm data:generate --households N [--audit-rows M] [--seed S] [--database-url URL] [--data-dir DIR]
//
// Without --database-url: starts the embedded PostgreSQL in a data directory of its own
// (default .data-generated, never the demo's .data), migrates it and seeds the demo region
// when empty, then generates. With --database-url: the database must be migrated and hold
// the demo region (node api/dist/cli.js migrate && node api/dist/cli.js seed), and the user must
// be a superuser or the owner (the generator sets session_replication_role on its sessions).
// Prints the time taken and the disk size. See docs/scaling.md, "Generated data".
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { generateData, DEFAULT_AUDIT_ROWS_PER_HOUSEHOLD } from './data-generator.mjs';
import { REPO_ROOT, loadConfig } from '../api/dist/config/env.js';
import { connect, migrateUp } from '../api/dist/core/db/database.js';
import { startEmbeddedPostgres } from '../api/dist/core/db/embedded-postgres.js';
import { seedDemoData } from '../api/dist/capabilities.js';
import pg from 'pg';

// The API's entities need reflect-metadata loaded first (resolved from api/, like the benchmarks).
createRequire(new URL('../api/package.json', import.meta.url))('reflect-metadata');

const USAGE =
  'usage: pnpm data:generate --households N [--audit-rows M] [--seed S] [--database-url URL] [--data-dir DIR] [--port P]';

function parseArgs(argv) {
  const out = {};
  const problems = [];
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    const value = argv[i + 1];
    if (!['--households', '--audit-rows', '--seed', '--database-url', '--data-dir', '--port'].includes(key)) {
      problems.push(`unknown option ${key}`);
      continue;
    }
    if (value === undefined || value.startsWith('--')) {
      problems.push(`${key} needs a value`);
      continue;
    }
    out[key.slice(2)] = value;
    i++;
  }
  const whole = (name, min) => {
    if (out[name] === undefined) return undefined;
    const n = Number(out[name].replace(/_/g, ''));
    if (!Number.isInteger(n) || n < min)
      problems.push(`--${name} must be a whole number of at least ${min} (got ${out[name]})`);
    return n;
  };
  const households = whole('households', 1);
  if (households === undefined) problems.push('--households is required');
  const auditRows = whole('audit-rows', 0);
  const seed = whole('seed', 0);
  const port = whole('port', 1);
  return { problems, households, auditRows, seed, port, databaseUrl: out['database-url'], dataDir: out['data-dir'] };
}

const args = parseArgs(process.argv.slice(2).filter((a) => a !== '--'));
if (args.problems.length > 0) {
  process.stderr.write(`${args.problems.join('\n')}\n${USAGE}\n`);
  process.exit(2);
}
process.env.MDA_LOG ??= 'silent';
const log = (line) => process.stdout.write(`[data:generate] ${line}\n`);
let url = args.databaseUrl;
let server = null;
if (!url) {
  const dataDir = args.dataDir ?? join(REPO_ROOT, '.data-generated');
  server = await startEmbeddedPostgres({ dataDir, name: 'postgres', port: args.port ?? 54339 });
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  if ((await admin.query(`select 1 from pg_database where datname = 'mda'`)).rowCount === 0)
    await admin.query('create database mda');
  await admin.end();
  url = server.urlFor('mda');
  const orm = await connect(url);
  await migrateUp(orm);
  const config = loadConfig({ ...process.env, MDA_DATA_DIR: dataDir });
  await seedDemoData(orm.em.fork(), config.bsnKey);
  await orm.close(true);
  log(`embedded PostgreSQL in ${dataDir}, database mda`);
}
try {
  const auditRows = args.auditRows ?? args.households * DEFAULT_AUDIT_ROWS_PER_HOUSEHOLD;
  log(`generating ${args.households} households and ${auditRows} audit rows (seed ${args.seed ?? 20261207})`);
  const result = await generateData({ databaseUrl: url, households: args.households, auditRows, seed: args.seed, log });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const size = (
    await client.query(`select pg_database_size(current_database()) as db,
      (select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'audit' and c.relkind = 'r') as audit`)
  ).rows[0];
  await client.end();
  const mb = (b) => `${(Number(b) / 1024 / 1024).toFixed(0)} MB`;
  for (const [table, n] of Object.entries(result.counts)) log(`  ${table.padEnd(22)} ${n}`);
  log(
    `regions ${result.regions}; domain ${(result.domainMs / 1000).toFixed(1)} s, audit ${(result.auditMs / 1000).toFixed(1)} s, total with ANALYZE ${(result.totalMs / 1000).toFixed(1)} s`,
  );
  log(`database size ${mb(size.db)} (audit schema ${mb(size.audit)})`);
} finally {
  if (server) await server.stop();
}
