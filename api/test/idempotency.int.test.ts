import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, testDatabase, type Platform, type TestDatabase } from './support/platform.js';
import { ApiClient, codeOf, personaWith } from './support/graphql-client.js';
import { freePort } from './support/free-port.js';
import { startApiProcess } from './support/api-process.js';
import { activeMembershipSql } from './support/nl-today.js';

const RECORD = 'mutation ($i: RecordCaseEntryInput!) { recordCaseEntry(input: $i) { id title } }';

interface Target {
  caseId: string;
  personId: string;
}

async function targetOf(sql: <T>(text: string, params?: unknown[]) => Promise<T[]>): Promise<Target> {
  const [row] = await sql<{ case_id: string; person_id: string }>(
    `select c.id as case_id, hm.person_id from case_file c
       join household_member hm on hm.household_id = c.household_id
       join case_team_membership m on m.case_id = c.id join organisation o on o.id = m.organisation_id
      where c.status = 'ACTIVE' and o.type = 'SAFE_HOME' and ${activeMembershipSql()}
      order by c.reference limit 1`,
  );
  if (!row) throw new Error('demo data has no SAFE_HOME case');
  return { caseId: row.case_id, personId: row.person_id };
}

const entry = (t: Target, title: string) => ({
  i: {
    caseId: t.caseId,
    category: 'PLAN',
    title,
    body: 'Afspraak met het gezin over de week.',
    concerns: [t.personId],
  },
});

describe('idempotent mutations (in-process API)', () => {
  let platform: Platform;
  let target: Target;
  const count = async (title: string) =>
    Number((await platform.sql<{ n: string }>('select count(*) as n from case_entry where title = ?', [title]))[0]!.n);
  beforeAll(async () => {
    platform = await startPlatform();
    target = await targetOf(platform.sql);
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('a retry with the same key returns the first result and writes nothing again', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const key = `save-${randomUUID()}`;
    const title = `Retry ${key}`;
    const first = await client.request<{ recordCaseEntry: { id: string } }>(RECORD, entry(target, title), {
      'Idempotency-Key': key,
    });
    expect(first.errors).toBeUndefined();
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await client.request<{ recordCaseEntry: { id: string } }>(RECORD, entry(target, title), {
      'Idempotency-Key': key,
    });
    expect(again.errors).toBeUndefined();
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.data!.recordCaseEntry.id).toBe(first.data!.recordCaseEntry.id);
    expect(await count(title)).toBe(1);
    // The key is stored for this user, for 24 hours.
    const [stored] = await platform.sql<{ hours: number }>(
      'select round(extract(epoch from expires_at - created_at) / 3600) as hours from idempotency_key where key = ?',
      [key],
    );
    expect(Number(stored!.hours)).toBe(24);
  });

  it('the same key with a different request is refused (CONFLICT) and changes nothing', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const key = `save-${randomUUID()}`;
    await client.ok(RECORD, entry(target, `Eerste ${key}`));
    const first = await client.request(RECORD, entry(target, `Eerste ${key}`), { 'Idempotency-Key': key });
    expect(first.errors).toBeUndefined();
    const other = await client.request(RECORD, entry(target, `Ander ${key}`), { 'Idempotency-Key': key });
    expect(codeOf(other.errors)).toBe('CONFLICT');
    expect(other.errors?.[0]?.extensions?.reason).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.status).toBe(409);
    expect(await count(`Ander ${key}`)).toBe(0);
  });

  it('a malformed key is refused with the header named, and nothing is written', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const result = await client.request(RECORD, entry(target, 'Sleutel te kort'), { 'Idempotency-Key': 'kort' });
    expect(codeOf(result.errors)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).toContain('Idempotency-Key');
    expect(await count('Sleutel te kort')).toBe(0);
  });

  it('keys are per user: another user with the same key gets its own write', async () => {
    const key = `shared-${randomUUID()}`;
    const a = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const b = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'CASE_DIRECTOR').email);
    const title = `Per gebruiker ${key}`;
    expect((await a.request(RECORD, entry(target, title), { 'Idempotency-Key': key })).errors).toBeUndefined();
    const asB = await b.request(RECORD, entry(target, title), { 'Idempotency-Key': key });
    expect(asB.errors).toBeUndefined();
    expect(asB.headers.get('idempotent-replayed')).toBeNull();
    expect(await count(title)).toBe(2);
  });

  it('the key may travel in the request body (extensions.idempotencyKey) instead of the header', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const key = `body-${randomUUID()}`;
    const title = `Body ${key}`;
    const send = () =>
      fetch(`${platform.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${client.token}` },
        body: JSON.stringify({ query: RECORD, variables: entry(target, title), extensions: { idempotencyKey: key } }),
      }).then(async (r) => ({
        replayed: r.headers.get('idempotent-replayed'),
        body: (await r.json()) as { data: { recordCaseEntry: { id: string } } },
      }));
    const first = await send();
    const second = await send();
    expect(second.replayed).toBe('true');
    expect(second.body.data.recordCaseEntry.id).toBe(first.body.data.recordCaseEntry.id);
    expect(await count(title)).toBe(1);
  });

  it('ten concurrent requests with one key write once and all answer with that write', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const key = `burst-${randomUUID()}`;
    const title = `Gelijktijdig ${key}`;
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        client.request<{ recordCaseEntry: { id: string } }>(RECORD, entry(target, title), { 'Idempotency-Key': key }),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(results.map(() => undefined));
    expect(new Set(results.map((r) => r.data!.recordCaseEntry.id)).size).toBe(1);
    expect(await count(title)).toBe(1);
  });

  it('a refused mutation stores no key: after the cause is fixed, the same key runs', async () => {
    const client = await new ApiClient(platform.baseUrl).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
    const key = `fix-${randomUUID()}`;
    const bad = await client.request(
      RECORD,
      { i: { ...entry(target, 'Onvolledig').i, concerns: [] } },
      { 'Idempotency-Key': key },
    );
    expect(codeOf(bad.errors)).toBe('BAD_USER_INPUT');
    expect(await platform.sql('select 1 from idempotency_key where key = ?', [key])).toEqual([]);
  });
});

describe('kill -9 during 50 concurrent writes, then every client retries with its key', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await testDatabase('demo');
  });
  afterAll(async () => {
    await db?.drop();
  });

  /**
   * 50 concurrent writes, each with its own key; the API is killed with SIGKILL once
   * `killWhen` rows are committed; every client then retries with its key on a restarted API.
   */
  async function crashAndRetry(options: {
    killWhen: number;
    env?: Record<string, string>;
  }): Promise<{ atCrash: number; answered: number; replayed: number }> {
    const { MikroORM } = await import('@mikro-orm/postgresql');
    const { ormConfig } = await import('../src/config/orm.config.js');
    const orm = await MikroORM.init(ormConfig(db.url, { entities: [], discovery: { warnWhenNoEntities: false } }));
    const sql = <T>(text: string, params: unknown[] = []) => orm.em.fork().getConnection().execute<T[]>(text, params);
    try {
      const target = await targetOf(sql);
      const run = randomUUID().slice(0, 8);
      const writes = Array.from({ length: 50 }, (_, i) => ({
        key: `crash-${run}-${String(i).padStart(2, '0')}`,
        title: `Crash ${run} ${i}`,
      }));
      const committed = async () =>
        Number(
          (await sql<{ n: string }>('select count(*) as n from case_entry where title like ?', [`Crash ${run} %`]))[0]!
            .n,
        );

      const port = await freePort();
      const api = await startApiProcess(port, { DATABASE_URL: db.url, ...options.env });
      const url = `http://127.0.0.1:${port}`;
      const client = await new ApiClient(url).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
      const first = writes.map((w) =>
        client
          .request<{ recordCaseEntry: { id: string } }>(RECORD, entry(target, w.title), { 'Idempotency-Key': w.key })
          .then(
            (r) => (r.errors ? null : r.data!.recordCaseEntry.id),
            () => null,
          ),
      );
      for (let i = 0; i < 4000 && (await committed()) < options.killWhen; i += 1)
        await new Promise((r) => setTimeout(r, 5));
      await api.kill();
      const seen = await Promise.all(first);
      const atCrash = await committed();
      const answered = seen.filter((id) => id !== null).length;
      expect(answered).toBeLessThan(50);

      const restarted = await startApiProcess(port, { DATABASE_URL: db.url });
      try {
        const again = await new ApiClient(url).loginAs(personaWith('SAFE_HOME', 'PROFESSIONAL').email);
        const retried = await Promise.all(
          writes.map((w) =>
            again.request<{ recordCaseEntry: { id: string } }>(RECORD, entry(target, w.title), {
              'Idempotency-Key': w.key,
            }),
          ),
        );
        expect(retried.filter((r) => r.errors)).toEqual([]);
        // Those the client saw succeed get the same entry back.
        seen.forEach((id, i) => {
          if (id !== null) expect(retried[i]!.data!.recordCaseEntry.id).toBe(id);
        });
        const rows = await sql<{ title: string; n: string }>(
          'select title, count(*) as n from case_entry where title like ? group by title',
          [`Crash ${run} %`],
        );
        expect(rows).toHaveLength(50);
        expect(rows.every((r) => r.n === '1')).toBe(true);
        expect(new Set(retried.map((r) => r.data!.recordCaseEntry.id)).size).toBe(50);
        const replayed = retried.filter((r) => r.headers.get('idempotent-replayed') === 'true').length;
        // Every write committed before the kill is answered from its key, never written again.
        expect(replayed).toBe(atCrash);
        return { atCrash, answered, replayed };
      } finally {
        await restarted.stop();
      }
    } finally {
      await orm.close(true);
    }
  }

  it('holds exactly one row per intended write when the kill lands mid-burst', async () => {
    const figures = await crashAndRetry({ killWhen: 15 });
    process.stdout.write(`idempotency crash (mid-burst): ${JSON.stringify(figures)}\n`);
    expect(figures.atCrash).toBeGreaterThanOrEqual(15);
  }, 240_000);

  it('holds exactly one row per intended write when all 50 committed but no client heard back', async () => {
    const figures = await crashAndRetry({ killWhen: 50, env: { MDA_FAULT_PAUSE: 'idempotency.afterCommit' } });
    process.stdout.write(`idempotency crash (after commit): ${JSON.stringify(figures)}\n`);
    expect(figures).toEqual({ atCrash: 50, answered: 0, replayed: 50 });
  }, 240_000);
});
