import { Collection, Entity, OneToMany } from '@mikro-orm/core';
import { BaseEntity } from '../../core/db/base.entity.js';
import { HouseholdMember } from './household-member.entity.js';

@Entity({ tableName: 'household' })
export class Household extends BaseEntity {
  @OneToMany(() => HouseholdMember, (member) => member.household)
  members = new Collection<HouseholdMember>(this);
}
