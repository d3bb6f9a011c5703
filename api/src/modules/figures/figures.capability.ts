import type { ModuleCapability } from '../demo/demo.capability.js';
import { FiguresResolver } from './figures.resolver.js';

export const figuresCapability: ModuleCapability = {
  name: 'figures',
  resolvers: [FiguresResolver],
};
