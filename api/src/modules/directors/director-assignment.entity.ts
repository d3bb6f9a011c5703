import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../core/db/base.entity.js';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';

export const DIRECTOR_KINDS = ['CASE_DIRECTOR', 'PROCESS_DIRECTOR'] as const;
export type DirectorKind = (typeof DIRECTOR_KINDS)[number];
export const ASSIGNMENT_STATUSES = ['PROPOSED', 'ACCEPTED', 'DECLINED', 'ENDED'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/**
 * Who directs a case. An accepted case-director assignment gives its holder the director's
 * reading rights on that case (e.g. the secret location). The handover workflow builds on it.
 */
@Entity({ tableName: 'director_assignment' })
@Index({ properties: ['user', 'status'] })
export class DirectorAssignment extends BaseEntity {
  @ManyToOne(() => Case, { fieldName: 'case_id' })
  @Index()
  caseFile!: Case;

  @ManyToOne(() => User)
  user!: User;

  @Enum({ items: () => [...DIRECTOR_KINDS], type: 'text' })
  kind!: DirectorKind;

  @Enum({ items: () => [...ASSIGNMENT_STATUSES], type: 'text' })
  status!: AssignmentStatus;

  @ManyToOne(() => User, { nullable: true })
  proposedBy: User | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  handoverNote: string | null = null;
}
