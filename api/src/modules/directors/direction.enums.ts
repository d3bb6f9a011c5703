import { registerEnumType } from 'type-graphql';
import { enumObject } from '../../core/graphql/enums.js';
import { ASSIGNMENT_STATUSES, DIRECTOR_KINDS } from './director-assignment.entity.js';

export const DirectorKindEnum = enumObject(DIRECTOR_KINDS);
export const AssignmentStatusEnum = enumObject(ASSIGNMENT_STATUSES);

registerEnumType(DirectorKindEnum, {
  name: 'DirectorKind',
  description: 'CASE_DIRECTOR = casusregisseur, PROCESS_DIRECTOR = procesregisseur',
});
registerEnumType(AssignmentStatusEnum, { name: 'DirectorAssignmentStatus' });
