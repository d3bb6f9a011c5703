import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../../config/env.js';
import { connect, openDatabase } from '../db/database.js';
import { auditRecordHash, GENESIS_HASH } from './audit-trail.js';
import type { AuditRecord, AuditVerifyResult } from './audit.types.js';

const DEFAULT_PAGE_SIZE = 5000;

export interface EventRow {
  seq: string;
  occurred_at: string;
  request_id: string;
  actor_user_id: string;
  on_behalf_of_user_id: string | null;
  organisation_id: string;
  organisation_type: string;
  roles: unknown;
  action: string;
  subject_type: string;
  subject_id: string | null;
  case_id: string | null;
  data_subject_ids: unknown;
  fields: unknown;
  categories: unknown;
  purpose: string | null;
  break_glass_grant_id: string | null;
  outcome: string;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

// Values are read back without any normalisation, so any change shows in the hash.
// `occurred_at` comes with microseconds (the writer stores milliseconds only).
/** The columns of `audit.event` as the verifier (and the archive) reads them: text, arrays as JSON. */
export const EVENT_COLUMNS = `seq::text as seq,
    to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as occurred_at,
    request_id, actor_user_id::text as actor_user_id, on_behalf_of_user_id::text as on_behalf_of_user_id,
    organisation_id::text as organisation_id, organisation_type, to_jsonb(roles) as roles, action, subject_type,
    subject_id, case_id::text as case_id, to_jsonb(data_subject_ids) as data_subject_ids, to_jsonb(fields) as fields,
    to_jsonb(categories) as categories, purpose, break_glass_grant_id::text as break_glass_grant_id, outcome, reason,
    prev_hash, hash`;

const SELECT_PAGE = `select ${EVENT_COLUMNS}
  from audit.event e
  where (e.seq, e.occurred_at) > (?::bigint, ?::timestamptz) and e.seq <= ?::bigint
  order by e.seq, e.occurred_at -- qualified: the output columns of the same names are text
  limit ?`;

function jsonArray(value: unknown): readonly string[] {
  // jsonb arrives parsed; keep whatever is there (a null or a nested value will not hash alike).
  return (typeof value === 'string' ? JSON.parse(value) : value) as readonly string[];
}

/** `2026-11-25T10:00:00.123000` -> `2026-11-25T10:00:00.123Z`; sub-millisecond values stay visible. */
function isoOf(micros: string): string {
  return micros.endsWith('000') ? `${micros.slice(0, -3)}Z` : `${micros}Z`;
}

export function recordOf(row: EventRow): AuditRecord {
  return {
    seq: row.seq,
    occurredAt: isoOf(row.occurred_at),
    requestId: row.request_id,
    actorUserId: row.actor_user_id,
    onBehalfOfUserId: row.on_behalf_of_user_id,
    organisationId: row.organisation_id,
    organisationType: row.organisation_type,
    roles: jsonArray(row.roles),
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    caseId: row.case_id,
    dataSubjectIds: jsonArray(row.data_subject_ids),
    fields: jsonArray(row.fields),
    categories: jsonArray(row.categories),
    purpose: row.purpose,
    breakGlassGrantId: row.break_glass_grant_id,
    outcome: row.outcome,
    reason: row.reason,
  };
}

/**
 * Recomputes the hash chain in Node, page by page in `seq` order, up to the chain head read
 * at the start (records appended meanwhile are left for the next run). Finds a changed record
 * (HASH_MISMATCH), a record re-hashed after a change or inserted (PREV_HASH_MISMATCH), a
 * removed or duplicated number (SEQUENCE_GAP), and a removed tail or rows beyond the head
 * (HEAD_MISMATCH). `from` starts at that seq, taking its stored prev_hash as the anchor.
 */
export async function verifyAuditChain(
  em: EntityManager,
  opts: { from?: bigint | number; pageSize?: number } = {},
): Promise<AuditVerifyResult> {
  const pageSize = opts.pageSize ?? DEFAULT_PAGE_SIZE;
  // One statement, one snapshot: head and highest seq agree with each other.
  const [head] = await em.execute<{ seq: string; hash: string; max_seq: string | null }[]>(
    'select h.seq::text as seq, h.hash, (select max(seq) from audit.event)::text as max_seq from audit.chain_head h where h.id = 1',
  );
  if (!head) return { ok: false, checked: 0, firstBrokenSeq: '0', reason: 'HEAD_MISMATCH' };
  const headSeq = BigInt(head.seq);
  if (head.max_seq !== null && BigInt(head.max_seq) > headSeq) {
    return { ok: false, checked: 0, firstBrokenSeq: (headSeq + 1n).toString(), reason: 'HEAD_MISMATCH' };
  }

  // Archived months (audit-archive) left the database: without `from`, the retained chain
  // starts after the newest of them and must link to the hash recorded for its last record.
  const [archived] =
    opts.from === undefined
      ? await em.execute<{ last_seq: string; last_hash: string }[]>(
          'select s.last_seq::text as last_seq, s.last_hash from audit.archived_segment s order by s.last_seq desc limit 1 -- qualified: ordered as numbers, not as the text column',
        )
      : [];
  const from = archived
    ? BigInt(archived.last_seq) + 1n
    : opts.from === undefined
      ? 1n
      : BigInt(opts.from) < 1n
        ? 1n
        : BigInt(opts.from);
  if (from > headSeq) {
    if (archived && from - 1n === headSeq && archived.last_hash !== head.hash)
      return { ok: false, checked: 0, firstBrokenSeq: head.seq, reason: 'HEAD_MISMATCH' };
    return { ok: true, checked: 0, headSeq: head.seq, headHash: head.hash };
  }
  let expectedSeq = from;
  // From the start: the genesis hash. After archived months: the last archived hash. From a
  // later seq given by the caller: that record's own prev_hash is the anchor; compare it with a
  // head hash recorded earlier outside the database.
  let expectedPrev: string | null = archived ? archived.last_hash : from === 1n ? GENESIS_HASH : null;

  let checked = 0;
  // Keyset on (seq, occurred_at): (from - 1, infinity) admits every row with seq >= from.
  let cursor = { seq: (from - 1n).toString(), occurredAt: 'infinity' };
  for (;;) {
    const rows = await em.execute<EventRow[]>(SELECT_PAGE, [cursor.seq, cursor.occurredAt, head.seq, pageSize]);
    for (const row of rows) {
      const seq = BigInt(row.seq);
      if (seq !== expectedSeq) {
        // A missing number is named; a repeated or out-of-order one is named itself.
        const firstBrokenSeq = seq > expectedSeq ? expectedSeq.toString() : row.seq;
        return { ok: false, checked, firstBrokenSeq, reason: 'SEQUENCE_GAP' };
      }
      if (expectedPrev !== null && row.prev_hash !== expectedPrev)
        return { ok: false, checked, firstBrokenSeq: row.seq, reason: 'PREV_HASH_MISMATCH' };
      if (auditRecordHash(row.prev_hash, recordOf(row)) !== row.hash) {
        return { ok: false, checked, firstBrokenSeq: row.seq, reason: 'HASH_MISMATCH' };
      }
      checked += 1;
      expectedSeq = seq + 1n;
      expectedPrev = row.hash;
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) break;
    cursor = { seq: last.seq, occurredAt: `${last.occurred_at}Z` };
  }

  // The head names the last record: a removed tail leaves the head pointing past the chain.
  if (expectedSeq - 1n !== headSeq)
    return { ok: false, checked, firstBrokenSeq: expectedSeq.toString(), reason: 'HEAD_MISMATCH' };
  if (expectedPrev !== head.hash) return { ok: false, checked, firstBrokenSeq: head.seq, reason: 'HEAD_MISMATCH' };
  return { ok: true, checked, headSeq: head.seq, headHash: head.hash };
}

/** One line for an operator or privacy officer; never personal data. */
export function describeAuditVerifyResult(result: AuditVerifyResult): string {
  return result.ok
    ? `audit-verify OK: ${result.checked} records checked; head seq ${result.headSeq} hash ${result.headHash}`
    : `audit-verify FAILED: ${result.reason} at seq ${result.firstBrokenSeq} (${result.checked} records checked before it)`;
}

/**
 * `node api/dist/cli.js audit-verify`: checks the whole chain of the configured database,
 * prints one line and returns the exit code (0 intact, 1 broken or not checkable).
 * Pass `orm` to check an open database instead (tests).
 */
export async function runAuditVerify(options: { orm?: MikroORM; write?: (line: string) => void } = {}): Promise<0 | 1> {
  const write = options.write ?? ((line: string) => void process.stdout.write(`${line}\n`));
  let close = async (): Promise<void> => undefined;
  try {
    let orm = options.orm;
    if (!orm) {
      const db = await openDatabase(loadConfig());
      const opened = await connect(db.url).catch(async (error: unknown) => {
        await db.stop();
        throw error;
      });
      close = async () => {
        await opened.close(true);
        await db.stop();
      };
      orm = opened;
    }
    const result = await verifyAuditChain(orm.em.fork());
    write(describeAuditVerifyResult(result));
    return result.ok ? 0 : 1;
  } catch (error) {
    write(
      `audit-verify ERROR: could not check the chain (${error instanceof Error ? error.constructor.name : 'unknown'})`,
    );
    return 1;
  } finally {
    await close().catch(() => undefined);
  }
}
