// Shared by the benchmark scripts: an embedded PostgreSQL with the demo region, the built
// API in this process, and a closed-loop load generator on loopback. Not a test: it asserts
// nothing and prints figures; compare ratios within one run, never absolute times.
import './production-mode.mjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
// The API's own dependencies, resolved from api/ (this folder has no package.json).
const requireFromApi = createRequire(new URL('../../api/package.json', import.meta.url));
requireFromApi('reflect-metadata');
const { MikroORM } = requireFromApi('@mikro-orm/postgresql');
const { ormConfig } = await import('../../api/dist/config/orm.config.js');
import { loadConfig } from '../../api/dist/config/env.js';
import { startEmbeddedPostgres } from '../../api/dist/core/db/embedded-postgres.js';
import { seedDemoData } from '../../api/dist/capabilities.js';
import { startServer } from '../../api/dist/server.js';

export async function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function startBenchPlatform(configOverrides = {}) {
  process.env.MDA_LOG = 'silent';
  const dataDir = mkdtempSync(join(tmpdir(), 'mda-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir, name: 'pg', port: await freePort(), ephemeral: true });
  const admin = await MikroORM.init(ormConfig(pg.url, { entities: [], discovery: { warnWhenNoEntities: false } }));
  await admin.em.getConnection().execute('create database bench');
  await admin.close(true);
  const orm = await MikroORM.init(ormConfig(pg.urlFor('bench'), { pool: { min: 2, max: 20 } }));
  await orm.getMigrator().up();
  const config = {
    ...loadConfig({
      NODE_ENV: 'production',
      BSN_HASH_KEY: Buffer.alloc(32, 9).toString('base64'),
      MDA_DATA_DIR: dataDir,
    }),
    ...configOverrides,
  };
  await seedDemoData(orm.em.fork(), config.bsnKey);
  const servers = [];
  return {
    orm,
    config,
    async server(overrides = {}) {
      const s = await startServer(orm, { ...config, ...overrides }, { port: 0 });
      servers.push(s);
      return s;
    },
    async stop() {
      for (const s of servers) await s.stop();
      await orm.close(true);
      await pg.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function login(baseUrl, email, password = 'Demo-Wachtwoord-2026!') {
  const r = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: email, p: password },
    }),
  });
  const body = await r.json();
  if (!body.data) throw new Error(`login failed for ${email}: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

export async function gql(baseUrl, token, query, variables = {}) {
  const r = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await r.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Closed loop: `concurrency` workers send `requests` requests in total; latencies in ms. */
export async function load({ requests, concurrency, send }) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next += 1;
        const t = performance.now();
        await send();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { requests, seconds, throughput: requests / seconds, p50: pct(50), p95: pct(95) };
}

export function table(rows) {
  const fmt = (n) => (typeof n === 'number' ? n.toFixed(2) : String(n));
  const keys = Object.keys(rows[0]);
  console.log(`| ${keys.join(' | ')} |`);
  console.log(`|${keys.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${keys.map((k) => fmt(r[k])).join(' | ')} |`);
}
