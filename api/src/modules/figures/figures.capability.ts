import type { ModuleCapability } from '../demo/demo.capability.js';
import { refreshFigures } from './figures-summary.service.js';
import { FiguresResolver } from './figures.resolver.js';

/** The figures summary recounts the days written since the last refresh (every minute). */
export const FIGURES_REFRESH_QUEUE = 'figures-refresh';

export const figuresCapability: ModuleCapability = {
  name: 'figures',
  resolvers: [FiguresResolver],
  jobs: [
    {
      queue: FIGURES_REFRESH_QUEUE,
      cron: '* * * * *',
      cronOption: 'figuresCron',
      run: async (orm) => {
        await refreshFigures(orm.em);
      },
    },
  ],
};
