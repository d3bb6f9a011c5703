import PgBoss from 'pg-boss';
import type { MikroORM } from '@mikro-orm/postgresql';
import { log } from '../log/logger.js';
import { runRetentionSweep } from '../../modules/privacy/retention.service.js';

export const RETENTION_QUEUE = 'retention-sweep';

export interface Scheduler {
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * Scheduled jobs on pg-boss, in the same PostgreSQL (schema `pgboss`, which pg-boss creates
 * and upgrades itself). Cron schedules fire once across all API instances; the jobs are
 * idempotent and take an advisory lock, so several instances are safe.
 */
export async function startScheduler(databaseUrl: string, orm: MikroORM, options: { cron?: string } = {}): Promise<Scheduler> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 3 });
  boss.on('error', (error: Error) => log.error('scheduler.error', { kind: error.constructor.name }));
  await boss.start();
  await boss.createQueue(RETENTION_QUEUE);
  await boss.schedule(RETENTION_QUEUE, options.cron ?? '30 3 * * *', {}, { tz: 'Europe/Amsterdam' });
  await boss.work(RETENTION_QUEUE, async () => {
    await runRetentionSweep(orm.em);
  });
  log.info('scheduler.started', { queues: 1 });
  return { boss, stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}
