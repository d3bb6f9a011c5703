import type { ModuleCapability } from '../demo/demo.capability.js';
import { MyPlanActionsResolver } from './my-actions.resolver.js';
import { CaseNextDeadlineResolver } from './next-deadline.resolver.js';
import { seedPlansDemo } from './plan-demo.seeder.js';
import { PlanElement, PlanElementChange } from './plan-element.entity.js';
import { PlanNote } from './plan-note.entity.js';
import { PlanSignOff, PlanVersion } from './plan-version.entity.js';
import { Plan } from './plan.entity.js';
import { PlanActionResolver, PlanResolver, PlanVersionResolver } from './plan.resolver.js';

export const plansCapability: ModuleCapability = {
  name: 'plans',
  entities: [Plan, PlanElement, PlanElementChange, PlanVersion, PlanSignOff, PlanNote],
  resolvers: [PlanResolver, PlanVersionResolver, PlanActionResolver, MyPlanActionsResolver, CaseNextDeadlineResolver],
  demoData: seedPlansDemo,
};
