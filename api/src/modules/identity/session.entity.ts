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

  /** How the session was opened: a local password (the demo) or the organisation's identity provider. */
  @Enum({ items: () => ['PASSWORD', 'OIDC'], type: 'text', default: 'PASSWORD' })
  authMethod: ('PASSWORD' | 'OIDC') & Opt = 'PASSWORD';

  /** Set at login from the deployment's policy: special categories wait for a second factor. */
  @Property({ type: 'boolean', default: false })
  secondFactorRequired: boolean & Opt = false;

  /** When this session confirmed a second factor (TOTP, or asserted by the identity provider). */
  @Property({ type: 'timestamptz', nullable: true })
  secondFactorAt: Date | null = null;

  @Enum({ items: () => ['TOTP', 'IDENTITY_PROVIDER'], type: 'text', nullable: true })
  secondFactorMethod: 'TOTP' | 'IDENTITY_PROVIDER' | null = null;
}
