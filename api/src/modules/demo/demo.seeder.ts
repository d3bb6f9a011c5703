import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation } from '../identity/organisation.entity.js';
import type { User } from '../identity/user.entity.js';
import type { Person } from '../cases/person.entity.js';
import type { Case } from '../cases/case.entity.js';
import { generateDemoData, type DemoData } from './demo-data.js';
import { generatePrivacyData, type DemoPrivacyData } from './demo-privacy-data.js';

export interface SeedResult {
  seeded: boolean;
  organisations: number;
  users: number;
  cases: number;
}

/**
 * What the capabilities' demo seeders share inside the one demo seed transaction: the generated
 * region (pure data, `demo-data.ts` and `demo-privacy-data.ts`) and the rows written so far,
 * by their demo keys. A seeder fills the maps it owns (identity: organisations and users;
 * cases: persons and cases) for the seeders after it.
 */
export interface DemoSeedContext {
  readonly data: DemoData;
  readonly privacy: DemoPrivacyData;
  readonly bsnKey: Buffer;
  readonly organisations: Map<string, Organisation>;
  /** By e-mail address as generated. */
  readonly users: Map<string, User>;
  readonly persons: Map<string, Person>;
  /** By case reference, in creation order. */
  readonly cases: Map<string, Case>;
}

/** One capability's part of the demo region, run in the order the capabilities are listed. */
export type DemoSeeder = (tx: EntityManager, ctx: DemoSeedContext) => Promise<void>;

/** A demo key that must resolve; the generated data is consistent, so a miss is a bug. */
export function demoNeed<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`demo data refers to unknown ${what}`);
  return value;
}

/**
 * Seeds the synthetic demo region when the database has no organisations yet: every seeder in
 * one transaction. `api/src/capabilities.ts` passes the capabilities' seeders (`seedDemoData`).
 */
export async function runDemoSeeders(
  em: EntityManager,
  bsnKey: Buffer,
  seeders: readonly DemoSeeder[],
  data: DemoData = generateDemoData(),
): Promise<SeedResult> {
  if ((await em.count(Organisation, {})) > 0) return { seeded: false, organisations: 0, users: 0, cases: 0 };
  await em.transactional(async (tx) => {
    const ctx: DemoSeedContext = {
      data,
      privacy: generatePrivacyData(data),
      bsnKey,
      organisations: new Map(),
      users: new Map(),
      persons: new Map(),
      cases: new Map(),
    };
    for (const seed of seeders) await seed(tx, ctx);
  });
  return { seeded: true, organisations: data.organisations.length, users: data.users.length, cases: data.cases.length };
}
