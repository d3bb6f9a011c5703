import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { registerEnumType } from 'type-graphql';
import { DateTimeISO, LocalDate } from '../../core/graphql/scalars.js';
import { OrganisationNode } from '../identity/identity.type.js';
import { REVIEW_STATUSES, type BreakGlassGrant, type ReviewStatus } from './break-glass-grant.entity.js';

export const ReviewStatusEnum = Object.fromEntries(REVIEW_STATUSES.map((s) => [s, s])) as { [K in ReviewStatus]: K };
registerEnumType(ReviewStatusEnum, { name: 'BreakGlassReviewStatus' });

/** An emergency access grant, as its requester and the privacy officer see it (no case content). */
@ObjectType('BreakGlassGrant', { simpleResolvers: true })
export class BreakGlassGrantNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { description: 'Case reference, e.g. MDA-2026-000123' })
  caseReference!: string;

  @Field(() => String)
  requestedBy!: string;

  @Field(() => OrganisationNode)
  organisation!: OrganisationNode;

  @Field(() => String)
  reason!: string;

  @Field(() => DateTimeISO)
  grantedAt!: Date;

  @Field(() => DateTimeISO)
  expiresAt!: Date;

  @Field(() => ReviewStatusEnum)
  reviewStatus!: ReviewStatus;

  @Field(() => String, { nullable: true })
  reviewComment!: string | null;

  @Field(() => DateTimeISO, { nullable: true })
  reviewedAt!: Date | null;

  static from(g: BreakGlassGrant): BreakGlassGrantNode {
    return Object.assign(new BreakGlassGrantNode(), {
      id: g.id,
      caseId: g.caseFile.id,
      caseReference: g.caseFile.reference,
      requestedBy: g.user.displayName,
      organisation: OrganisationNode.from(g.organisation),
      reason: g.reason,
      grantedAt: g.grantedAt,
      expiresAt: g.expiresAt,
      reviewStatus: g.reviewStatus,
      reviewComment: g.reviewComment,
      reviewedAt: g.reviewedAt,
    });
  }
}

@InputType()
export class ReviewBreakGlassInput {
  @Field(() => ID)
  grantId!: string;

  @Field(() => ReviewStatusEnum, { description: 'APPROVED or FLAGGED' })
  decision!: ReviewStatus;

  @Field(() => String, { nullable: true, description: 'Required when FLAGGED' })
  comment?: string | null;
}

@ObjectType('AnomalySignal', {
  description: "A pattern in the access log worth a privacy officer's look; not a verdict.",
  simpleResolvers: true,
})
export class AnomalySignalNode {
  @Field(() => String, { description: 'MANY_CASES_OUTSIDE_TEAM, REFUSALS_IN_BULK or UNUSUAL_HOURS' })
  kind!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => String, { nullable: true })
  userName!: string | null;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => Int)
  count!: number;

  @Field(() => DateTimeISO)
  firstAt!: Date;

  @Field(() => DateTimeISO)
  lastAt!: Date;
}

@ObjectType('DataSubjectExport', { simpleResolvers: true })
export class DataSubjectExportNode {
  @Field(() => DateTimeISO)
  generatedAt!: Date;

  @Field(() => String, {
    description: 'The export as a JSON document (AVG art. 15), for the reply to the data subject',
  })
  document!: string;
}

@ObjectType('ErasureOutcome', {
  description:
    'ERASED (pseudonymised), RESTRICTED while a legal retention duty runs, or PENDING_APPROVAL while a second privacy officer has to approve (four eyes)',
  simpleResolvers: true,
})
export class ErasureOutcomeNode {
  @Field(() => String)
  outcome!: string;

  @Field(() => ID, { description: 'The erasure request on record' })
  requestId!: string;

  @Field(() => String)
  basis!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  restrictedUntil!: string | null;
}

@ObjectType('ErasureRequest', {
  description: 'An AVG art. 17 request on record; PENDING_APPROVAL ones wait for a second privacy officer.',
  simpleResolvers: true,
})
export class ErasureRequestNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The data subject (person id); no name: the privacy officer sees no case content' })
  personId!: string;

  @Field(() => ID)
  requestedById!: string;

  @Field(() => String)
  requestedBy!: string;

  @Field(() => String)
  requesterOrganisation!: string;

  @Field(() => DateTimeISO)
  requestedAt!: Date;

  @Field(() => String, { description: 'PENDING_APPROVAL, APPLIED or WITHDRAWN' })
  status!: string;

  @Field(() => String)
  basis!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => [String], { description: 'Case references the request covers' })
  caseReferences!: string[];

  @Field(() => [ID], { description: 'Organisations whose data the request affects' })
  affectedOrganisationIds!: string[];

  @Field(() => [String])
  affectedOrganisations!: string[];
}

@InputType({
  description:
    'Find the person of a data-subject request: by BSN (exact), by name and date of birth, or by person id. One of the three.',
})
export class DataSubjectSearchInput {
  @Field(() => String, {
    nullable: true,
    description: 'Nine digits passing the eleven-test; compared through the stored hash',
  })
  bsn?: string | null;

  @Field(() => String, { nullable: true, description: 'First and/or last name, or part of it (with dateOfBirth)' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; required with name' })
  dateOfBirth?: string | null;

  @Field(() => ID, { nullable: true, description: 'A person id from the access log or forwarded by a partner' })
  personId?: string | null;
}

@ObjectType('DataSubjectMatch', {
  description: "A person inside the privacy officer's mandate that fits the search.",
  simpleResolvers: true,
})
export class DataSubjectMatchNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => LocalDate, { nullable: true })
  dateOfBirth!: string | null;
}

@ObjectType('DataSubjectLetter', {
  description: 'The art. 15 answer as a Dutch PDF letter for the citizen, holding what the JSON export holds.',
  simpleResolvers: true,
})
export class DataSubjectLetterNode {
  @Field(() => String)
  fileName!: string;

  @Field(() => String, { description: 'The PDF, base64' })
  pdfBase64!: string;
}

@ObjectType('AuditLogUser', {
  description: 'A user the privacy officer can filter the access log on: name and organisation.',
  simpleResolvers: true,
})
export class AuditLogUserNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  organisationName!: string;
}
