import type { ModuleCapability } from '../demo/demo.capability.js';
import { CaseActivityResolver } from './case-activity.resolver.js';
import { seedCasesDemo } from './case-demo.seeder.js';
import { CaseEntry } from './case-entry.entity.js';
import { CaseSearchResolver } from './case-search.resolver.js';
import { CaseTeamMembership } from './case-team-membership.entity.js';
import { Case } from './case.entity.js';
import { CaseResolver } from './case.resolver.js';
import { HouseholdMember } from './household-member.entity.js';
import { Household } from './household.entity.js';
import { Person } from './person.entity.js';

export const casesCapability: ModuleCapability = {
  name: 'cases',
  entities: [Household, Person, HouseholdMember, Case, CaseTeamMembership, CaseEntry],
  resolvers: [CaseResolver, CaseActivityResolver, CaseSearchResolver],
  demoData: seedCasesDemo,
};
