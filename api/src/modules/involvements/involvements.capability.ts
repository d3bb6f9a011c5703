import type { ModuleCapability } from '../demo/demo.capability.js';
import { Involvement } from './involvement.entity.js';
import { CaseInvolvementResolver, InvolvementResolver } from './involvement.resolver.js';

export const involvementsCapability: ModuleCapability = {
  name: 'involvements',
  entities: [Involvement],
  resolvers: [InvolvementResolver, CaseInvolvementResolver],
};
