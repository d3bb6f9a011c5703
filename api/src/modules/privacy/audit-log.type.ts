import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../core/graphql/scalars.js';

@ObjectType('AuditRecord', {
  description: 'One access on record (NEN 7513): who, for which organisation and purpose, did what to whose data.',
  simpleResolvers: true,
})
export class AuditRecordNode {
  @Field(() => String)
  seq!: string;

  @Field(() => DateTimeISO)
  occurredAt!: Date;

  @Field(() => String)
  requestId!: string;

  @Field(() => ID)
  actorUserId!: string;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => String)
  organisationType!: string;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => [String])
  roles!: string[];

  @Field(() => String)
  action!: string;

  @Field(() => String)
  subjectType!: string;

  @Field(() => String, { nullable: true })
  subjectId!: string | null;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;

  @Field(() => String, { nullable: true })
  caseReference!: string | null;

  @Field(() => [ID])
  dataSubjectIds!: string[];

  @Field(() => [AuditDataSubjectNode], { description: 'The data subjects, with their names where the mandate allows' })
  dataSubjects!: AuditDataSubjectNode[];

  @Field(() => [String])
  fields!: string[];

  @Field(() => [String])
  categories!: string[];

  @Field(() => String, { nullable: true })
  purpose!: string | null;

  @Field(() => ID, { nullable: true })
  breakGlassGrantId!: string | null;

  @Field(() => String)
  outcome!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType('AuditDataSubject', {
  description: 'A data subject of an access on record: the name only where the privacy officer may see it.',
  simpleResolvers: true,
})
export class AuditDataSubjectNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "First and last name; null outside the privacy officer's mandate (rule `identify DataSubject`). Audited.",
  })
  name!: string | null;
}

@ObjectType('AuditRecordPage', { simpleResolvers: true })
export class AuditRecordPage {
  @Field(() => [AuditRecordNode])
  records!: AuditRecordNode[];

  @Field(() => String, { nullable: true, description: 'Pass as `before` for the next (older) page' })
  nextBefore!: string | null;
}

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Accesses to the data of this person (data subject)' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Accesses by this user' })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'Accesses within this case, by reference' })
  caseReference?: string | null;

  @Field(() => DateTimeISO, { nullable: true })
  from?: Date | null;

  @Field(() => DateTimeISO, { nullable: true })
  to?: Date | null;

  @Field(() => [String], {
    nullable: true,
    description: 'READ, CREATE, UPDATE, DELETE, EXPORT, SEARCH, DENIED, BREAK_GLASS',
  })
  actions?: string[] | null;
}
