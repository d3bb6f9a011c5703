import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { CaseStatus, HouseholdProfile, LegalBasisKind, MemberRole } from '@mda/domain';
import { CaseStatusEnum, HouseholdProfileEnum, LegalBasisKindEnum, MemberRoleEnum } from '../../core/graphql/enums.js';
import { DateTimeISO, LocalDate } from '../../core/graphql/scalars.js';
import { PageInfo } from '../../core/graphql/connection.js';
import { disclose } from '../../core/authz/field-guard.js';
import { PERSON_FIELDS, type Actor, type AppAbility } from '@mda/authz';
import { secondFactorWithheldReason } from '../identity/second-factor.service.js';
import { OrganisationNode } from '../identity/identity.type.js';
import type { Case } from './case.entity.js';
import { isMembershipActive } from './case-team-membership.entity.js';
import type { MemberRecord, MembershipRecord } from './case.loaders.js';

/*
 * GraphQL types are the disclosure contract; entities are storage. Each type is built
 * from an entity by `from()`, which copies only what may be disclosed.
 */

@ObjectType('Municipality', { simpleResolvers: true })
export class MunicipalityNode {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('Person', { simpleResolvers: true })
export class PersonNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'IDENTITY' })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: 'IDENTITY' })
  lastName!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'IDENTITY' })
  dateOfBirth!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether a BSN is on record. The BSN itself is never disclosed.',
  })
  hasBsn!: boolean | null;

  @Field(() => String, { nullable: true, description: 'CONTACT' })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'CONTACT' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'SECRET_LOCATION: shelter or secret address' })
  shelterAddress!: string | null;

  @Field(() => String, { nullable: true, description: 'SECRET_LOCATION: how to reach the person safely' })
  safeContact!: string | null;

  @Field(() => [String], {
    description: 'Fields withheld from the viewer ("niet gedeeld met uw organisatie"); they resolve to null.',
  })
  redactedFields!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Why the secret-location fields are withheld when the viewer can change that (confirm a second factor), in Dutch and English.',
  })
  withheldReason!: string | null;
}

@ObjectType('HouseholdMember', { simpleResolvers: true })
export class HouseholdMemberNode {
  @Field(() => ID)
  id!: string;

  @Field(() => PersonNode)
  person!: PersonNode;

  @Field(() => [MemberRoleEnum])
  roles!: MemberRole[];

  /** Discloses the person's fields field by field, for the case the viewer is looking at. */
  static from(
    member: Pick<MemberRecord, 'id' | 'roles' | 'person'>,
    ability: AppAbility,
    caseId: string,
    actor: Actor | null = null,
    reach?: readonly string[],
  ): { node: HouseholdMemberNode; disclosed: string[] } {
    const p = member.person;
    // The Person rules speak only of how the case is reached (packages/authz tests that), so
    // given the reach, the fields are decided once per reach in a request, not per person.
    const { values, redacted, disclosed } = disclose(
      ability,
      'Person',
      { id: p.id, caseId },
      {
        firstName: p.firstName,
        lastName: p.lastName,
        dateOfBirth: p.dateOfBirth,
        hasBsn: p.bsnHash !== null,
        address: p.address,
        phone: p.phone,
        shelterAddress: p.shelterAddress,
        safeContact: p.safeContact,
      },
      reach ? `reach:${[...reach].sort().join('+')}` : undefined,
    );
    if (p.restrictedAt) {
      // Restriction of processing (AVG art. 18): only identity stays in use.
      for (const f of [...PERSON_FIELDS.CONTACT, ...PERSON_FIELDS.SECRET_LOCATION]) {
        if (disclosed.includes(f)) disclosed.splice(disclosed.indexOf(f), 1);
        if (!redacted.includes(f)) redacted.push(f);
        (values as Record<string, unknown>)[f] = null;
      }
    }
    // A restricted person's secret location stays withheld whatever the session confirms.
    const withheldReason =
      !p.restrictedAt && PERSON_FIELDS.SECRET_LOCATION.some((f) => redacted.includes(f))
        ? secondFactorWithheldReason(actor, 'SECRET_LOCATION')
        : null;
    const person = Object.assign(new PersonNode(), { id: p.id, ...values, redactedFields: redacted, withheldReason });
    return {
      node: Object.assign(new HouseholdMemberNode(), { id: member.id, roles: [...member.roles], person }),
      disclosed,
    };
  }
}

@ObjectType('Household', { simpleResolvers: true })
export class HouseholdNode {
  @Field(() => ID)
  id!: string;

  @Field(() => [HouseholdMemberNode])
  members!: HouseholdMemberNode[];
}

@ObjectType('LegalBasis', { simpleResolvers: true })
export class LegalBasisNode {
  @Field(() => LegalBasisKindEnum)
  kind!: LegalBasisKind;

  @Field(() => String, { nullable: true, description: 'COVENANT: covenant and article' })
  article!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'CONSENT: date consent was given' })
  consentDate!: string | null;

  @Field(() => String, { nullable: true, description: 'LEGAL_DUTY: the statute' })
  statute!: string | null;
}

@ObjectType('CaseTeamMembership', { simpleResolvers: true })
export class CaseTeamMembershipNode {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganisationNode)
  organisation!: OrganisationNode;

  @Field(() => LegalBasisNode)
  legalBasis!: LegalBasisNode;

  @Field(() => String)
  purpose!: string;

  @Field(() => LocalDate)
  validFrom!: string;

  @Field(() => LocalDate, { nullable: true })
  validUntil!: string | null;

  @Field(() => Boolean, { description: 'Active today (Europe/Amsterdam).' })
  active!: boolean;

  static from(m: Omit<MembershipRecord, 'caseId'>, today: string): CaseTeamMembershipNode {
    return Object.assign(new CaseTeamMembershipNode(), {
      id: m.id,
      organisation: OrganisationNode.from(m.organisation),
      legalBasis: Object.assign(new LegalBasisNode(), {
        kind: m.legalBasisKind,
        article: m.legalBasisArticle,
        consentDate: m.consentDate,
        statute: m.legalBasisStatute,
      }),
      purpose: m.purpose,
      validFrom: m.validFrom,
      validUntil: m.validUntil,
      active: isMembershipActive(m, today),
    });
  }
}

/** What a case node is made of: a managed `Case`, or a plain row of the case list (no entity). */
export type CaseFacts = Pick<
  Case,
  'id' | 'reference' | 'status' | 'profile' | 'openedAt' | 'closedAt' | 'version' | 'municipality'
> & { household: { id: string } };

@ObjectType('Case', { simpleResolvers: true })
export class CaseNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Human-readable reference, e.g. MDA-2026-000123' })
  reference!: string;

  @Field(() => CaseStatusEnum)
  status!: CaseStatus;

  @Field(() => HouseholdProfileEnum)
  profile!: HouseholdProfile;

  @Field(() => DateTimeISO)
  openedAt!: Date;

  @Field(() => DateTimeISO, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Int, { description: 'Optimistic-lock version; send it back as expectedVersion.' })
  version!: number;

  /** Not exposed: resolved by field resolvers. */
  municipalityCode!: string;
  householdId!: string;

  static from(c: CaseFacts): CaseNode {
    return Object.assign(new CaseNode(), {
      id: c.id,
      reference: c.reference,
      status: c.status,
      profile: c.profile,
      openedAt: c.openedAt,
      closedAt: c.closedAt,
      version: c.version,
      municipalityCode: c.municipality,
      householdId: c.household.id,
    });
  }
}

@ObjectType('CaseEdge', { simpleResolvers: true })
export class CaseEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => CaseNode)
  node!: CaseNode;
}

@ObjectType('CaseConnection', { simpleResolvers: true })
export class CaseConnection {
  @Field(() => [CaseEdge])
  edges!: CaseEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
