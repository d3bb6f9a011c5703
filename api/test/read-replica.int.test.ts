// Read replicas (issue 10 item 7, docs/scaling.md "Read replicas"): a streaming standby made
// in the test run from the embedded server's binaries, the API connected to both the way
// `cli.js serve` connects with DATABASE_REPLICA_URLS. Replay on the standby is paused to tell
// which server answered: what the primary has and the paused standby has not.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../src/config/env.js';
import { REPLICA_CONNECT_TIMEOUT_MS } from '../src/config/orm.config.js';
import { connect, migrateUp } from '../src/core/db/database.js';
import { startEmbeddedPostgres, type RunningDatabase } from '../src/core/db/embedded-postgres.js';
import { startEmbeddedReplica, type RunningReplica } from '../src/core/db/embedded-replica.js';
import { isReplicaTrouble } from '../src/core/db/read-replica.js';
import { seedDemoData } from '../src/capabilities.js';
import { startServer, type RunningServer } from '../src/server.js';
import { freePort } from './support/free-port.js';
import { TEST_BSN_KEY } from './support/keys.js';
import { testConfig } from './support/platform.js';
import { ApiClient, personaWith } from './support/graphql-client.js';

const CREATE = `mutation ($input: CreateCaseInput!) { createCase(input: $input) { id reference } }`;
const CASE = 'query ($id: ID!) { case(id: $id) { id reference } }';
const LIST = '{ cases(first: 100) { totalCount edges { node { id reference } } } }';

const newCase = () => ({
  municipality: 'ROTTERDAM',
  profile: 'INTIMATE_TERROR',
  purpose: 'Gezamenlijk plan van aanpak MDA++',
  legalBasis: { kind: 'COVENANT', article: 'Convenant Zorg- en Veiligheidshuis Rotterdam-Rijnmond, art. 7' },
  members: [{ firstName: 'Rena', lastName: 'Replica', dateOfBirth: '1991-03-04', roles: ['VICTIM'] }],
});

let dir: string;
let primary: RunningDatabase;
let replica: RunningReplica;
let orm: MikroORM;
let server: RunningServer;

async function onReplica(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: replica.urlFor('mda') });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** The environment of `cli.js serve`, plus what loadConfig needs to stay inside the test's directory. */
const env = (vars: Record<string, string>): NodeJS.ProcessEnv => ({
  BSN_HASH_KEY: TEST_BSN_KEY.toString('base64'),
  MDA_DATA_DIR: dir,
  ...vars,
});

async function onPrimary(text: string, params: unknown[]): Promise<void> {
  const client = new pg.Client({ connectionString: primary.urlFor('mda') });
  await client.connect();
  try {
    await client.query(text, params);
  } finally {
    await client.end();
  }
}

type ListAnswer = { cases: { totalCount: number; edges: { node: { id: string; reference: string } }[] } };
const listed = (answer: ListAnswer): string[] => answer.cases.edges.map((e) => e.node.id);

beforeAll(async () => {
  process.env.MDA_LOG ??= 'silent';
  dir = mkdtempSync(join(tmpdir(), 'mda-replica-test-'));
  primary = await startEmbeddedPostgres({ dataDir: dir, name: 'primary', port: await freePort(), ephemeral: true });
  const admin = new pg.Client({ connectionString: primary.url });
  await admin.connect();
  await admin.query('create database mda');
  await admin.end();
  const setup = await connect(primary.urlFor('mda'));
  await migrateUp(setup);
  await seedDemoData(setup.em.fork(), TEST_BSN_KEY);
  await setup.close(true);
  replica = await startEmbeddedReplica({
    primaryUrl: primary.url,
    primaryDataDir: join(dir, 'primary'),
    dataDir: join(dir, 'replica'),
    port: await freePort(),
  });
  await replica.caughtUp();
  // As `cli.js serve` does with DATABASE_URL and DATABASE_REPLICA_URLS.
  const config = loadConfig(env({ DATABASE_URL: primary.urlFor('mda'), DATABASE_REPLICA_URLS: replica.urlFor('mda') }));
  orm = await connect(primary.urlFor('mda'), config.replicaUrls);
  server = await startServer(orm, testConfig(), { port: 0 });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await orm?.close(true);
  await replica?.stop();
  await primary?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a streaming read replica', () => {
  it('connects to the replica with a short connect timeout, so a silent replica falls back quickly', () => {
    const replicaConnection = orm.em.fork().getConnection('read');
    expect(replicaConnection).not.toBe(orm.em.fork().getConnection('write'));
    const knexConfig = replicaConnection.getKnex().client.config as {
      connection: { connectionTimeoutMillis?: number };
    };
    expect(knexConfig.connection.connectionTimeoutMillis).toBe(REPLICA_CONNECT_TIMEOUT_MS);
  });

  it('serves the case list while writes and the dossier stay on the primary', async () => {
    const safeHome = await new ApiClient(server.url).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const before = await safeHome.ok<ListAnswer>(LIST);
    expect(before.cases.edges.length).toBeGreaterThan(0);

    await onReplica('select pg_wal_replay_pause()');
    // The write goes to the primary although the standby stands still.
    const created = (await safeHome.ok<{ createCase: { id: string; reference: string } }>(CREATE, { input: newCase() }))
      .createCase;
    // Read-your-own-write: the case itself is read on the primary.
    expect((await safeHome.ok<{ case: { reference: string } }>(CASE, { id: created.id })).case.reference).toBe(
      created.reference,
    );
    // The list came from the standby, which has not replayed the new case yet.
    const whilePaused = await safeHome.ok<ListAnswer>(LIST);
    expect(listed(whilePaused)).not.toContain(created.id);
    expect(whilePaused.cases.totalCount).toBe(before.cases.totalCount);

    await onReplica('select pg_wal_replay_resume()');
    await replica.caughtUp();
    const after = await safeHome.ok<ListAnswer>(LIST);
    expect(listed(after)).toContain(created.id);
    expect(after.cases.totalCount).toBe(before.cases.totalCount + 1);
  });

  it('decides what a listed case shows on the primary: a membership ended a moment ago opens nothing', async () => {
    const safeHome = await new ApiClient(server.url).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const before = await safeHome.ok<ListAnswer>(LIST);
    const caseId = listed(before)[0] as string;
    await onReplica('select pg_wal_replay_pause()');
    // Veilig Thuis leaves the team on the primary; the paused standby still has it on the team.
    await onPrimary(
      `update case_team_membership set ended_at = now() where case_id = $1 and ended_at is null
          and organisation_id = (select organisation_id from app_user where email = $2)`,
      [caseId, personaWith('SAFE_HOME', 'PROFESSIONAL').email],
    );
    const stale = await safeHome.ok<ListAnswer>(LIST);
    // The standby still counts the case, but the page is checked against the primary's facts.
    expect(stale.cases.totalCount).toBe(before.cases.totalCount);
    expect(listed(stale)).not.toContain(caseId);
    await onReplica('select pg_wal_replay_resume()');
    await replica.caughtUp();
    expect((await safeHome.ok<ListAnswer>(LIST)).cases.totalCount).toBe(before.cases.totalCount - 1);
  });

  it('keeps answering from the primary when the replica is gone', async () => {
    const safeHome = await new ApiClient(server.url).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const onBoth = await safeHome.ok<ListAnswer>(LIST);
    await replica.stop();
    const onPrimary = await safeHome.ok<ListAnswer>(LIST);
    expect(listed(onPrimary)).toEqual(listed(onBoth));
  });
});

describe('which failures of a replica read are repeated on the primary', () => {
  it('repeats connection trouble and recovery conflicts, not a faulty statement', () => {
    expect(isReplicaTrouble(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isReplicaTrouble({ severity: 'FATAL', code: '57P01' })).toBe(true);
    expect(isReplicaTrouble({ severity: 'FATAL', code: '08006' })).toBe(true);
    expect(isReplicaTrouble({ severity: 'ERROR', code: '40001' })).toBe(true);
    expect(isReplicaTrouble({ severity: 'ERROR', code: '42601' })).toBe(false);
    expect(isReplicaTrouble({ severity: 'ERROR', code: '22P02' })).toBe(false);
  });

  it('refuses a replica address that is not a postgres URL, naming its position', () => {
    expect(() => loadConfig(env({ DATABASE_REPLICA_URLS: 'postgres://a@h/db, http://x' }))).toThrow(
      'DATABASE_REPLICA_URLS: entry 2 is not a postgres:// URL',
    );
    expect(loadConfig(env({ DATABASE_REPLICA_URLS: ' postgres://a@h:5433/db ,, ' })).replicaUrls).toEqual([
      'postgres://a@h:5433/db',
    ]);
  });
});
