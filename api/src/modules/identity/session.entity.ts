import { Entity, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../core/db/base.entity.js';
import { User } from './user.entity.js';

/** A login session. Only the SHA-256 of the opaque bearer token is stored. */
@Entity({ tableName: 'user_session' })
export class Session extends BaseEntity {
  @Property({ type: 'text' })
  @Unique()
  tokenHash!: string;

  @ManyToOne(() => User)
  @Index()
  user!: User;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  lastSeenAt: Date & Opt = new Date();
}
