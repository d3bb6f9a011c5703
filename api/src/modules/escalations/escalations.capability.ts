import type { ModuleCapability } from '../demo/demo.capability.js';
import { EscalationGround } from './escalation-ground.entity.js';
import { EscalationHistory } from './escalation-history.entity.js';
import { runEscalationDeadlines } from './escalation-ladder.service.js';
import { Escalation } from './escalation.entity.js';
import { CaseEscalationResolver, EscalationResolver } from './escalation.resolver.js';
import { HouseholdReport } from './household-report.entity.js';
import { SafetyScore } from './safety-score.entity.js';
import { runDirectionTriggers } from './signals.service.js';

/** Escalations past their deadline climb one level (every 15 minutes). */
export const ESCALATION_DEADLINES_QUEUE = 'escalation-deadlines';
/** Direction triggers: cases without a case director past the norm (hourly). */
export const DIRECTION_TRIGGERS_QUEUE = 'direction-triggers';

export const escalationsCapability: ModuleCapability = {
  name: 'escalations',
  entities: [Escalation, EscalationHistory, EscalationGround, SafetyScore, HouseholdReport],
  resolvers: [EscalationResolver, CaseEscalationResolver],
  jobs: [
    {
      queue: ESCALATION_DEADLINES_QUEUE,
      cron: '*/15 * * * *',
      cronOption: 'escalationCron',
      run: async (orm, now) => {
        await runEscalationDeadlines(orm.em, now);
      },
    },
    {
      queue: DIRECTION_TRIGGERS_QUEUE,
      cron: '5 * * * *',
      cronOption: 'triggerCron',
      run: async (orm, now) => {
        await runDirectionTriggers(orm.em, now);
      },
    },
  ],
};
