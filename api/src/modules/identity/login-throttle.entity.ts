import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * Failed-login counters, kept in the database so that every API instance applies the same
 * limits. `key` is `account:<sha256(email)>` or `address:<ip>`; no plain e-mail is stored.
 */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'integer' })
  failures: number & Opt = 0;

  @Property({ type: 'timestamptz' })
  windowStartedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;
}
