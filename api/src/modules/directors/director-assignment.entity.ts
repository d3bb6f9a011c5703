import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { BaseEntity } from '../../core/db/base.entity.js';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';

export const DIRECTOR_KINDS = ['CASE_DIRECTOR', 'PROCESS_DIRECTOR'] as const;
export type DirectorKind = (typeof DIRECTOR_KINDS)[number];
export const ASSIGNMENT_STATUSES = ['PROPOSED', 'ACCEPTED', 'DECLINED', 'ENDED'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/**
 * Who directs a case. An accepted case-director assignment gives its holder the director's
 * reading rights on that case (e.g. the secret location). Handover (docs/direction.md): a
 * proposal (PROPOSED) names the assignment it `replaces`; that one stays ACCEPTED, and its
 * holder responsible, until the proposal is accepted (warm handover). Rows are never deleted:
 * the history of a case's direction is the set of its rows.
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

  /** The assignment this proposal takes over; it ends when this one is accepted. */
  @ManyToOne(() => DirectorAssignment, { nullable: true })
  replaces: DirectorAssignment | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  declinedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  @ManyToOne(() => User, { nullable: true })
  endedBy: User | null = null;

  @Property({ type: 'text', nullable: true })
  endReason: string | null = null;

  /** Optimistic lock: answering or ending from a stale version is refused with CONFLICT. */
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
