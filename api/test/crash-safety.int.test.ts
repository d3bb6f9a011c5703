import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/config/env.js';
import { ormConfig } from '../src/config/orm.config.js';
import { testDatabase, type TestDatabase } from './support/platform.js';
import { freePort } from './support/free-port.js';
import { TEST_BSN_KEY } from './support/keys.js';
import { ApiClient, personaWith } from './support/graphql-client.js';

let db: TestDatabase;
let orm: MikroORM;
beforeAll(async () => {
  db = await testDatabase('demo');
  orm = await MikroORM.init(ormConfig(db.url));
});
afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

async function counts(): Promise<string> {
  const [row] = await orm.em
    .fork()
    .getConnection()
    .execute(
      `select (select count(*) from case_file) c, (select count(*) from household) h, (select count(*) from person) p,
            (select count(*) from household_member) m, (select count(*) from case_team_membership) t,
            (select coalesce(sum(last_value), 0) from case_reference_counter) r`,
    );
  return JSON.stringify(row);
}

/** Starts the built API (api/dist) as its own process, as production would run it. */
async function startApi(
  port: number,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'api', 'dist', 'cli.js'), 'serve'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      PORT: String(port),
      BSN_HASH_KEY: TEST_BSN_KEY.toString('base64'),
      MDA_LOG: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const deadline = Date.now() + 30_000;
  while (!out.includes('server.started')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`API did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, output: () => out };
}

describe('killing the API in the middle of createCase', () => {
  it('leaves no half-written case, household or person behind', async () => {
    const port = await freePort();
    const api = await startApi(port, { MDA_FAULT_PAUSE: 'createCase.afterHousehold' });
    const before = await counts();
    const client = await new ApiClient(`http://127.0.0.1:${port}`).loginAs(
      personaWith('SAFE_HOME', 'PROFESSIONAL').email,
    );
    const pending = client
      .request('mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }', {
        input: {
          municipality: 'SCHIEDAM',
          profile: 'CHILD_ABUSE',
          purpose: 'Veiligheidsbeoordeling na melding',
          legalBasis: { kind: 'LEGAL_DUTY', statute: 'Wet maatschappelijke ondersteuning 2015 art. 4.1.1' },
          members: [{ firstName: 'Kim', lastName: 'Proef', dateOfBirth: '2015-03-03', roles: ['CHILD', 'VICTIM'] }],
        },
      })
      .catch((error: unknown) => error);
    const deadline = Date.now() + 20_000;
    while (!api.output().includes('FAULT_POINT_REACHED createCase.afterHousehold')) {
      if (Date.now() > deadline) throw new Error(`fault point not reached: ${api.output()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    // The household and person rows exist inside the open transaction right now.
    api.child.kill('SIGKILL');
    await new Promise((r) => api.child.once('exit', r));
    expect(await pending).toBeInstanceOf(Error);
    // PostgreSQL rolls back the dead connection's transaction.
    let after = await counts();
    for (let i = 0; i < 50 && after !== before; i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      after = await counts();
    }
    expect(after).toBe(before);

    // And the platform comes back and works: the same request now succeeds once.
    const restarted = await startApi(port, {});
    try {
      const again = await new ApiClient(`http://127.0.0.1:${port}`).loginAs(
        personaWith('SAFE_HOME', 'PROFESSIONAL').email,
      );
      const ok = await again.ok<{ createCase: { reference: string } }>(
        'mutation ($input: CreateCaseInput!) { createCase(input: $input) { reference } }',
        {
          input: {
            municipality: 'SCHIEDAM',
            profile: 'CHILD_ABUSE',
            purpose: 'Veiligheidsbeoordeling na melding',
            legalBasis: { kind: 'LEGAL_DUTY', statute: 'Wet maatschappelijke ondersteuning 2015 art. 4.1.1' },
            members: [{ firstName: 'Kim', lastName: 'Proef', dateOfBirth: '2015-03-03', roles: ['CHILD', 'VICTIM'] }],
          },
        },
      );
      expect(ok.createCase.reference).toMatch(/^MDA-\d{4}-\d{6}$/);
    } finally {
      restarted.child.kill('SIGTERM');
      await new Promise((r) => restarted.child.once('exit', r));
    }
  });
});
