import { Field, InputType } from 'type-graphql';
import type { LegalBasisKind } from '@mda/domain';
import { LegalBasisKindEnum } from '../../core/graphql/enums.js';
import { LocalDate } from '../../core/graphql/scalars.js';

@InputType({ description: 'Registers that your organisation is involved with a person (no content).' })
export class RegisterInvolvementInput {
  @Field(() => String, { description: "The person's BSN (eleven-test); only its keyed hash is stored" })
  bsn!: string;

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
