import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { PURPOSES, type Purpose } from '@mda/authz';
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

  /** The purpose declared for this session (AVG purpose limitation); HEALTH and CRIMINAL need one. */
  @Enum({ items: () => [...PURPOSES], type: 'text', nullable: true })
  purpose: Purpose | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  lastSeenAt: Date & Opt = new Date();
}
