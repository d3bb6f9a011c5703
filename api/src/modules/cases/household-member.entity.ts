import { Entity, Enum, ManyToOne, Unique, type Opt } from '@mikro-orm/core';
import { MEMBER_ROLES, type MemberRole } from '@mda/domain';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Household } from './household.entity.js';
import { Person } from './person.entity.js';

/** A person's place in one household; a person may hold several roles (victim and perpetrator). */
@Entity({ tableName: 'household_member' })
@Unique({ properties: ['household', 'person'] })
export class HouseholdMember extends BaseEntity {
  @ManyToOne(() => Household)
  household!: Household;

  @ManyToOne(() => Person)
  person!: Person;

  @Enum({ items: () => [...MEMBER_ROLES], array: true, type: 'text[]' })
  roles: MemberRole[] & Opt = [];
}
