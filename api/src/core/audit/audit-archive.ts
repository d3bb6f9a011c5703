import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import type { EntityManager } from '@mikro-orm/postgresql';
import { auditRecordHash } from './audit-trail.js';
import { EVENT_COLUMNS, recordOf, type EventRow } from './audit-verifier.js';

/** Months the partition job keeps ready ahead of the current one. */
export const AUDIT_MONTHS_AHEAD = 3;
export const ARCHIVE_FORMAT = 'mda-audit-archive/1';

const monthStart = (d: Date): Date => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
const addMonths = (d: Date, n: number): Date => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
const ymd = (d: Date): string => d.toISOString().slice(0, 10);
const partitionName = (month: Date): string =>
  `event_${month.toISOString().slice(0, 4)}_${month.toISOString().slice(5, 7)}`;

/**
 * The partition job (pg-boss, daily): this month's partition and the next `ahead` ones exist
 * before a record needs them, so nothing lands in the default partition. Runs as the
 * application role through the security-definer `audit.ensure_partition`. Returns the months
 * it created.
 */
export async function ensureAuditPartitionsAhead(
  em: EntityManager,
  now: Date = new Date(),
  ahead = AUDIT_MONTHS_AHEAD,
): Promise<string[]> {
  const created: string[] = [];
  for (let i = 0; i <= ahead; i++) {
    const month = addMonths(monthStart(now), i);
    const [row] = await em.execute<{ created: boolean }[]>('select audit.ensure_partition(?::date) as created', [
      ymd(month),
    ]);
    if (row?.created) created.push(partitionName(month));
  }
  return created;
}

export interface ArchiveHeader {
  format: typeof ARCHIVE_FORMAT;
  partition: string;
  month: string;
  firstSeq: string;
  lastSeq: string;
  count: number;
  /** The prev_hash of the first record: the hash of the record before this month. */
  firstPrevHash: string;
  /** The hash of the last record: the anchor the retained chain (or the next archive) links to. */
  lastHash: string;
}

export type ArchiveVerifyResult =
  | { ok: true; header: ArchiveHeader; checked: number; fileSha256: string }
  | {
      ok: false;
      reason: 'FORMAT' | 'HASH_MISMATCH' | 'PREV_HASH_MISMATCH' | 'SEQUENCE_GAP' | 'HEADER_MISMATCH';
      atSeq: string | null;
      checked: number;
    };

/**
 * Checks an archive file on its own: every record's hash recomputed, the records one gapless
 * line in seq order linked by prev_hash, and the header's count and chain anchors equal to the
 * content. Comparing `firstPrevHash` / `lastHash` with the register (audit.archived_segment),
 * the neighbouring archives and the retained chain ties it to the rest of the trail.
 */
export async function verifyAuditArchive(file: string): Promise<ArchiveVerifyResult> {
  const fileSha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let header: ArchiveHeader | null = null;
  let checked = 0;
  let expectedSeq: bigint | null = null;
  let prev: string | null = null;
  let first: EventRow | null = null;
  try {
    for await (const line of lines) {
      if (line === '') continue;
      if (!header) {
        header = JSON.parse(line) as ArchiveHeader;
        if (header.format !== ARCHIVE_FORMAT) return { ok: false, reason: 'FORMAT', atSeq: null, checked };
        continue;
      }
      const row = JSON.parse(line) as EventRow;
      first ??= row;
      const seq = BigInt(row.seq);
      if (expectedSeq !== null && seq !== expectedSeq)
        return { ok: false, reason: 'SEQUENCE_GAP', atSeq: expectedSeq.toString(), checked };
      if (prev !== null && row.prev_hash !== prev)
        return { ok: false, reason: 'PREV_HASH_MISMATCH', atSeq: row.seq, checked };
      if (auditRecordHash(row.prev_hash, recordOf(row)) !== row.hash)
        return { ok: false, reason: 'HASH_MISMATCH', atSeq: row.seq, checked };
      checked += 1;
      expectedSeq = seq + 1n;
      prev = row.hash;
    }
  } catch {
    return { ok: false, reason: 'FORMAT', atSeq: expectedSeq?.toString() ?? null, checked };
  }
  if (!header || !first || expectedSeq === null) return { ok: false, reason: 'FORMAT', atSeq: null, checked };
  if (
    header.count !== checked ||
    header.firstSeq !== first.seq ||
    header.lastSeq !== (expectedSeq - 1n).toString() ||
    header.firstPrevHash !== first.prev_hash ||
    header.lastHash !== prev
  ) {
    return { ok: false, reason: 'HEADER_MISMATCH', atSeq: null, checked };
  }
  return { ok: true, header, checked, fileSha256 };
}

export class AuditArchiveRefused extends Error {}

export interface ArchivedMonth {
  partition: string;
  file: string;
  count: number;
  firstSeq: string;
  lastSeq: string;
  lastHash: string;
}

/**
 * Archives every month partition that ended before `cutoff` (the retention term), oldest
 * first: exports the chain segment from the end of the previous archive (or the start) up to
 * the month's last record, in seq order, to `<dir>/audit-YYYY-MM.jsonl.gz` (a header line with
 * the chain anchors, then one JSON record per line), verifies the file, records it in
 * `audit.archived_segment`, then detaches and drops the partition, in one transaction. Only
 * the schema owner can do this (the application role cannot detach: it must never be able to
 * remove records). Refuses, changing nothing, when that segment is not one gapless line from
 * where the previous archive ended (archive older months first; verify the chain).
 */
export async function archiveAuditPartitions(
  em: EntityManager,
  options: { cutoff: Date; dir: string },
): Promise<ArchivedMonth[]> {
  mkdirSync(options.dir, { recursive: true });
  const cutoff = monthStart(options.cutoff);
  const parts = await em.execute<{ name: string }[]>(
    `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_namespace n on n.oid = c.relnamespace
      where i.inhparent = 'audit.event'::regclass and n.nspname = 'audit' and c.relname ~ '^event_[0-9]{4}_[0-9]{2}$' order by c.relname`,
  );
  const archived: ArchivedMonth[] = [];
  for (const { name } of parts) {
    const month = new Date(`${name.slice(6, 10)}-${name.slice(11, 13)}-01T00:00:00Z`);
    if (addMonths(month, 1) > cutoff) break;
    const result = await em.transactional(async (tx) => {
      // No writer appends meanwhile (the writer takes this lock first), and the month is ours.
      await tx.execute('select seq from audit.chain_head where id = 1 for update');
      await tx.execute(`lock table audit.${name} in access exclusive mode`);
      const [range] = await tx.execute<{ n: string; last_seq: string | null }[]>(
        `select count(*)::text as n, max(seq)::text as last_seq from audit.${name}`,
      );
      const [previous] = await tx.execute<{ last_seq: string }[]>(
        'select s.last_seq::text as last_seq from audit.archived_segment s order by s.last_seq desc limit 1',
      );
      const after = previous ? BigInt(previous.last_seq) : 0n;
      // Empty, or every record of it already in the previous archive (numbered inside its range).
      if (!range || range.last_seq === null || BigInt(range.last_seq) <= after) {
        await tx.execute(`alter table audit.event detach partition audit.${name}`);
        await tx.execute(`drop table audit.${name}`);
        return null;
      }
      // The segment: every record numbered after the previous archive up to this month's last,
      // whichever partition holds it. Near a month's end a record stamped in the next month can
      // be numbered before one stamped in this month (stamped before the chain lock, committed
      // later); it is archived here too and stays in its own month's partition, which the
      // retained chain then starts after.
      const lastSeq = BigInt(range.last_seq);
      const [segment] = await tx.execute<{ n: string; first_seq: string | null }[]>(
        'select count(*)::text as n, min(seq)::text as first_seq from audit.event where seq > ?::bigint and seq <= ?::bigint',
        [after.toString(), lastSeq.toString()],
      );
      if (!segment || segment.first_seq === null || BigInt(segment.first_seq) !== after + 1n) {
        throw new AuditArchiveRefused(
          `${name}: the chain continues at seq ${after + 1n}, but its records start at ${segment?.first_seq ?? 'none'}; archive older months first`,
        );
      }
      if (BigInt(segment.n) !== lastSeq - after) {
        throw new AuditArchiveRefused(
          `${name}: seq ${after + 1n}-${lastSeq} holds ${segment.n} records instead of ${lastSeq - after}; verify the chain (audit-verify) before archiving`,
        );
      }
      const file = join(options.dir, `audit-${name.slice(6, 10)}-${name.slice(11, 13)}.jsonl.gz`);
      if (existsSync(file)) throw new AuditArchiveRefused(`${file} exists already; move it away first`);
      let first: EventRow | null = null;
      let last: EventRow | null = null;
      const pageSize = 5000;
      async function* lines(): AsyncGenerator<string> {
        let cursor = after;
        for (;;) {
          const rows = await tx.execute<EventRow[]>(
            `select ${EVENT_COLUMNS} from audit.event e where e.seq > ?::bigint and e.seq <= ?::bigint order by e.seq limit ?`,
            [cursor.toString(), lastSeq.toString(), pageSize],
          );
          for (const row of rows) {
            first ??= row;
            last = row;
            yield `${JSON.stringify(row)}\n`;
          }
          if (rows.length < pageSize) return;
          cursor = BigInt(rows[rows.length - 1]!.seq);
        }
      }
      const body = `${file}.body`;
      await pipeline(Readable.from(lines()), createGzip(), createWriteStream(body));
      const f = first as EventRow | null;
      const l = last as EventRow | null;
      if (!f || !l) throw new AuditArchiveRefused(`${name}: no records read`);
      const header: ArchiveHeader = {
        format: ARCHIVE_FORMAT,
        partition: name,
        month: ymd(month),
        firstSeq: f.seq,
        lastSeq: l.seq,
        count: Number(segment.n),
        firstPrevHash: f.prev_hash,
        lastHash: l.hash,
      };
      // Header first: a gzip file may consist of several members; gunzip reads them as one stream.
      await pipeline(Readable.from([`${JSON.stringify(header)}\n`]), createGzip(), createWriteStream(file));
      await pipeline(createReadStream(body), createWriteStream(file, { flags: 'a' }));
      rmSync(body);
      const verified = await verifyAuditArchive(file);
      if (!verified.ok)
        throw new AuditArchiveRefused(
          `${name}: the written archive does not verify (${verified.reason} at ${verified.atSeq ?? '-'}); nothing detached`,
        );
      await tx.execute(
        `insert into audit.archived_segment (month, partition_name, first_seq, last_seq, row_count, first_prev_hash, last_hash, file_name, file_sha256) values (?::date, ?, ?::bigint, ?::bigint, ?::bigint, ?, ?, ?, ?)`,
        [
          ymd(month),
          name,
          header.firstSeq,
          header.lastSeq,
          header.count,
          header.firstPrevHash,
          header.lastHash,
          file.split('/').pop()!,
          verified.fileSha256,
        ],
      );
      await tx.execute(`alter table audit.event detach partition audit.${name}`);
      await tx.execute(`drop table audit.${name}`);
      return {
        partition: name,
        file,
        count: header.count,
        firstSeq: header.firstSeq,
        lastSeq: header.lastSeq,
        lastHash: header.lastHash,
      };
    });
    if (result) archived.push(result);
  }
  return archived;
}
