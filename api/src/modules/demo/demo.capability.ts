import type { Capability } from '../../core/capability.js';
import type { DemoSeeder } from './demo.seeder.js';

/** A capability as the modules describe it: the core's descriptor, with a demo seeder. */
export type ModuleCapability = Capability<DemoSeeder>;
