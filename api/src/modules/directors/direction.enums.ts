import { registerEnumType } from 'type-graphql';
import { ESCALATION_EVENTS, ESCALATION_STATUSES, ESCALATION_TRIGGERS, REPORT_SOURCES, SAFETY_SCORERS } from '@mda/domain';
import { ASSIGNMENT_STATUSES, DIRECTOR_KINDS } from './director-assignment.entity.js';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const DirectorKindEnum = enumObject(DIRECTOR_KINDS);
export const AssignmentStatusEnum = enumObject(ASSIGNMENT_STATUSES);
export const EscalationTriggerEnum = enumObject(ESCALATION_TRIGGERS);
export const EscalationStatusEnum = enumObject(ESCALATION_STATUSES);
export const EscalationEventEnum = enumObject(ESCALATION_EVENTS);
export const SafetyScorerEnum = enumObject(SAFETY_SCORERS);
export const ReportSourceEnum = enumObject(REPORT_SOURCES);

registerEnumType(DirectorKindEnum, { name: 'DirectorKind', description: 'CASE_DIRECTOR = casusregisseur, PROCESS_DIRECTOR = procesregisseur' });
registerEnumType(AssignmentStatusEnum, { name: 'DirectorAssignmentStatus' });
registerEnumType(EscalationTriggerEnum, { name: 'EscalationTrigger', description: 'What raised an escalation (docs/direction.md)' });
registerEnumType(EscalationStatusEnum, { name: 'EscalationStatus' });
registerEnumType(EscalationEventEnum, { name: 'EscalationEvent' });
registerEnumType(SafetyScorerEnum, { name: 'SafetyScorer', description: 'Who gave the safety score: the family or the professionals' });
registerEnumType(ReportSourceEnum, { name: 'ReportSource', description: 'Who made the new report (melding) to Veilig Thuis' });
