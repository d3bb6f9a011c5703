import type { EntityManager } from '@mikro-orm/postgresql';
import { todayInNetherlands } from '../../core/graphql/validation.js';
import type { DemoSeedContext } from '../demo/demo.seeder.js';
import { setRetentionAtClosure } from './retention.service.js';

/** Closed demo cases get their retention term, as closing a case would set it. */
export async function seedPrivacyDemo(tx: EntityManager, ctx: DemoSeedContext): Promise<void> {
  for (const c of ctx.cases.values()) {
    if (c.closedAt) await setRetentionAtClosure(tx, c.id, todayInNetherlands(c.closedAt));
  }
}
