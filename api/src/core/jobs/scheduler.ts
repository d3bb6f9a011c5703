import PgBoss from 'pg-boss';
import type { MikroORM } from '@mikro-orm/postgresql';
import { log } from '../log/logger.js';
import { ensureAuditPartitionsAhead } from '../audit/audit-archive.js';
import type { ScheduledJob } from '../capability.js';

/** Audit partitions: this month and the next three exist before a record needs them (daily). */
export const AUDIT_PARTITIONS_QUEUE = 'audit-partitions';

/** The core's own job; the capabilities bring theirs (api/src/capabilities.ts). */
export const AUDIT_PARTITIONS_JOB: ScheduledJob = {
  queue: AUDIT_PARTITIONS_QUEUE,
  cron: '15 2 * * *',
  cronOption: 'auditPartitionCron',
  run: async (orm, now) => {
    const created = await ensureAuditPartitionsAhead(orm.em.fork(), now);
    if (created.length > 0) log.info('audit.partitions_created', { partitions: created.join(',') });
  },
};

/**
 * pg-boss creates its queues and schedules with DDL-like statements; two instances booting at
 * the same moment can deadlock there (PostgreSQL picks a victim). The victim simply retries.
 */
async function retryOnDeadlock<T>(step: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await step();
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/** A job's payload may carry the clock (`now`, ISO) so that tests and replays control it. */
export function jobClock(data: unknown): Date {
  const at = (data as { now?: unknown } | null)?.now;
  if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) return new Date(at);
  return new Date();
}

/**
 * Installs or upgrades pg-boss's schema `pgboss` and creates the queues (each queue is a table
 * partition: DDL). Run by the owner role in `cli.js migrate`, so that the API's login role,
 * which may not run DDL, finds everything in place (docs/identity.md, "Database roles").
 */
export async function installJobSchema(databaseUrl: string, queues: readonly string[]): Promise<void> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: 'pgboss',
    max: 1,
    supervise: false,
    schedule: false,
  });
  boss.on('error', (error: Error) => log.error('scheduler.error', { kind: error.constructor.name }));
  await boss.start();
  try {
    for (const queue of queues) await retryOnDeadlock(() => boss.createQueue(queue));
  } finally {
    await boss.stop({ graceful: false, close: true, wait: true });
  }
}

export interface Scheduler {
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * Scheduled jobs on pg-boss, in the same PostgreSQL (schema `pgboss`, which pg-boss creates
 * and upgrades itself). Cron schedules fire once across all API instances; the jobs are
 * idempotent and take an advisory lock, so several instances are safe.
 */
export async function startScheduler(
  databaseUrl: string,
  orm: MikroORM,
  jobs: readonly ScheduledJob[],
  options: Readonly<Record<string, string | undefined>> = {},
): Promise<Scheduler> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 3 });
  boss.on('error', (error: Error) => log.error('scheduler.error', { kind: error.constructor.name }));
  await boss.start();
  for (const job of jobs) {
    const cron = (job.cronOption ? options[job.cronOption] : undefined) ?? job.cron;
    await retryOnDeadlock(() => boss.createQueue(job.queue));
    await retryOnDeadlock(() => boss.schedule(job.queue, cron, {}, { tz: 'Europe/Amsterdam' }));
    await boss.work<{ now?: string }>(job.queue, async ([first]) => {
      await job.run(orm, jobClock(first?.data), options);
    });
  }
  log.info('scheduler.started', { queues: jobs.length });
  return { boss, stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}
