import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { CASE_ORDERS, type CaseOrder } from './case-order.js';
import type { CaseStatus, HouseholdProfile, LegalBasisKind, MemberRole } from '@mda/domain';
import { CaseStatusEnum, HouseholdProfileEnum, LegalBasisKindEnum, MemberRoleEnum } from '../../core/graphql/enums.js';
import { LocalDate } from '../../core/graphql/scalars.js';

@InputType()
export class CaseFilter {
  @Field(() => [CaseStatusEnum], { nullable: true })
  status?: CaseStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Municipality code' })
  municipality?: string | null;

  @Field(() => HouseholdProfileEnum, { nullable: true })
  profile?: HouseholdProfile | null;

  @Field(() => String, { nullable: true, description: 'Start of the case reference, e.g. MDA-2026-0001' })
  referencePrefix?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only cases this user directs (accepted case director)' })
  caseDirectorId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only cases without an accepted case director' })
  withoutCaseDirector?: boolean | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Only cases whose next deadline (earliest open plan action, category PLAN) falls on or before this day',
  })
  nextDeadlineOnOrBefore?: string | null;
}

export const CaseOrderEnum = Object.fromEntries(CASE_ORDERS.map((o) => [o, o])) as { [K in CaseOrder]: K };
registerEnumType(CaseOrderEnum, {
  name: 'CaseOrder',
  description: 'Order of the case list: newest first (default), by reference, or by next deadline (none last)',
});

@InputType()
export class LegalBasisInput {
  @Field(() => LegalBasisKindEnum)
  kind!: LegalBasisKind;

  @Field(() => String, { nullable: true, description: 'Required for COVENANT' })
  article?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Required for CONSENT' })
  consentDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for LEGAL_DUTY' })
  statute?: string | null;
}

@InputType()
export class PersonInput {
  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => LocalDate, { nullable: true })
  dateOfBirth?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Burgerservicenummer; checked with the eleven-test, stored only as a keyed hash',
  })
  bsn?: string | null;

  @Field(() => [MemberRoleEnum])
  roles!: MemberRole[];
}

@InputType()
export class CreateCaseInput {
  @Field(() => String, { description: 'Municipality code' })
  municipality!: string;

  @Field(() => HouseholdProfileEnum)
  profile!: HouseholdProfile;

  @Field(() => [PersonInput])
  members!: PersonInput[];

  @Field(() => LegalBasisInput, { description: "Legal basis of the creating organisation's own team membership" })
  legalBasis!: LegalBasisInput;

  @Field(() => String)
  purpose!: string;
}

@InputType()
export class AddTeamMemberInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => LegalBasisInput)
  legalBasis!: LegalBasisInput;

  @Field(() => String)
  purpose!: string;

  @Field(() => LocalDate)
  validFrom!: string;

  @Field(() => LocalDate, { nullable: true })
  validUntil?: string | null;
}

@InputType()
export class EndTeamMembershipInput {
  @Field(() => ID)
  membershipId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the membership; defaults to today' })
  endDate?: string | null;
}

@InputType()
export class TransitionCaseInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => CaseStatusEnum)
  to!: CaseStatus;

  @Field(() => Int)
  expectedVersion!: number;
}
