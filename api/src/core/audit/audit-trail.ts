import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { log } from '../log/logger.js';
import {
  AUDIT_ACTIONS,
  AUDIT_OUTCOMES,
  BUFFERED_ACTIONS,
  type AuditActor,
  type AuditEntry,
  type AuditRecord,
  type ChainedAuditRecord,
} from './audit.types.js';

/** The `prev_hash` of the first record, and the hash of the empty chain's head. */
export const GENESIS_HASH = '0'.repeat(64);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_TEXT = 200;
const MAX_REASON = 2000;

/**
 * The canonical form of a record: the JSON text of an object whose keys are the column
 * names (except `prev_hash` and `hash`) in ascending code-unit order, values as stored:
 * text and uuids as strings (uuids in lower case), `seq` as a decimal string, `occurred_at`
 * as ISO 8601 UTC with milliseconds, arrays in stored order, absent values as `null`.
 * Because keys are sorted and there are no numbers, this equals RFC 8785 (JCS) output, so
 * anyone can recompute a hash with a JCS library and SHA-256 (`docs/audit.md`).
 */
export function canonicalAuditRecord(record: AuditRecord): string {
  const canonical = {
    action: record.action,
    actor_user_id: record.actorUserId,
    break_glass_grant_id: record.breakGlassGrantId,
    case_id: record.caseId,
    categories: record.categories,
    data_subject_ids: record.dataSubjectIds,
    fields: record.fields,
    occurred_at: record.occurredAt,
    on_behalf_of_user_id: record.onBehalfOfUserId,
    organisation_id: record.organisationId,
    organisation_type: record.organisationType,
    outcome: record.outcome,
    purpose: record.purpose,
    reason: record.reason,
    request_id: record.requestId,
    roles: record.roles,
    seq: record.seq,
    subject_id: record.subjectId,
    subject_type: record.subjectType,
  };
  return JSON.stringify(canonical);
}

/** `sha256_hex(prev_hash + '\n' + canonical(record))`. */
export function auditRecordHash(prevHash: string, record: AuditRecord): string {
  return createHash('sha256')
    .update(`${prevHash}\n${canonicalAuditRecord(record)}`, 'utf8')
    .digest('hex');
}

export type AuditDraft = Omit<AuditRecord, 'seq'>;

/** Numbers and chains drafts after the head `{ seq, hash }` (pure: the writer holds the head's row lock). */
export function chainAuditRecords(
  head: { seq: string; hash: string },
  drafts: readonly AuditDraft[],
): ChainedAuditRecord[] {
  let seq = BigInt(head.seq);
  let prevHash = head.hash;
  return drafts.map((draft) => {
    seq += 1n;
    const record: AuditRecord = { ...draft, seq: seq.toString() };
    const hash = auditRecordHash(prevHash, record);
    const chained: ChainedAuditRecord = { ...record, prevHash, hash };
    prevHash = hash;
    return chained;
  });
}

// ---------------------------------------------------------------------------------------
// Normalisation: what is stored is exactly what is hashed.

function fail(message: string): never {
  throw new Error(`audit: ${message}`);
}

function uuidOf(value: string, name: string): string {
  if (typeof value !== 'string' || !UUID.test(value)) fail(`${name} must be a uuid`);
  return value.toLowerCase();
}

function optionalUuidOf(value: string | null | undefined, name: string): string | null {
  return value === null || value === undefined ? null : uuidOf(value, name);
}

function textOf(value: string, name: string, max = MAX_TEXT): string {
  if (typeof value !== 'string' || value.length === 0) fail(`${name} must be a non-empty string`);
  if (value.length > max) fail(`${name} is longer than ${max} characters`);
  // PostgreSQL text cannot hold NUL.
  if (value.includes('\u0000')) fail(`${name} contains a NUL character`);
  return value;
}

function optionalTextOf(value: string | null | undefined, name: string, max = MAX_TEXT): string | null {
  return value === null || value === undefined ? null : textOf(value, name, max);
}

/** Deduplicated and sorted (code-unit order), so equal sets are stored and hashed alike. */
function setOf(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

function textsOf(values: readonly string[], name: string): string[] {
  if (!Array.isArray(values)) fail(`${name} must be an array`);
  return setOf(values.map((v) => textOf(v, name)));
}

function uuidsOf(values: readonly string[], name: string): string[] {
  if (!Array.isArray(values)) fail(`${name} must be an array`);
  return setOf(values.map((v) => uuidOf(v, name)));
}

interface NormalisedActor {
  requestId: string;
  actorUserId: string;
  onBehalfOfUserId: string | null;
  organisationId: string;
  organisationType: string;
  roles: string[];
  purpose: string | null;
  breakGlassGrantId: string | null;
}

function normaliseActor(actor: AuditActor): NormalisedActor {
  return {
    requestId: textOf(actor.requestId, 'requestId'),
    actorUserId: uuidOf(actor.userId, 'userId'),
    onBehalfOfUserId: optionalUuidOf(actor.onBehalfOfUserId, 'onBehalfOfUserId'),
    organisationId: uuidOf(actor.organisationId, 'organisationId'),
    organisationType: textOf(actor.organisationType, 'organisationType'),
    roles: textsOf(actor.roles, 'roles'),
    purpose: optionalTextOf(actor.purpose, 'purpose'),
    breakGlassGrantId: optionalUuidOf(actor.breakGlassGrantId, 'breakGlassGrantId'),
  };
}

interface NormalisedEntry {
  action: AuditEntry['action'];
  subjectType: string;
  subjectId: string | null;
  caseId: string | null;
  dataSubjectIds: string[];
  fields: string[];
  categories: string[];
  outcome: AuditEntry['outcome'];
  reason: string | null;
}

function normaliseEntry(entry: AuditEntry): NormalisedEntry {
  if (!AUDIT_ACTIONS.includes(entry.action)) fail(`unknown action ${String(entry.action)}`);
  if (!AUDIT_OUTCOMES.includes(entry.outcome)) fail(`unknown outcome ${String(entry.outcome)}`);
  return {
    action: entry.action,
    subjectType: textOf(entry.subjectType, 'subjectType'),
    subjectId: optionalTextOf(entry.subjectId, 'subjectId'),
    caseId: optionalUuidOf(entry.caseId, 'caseId'),
    dataSubjectIds: uuidsOf(entry.dataSubjectIds, 'dataSubjectIds'),
    fields: textsOf(entry.fields, 'fields'),
    categories: textsOf(entry.categories, 'categories'),
    outcome: entry.outcome,
    reason: optionalTextOf(entry.reason, 'reason', MAX_REASON),
  };
}

/** Entries that differ only in fields, categories or data subjects are one access. */
function mergeKeyOf(entry: NormalisedEntry): string {
  return JSON.stringify([entry.action, entry.subjectType, entry.subjectId, entry.caseId, entry.outcome, entry.reason]);
}

function draftOf(actor: NormalisedActor, entry: NormalisedEntry, occurredAt: Date): AuditDraft {
  return {
    occurredAt: occurredAt.toISOString(),
    requestId: actor.requestId,
    actorUserId: actor.actorUserId,
    onBehalfOfUserId: actor.onBehalfOfUserId,
    organisationId: actor.organisationId,
    organisationType: actor.organisationType,
    roles: actor.roles,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    caseId: entry.caseId,
    dataSubjectIds: entry.dataSubjectIds,
    fields: entry.fields,
    categories: entry.categories,
    purpose: actor.purpose,
    breakGlassGrantId: actor.breakGlassGrantId,
    outcome: entry.outcome,
    reason: entry.reason,
  };
}

/** Adds `incoming`'s fields, categories and data subjects to `target` (same merge key). */
function mergeEntry(target: NormalisedEntry, incoming: NormalisedEntry): void {
  target.dataSubjectIds = setOf([...target.dataSubjectIds, ...incoming.dataSubjectIds]);
  target.fields = setOf([...target.fields, ...incoming.fields]);
  target.categories = setOf([...target.categories, ...incoming.categories]);
}

/**
 * Merges duplicate entries the way `AuditTrail.record` does: entries equal in action,
 * subject, case, outcome and reason become one, with the union of fields, categories and
 * data subjects (sorted). First occurrence first.
 */
export function mergeAuditEntries(entries: readonly AuditEntry[]): AuditEntry[] {
  const merged = new Map<string, NormalisedEntry>();
  for (const entry of entries.map(normaliseEntry)) {
    const existing = merged.get(mergeKeyOf(entry));
    if (existing) mergeEntry(existing, entry);
    else merged.set(mergeKeyOf(entry), entry);
  }
  return [...merged.values()];
}

// ---------------------------------------------------------------------------------------
// Storage.

const INSERT_SQL = `insert into audit.event (seq, occurred_at, request_id, actor_user_id, on_behalf_of_user_id,
    organisation_id, organisation_type, roles, action, subject_type, subject_id, case_id, data_subject_ids,
    fields, categories, purpose, break_glass_grant_id, outcome, reason, prev_hash, hash)
  select r.seq, r.occurred_at, r.request_id, r.actor_user_id, r.on_behalf_of_user_id,
    r.organisation_id, r.organisation_type, r.roles, r.action, r.subject_type, r.subject_id, r.case_id, r.data_subject_ids,
    r.fields, r.categories, r.purpose, r.break_glass_grant_id, r.outcome, r.reason, r.prev_hash, r.hash
  from jsonb_to_recordset(?::jsonb) as r(seq bigint, occurred_at timestamptz, request_id text, actor_user_id uuid,
    on_behalf_of_user_id uuid, organisation_id uuid, organisation_type text, roles text[], action text,
    subject_type text, subject_id text, case_id uuid, data_subject_ids uuid[], fields text[], categories text[],
    purpose text, break_glass_grant_id uuid, outcome text, reason text, prev_hash text, hash text)
  order by r.seq`;

function rowOf(record: ChainedAuditRecord): Record<string, unknown> {
  return {
    seq: record.seq,
    occurred_at: record.occurredAt,
    request_id: record.requestId,
    actor_user_id: record.actorUserId,
    on_behalf_of_user_id: record.onBehalfOfUserId,
    organisation_id: record.organisationId,
    organisation_type: record.organisationType,
    roles: record.roles,
    action: record.action,
    subject_type: record.subjectType,
    subject_id: record.subjectId,
    case_id: record.caseId,
    data_subject_ids: record.dataSubjectIds,
    fields: record.fields,
    categories: record.categories,
    purpose: record.purpose,
    break_glass_grant_id: record.breakGlassGrantId,
    outcome: record.outcome,
    reason: record.reason,
    prev_hash: record.prevHash,
    hash: record.hash,
  };
}

/**
 * Appends drafts to the chain inside `em`'s transaction: locks the head row (so writers on
 * every API instance queue here), numbers and hashes the batch in Node, inserts it with one
 * statement and moves the head. Low level: services use `AuditTrail`.
 */
export async function appendToAuditChain(
  em: EntityManager,
  drafts: readonly AuditDraft[],
): Promise<ChainedAuditRecord[]> {
  if (drafts.length === 0) return [];
  if (!em.isInTransaction()) fail('appending to the chain needs a transaction (pass the transactional fork)');
  const [head] = await em.execute<{ seq: string; hash: string }[]>(
    'select seq::text as seq, hash from audit.chain_head where id = 1 for update',
  );
  if (!head) fail('audit.chain_head is missing: run the migrations');
  const chained = chainAuditRecords(head, drafts);
  const last = chained[chained.length - 1] as ChainedAuditRecord;
  await em.execute(INSERT_SQL, [JSON.stringify(chained.map(rowOf))], 'run');
  await em.execute('update audit.chain_head set seq = ?::bigint, hash = ? where id = 1', [last.seq, last.hash], 'run');
  return chained;
}

/** Per process: the month partitions (this month and the next) already ensured, per database. */
const ensuredMonths = new Map<string, Promise<void>>();

/**
 * Makes sure the partitions of `now`'s month and the next exist, at most once per process per
 * month and database. Runs in a short transaction of its own (never the caller's: creating a
 * partition locks the parent table), with a lock timeout. A failure is logged, not thrown:
 * rows then land in the default partition, which is protected and chained the same way.
 */
export function ensureAuditPartitions(em: EntityManager, now: Date): Promise<void> {
  const month = now.toISOString().slice(0, 7);
  const key = `${em.config.get('clientUrl') ?? ''}|${em.config.get('dbName') ?? ''}|${month}`;
  let pending = ensuredMonths.get(key);
  if (!pending) {
    pending = em
      .fork()
      .transactional(async (tx) => {
        await tx.execute(`set local lock_timeout = '2s'`, [], 'run');
        await tx.execute(
          `select audit.ensure_partition(?::date) as this_month, audit.ensure_partition((?::date + interval '1 month')::date) as next_month`,
          [`${month}-01`, `${month}-01`],
        );
      })
      .catch((error: unknown) => {
        log.warn('audit.ensure_partition_failed', {
          month,
          kind: error instanceof Error ? error.constructor.name : 'unknown',
        });
      });
    ensuredMonths.set(key, pending);
  }
  return pending;
}

// Appends a chained batch in one statement, only if the chain head is still where this process
// last left it: the head moves and the rows go in together (one implicit transaction), or
// nothing happens (0 rows) because another writer moved the head meanwhile. Under READ
// COMMITTED a concurrent writer's lock is waited for and the condition re-checked on its result.
const APPEND_IF_HEAD_SQL = `with head as (
    update audit.chain_head set seq = ?::bigint, hash = ? where id = 1 and seq = ?::bigint and hash = ? returning 1
  )
  ${INSERT_SQL.replace('order by r.seq', 'where exists (select 1 from head) order by r.seq')}`;

/**
 * Group commit for the reads of concurrent requests: while one batch holds the chain head,
 * the next requests' records gather and go in together as one INSERT. Every request still
 * waits until its own records are committed, but the chain-head lock is taken once per batch
 * instead of once per request. One queue per MikroORM instance (database) and process.
 *
 * The queue remembers where it left the head. While nobody else moved it (the usual case for
 * one API instance between writes of changes), a batch is one statement (APPEND_IF_HEAD_SQL)
 * instead of a transaction of five; when another writer moved it, the statement changes
 * nothing and the batch is appended the locking way, which also learns the new head.
 */
class GroupCommit {
  private queue: { drafts: readonly AuditDraft[]; resolve: (n: number) => void; reject: (e: unknown) => void }[] = [];
  private running = false;
  private head: { seq: string; hash: string } | null = null;

  constructor(private readonly em: EntityManager) {}

  submit(drafts: readonly AuditDraft[]): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ drafts, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, 500);
        try {
          await this.append(batch.flatMap((b) => b.drafts));
          for (const b of batch) b.resolve(b.drafts.length);
        } catch (error) {
          this.head = null;
          for (const b of batch) b.reject(error);
        }
      }
    } finally {
      this.running = false;
    }
  }

  private async append(drafts: readonly AuditDraft[]): Promise<void> {
    if (this.head) {
      const chained = chainAuditRecords(this.head, drafts);
      const last = chained[chained.length - 1] as ChainedAuditRecord;
      const result = await this.em
        .fork()
        .getConnection()
        .execute<{ affectedRows: number }>(
          APPEND_IF_HEAD_SQL,
          [last.seq, last.hash, this.head.seq, this.head.hash, JSON.stringify(chained.map(rowOf))],
          'run',
        );
      if (result.affectedRows === chained.length) {
        this.head = { seq: last.seq, hash: last.hash };
        return;
      }
      if (result.affectedRows !== 0) fail(`audit append wrote ${result.affectedRows} of ${chained.length} rows`);
    }
    const chained = await this.em.fork().transactional((tx) => appendToAuditChain(tx, drafts));
    const last = chained[chained.length - 1];
    this.head = last ? { seq: last.seq, hash: last.hash } : null;
  }
}

// Keyed by the ORM's configuration, which all forks of one MikroORM instance share.
const groupCommits = new WeakMap<object, GroupCommit>();

function groupCommitFor(em: EntityManager): GroupCommit {
  let queue = groupCommits.get(em.config);
  if (!queue) {
    queue = new GroupCommit(em);
    groupCommits.set(em.config, queue);
  }
  return queue;
}

export interface AuditTrailOptions {
  /** The clock (tests). Default: `new Date()`; only milliseconds are kept. */
  now?: () => Date;
}

/**
 * The audit trail of one request. Reads are buffered and merged, then written once at the
 * end of the request (`flush`); changes are written inside their own transaction
 * (`writeInTransaction`), so a change never commits without its audit record.
 */
export class AuditTrail {
  private readonly actor: NormalisedActor;
  private readonly now: () => Date;
  private buffer = new Map<string, { entry: NormalisedEntry; occurredAt: Date }>();

  constructor(actor: AuditActor, options: AuditTrailOptions = {}) {
    this.actor = normaliseActor(actor);
    this.now = options.now ?? (() => new Date());
  }

  /** Buffers a read (or SEARCH/DENIED/EXPORT) for the end of the request; identical entries in one request are merged (union of fields/categories/dataSubjectIds). */
  record(entry: AuditEntry): void {
    const normalised = normaliseEntry(entry);
    if (!BUFFERED_ACTIONS.includes(normalised.action)) {
      fail(
        `${normalised.action} changes data: write it with writeInTransaction() inside the transaction that makes the change`,
      );
    }
    const key = mergeKeyOf(normalised);
    const existing = this.buffer.get(key);
    if (existing) {
      mergeEntry(existing.entry, normalised);
    } else {
      this.buffer.set(key, { entry: normalised, occurredAt: this.clock() });
    }
  }

  /**
   * Writes buffered entries as one INSERT in its own short transaction; call once at the end of
   * the request, after the request's own transactions have ended. Returns the number of rows
   * written. On failure the entries stay buffered and the error is thrown.
   */
  async flush(em: EntityManager): Promise<number> {
    if (this.buffer.size === 0) return 0;
    if (em.isInTransaction()) {
      // The chain head may be locked by this very transaction: waiting for it would hang.
      fail('flush() runs in its own transaction: call it with the request EntityManager, outside any transaction');
    }
    const taken = this.buffer;
    this.buffer = new Map();
    try {
      const drafts = [...taken.values()].map(({ entry, occurredAt }) => draftOf(this.actor, entry, occurredAt));
      await ensureAuditPartitions(em, this.clock());
      return await groupCommitFor(em).submit(drafts);
    } catch (error) {
      // Put the entries back, merged with any recorded meanwhile.
      for (const [key, value] of this.buffer) {
        const earlier = taken.get(key);
        if (earlier) mergeEntry(earlier.entry, value.entry);
        else taken.set(key, value);
      }
      this.buffer = taken;
      throw error;
    }
  }

  /** Writes entries now, inside the caller's transaction (em must be the transactional fork): if this fails, the change rolls back. */
  async writeInTransaction(em: EntityManager, entries: AuditEntry[]): Promise<void> {
    if (!em.isInTransaction()) fail('writeInTransaction() needs the transactional fork (em inside em.transactional)');
    const normalised = entries.map(normaliseEntry);
    if (normalised.length === 0) return;
    const occurredAt = this.clock();
    await ensureAuditPartitions(em, occurredAt);
    await appendToAuditChain(
      em,
      normalised.map((entry) => draftOf(this.actor, entry, occurredAt)),
    );
  }

  /** Buffered entries not yet written. */
  get pending(): number {
    return this.buffer.size;
  }

  private clock(): Date {
    return new Date(this.now().getTime());
  }
}
