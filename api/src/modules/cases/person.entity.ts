import { BeforeCreate, BeforeUpdate, Entity, Index, Property } from '@mikro-orm/core';
import { personNameKey } from '@mda/domain';
import { BaseEntity } from '../../core/db/base.entity.js';

/**
 * A natural person. The BSN is never stored in the clear: only a keyed hash (HMAC-SHA256
 * with a key outside the database), enough to recognise the same person again.
 */
@Entity({ tableName: 'person' })
export class Person extends BaseEntity {
  @Property({ type: 'text' })
  firstName!: string;

  @Property({ type: 'text' })
  lastName!: string;

  @Property({ type: 'date', nullable: true })
  dateOfBirth: string | null = null;

  @Property({ type: 'text', nullable: true, hidden: true })
  @Index()
  bsnHash: string | null = null;

  /**
   * Matching key: normalised significant name parts, sorted (personNameKey in packages/domain),
   * indexed with the date of birth (docs/intake.md). Kept by the hook below; a name changed in SQL
   * loses its key (trigger person_name_key_guard).
   */
  @Property({ type: 'text', nullable: true, hidden: true })
  nameKey: string | null = null;

  /** CONTACT */
  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  /** CONTACT */
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  /** SECRET_LOCATION: shelter or secret address. A leak can kill: see docs/permissions.md. */
  @Property({ type: 'text', nullable: true })
  shelterAddress: string | null = null;

  /** SECRET_LOCATION: how to reach the person safely (a safe contact or number). */
  @Property({ type: 'text', nullable: true })
  safeContact: string | null = null;

  /** Set when the retention period ended and the person's data was pseudonymised. */
  @Property({ type: 'timestamptz', nullable: true })
  pseudonymisedAt: Date | null = null;

  /** Restriction of processing (AVG art. 18): an erasure request under a legal retention duty. */
  @Property({ type: 'timestamptz', nullable: true })
  restrictedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  restrictionBasis: string | null = null;

  @BeforeCreate()
  @BeforeUpdate()
  keepNameKey(): void {
    this.nameKey = this.pseudonymisedAt ? null : personNameKey(this.firstName, this.lastName);
  }
}
