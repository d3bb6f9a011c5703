import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { LEGAL_BASIS_KINDS, type LegalBasisKind } from '@mda/domain';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';

/**
 * One entry of the involvement index (verwijsindex; docs/intake.md): THAT an organisation is
 * involved with the person with this BSN hash, on which basis, whom to contact, and when.
 * Never what the organisation knows.
 */
@Entity({ tableName: 'involvement' })
export class Involvement extends BaseEntity {
  @Property({ type: 'text' })
  bsnHash!: string;

  @ManyToOne(() => Organisation)
  organisation!: Organisation;

  @Enum({ items: () => [...LEGAL_BASIS_KINDS], type: 'text' })
  basisKind!: LegalBasisKind;

  /** The article of the covenant, the statute, or the date of consent in words. */
  @Property({ type: 'text' })
  basisDetail!: string;

  /** A desk or phone number of the organisation: what a partner who matches gets. */
  @Property({ type: 'text' })
  contactPoint!: string;

  /** The organisation's own file reference; shown to that organisation only. */
  @Property({ type: 'text', nullable: true })
  ownReference: string | null = null;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validUntil: string | null = null;

  @ManyToOne(() => User)
  registeredBy!: User;
}
