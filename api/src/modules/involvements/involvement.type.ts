import { Field, ID, ObjectType } from 'type-graphql';
import type { LegalBasisKind, OrganisationType } from '@mda/domain';
import { LegalBasisKindEnum, OrganisationTypeEnum } from '../../core/graphql/enums.js';
import { LocalDate } from '../../core/graphql/scalars.js';

/** The disclosure contract of the involvement index (docs/intake.md); built only by involvement.service.ts. */
@ObjectType({
  description: 'Another organisation involved with the same person: who and whom to contact, nothing else.',
})
export class AlsoInvolvedNode {
  @Field(() => String)
  organisationName!: string;

  @Field(() => OrganisationTypeEnum)
  organisationType!: OrganisationType;

  @Field(() => String)
  contactPoint!: string;
}

@ObjectType({ description: "One of your organisation's own registrations in the involvement index." })
export class InvolvementNode {
  @Field(() => ID)
  id!: string;

  @Field(() => LegalBasisKindEnum)
  basisKind!: LegalBasisKind;

  @Field(() => String)
  basisDetail!: string;

  @Field(() => String)
  contactPoint!: string;

  @Field(() => String, { nullable: true })
  ownReference!: string | null;

  @Field(() => LocalDate)
  validFrom!: string;

  @Field(() => LocalDate, { nullable: true })
  validUntil!: string | null;

  @Field(() => [AlsoInvolvedNode], {
    description: 'Other organisations involved with the same person in an overlapping period',
  })
  alsoInvolved!: AlsoInvolvedNode[];

  /** Set by registerInvolvement from a case (not a GraphQL field): the case whose entries `caseInvolvements` gives. */
  registeredFromCaseId: string | null = null;
}

@ObjectType({
  description:
    'An index entry of a household member, as the case team sees it: who is involved, whom to contact, when. No basis, no content.',
})
export class InvolvementIndexEntryNode {
  @Field(() => ID, { description: 'The household member (person) the entry is about' })
  personId!: string;

  @Field(() => String)
  organisationName!: string;

  @Field(() => OrganisationTypeEnum)
  organisationType!: OrganisationType;

  @Field(() => String)
  contactPoint!: string;

  @Field(() => LocalDate)
  validFrom!: string;

  @Field(() => LocalDate, { nullable: true })
  validUntil!: string | null;
}
