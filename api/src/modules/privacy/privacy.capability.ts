import type { ModuleCapability } from '../demo/demo.capability.js';
import { BreakGlassGrant } from './break-glass-grant.entity.js';
import { seedPrivacyDemo } from './privacy-demo.seeder.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { runRetentionSweep } from './retention.service.js';

/** The nightly retention sweep (03:30). */
export const RETENTION_QUEUE = 'retention-sweep';

export const privacyCapability: ModuleCapability = {
  name: 'privacy',
  entities: [BreakGlassGrant],
  resolvers: [PrivacyResolver],
  jobs: [
    {
      queue: RETENTION_QUEUE,
      cron: '30 3 * * *',
      cronOption: 'cron',
      // The sweep keeps its own clock (today in the Netherlands), as before.
      run: async (orm) => {
        await runRetentionSweep(orm.em);
      },
    },
  ],
  demoData: seedPrivacyDemo,
};
