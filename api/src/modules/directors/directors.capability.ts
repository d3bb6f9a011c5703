import type { ModuleCapability } from '../demo/demo.capability.js';
import { DirectionWaitingContact } from './direction-waiting-contact.entity.js';
import { seedDirectionDemo } from './direction-demo.seeder.js';
import { DirectorAssignment } from './director-assignment.entity.js';
import { DirectorResolver } from './director.resolver.js';

export const directorsCapability: ModuleCapability = {
  name: 'directors',
  entities: [DirectorAssignment, DirectionWaitingContact],
  resolvers: [DirectorResolver],
  demoData: seedDirectionDemo,
};
