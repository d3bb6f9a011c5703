import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { USER_ROLES, type UserRole } from '@mda/domain';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Organisation } from './organisation.entity.js';

@Entity({ tableName: 'app_user' })
export class User extends BaseEntity {
  /** Stored lower-cased; unique. */
  @Property({ type: 'text' })
  @Unique()
  email!: string;

  @Property({ type: 'text' })
  displayName!: string;

  /** argon2id PHC string. */
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @ManyToOne(() => Organisation)
  @Index()
  organisation!: Organisation;

  @Enum({ items: () => [...USER_ROLES], array: true, type: 'text[]' })
  roles: UserRole[] & Opt = [];

  @Property({ type: 'boolean', default: true })
  active: boolean & Opt = true;
}
