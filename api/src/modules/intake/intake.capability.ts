import type { ModuleCapability } from '../demo/demo.capability.js';
import { seedIntakeDemo } from './intake-demo.seeder.js';
import { IntakeReport, IntakeReportPerson } from './intake-report.entity.js';
import { CaseIntakeResolver, IntakeResolver } from './intake.resolver.js';

export const intakeCapability: ModuleCapability = {
  name: 'intake',
  entities: [IntakeReport, IntakeReportPerson],
  resolvers: [IntakeResolver, CaseIntakeResolver],
  demoData: seedIntakeDemo,
};
