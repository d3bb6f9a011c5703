import { Field, ID, ObjectType } from 'type-graphql';
import type { OrganisationType, UserRole } from '@mda/domain';
import type { Purpose } from '@mda/authz';
import { OrganisationTypeEnum, PurposeEnum, UserRoleEnum } from '../../core/graphql/enums.js';
import { DateTimeISO } from '../../core/graphql/scalars.js';
import type { OrganisationRecord } from './organisation.entity.js';
import type { User as UserEntity } from './user.entity.js';

@ObjectType('Organisation', { simpleResolvers: true })
export class OrganisationNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrganisationTypeEnum)
  type!: OrganisationType;

  static from(entity: OrganisationRecord): OrganisationNode {
    return Object.assign(new OrganisationNode(), { id: entity.id, name: entity.name, type: entity.type });
  }
}

@ObjectType('User', { simpleResolvers: true })
export class UserNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [UserRoleEnum])
  roles!: UserRole[];

  @Field(() => OrganisationNode)
  organisation!: OrganisationNode;

  @Field(() => PurposeEnum, { nullable: true, description: 'Purpose declared for the current session (only on `me`).' })
  purpose!: Purpose | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Only on `me`: this session's permission rules, packed (CASL packRules, JSON), so the web hides what the API would refuse.",
  })
  permissions!: string | null;

  static from(entity: UserEntity, purpose: Purpose | null = null, permissions: string | null = null): UserNode {
    return Object.assign(new UserNode(), {
      id: entity.id,
      email: entity.email,
      displayName: entity.displayName,
      roles: [...entity.roles],
      organisation: OrganisationNode.from(entity.organisation),
      purpose,
      permissions,
    });
  }
}

@ObjectType('Session', { simpleResolvers: true })
export class SessionNode {
  @Field(() => String, { description: 'Bearer token for API clients; the web uses the httpOnly cookie instead.' })
  token!: string;

  @Field(() => DateTimeISO)
  expiresAt!: Date;

  @Field(() => UserNode)
  user!: UserNode;
}
