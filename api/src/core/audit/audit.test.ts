import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import {
  AuditTrail,
  GENESIS_HASH,
  auditRecordHash,
  canonicalAuditRecord,
  chainAuditRecords,
  mergeAuditEntries,
  type AuditDraft,
} from './audit-trail.js';
import type { AuditActor, AuditEntry, AuditRecord } from './audit.types.js';

const ACTOR: AuditActor = {
  userId: '11111111-1111-4111-8111-111111111111',
  onBehalfOfUserId: null,
  organisationId: '22222222-2222-4222-8222-222222222222',
  organisationType: 'SAFE_HOME',
  roles: ['PROFESSIONAL', 'CASE_DIRECTOR'],
  purpose: 'SAFETY_ASSESSMENT',
  breakGlassGrantId: null,
  requestId: 'req-1',
};
const PERSON_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const PERSON_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const CASE = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';

const RECORD: AuditRecord = {
  seq: '1',
  occurredAt: '2026-11-25T09:30:00.123Z',
  requestId: 'req-1',
  actorUserId: ACTOR.userId,
  onBehalfOfUserId: null,
  organisationId: ACTOR.organisationId,
  organisationType: 'SAFE_HOME',
  roles: ['CASE_DIRECTOR', 'PROFESSIONAL'],
  action: 'READ',
  subjectType: 'Person',
  subjectId: PERSON_A,
  caseId: CASE,
  dataSubjectIds: [PERSON_A],
  fields: ['address', 'phone'],
  categories: ['CONTACT'],
  purpose: 'SAFETY_ASSESSMENT',
  breakGlassGrantId: null,
  outcome: 'SUCCESS',
  reason: null,
};

const readOf = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  action: 'READ',
  subjectType: 'Person',
  subjectId: PERSON_A,
  caseId: CASE,
  dataSubjectIds: [PERSON_A],
  fields: ['phone'],
  categories: ['CONTACT'],
  outcome: 'SUCCESS',
  ...overrides,
});

describe('canonical form', () => {
  it('is the sorted-key JSON of every column except the hashes, with nulls present (golden vector)', () => {
    const canonical = canonicalAuditRecord(RECORD);
    expect(canonical).toBe(
      '{"action":"READ","actor_user_id":"11111111-1111-4111-8111-111111111111","break_glass_grant_id":null,' +
        '"case_id":"cccccccc-cccc-4ccc-8ccc-cccccccccccc","categories":["CONTACT"],' +
        '"data_subject_ids":["aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"],"fields":["address","phone"],' +
        '"occurred_at":"2026-11-25T09:30:00.123Z","on_behalf_of_user_id":null,' +
        '"organisation_id":"22222222-2222-4222-8222-222222222222","organisation_type":"SAFE_HOME","outcome":"SUCCESS",' +
        '"purpose":"SAFETY_ASSESSMENT","reason":null,"request_id":"req-1","roles":["CASE_DIRECTOR","PROFESSIONAL"],' +
        '"seq":"1","subject_id":"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa","subject_type":"Person"}',
    );
    const keys = Object.keys(JSON.parse(canonical) as object);
    expect(keys).toEqual([...keys].sort());
    expect(keys).not.toContain('hash');
    expect(keys).not.toContain('prev_hash');
  });

  it('does not depend on the order the record object was built in', () => {
    const shuffled = Object.fromEntries(Object.entries(RECORD).reverse()) as unknown as AuditRecord;
    expect(canonicalAuditRecord(shuffled)).toBe(canonicalAuditRecord(RECORD));
  });

  it('changes with array order, null versus empty, and every column', () => {
    const base = canonicalAuditRecord(RECORD);
    expect(canonicalAuditRecord({ ...RECORD, fields: ['phone', 'address'] })).not.toBe(base);
    expect(canonicalAuditRecord({ ...RECORD, reason: '' })).not.toBe(base);
    expect(canonicalAuditRecord({ ...RECORD, occurredAt: '2026-11-25T09:30:00.124Z' })).not.toBe(base);
    expect(canonicalAuditRecord({ ...RECORD, seq: '2' })).not.toBe(base);
    for (const key of Object.keys(RECORD) as (keyof AuditRecord)[]) {
      const value = RECORD[key];
      const changed = Array.isArray(value) ? [...value, 'x'] : value === null ? 'x' : `${value}x`;
      expect(canonicalAuditRecord({ ...RECORD, [key]: changed }), key).not.toBe(base);
    }
  });

  it('keeps text exactly, including quotes, backslashes, line breaks and non-ASCII', () => {
    const reason = 'Spoed: "acuut" \\ gevaar\nvoor kind – €, ë, 🚨';
    const parsed = JSON.parse(canonicalAuditRecord({ ...RECORD, reason })) as { reason: string };
    expect(parsed.reason).toBe(reason);
  });
});

describe('hash chain', () => {
  it('hashes sha256_hex(prev_hash + "\\n" + canonical)', () => {
    const expected = createHash('sha256')
      .update(`${GENESIS_HASH}\n${canonicalAuditRecord(RECORD)}`)
      .digest('hex');
    expect(auditRecordHash(GENESIS_HASH, RECORD)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('numbers from the head and links every record to the one before', () => {
    const { seq: _seq, ...draft } = RECORD;
    const drafts: AuditDraft[] = [draft, { ...draft, fields: ['address'] }, { ...draft, action: 'SEARCH' }];
    const chain = chainAuditRecords({ seq: '0', hash: GENESIS_HASH }, drafts);
    expect(chain.map((r) => r.seq)).toEqual(['1', '2', '3']);
    expect(chain[0]?.prevHash).toBe(GENESIS_HASH);
    for (let i = 0; i < chain.length; i += 1) {
      const record = chain[i] as (typeof chain)[number];
      if (i > 0) expect(record.prevHash).toBe(chain[i - 1]?.hash);
      const { prevHash, hash, ...content } = record;
      expect(hash).toBe(auditRecordHash(prevHash, content));
    }
    const continued = chainAuditRecords({ seq: '9007199254740993', hash: chain[2]?.hash ?? '' }, [draft]);
    expect(continued[0]?.seq).toBe('9007199254740994');
    expect(continued[0]?.prevHash).toBe(chain[2]?.hash);
  });

  it('changes every later hash when an earlier record changes', () => {
    const { seq: _seq, ...draft } = RECORD;
    const original = chainAuditRecords({ seq: '0', hash: GENESIS_HASH }, [draft, draft, draft]);
    const tampered = chainAuditRecords({ seq: '0', hash: GENESIS_HASH }, [{ ...draft, reason: 'x' }, draft, draft]);
    original.forEach((record, i) => expect(tampered[i]?.hash).not.toBe(record.hash));
  });
});

describe('merging duplicate reads', () => {
  it('merges entries equal but for fields, categories and data subjects into their union, sorted', () => {
    const merged = mergeAuditEntries([
      readOf({ fields: ['phone'], categories: ['CONTACT'], dataSubjectIds: [PERSON_B] }),
      readOf({ subjectId: PERSON_B }),
      readOf({
        fields: ['address', 'phone'],
        categories: ['CONTACT', 'IDENTITY'],
        dataSubjectIds: [PERSON_A.toUpperCase()],
      }),
      readOf({ outcome: 'DENIED' }),
    ]);
    expect(merged).toHaveLength(3);
    expect(merged[0]).toMatchObject({
      subjectId: PERSON_A,
      fields: ['address', 'phone'],
      categories: ['CONTACT', 'IDENTITY'],
      dataSubjectIds: [PERSON_A, PERSON_B],
    });
    expect(merged[1]).toMatchObject({ subjectId: PERSON_B, fields: ['phone'] });
    expect(merged[2]).toMatchObject({ outcome: 'DENIED' });
  });
});

interface Statement {
  sql: string;
  params: unknown[];
}

/** An EntityManager stand-in that records statements and keeps a chain head. */
function fakeEntityManager(options: { failInsert?: boolean } = {}): {
  em: EntityManager;
  tx: EntityManager;
  statements: Statement[];
} {
  const statements: Statement[] = [];
  let head = { seq: '0', hash: GENESIS_HASH };
  const config = { get: (key: string) => `fake-${key}` };
  const tx = {
    config,
    isInTransaction: () => true,
    execute: async (sql: string, params: unknown[] = []) => {
      statements.push({ sql, params });
      if (sql.includes('from audit.chain_head')) return [head];
      if (sql.startsWith('insert into audit.event') && options.failInsert) throw new Error('insert failed');
      if (sql.startsWith('update audit.chain_head')) head = { seq: String(params[0]), hash: String(params[1]) };
      return [];
    },
  };
  const em = {
    config,
    isInTransaction: () => false,
    fork: () => ({
      transactional: async <T>(cb: (t: EntityManager) => Promise<T>) => cb(tx as unknown as EntityManager),
    }),
  };
  return { em: em as unknown as EntityManager, tx: tx as unknown as EntityManager, statements };
}

const insertedRows = (statements: Statement[]): Record<string, unknown>[] =>
  statements
    .filter((s) => s.sql.startsWith('insert into audit.event'))
    .flatMap((s) => JSON.parse(String(s.params[0])) as Record<string, unknown>[]);

describe('AuditTrail', () => {
  const at = new Date('2026-11-25T09:30:00.123Z');

  it('buffers reads, merges duplicates, and flushes them as one INSERT after locking the head', async () => {
    const trail = new AuditTrail({ ...ACTOR, userId: ACTOR.userId.toUpperCase() }, { now: () => at });
    trail.record(readOf({ fields: ['phone'] }));
    trail.record(readOf({ fields: ['address'] }));
    trail.record(readOf({ action: 'SEARCH', subjectType: 'CaseFile', subjectId: null, fields: [], categories: [] }));
    expect(trail.pending).toBe(2);

    const { em, statements } = fakeEntityManager();
    expect(await trail.flush(em)).toBe(2);
    expect(trail.pending).toBe(0);
    expect(statements.filter((s) => s.sql.startsWith('insert into audit.event'))).toHaveLength(1);
    const lockAt = statements.findIndex((s) => /from audit\.chain_head where id = 1 for update/.test(s.sql));
    const insertAt = statements.findIndex((s) => s.sql.startsWith('insert into audit.event'));
    const headAt = statements.findIndex((s) => s.sql.startsWith('update audit.chain_head'));
    expect(lockAt).toBeGreaterThanOrEqual(0);
    expect(lockAt).toBeLessThan(insertAt);
    expect(insertAt).toBeLessThan(headAt);

    const rows = insertedRows(statements);
    expect(rows.map((r) => [r.seq, r.action, r.fields])).toEqual([
      ['1', 'READ', ['address', 'phone']],
      ['2', 'SEARCH', []],
    ]);
    expect(rows[0]).toMatchObject({
      occurred_at: '2026-11-25T09:30:00.123Z',
      actor_user_id: ACTOR.userId,
      roles: ['CASE_DIRECTOR', 'PROFESSIONAL'],
      prev_hash: GENESIS_HASH,
      reason: null,
    });
    expect(rows[1]?.prev_hash).toBe(rows[0]?.hash);
    expect(await trail.flush(em)).toBe(0);
  });

  it('keeps the entries buffered when the write fails', async () => {
    const trail = new AuditTrail(ACTOR, { now: () => at });
    trail.record(readOf());
    const { em } = fakeEntityManager({ failInsert: true });
    await expect(trail.flush(em)).rejects.toThrow('insert failed');
    expect(trail.pending).toBe(1);
  });

  it('refuses to buffer a change: changes are written inside their own transaction', () => {
    const trail = new AuditTrail(ACTOR);
    for (const action of ['CREATE', 'UPDATE', 'DELETE', 'BREAK_GLASS'] as const) {
      expect(() => trail.record(readOf({ action }))).toThrow(/writeInTransaction/);
    }
    expect(trail.pending).toBe(0);
  });

  it('writes in the caller transaction only, and flushes only outside one', async () => {
    const trail = new AuditTrail(ACTOR, { now: () => at });
    const { em, tx, statements } = fakeEntityManager();
    await expect(trail.writeInTransaction(em, [readOf({ action: 'UPDATE' })])).rejects.toThrow(/transactional fork/);
    await trail.writeInTransaction(tx, [readOf({ action: 'UPDATE', fields: ['phone'] })]);
    expect(insertedRows(statements).map((r) => [r.seq, r.action])).toEqual([['1', 'UPDATE']]);
    trail.record(readOf());
    await expect(trail.flush(tx)).rejects.toThrow(/outside any transaction/);
    expect(trail.pending).toBe(1);
  });

  it('rejects malformed ids and unknown actions instead of storing them', () => {
    expect(() => new AuditTrail({ ...ACTOR, userId: 'not-a-uuid' })).toThrow(/userId must be a uuid/);
    const trail = new AuditTrail(ACTOR);
    expect(() => trail.record(readOf({ dataSubjectIds: ['x'] }))).toThrow(/dataSubjectIds must be a uuid/);
    expect(() => trail.record(readOf({ action: 'PEEK' as AuditEntry['action'] }))).toThrow(/unknown action/);
    expect(() => trail.record(readOf({ fields: ['a\u0000b'] }))).toThrow(/NUL/);
  });
});
