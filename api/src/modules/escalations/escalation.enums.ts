import { registerEnumType } from 'type-graphql';
import {
  ESCALATION_EVENTS,
  ESCALATION_STATUSES,
  ESCALATION_TRIGGERS,
  REPORT_SOURCES,
  SAFETY_SCORERS,
} from '@mda/domain';
import { enumObject } from '../../core/graphql/enums.js';

export const EscalationTriggerEnum = enumObject(ESCALATION_TRIGGERS);
export const EscalationStatusEnum = enumObject(ESCALATION_STATUSES);
export const EscalationEventEnum = enumObject(ESCALATION_EVENTS);
export const SafetyScorerEnum = enumObject(SAFETY_SCORERS);
export const ReportSourceEnum = enumObject(REPORT_SOURCES);

registerEnumType(EscalationTriggerEnum, {
  name: 'EscalationTrigger',
  description: 'What raised an escalation (docs/direction.md)',
});
registerEnumType(EscalationStatusEnum, { name: 'EscalationStatus' });
registerEnumType(EscalationEventEnum, { name: 'EscalationEvent' });
registerEnumType(SafetyScorerEnum, {
  name: 'SafetyScorer',
  description: 'Who gave the safety score: the family or the professionals',
});
registerEnumType(ReportSourceEnum, {
  name: 'ReportSource',
  description: 'Who made the new report (melding) to Veilig Thuis',
});
