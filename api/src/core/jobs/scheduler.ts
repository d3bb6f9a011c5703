import PgBoss from 'pg-boss';
import type { MikroORM } from '@mikro-orm/postgresql';
import { log } from '../log/logger.js';
import { runRetentionSweep } from '../../modules/privacy/retention.service.js';
import { runEscalationDeadlines } from '../../modules/escalations/escalation-ladder.service.js';
import { runDirectionTriggers } from '../../modules/escalations/signals.service.js';
import { ensureAuditPartitionsAhead } from '../audit/audit-archive.js';

export const RETENTION_QUEUE = 'retention-sweep';
/** Escalations past their deadline climb one level (every 15 minutes). */
export const ESCALATION_DEADLINES_QUEUE = 'escalation-deadlines';
/** Direction triggers: cases without a case director past the norm (hourly). */
export const DIRECTION_TRIGGERS_QUEUE = 'direction-triggers';
/** Audit partitions: this month and the next three exist before a record needs them (daily). */
export const AUDIT_PARTITIONS_QUEUE = 'audit-partitions';

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

/** Every queue the API works on. */
export const QUEUES = [RETENTION_QUEUE, ESCALATION_DEADLINES_QUEUE, DIRECTION_TRIGGERS_QUEUE, AUDIT_PARTITIONS_QUEUE] as const;

/**
 * Installs or upgrades pg-boss's schema `pgboss` and creates the queues (each queue is a table
 * partition: DDL). Run by the owner role in `cli.js migrate`, so that the API's login role,
 * which may not run DDL, finds everything in place (docs/identity.md, "Database roles").
 */
export async function installJobSchema(databaseUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 1, supervise: false, schedule: false });
  boss.on('error', (error: Error) => log.error('scheduler.error', { kind: error.constructor.name }));
  await boss.start();
  try {
    for (const queue of QUEUES) await retryOnDeadlock(() => boss.createQueue(queue));
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
  options: { cron?: string; escalationCron?: string; triggerCron?: string; auditPartitionCron?: string } = {},
): Promise<Scheduler> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 3 });
  boss.on('error', (error: Error) => log.error('scheduler.error', { kind: error.constructor.name }));
  await boss.start();
  await retryOnDeadlock(() => boss.createQueue(RETENTION_QUEUE));
  await retryOnDeadlock(() => boss.schedule(RETENTION_QUEUE, options.cron ?? '30 3 * * *', {}, { tz: 'Europe/Amsterdam' }));
  await boss.work(RETENTION_QUEUE, async () => {
    await runRetentionSweep(orm.em);
  });
  await retryOnDeadlock(() => boss.createQueue(ESCALATION_DEADLINES_QUEUE));
  await retryOnDeadlock(() => boss.schedule(ESCALATION_DEADLINES_QUEUE, options.escalationCron ?? '*/15 * * * *', {}, { tz: 'Europe/Amsterdam' }));
  await boss.work<{ now?: string }>(ESCALATION_DEADLINES_QUEUE, async ([job]) => {
    await runEscalationDeadlines(orm.em, jobClock(job?.data));
  });
  await retryOnDeadlock(() => boss.createQueue(DIRECTION_TRIGGERS_QUEUE));
  await retryOnDeadlock(() => boss.schedule(DIRECTION_TRIGGERS_QUEUE, options.triggerCron ?? '5 * * * *', {}, { tz: 'Europe/Amsterdam' }));
  await boss.work<{ now?: string }>(DIRECTION_TRIGGERS_QUEUE, async ([job]) => {
    await runDirectionTriggers(orm.em, jobClock(job?.data));
  });
  await retryOnDeadlock(() => boss.createQueue(AUDIT_PARTITIONS_QUEUE));
  await retryOnDeadlock(() => boss.schedule(AUDIT_PARTITIONS_QUEUE, options.auditPartitionCron ?? '15 2 * * *', {}, { tz: 'Europe/Amsterdam' }));
  await boss.work<{ now?: string }>(AUDIT_PARTITIONS_QUEUE, async ([job]) => {
    const created = await ensureAuditPartitionsAhead(orm.em.fork(), jobClock(job?.data));
    if (created.length > 0) log.info('audit.partitions_created', { partitions: created.join(',') });
  });
  log.info('scheduler.started', { queues: 4 });
  return { boss, stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}
