import { createUnionType, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { REALTIME_OPS, type RealtimeOp } from '../../core/realtime/realtime-event.js';
import { DateTimeISO } from '../../core/graphql/scalars.js';
import { OrganisationNode } from '../identity/identity.type.js';
import { CASE_ACTIVITY_SUBJECTS } from './case-activity.subjects.js';

export const ChangeOpEnum = Object.fromEntries(REALTIME_OPS.map((v) => [v, v])) as { [K in RealtimeOp]: K };
registerEnumType(ChangeOpEnum, {
  name: 'ChangeOp',
  description: 'What happened to the subject: created, changed or removed',
});

/** The masked subjects a case activity can carry: one member per entry of CASE_ACTIVITY_SUBJECTS. */
export const CaseActivitySubject = createUnionType({
  name: 'CaseActivitySubject',
  description:
    'The changed item itself, masked for the viewer like in queries; null when there is nothing to show (removed, or a kind without payload).',
  types: () => {
    const types = [...new Set(Object.values(CASE_ACTIVITY_SUBJECTS).map((s) => s.type))];
    return types as unknown as readonly [(typeof types)[number], ...(typeof types)[number][]];
  },
});

/**
 * A change in a case, as one subscriber may see it: ids and the kind of change, plus for
 * registered subject types the item masked with the subscriber's own permissions.
 */
@ObjectType('CaseActivity', { simpleResolvers: true })
export class CaseActivityNode {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, {
    description: 'The kind of item that changed: case_entry, case_team_membership, case_file, ...',
  })
  subjectType!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => ChangeOpEnum)
  op!: RealtimeOp;

  @Field(() => DateTimeISO)
  at!: Date;

  @Field(() => OrganisationNode, { nullable: true, description: 'The organisation that made the change, when known.' })
  byOrganisation!: OrganisationNode | null;

  @Field(() => CaseActivitySubject, { nullable: true })
  subject!: object | null;
}
