import { Field, ID, InputType } from 'type-graphql';
import type { LegalBasisKind } from '@mda/domain';
import { LegalBasisKindEnum } from '../../core/graphql/enums.js';
import { LocalDate } from '../../core/graphql/scalars.js';

@InputType({
  description:
    'Registers that your organisation is involved with a person (no content): by BSN, or from a case as a household member (caseId and personId).',
})
export class RegisterInvolvementInput {
  @Field(() => String, {
    nullable: true,
    description: "The person's BSN (eleven-test); only its keyed hash is stored. Not with caseId/personId.",
  })
  bsn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "A case your organisation is on the team of; with personId, instead of a BSN (the person's stored BSN is used)",
  })
  caseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A household member of that case' })
  personId?: string | null;

  @Field(() => LegalBasisKindEnum)
  basisKind!: LegalBasisKind;

  @Field(() => String, { description: 'Article of the covenant, statute, or consent' })
  basisDetail!: string;

  @Field(() => String, {
    description: 'A desk and phone number partners may call; no e-mail address, no personal data',
  })
  contactPoint!: string;

  @Field(() => String, { nullable: true, description: 'Your own file reference; only your organisation sees it' })
  ownReference?: string | null;

  @Field(() => LocalDate)
  validFrom!: string;

  @Field(() => LocalDate, { nullable: true })
  validUntil?: string | null;
}
