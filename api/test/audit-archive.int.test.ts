import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateData } from '../../scripts/data-generator.mjs';
import {
  archiveAuditPartitions,
  ensureAuditPartitionsAhead,
  verifyAuditArchive,
  type ArchivedMonth,
} from '../src/core/audit/audit-archive.js';
import { verifyAuditChain } from '../src/core/audit/audit-verifier.js';
import { GENESIS_HASH } from '../src/core/audit/audit-trail.js';
import { REPO_ROOT } from '../src/config/env.js';
import { AUDIT_PARTITIONS_QUEUE, startScheduler, type Scheduler } from '../src/capabilities.js';
import { startPlatform, type Platform } from './support/platform.js';
import { ApiClient } from './support/graphql-client.js';

/**
 * The audit trail at scale (docs/audit.md): month partitions created ahead by a pg-boss job;
 * months past the retention term exported to a compressed archive with their chain anchors,
 * verified, registered, detached and dropped; the retained chain still verifies, linked to the
 * last archive; a changed archive is caught; the application role cannot detach a month.
 */
let platform: Platform;
let scheduler: Scheduler | undefined;
const dir = mkdtempSync(join(tmpdir(), 'mda-audit-archive-'));
const AUDIT_ROWS = 3_000;

const partitions = async (): Promise<string[]> =>
  (
    await platform.sql<{ name: string }>(
      `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'audit.event'::regclass order by 1`,
    )
  ).map((r) => r.name);

beforeAll(async () => {
  platform = await startPlatform();
  // A trail from January 2024 to December 2026, chained onto the (empty) head.
  await generateData({
    databaseUrl: platform.db.url,
    households: 20,
    auditRows: AUDIT_ROWS,
    now: Date.UTC(2026, 11, 1),
    auditFrom: Date.UTC(2024, 0, 1),
  });
}, 300_000);

afterAll(async () => {
  await scheduler?.stop();
  await platform?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('audit partitions ahead', () => {
  it('creates the missing months up to three ahead, once', async () => {
    const em = platform.orm.em.fork();
    expect(await ensureAuditPartitionsAhead(em, new Date('2027-11-15T12:00:00Z'))).toEqual([
      'event_2028_01',
      'event_2028_02',
    ]);
    expect(await ensureAuditPartitionsAhead(em, new Date('2027-11-15T12:00:00Z'))).toEqual([]);
    expect(await partitions()).toEqual(
      expect.arrayContaining(['event_2027_11', 'event_2027_12', 'event_2028_01', 'event_2028_02']),
    );
  });

  it('the pg-boss job creates them (the clock in the job payload)', async () => {
    scheduler = await startScheduler(platform.db.url, platform.orm);
    await scheduler.boss.send(AUDIT_PARTITIONS_QUEUE, { now: '2028-06-10T08:00:00Z' });
    const deadline = Date.now() + 60_000;
    while (!(await partitions()).includes('event_2028_09') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 500));
    expect(await partitions()).toEqual(
      expect.arrayContaining(['event_2028_06', 'event_2028_07', 'event_2028_08', 'event_2028_09']),
    );
    // The new months are append-only like the others.
    const [trigger] = await platform.sql<{ n: string }>(
      `select count(*)::text as n from pg_trigger where tgrelid = 'audit.event_2028_09'::regclass and tgname in ('event_append_only', 'event_no_truncate')`,
    );
    expect(trigger?.n).toBe('2');
  }, 90_000);
});

describe('archiving months past the retention term', () => {
  let archived: ArchivedMonth[] = [];

  it('the application role cannot detach a month', async () => {
    await expect(
      platform.orm.em.fork().transactional(async (tx) => {
        await tx.execute('set local role mda_app');
        await tx.execute('alter table audit.event detach partition audit.event_2024_01');
      }),
    ).rejects.toThrow(/must be owner/);
    expect(await partitions()).toContain('event_2024_01');
  });

  it('exports, verifies, registers, detaches and drops the months before the cutoff; the retained chain still verifies', async () => {
    const [{ n: before } = { n: '0' }] = await platform.sql<{ n: string }>(
      'select count(*)::text as n from audit.event',
    );
    archived = await archiveAuditPartitions(platform.orm.em.fork(), { cutoff: new Date('2024-07-01T00:00:00Z'), dir });
    expect(archived.map((a) => a.partition)).toEqual([
      'event_2024_01',
      'event_2024_02',
      'event_2024_03',
      'event_2024_04',
      'event_2024_05',
      'event_2024_06',
    ]);
    const left = await partitions();
    expect(left).not.toContain('event_2024_06');
    expect(left).toContain('event_2024_07');
    expect(await platform.sql(`select 1 from pg_class where relname = 'event_2024_01'`)).toEqual([]);
    const total = archived.reduce((n, a) => n + a.count, 0);
    const [{ n: after } = { n: '0' }] = await platform.sql<{ n: string }>(
      'select count(*)::text as n from audit.event',
    );
    expect(Number(before) - Number(after)).toBe(total);
    expect(total).toBeGreaterThan(0);

    // Each archive verifies; together they are one line from the genesis hash on.
    let prev = GENESIS_HASH;
    for (const a of archived) {
      const v = await verifyAuditArchive(a.file);
      expect(v.ok, a.file).toBe(true);
      if (v.ok) {
        expect(v.header.firstPrevHash).toBe(prev);
        prev = v.header.lastHash;
      }
    }
    const register = await platform.sql<{ partition_name: string; last_hash: string }>(
      'select partition_name, last_hash from audit.archived_segment order by month',
    );
    expect(register.map((r) => r.partition_name)).toEqual(archived.map((a) => a.partition));

    // The retained chain starts where the last archive ended.
    const result = await verifyAuditChain(platform.orm.em.fork());
    expect(result).toMatchObject({ ok: true, checked: AUDIT_ROWS - total });
    const [{ prev_hash: link } = { prev_hash: '' }] = await platform.sql<{ prev_hash: string }>(
      'select prev_hash from audit.event order by seq limit 1',
    );
    expect(link).toBe(prev);
  });

  it('a changed archive does not verify', async () => {
    const file = archived[0]!.file;
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    const lines = text.split('\n');
    lines[3] = lines[3]!.replace('"action":"READ"', '"action":"EXPORT"');
    const forged = join(dir, 'forged.jsonl.gz');
    writeFileSync(forged, gzipSync(lines.join('\n')));
    expect(await verifyAuditArchive(forged)).toMatchObject({ ok: false, reason: 'HASH_MISMATCH' });
    // Dropping a record breaks the line.
    writeFileSync(forged, gzipSync([...lines.slice(0, 3), ...lines.slice(4)].join('\n')));
    expect(await verifyAuditArchive(forged)).toMatchObject({ ok: false, reason: 'SEQUENCE_GAP' });
    // Cutting the last record and rewriting the header's anchor does not hide it either: the
    // header must match the content, and the register holds the anchor outside the file.
    const original = text.split('\n').filter((l) => l !== '');
    const header = JSON.parse(original[0]!) as { lastSeq: string; count: number; lastHash: string };
    const cut = original.slice(1, -1);
    const newLast = JSON.parse(cut[cut.length - 1]!) as { seq: string; hash: string };
    writeFileSync(
      forged,
      gzipSync([JSON.stringify({ ...header, lastSeq: newLast.seq, count: header.count - 1 }), ...cut].join('\n')),
    );
    expect(await verifyAuditArchive(forged)).toMatchObject({ ok: false, reason: 'HEADER_MISMATCH' });
    // With the header's last hash rewritten too the file is consistent on its own again: the
    // register (audit.archived_segment, append-only) and the next month's first prev_hash
    // then tell. That is why the CLI prints the hashes to compare.
    header.lastHash = GENESIS_HASH;
    writeFileSync(forged, gzipSync([JSON.stringify(header), ...original.slice(1)].join('\n')));
    expect(await verifyAuditArchive(forged)).toMatchObject({ ok: false, reason: 'HEADER_MISMATCH' });
  });

  it('the CLI verifies an archive: exit code 0 intact, 1 changed', () => {
    const cli = (file: string): { status: number | null; out: string } => {
      const r = spawnSync(process.execPath, [join(REPO_ROOT, 'api', 'dist', 'cli.js'), 'audit-verify-archive', file], {
        encoding: 'utf8',
        env: { ...process.env, MDA_LOG: '' },
      });
      return { status: r.status, out: `${r.stdout}${r.stderr}` };
    };
    const intact = cli(archived[0]!.file);
    expect(intact.out).toContain(`audit-verify-archive OK: ${archived[0]!.count} records`);
    expect(intact.status).toBe(0);
    const changed = cli(join(dir, 'forged.jsonl.gz'));
    expect(changed.out).toContain('audit-verify-archive FAILED: HEADER_MISMATCH');
    expect(changed.status).toBe(1);
  });

  it('the register of archived months is append-only', async () => {
    // Nobody can rewrite the anchors to hide a changed or removed month.
    await expect(platform.sql(`update audit.archived_segment set last_hash = repeat('0', 64)`)).rejects.toThrow(
      /append-only/,
    );
  });

  it('the access log still answers after archiving', async () => {
    const fg = await new ApiClient(platform.baseUrl).loginAs('fg.veiligthuis@demo.mda.test');
    const [row] = await platform.sql<{ actor: string }>(
      `select actor_user_id as actor from audit.event where occurred_at >= '2025-01-01' order by seq limit 1`,
    );
    const page = await fg.ok<{ auditLog: { records: unknown[] } }>(
      'query ($f: AuditLogFilter) { auditLog(filter: $f, first: 20) { records { action subjectType } } }',
      { f: { userId: row!.actor } },
    );
    expect(page.auditLog.records.length).toBeGreaterThan(0);
  });
});
