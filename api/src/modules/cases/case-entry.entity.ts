import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { ORGANISATION_TYPES, type OrganisationType } from '@mda/domain';
import { DATA_CATEGORIES, type DataCategory } from '@mda/authz';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import { Case } from './case.entity.js';

/**
 * An item of information an organisation shares with the case team (an incident, a
 * diagnosis, a supervision order, a restricted note...). Its category decides who may read
 * its content; everyone on the team may see that it exists and who recorded it.
 */
@Entity({ tableName: 'case_entry' })
export class CaseEntry extends BaseEntity {
  @ManyToOne(() => Case, { fieldName: 'case_id' })
  @Index()
  caseFile!: Case;

  @Enum({ items: () => [...DATA_CATEGORIES], type: 'text' })
  category!: DataCategory;

  @ManyToOne(() => Organisation)
  authorOrganisation!: Organisation;

  @ManyToOne(() => User)
  authorUser!: User;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'date', nullable: true })
  occurredOn: string | null = null;

  /** Data subjects: the household members this entry is about (person ids). */
  @Property({ type: 'uuid[]' })
  concerns: string[] & Opt = [];

  /** RESTRICTED_NOTE only: the organisation types that may read it (besides the author). */
  @Enum({ items: () => [...ORGANISATION_TYPES], array: true, type: 'text[]' })
  audience: OrganisationType[] & Opt = [];

  /** Set when the source organisation's retention period ended and the content was pseudonymised. */
  @Property({ type: 'timestamptz', nullable: true })
  pseudonymisedAt: Date | null = null;

  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
