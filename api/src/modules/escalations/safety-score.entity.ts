import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { SAFETY_SCORERS, type SafetyScorer } from '@mda/domain';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';

/** A safety score 0-10 given by the family or by the professionals (category PLAN). */
@Entity({ tableName: 'safety_score' })
export class SafetyScore extends BaseEntity {
  @ManyToOne(() => Case, { fieldName: 'case_id' })
  caseFile!: Case;

  @Property({ type: 'integer' })
  score!: number;

  @Enum({ items: () => [...SAFETY_SCORERS], type: 'text' })
  scoredBy!: SafetyScorer;

  @Property({ type: 'date' })
  scoredOn!: string;

  @ManyToOne(() => User)
  recordedBy!: User;

  @ManyToOne(() => Organisation)
  recordedByOrganisation!: Organisation;
}
