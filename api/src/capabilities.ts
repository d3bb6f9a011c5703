import type { GraphQLSchema } from 'graphql';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { buildAppSchema, printAppSchema } from './core/graphql/schema.js';
import {
  AUDIT_PARTITIONS_JOB,
  installJobSchema as installQueues,
  startScheduler as startJobs,
  type Scheduler,
} from './core/jobs/scheduler.js';
import type { ModuleCapability } from './modules/demo/demo.capability.js';
import type { DemoData } from './modules/demo/demo-data.js';
import { runDemoSeeders, type SeedResult } from './modules/demo/demo.seeder.js';
import { identityCapability } from './modules/identity/identity.capability.js';
import { casesCapability } from './modules/cases/cases.capability.js';
import { directorsCapability } from './modules/directors/directors.capability.js';
import { escalationsCapability } from './modules/escalations/escalations.capability.js';
import { privacyCapability } from './modules/privacy/privacy.capability.js';
import { notificationsCapability } from './modules/notifications/notifications.capability.js';
import { plansCapability } from './modules/plans/plans.capability.js';
import { intakeCapability } from './modules/intake/intake.capability.js';
import { involvementsCapability } from './modules/involvements/involvements.capability.js';
import { figuresCapability } from './modules/figures/figures.capability.js';
import { meetingsCapability } from './modules/meetings/meetings.capability.js';

/**
 * The composition root: every capability, listed once. The core knows none of them; it gets
 * their entities (ORM config), resolvers (GraphQL schema), jobs (scheduler) and demo seeders
 * from here. The order is the demo seed's order: a seeder may use what the ones before wrote.
 * A new capability adds its `<name>.capability.ts` and one line below.
 */
export const CAPABILITIES: readonly ModuleCapability[] = [
  identityCapability,
  casesCapability,
  directorsCapability,
  escalationsCapability,
  privacyCapability,
  notificationsCapability,
  plansCapability,
  intakeCapability,
  involvementsCapability,
  figuresCapability,
  meetingsCapability,
];

/** Every entity, listed explicitly (no folder scanning: same in src, dist and tests). */
export const ENTITIES = CAPABILITIES.flatMap((c) => c.entities ?? []);
export const RESOLVERS = CAPABILITIES.flatMap((c) => c.resolvers ?? []);
export const JOBS = [...CAPABILITIES.flatMap((c) => c.jobs ?? []), AUDIT_PARTITIONS_JOB];

export { AUDIT_PARTITIONS_QUEUE, type Scheduler } from './core/jobs/scheduler.js';
export { ESCALATION_DEADLINES_QUEUE, DIRECTION_TRIGGERS_QUEUE } from './modules/escalations/escalations.capability.js';
export { RETENTION_QUEUE } from './modules/privacy/privacy.capability.js';
export { MAIL_OUTBOX_QUEUE, MAIL_DIGEST_QUEUE } from './modules/notifications/notifications.capability.js';
export { announceMailSender, mailOptionsFromEnv } from './modules/notifications/mail-config.js';
export type { SeedResult } from './modules/demo/demo.seeder.js';

let built: Promise<GraphQLSchema> | null = null;

/** The API's GraphQL schema, built once per process from the capabilities' resolvers. */
export function appSchema(): Promise<GraphQLSchema> {
  built ??= buildAppSchema(RESOLVERS);
  return built;
}

/** The schema as committed in packages/graphql/schema.graphql (sorted, so diffs are stable). */
export async function printedSchema(): Promise<string> {
  return printAppSchema(await appSchema());
}

/** Installs pg-boss's schema and every capability's queue (`cli.js migrate`, as the owner role). */
export function installJobSchema(databaseUrl: string): Promise<void> {
  return installQueues(
    databaseUrl,
    JOBS.map((j) => j.queue),
  );
}

/**
 * Starts every capability's scheduled job. Options override a job's cron by its `cronOption`
 * (`cron` retention, `escalationCron`, `triggerCron`, `auditPartitionCron`, `figuresCron`,
 * `mailCron`, `digestCron`) and carry the mail sender's settings (`mailOptionsFromEnv`, docs/notifications.md).
 */
export function startScheduler(
  databaseUrl: string,
  orm: MikroORM,
  options: Readonly<Record<string, string | undefined>> = {},
): Promise<Scheduler> {
  return startJobs(databaseUrl, orm, JOBS, options);
}

/** Seeds the synthetic demo region when the database has no organisations yet (each capability its part). */
export function seedDemoData(em: EntityManager, bsnKey: Buffer, data?: DemoData): Promise<SeedResult> {
  return runDemoSeeders(
    em,
    bsnKey,
    CAPABILITIES.flatMap((c) => (c.demoData ? [c.demoData] : [])),
    data,
  );
}
