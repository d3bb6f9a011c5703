import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { ORGANISATION_TYPES, type OrganisationType } from '@mda/domain';
import { BaseEntity } from '../../core/db/base.entity.js';

/**
 * A note on a plan element. Without an audience it is for the whole team (category PLAN);
 * with one it is a RESTRICTED_NOTE read only by the named organisation types and the author's
 * organisation, like restricted case entries.
 */
@Entity({ tableName: 'plan_note' })
export class PlanNote extends BaseEntity {
  @Property({ type: 'uuid', fieldName: 'case_id' })
  caseId!: string;

  @Property({ type: 'uuid', fieldName: 'plan_id' })
  planId!: string;

  @Property({ type: 'uuid', fieldName: 'element_id' })
  elementId!: string;

  @Enum({ items: () => ['PLAN', 'RESTRICTED_NOTE'], type: 'text' })
  category!: 'PLAN' | 'RESTRICTED_NOTE';

  @Enum({ items: () => [...ORGANISATION_TYPES], array: true, type: 'text[]' })
  audience: OrganisationType[] & Opt = [];

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'uuid', fieldName: 'author_organisation_id' })
  authorOrganisationId!: string;

  @Property({ type: 'uuid', fieldName: 'author_user_id' })
  authorUserId!: string;

  @Property({ type: 'integer' })
  version: number & Opt = 1;
}
