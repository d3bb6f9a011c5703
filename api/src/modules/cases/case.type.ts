import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { CaseStatus, HouseholdProfile, LegalBasisKind, MemberRole } from '@mda/domain';
import { CaseStatusEnum, HouseholdProfileEnum, LegalBasisKindEnum, MemberRoleEnum } from '../../core/graphql/enums.js';
import { DateTimeISO, LocalDate } from '../../core/graphql/scalars.js';
import { PageInfo } from '../../core/graphql/connection.js';
import { OrganisationNode } from '../identity/identity.type.js';
import type { Case } from './case.entity.js';
import { isMembershipActive, type CaseTeamMembership } from './case-team-membership.entity.js';
import type { HouseholdMember } from './household-member.entity.js';

/*
 * GraphQL types are the disclosure contract; entities are storage. Each type is built
 * from an entity by `from()`, which copies only what may be disclosed.
 */

@ObjectType('Municipality')
export class MunicipalityNode {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('Person')
export class PersonNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => LocalDate, { nullable: true })
  dateOfBirth!: string | null;

  @Field(() => Boolean, { description: 'Whether a BSN is on record. The BSN itself is never disclosed.' })
  hasBsn!: boolean;
}

@ObjectType('HouseholdMember')
export class HouseholdMemberNode {
  @Field(() => ID)
  id!: string;

  @Field(() => PersonNode)
  person!: PersonNode;

  @Field(() => [MemberRoleEnum])
  roles!: MemberRole[];

  static from(member: HouseholdMember): HouseholdMemberNode {
    const p = member.person;
    return Object.assign(new HouseholdMemberNode(), {
      id: member.id,
      roles: [...member.roles],
      person: Object.assign(new PersonNode(), {
        id: p.id,
        firstName: p.firstName,
        lastName: p.lastName,
        dateOfBirth: p.dateOfBirth,
        hasBsn: p.bsnHash !== null,
      }),
    });
  }
}

@ObjectType('Household')
export class HouseholdNode {
  @Field(() => ID)
  id!: string;

  @Field(() => [HouseholdMemberNode])
  members!: HouseholdMemberNode[];
}

@ObjectType('LegalBasis')
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

@ObjectType('CaseTeamMembership')
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

  static from(m: CaseTeamMembership, today: string): CaseTeamMembershipNode {
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

@ObjectType('Case')
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

  static from(c: Case): CaseNode {
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

@ObjectType('CaseEdge')
export class CaseEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => CaseNode)
  node!: CaseNode;
}

@ObjectType('CaseConnection')
export class CaseConnection {
  @Field(() => [CaseEdge])
  edges!: CaseEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
