import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { ORGANISATION_TYPES, type OrganisationType } from '@mda/domain';
import { BaseEntity } from '../../core/db/base.entity.js';

@Entity({ tableName: 'organisation' })
export class Organisation extends BaseEntity {
  @Property({ type: 'text' })
  @Unique()
  name!: string;

  @Enum({ items: () => [...ORGANISATION_TYPES], type: 'text' })
  type!: OrganisationType;

  /** Municipalities (codes) this organisation serves: a municipality's own, for its figures (docs/figures.md). */
  @Property({ type: 'text[]', default: [] })
  municipalities: string[] = [];
}

/** An organisation as the read side needs it (plain rows, no entity). */
export type OrganisationRecord = Pick<Organisation, 'id' | 'name' | 'type'>;
