import { Entity, Index, Property } from '@mikro-orm/core';
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
}
