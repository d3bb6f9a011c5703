import type { EntityClass, MikroORM } from '@mikro-orm/postgresql';

/**
 * A scheduled job a capability runs on pg-boss (core/jobs/scheduler.ts). `run` receives the
 * clock (a job's payload may carry `now`, so tests and replays control it).
 */
export interface ScheduledJob {
  /** The pg-boss queue, also the schedule's name. */
  queue: string;
  /** Default cron (Europe/Amsterdam). */
  cron: string;
  /** The scheduler option that overrides `cron` (tests slow a schedule down to never). */
  cronOption?: string;
  /** `options` are the scheduler's options (cron overrides and settings such as the mail server's). */
  run(orm: MikroORM, now: Date, options: Readonly<Record<string, string | undefined>>): Promise<void>;
}

/** A resolver class, as type-graphql takes it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own resolver type
export type ResolverClass = Function;

/**
 * What a capability (api/src/modules/<name>) hands to the core at bootstrap: its entities, its
 * GraphQL resolvers, its scheduled jobs and its part of the demo region. The core knows no
 * capability: `api/src/capabilities.ts` lists the modules and passes these on.
 */
export interface Capability<TDemoSeeder = never> {
  name: string;
  entities?: readonly EntityClass<object>[];
  resolvers?: readonly ResolverClass[];
  jobs?: readonly ScheduledJob[];
  /** Writes this capability's demo data inside the demo seed transaction. */
  demoData?: TDemoSeeder;
}
