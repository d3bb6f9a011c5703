import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../src/config/orm.config.js';
import {
  appendToAuditChain,
  auditRecordHash,
  AuditTrail,
  GENESIS_HASH,
  type AuditDraft,
} from '../src/core/audit/audit-trail.js';
import { runAuditVerify, verifyAuditChain } from '../src/core/audit/audit-verifier.js';
import type { AuditActor, AuditEntry, ChainedAuditRecord } from '../src/core/audit/audit.types.js';
import { TEST_BSN_KEY } from './support/keys.js';
import { testDatabase, type TestDatabase } from './support/platform.js';

let db: TestDatabase;
let orm: MikroORM;
beforeAll(async () => {
  process.env.MDA_LOG ??= 'silent';
  db = await testDatabase('empty');
  orm = await MikroORM.init(ormConfig(db.url));
});
afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

const actorOf = (overrides: Partial<AuditActor> = {}): AuditActor => ({
  userId: randomUUID(),
  onBehalfOfUserId: null,
  organisationId: randomUUID(),
  organisationType: 'SAFE_HOME',
  roles: ['PROFESSIONAL'],
  purpose: 'SAFETY_ASSESSMENT',
  breakGlassGrantId: null,
  requestId: `req-${randomUUID()}`,
  ...overrides,
});

const entryOf = (overrides: Partial<AuditEntry> = {}): AuditEntry => {
  const person = randomUUID();
  return {
    action: 'UPDATE',
    subjectType: 'Person',
    subjectId: person,
    caseId: randomUUID(),
    dataSubjectIds: [person],
    fields: ['phone'],
    categories: ['CONTACT'],
    outcome: 'SUCCESS',
    ...overrides,
  };
};

type Row = Record<string, unknown>;
const query = (sql: string, params: unknown[] = []): Promise<Row[]> => orm.em.fork().execute<Row[]>(sql, params);
const inTransaction = <T>(cb: (tx: EntityManager) => Promise<T>): Promise<T> => orm.em.fork().transactional(cb);
/** As a superuser with triggers off in this transaction: what an attacker with full database access can do. */
const tamper = (sql: string, params: unknown[] = []): Promise<void> =>
  inTransaction(async (tx) => {
    await tx.execute(`set local session_replication_role = replica`, [], 'run');
    await tx.execute(sql, params, 'run');
  });
/** Thrown to roll a transaction back on purpose. */
class Rollback extends Error {}
const ignoreRollback = (error: unknown): void => {
  if (!(error instanceof Rollback)) throw error;
};
const count = async (): Promise<number> => Number((await query('select count(*)::int as n from audit.event'))[0]?.n);
const head = async (): Promise<Row> => (await query('select seq::text as seq, hash from audit.chain_head'))[0] as Row;
const verify = () => verifyAuditChain(orm.em.fork());
const draftOf = (actor: AuditActor, entry: AuditEntry, occurredAt: Date): AuditDraft => ({
  occurredAt: occurredAt.toISOString(),
  requestId: actor.requestId,
  actorUserId: actor.userId,
  onBehalfOfUserId: actor.onBehalfOfUserId,
  organisationId: actor.organisationId,
  organisationType: actor.organisationType,
  roles: [...actor.roles],
  action: entry.action,
  subjectType: entry.subjectType,
  subjectId: entry.subjectId,
  caseId: entry.caseId,
  dataSubjectIds: [...entry.dataSubjectIds],
  fields: [...entry.fields],
  categories: [...entry.categories],
  purpose: actor.purpose,
  breakGlassGrantId: actor.breakGlassGrantId,
  outcome: entry.outcome,
  reason: entry.reason ?? null,
});

describe('writing the audit trail', () => {
  it('chains records from the genesis hash and the verifier confirms the chain', async () => {
    expect(await verify()).toEqual({ ok: true, checked: 0, headSeq: '0', headHash: GENESIS_HASH });
    const at = new Date('2026-11-25T09:30:00.123Z');
    const trail = new AuditTrail(actorOf({ roles: ['PROFESSIONAL', 'CASE_DIRECTOR'] }), { now: () => at });
    const reason = `Spoed: "acuut" gevaar \\ voor kind –\n€ ë 🚨 it's ?`;
    await inTransaction((tx) => trail.writeInTransaction(tx, [entryOf({ reason }), entryOf({ action: 'CREATE' })]));
    const person = randomUUID();
    trail.record(entryOf({ action: 'READ', subjectId: person, dataSubjectIds: [person], fields: ['phone'] }));
    trail.record(
      entryOf({ action: 'READ', subjectId: person, dataSubjectIds: [person], fields: ['address'], caseId: null }),
    );
    trail.record(
      entryOf({ action: 'READ', subjectId: person, dataSubjectIds: [person], fields: ['address'], caseId: null }),
    );
    expect(trail.pending).toBe(2);
    expect(await trail.flush(orm.em.fork())).toBe(2);

    const rows = await query(
      `select seq::text as seq, prev_hash, hash, reason, roles, fields, occurred_at = ?::timestamptz as exact_time,
              tableoid::regclass::text as partition
         from audit.event e order by e.seq`,
      [at.toISOString()],
    );
    expect(rows.map((r) => r.seq)).toEqual(['1', '2', '3', '4']);
    expect(rows[0]?.prev_hash).toBe(GENESIS_HASH);
    rows.slice(1).forEach((row, i) => expect(row.prev_hash).toBe(rows[i]?.hash));
    expect(rows[0]?.reason).toBe(reason);
    expect(rows[0]?.roles).toEqual(['CASE_DIRECTOR', 'PROFESSIONAL']);
    expect(rows.every((r) => r.exact_time === true && r.partition === 'audit.event_2026_11')).toBe(true);
    expect(await head()).toEqual({ seq: '4', hash: rows[3]?.hash });

    expect(await verify()).toEqual({ ok: true, checked: 4, headSeq: '4', headHash: rows[3]?.hash });
    const lines: string[] = [];
    expect(await runAuditVerify({ orm, write: (line) => lines.push(line) })).toBe(0);
    expect(lines).toEqual([`audit-verify OK: 4 records checked; head seq 4 hash ${String(rows[3]?.hash)}`]);
  });

  it('checks the database of the environment when run as the CLI command', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      BSN_HASH_KEY: TEST_BSN_KEY.toString('base64'),
      MDA_DATA_DIR: mkdtempSync(join(tmpdir(), 'mda-audit-verify-')),
    });
    try {
      const lines: string[] = [];
      expect(await runAuditVerify({ write: (line) => lines.push(line) })).toBe(0);
      expect(lines).toEqual([
        expect.stringMatching(/^audit-verify OK: 4 records checked; head seq 4 hash [0-9a-f]{64}$/),
      ]);
    } finally {
      process.env = saved;
    }
  });

  it('verifies in pages and from a given seq', async () => {
    expect(await verifyAuditChain(orm.em.fork(), { pageSize: 1 })).toMatchObject({ ok: true, checked: 4 });
    expect(await verifyAuditChain(orm.em.fork(), { from: 3, pageSize: 1 })).toMatchObject({ ok: true, checked: 2 });
    expect(await verifyAuditChain(orm.em.fork(), { from: 99n })).toMatchObject({ ok: true, checked: 0 });
  });

  it('leaves no record when the surrounding transaction rolls back, and the chain stays valid', async () => {
    const before = { rows: await count(), head: await head() };
    const trail = new AuditTrail(actorOf());
    await expect(
      inTransaction(async (tx) => {
        await trail.writeInTransaction(tx, [entryOf(), entryOf()]);
        throw new Error('the change failed after its audit record was written');
      }),
    ).rejects.toThrow('the change failed');
    expect(await count()).toBe(before.rows);
    expect(await head()).toEqual(before.head);
    await inTransaction((tx) => trail.writeInTransaction(tx, [entryOf()]));
    expect(await head()).toMatchObject({ seq: String(Number(before.head.seq) + 1) });
    expect(await verify()).toMatchObject({ ok: true, checked: before.rows + 1 });
  });

  it('keeps a single linear chain without gaps under 20 concurrent writers on two API instances', async () => {
    const second = await MikroORM.init(ormConfig(db.url));
    try {
      const before = await count();
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => {
          const trail = new AuditTrail(actorOf());
          const instance = i % 2 === 0 ? orm : second;
          if (i % 5 === 4) {
            trail.record(entryOf({ action: 'READ' }));
            trail.record(entryOf({ action: 'SEARCH', subjectId: null }));
            trail.record(entryOf({ action: 'READ' }));
            return trail.flush(instance.em.fork());
          }
          return instance.em.fork().transactional(async (tx) => {
            await trail.writeInTransaction(tx, [entryOf(), entryOf({ action: 'CREATE' })]);
            await tx.execute('select pg_sleep(0.01)');
            await trail.writeInTransaction(tx, [entryOf({ action: 'DELETE' })]);
          });
        }),
      );
      const after = await count();
      expect(after - before).toBe(16 * 3 + 4 * 3);
      const seqs = await query(
        'select count(distinct seq)::int as n, min(seq)::int as lo, max(seq)::int as hi from audit.event',
      );
      expect(seqs[0]).toEqual({ n: after, lo: 1, hi: after });
      expect(await verify()).toMatchObject({ ok: true, checked: after });
    } finally {
      await second.close(true);
    }
  });
});

describe('the group commit of reads', () => {
  it('appends a batch in one statement while the head is where this instance left it, and the locking way after another writer moved it', async () => {
    const seen: string[] = [];
    const logging = await MikroORM.init(
      ormConfig(db.url, {
        debug: ['query'],
        colors: false,
        logger: (m: string) => void (m.replace(/\x1b\[[0-9;]*m/g, '').startsWith('[query]') && seen.push(m)),
      }),
    );
    const other = await MikroORM.init(ormConfig(db.url));
    try {
      const before = await count();
      const read = (instance: MikroORM) => {
        const trail = new AuditTrail(actorOf());
        trail.record(entryOf({ action: 'READ' }));
        return trail.flush(instance.em.fork());
      };
      const statementsOf = async (run: () => Promise<unknown>): Promise<string[]> => {
        seen.length = 0;
        await run();
        return seen.filter((m) => /audit\.|begin|commit/.test(m));
      };
      // First batch of this instance: it does not know the head yet, so it locks.
      expect((await statementsOf(() => read(logging))).some((m) => /for update/.test(m))).toBe(true);
      // Nobody else wrote: one statement, no transaction.
      const quick = await statementsOf(() => read(logging));
      expect(quick).toHaveLength(1);
      expect(quick[0]).toMatch(/with head as \(\s*update audit\.chain_head/);
      // Another instance (or a change in a transaction) moves the head: the next batch finds out and locks.
      await read(other);
      await other.em.fork().transactional((tx) => new AuditTrail(actorOf()).writeInTransaction(tx, [entryOf()]));
      const moved = await statementsOf(() => read(logging));
      expect(moved.some((m) => /with head as/.test(m))).toBe(true);
      expect(moved.some((m) => /for update/.test(m))).toBe(true);
      // Interleaved reads on both instances, concurrently: every record once, one linear chain.
      await Promise.all(Array.from({ length: 30 }, (_, i) => read(i % 3 === 0 ? other : logging)));
      const after = await count();
      expect(after - before).toBe(5 + 30);
      const seqs = await query(
        'select count(distinct seq)::int as n, min(seq)::int as lo, max(seq)::int as hi from audit.event',
      );
      expect(seqs[0]).toEqual({ n: after, lo: 1, hi: after });
      expect(await verify()).toMatchObject({ ok: true, checked: after });
    } finally {
      await logging.close(true);
      await other.close(true);
    }
  });
});

describe('append-only in the database', () => {
  const refused = /append-only/;

  it('refuses UPDATE, DELETE and TRUNCATE on the table and on every partition, and the row stays as it was', async () => {
    const original = await query(
      'select reason, fields, hash, tableoid::regclass::text as partition from audit.event where seq = 1',
    );
    const partition = String(original[0]?.partition);
    await expect(query(`update audit.event set reason = 'changed' where seq = 1`)).rejects.toThrow(refused);
    await expect(query(`update audit.event set fields = '{}' where seq = 1`)).rejects.toThrow(refused);
    await expect(query(`delete from audit.event where seq = 1`)).rejects.toThrow(refused);
    await expect(query(`update ${partition} set reason = 'changed' where seq = 1`)).rejects.toThrow(refused);
    await expect(query(`delete from ${partition} where seq = 1`)).rejects.toThrow(refused);
    await expect(query(`truncate audit.event`)).rejects.toThrow(refused);
    await expect(query(`truncate ${partition}`)).rejects.toThrow(refused);
    await expect(query(`truncate audit.event_default`)).rejects.toThrow(refused);
    expect(
      await query('select reason, fields, hash, tableoid::regclass::text as partition from audit.event where seq = 1'),
    ).toEqual(original);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('lets the chain head only move forward', async () => {
    await expect(query(`update audit.chain_head set seq = seq - 1`)).rejects.toThrow(/only moves forward/);
    await expect(query(`delete from audit.chain_head`)).rejects.toThrow(refused);
    await expect(query(`truncate audit.chain_head`)).rejects.toThrow(refused);
  });

  it('puts both triggers on every partition, including ones created later', async () => {
    await query(`select audit.ensure_partition('2040-02-01')`);
    const partitions = await query(`
      select c.relname as name,
             (select array_agg(t.tgname::text order by t.tgname) from pg_trigger t where t.tgrelid = c.oid) as triggers
        from pg_inherits i join pg_class c on c.oid = i.inhrelid
       where i.inhparent = 'audit.event'::regclass order by c.relname`);
    const names = partitions.map((p) => p.name);
    expect(names).toContain('event_default');
    expect(names).toContain('event_2040_02');
    for (let year = 2025; year <= 2027; year += 1) {
      for (let month = 1; month <= 12; month += 1)
        expect(names).toContain(`event_${year}_${String(month).padStart(2, '0')}`);
    }
    for (const p of partitions) expect(p.triggers, String(p.name)).toEqual(['event_append_only', 'event_no_truncate']);
  });

  it('gives the application role mda_app INSERT and SELECT only', async () => {
    const [role] = await query(`select rolcanlogin from pg_roles where rolname = 'mda_app'`);
    expect(role).toEqual({ rolcanlogin: false });
    const asApp = (sql: string) =>
      inTransaction(async (tx) => {
        await tx.execute('set local role mda_app', [], 'run');
        await tx.execute(sql, [], 'run');
      });
    await expect(asApp(`update audit.event set reason = 'x' where seq = 1`)).rejects.toThrow(/permission denied/);
    await expect(asApp(`delete from audit.event where seq = 1`)).rejects.toThrow(/permission denied/);
    await expect(asApp(`truncate audit.event`)).rejects.toThrow(/permission denied/);
    const before = await count();
    await inTransaction(async (tx) => {
      await tx.execute('set local role mda_app', [], 'run');
      await new AuditTrail(actorOf()).writeInTransaction(tx, [entryOf()]);
      // The partition function runs with its owner's rights (security definer).
      expect(await tx.execute(`select audit.ensure_partition('2041-01-01') as created`)).toEqual([{ created: true }]);
    });
    expect(await count()).toBe(before + 1);
    expect(await verify()).toMatchObject({ ok: true });
  });
});

describe('tampering by a superuser with triggers disabled', () => {
  it('finds a changed reason or field list and names exactly that seq', async () => {
    const [row] = await query(`select reason from audit.event where seq = 3`);
    await tamper(`update audit.event set reason = 'nothing to see' where seq = 3`);
    expect(await verify()).toEqual({ ok: false, checked: 2, firstBrokenSeq: '3', reason: 'HASH_MISMATCH' });
    await tamper(`update audit.event set reason = ? where seq = 3`, [row?.reason ?? null]);
    expect(await verify()).toMatchObject({ ok: true });

    // seq 2 is the CREATE written with fields {phone}.
    await tamper(`update audit.event set fields = '{address,phone}' where seq = 2`);
    expect(await verify()).toEqual({ ok: false, checked: 1, firstBrokenSeq: '2', reason: 'HASH_MISMATCH' });
    // A check from a later seq (older months archived) anchors on that record's prev_hash.
    expect(await verifyAuditChain(orm.em.fork(), { from: 3 })).toMatchObject({ ok: true });
    expect(await verifyAuditChain(orm.em.fork(), { from: 2 })).toMatchObject({
      ok: false,
      firstBrokenSeq: '2',
      reason: 'HASH_MISMATCH',
    });
    await tamper(`update audit.event set fields = '{phone}' where seq = 2`);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('finds a record re-hashed after a change at the next record', async () => {
    const actor = actorOf();
    const written = await inTransaction((tx) =>
      appendToAuditChain(tx, [draftOf(actor, entryOf(), new Date()), draftOf(actor, entryOf(), new Date())]),
    );
    const [target, next] = written as [ChainedAuditRecord, ChainedAuditRecord];
    const forged = { ...target, reason: 'forged' };
    await tamper(`update audit.event set reason = 'forged', hash = ? where seq = ?::bigint`, [
      auditRecordHash(target.prevHash, forged),
      target.seq,
    ]);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: next.seq, reason: 'PREV_HASH_MISMATCH' });
    await tamper(`update audit.event set reason = null, hash = ? where seq = ?::bigint`, [target.hash, target.seq]);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('finds a deleted last record (HEAD_MISMATCH) and a deleted middle record (SEQUENCE_GAP)', async () => {
    const { seq: last } = (await head()) as { seq: string };
    // Inside a transaction that is rolled back afterwards: the damage never becomes visible to others.
    await inTransaction(async (tx) => {
      await tx.execute(`set local session_replication_role = replica`, [], 'run');
      await tx.execute(`delete from audit.event where seq = ?::bigint`, [last], 'run');
      const result = await verifyAuditChain(tx);
      expect(result).toMatchObject({ ok: false, firstBrokenSeq: last, reason: 'HEAD_MISMATCH' });
      throw new Rollback();
    }).catch(ignoreRollback);
    expect(await verify()).toMatchObject({ ok: true });

    await inTransaction(async (tx) => {
      await tx.execute(`set local session_replication_role = replica`, [], 'run');
      await tx.execute(`delete from audit.event where seq = 5`, [], 'run');
      expect(await verifyAuditChain(tx)).toMatchObject({
        ok: false,
        checked: 4,
        firstBrokenSeq: '5',
        reason: 'SEQUENCE_GAP',
      });
      throw new Rollback();
    }).catch(ignoreRollback);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('finds a deleted last record after commit, and the CLI line reports it with exit code 1', async () => {
    const { seq: last } = (await head()) as { seq: string };
    const [saved] = await query(`select * from audit.event where seq = ?::bigint`, [last]);
    await tamper(`delete from audit.event where seq = ?::bigint`, [last]);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: last, reason: 'HEAD_MISMATCH' });
    const lines: string[] = [];
    expect(await runAuditVerify({ orm, write: (line) => lines.push(line) })).toBe(1);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^audit-verify FAILED: HEAD_MISMATCH at seq ${last} `))]);
    await tamper(`insert into audit.event select * from jsonb_populate_record(null::audit.event, ?::jsonb)`, [
      JSON.stringify(saved),
    ]);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('finds a record inserted beyond the head', async () => {
    const { seq: last } = (await head()) as { seq: string };
    const [copy] = await query(`select * from audit.event where seq = ?::bigint`, [last]);
    const forged = { ...copy, seq: String(BigInt(last) + 1n) };
    await query(`insert into audit.event select * from jsonb_populate_record(null::audit.event, ?::jsonb)`, [
      JSON.stringify(forged),
    ]);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: forged.seq, reason: 'HEAD_MISMATCH' });
    await tamper(`delete from audit.event where seq = ?::bigint`, [forged.seq]);
    expect(await verify()).toMatchObject({ ok: true });
  });
});

describe('monthly partitions', () => {
  const partitionOf = async (requestId: string): Promise<string> =>
    String(
      (await query(`select tableoid::regclass::text as p from audit.event where request_id = ?`, [requestId]))[0]?.p,
    );
  const partitionExists = async (name: string): Promise<boolean> =>
    (await query(`select to_regclass(?) is not null as e`, [name]))[0]?.e === true;

  it('stores a record of a pre-made month in that month', async () => {
    const actor = actorOf();
    await inTransaction((tx) =>
      new AuditTrail(actor, { now: () => new Date('2025-06-30T23:59:59.999Z') }).writeInTransaction(tx, [entryOf()]),
    );
    expect(await partitionOf(actor.requestId)).toBe('audit.event_2025_06');
  });

  it('creates the partitions of this and next month when the writer first writes in a month', async () => {
    expect(await partitionExists('audit.event_2031_03')).toBe(false);
    const actor = actorOf();
    const trail = new AuditTrail(actor, { now: () => new Date('2031-03-15T12:00:00.000Z') });
    trail.record(entryOf({ action: 'READ' }));
    expect(await trail.flush(orm.em.fork())).toBe(1);
    expect(await partitionOf(actor.requestId)).toBe('audit.event_2031_03');
    expect(await partitionExists('audit.event_2031_04')).toBe(true);
    expect((await query(`select audit.ensure_partition('2031-03-20') as created`))[0]).toEqual({ created: false });
  });

  it('keeps a record without a month partition in the default partition, which ensure_partition then leaves alone', async () => {
    const actor = actorOf();
    await inTransaction((tx) =>
      appendToAuditChain(tx, [draftOf(actor, entryOf(), new Date('2019-05-10T08:00:00.000Z'))]),
    );
    expect(await partitionOf(actor.requestId)).toBe('audit.event_default');
    expect((await query(`select audit.ensure_partition('2019-05-01') as created`))[0]).toEqual({ created: false });
    expect(await partitionExists('audit.event_2019_05')).toBe(false);
    expect((await query(`select audit.ensure_partition('2019-06-01') as created`))[0]).toEqual({ created: true });
    expect(await verify()).toMatchObject({ ok: true });
  });
});
