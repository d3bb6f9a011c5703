import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';

export const REVIEW_STATUSES = ['PENDING', 'APPROVED', 'FLAGGED'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * Emergency access ("break the glass") by a professional outside the case team: granted at
 * once for a limited time with a mandatory reason, marked in every audit record it produces,
 * and reviewed afterwards by the privacy officer.
 */
@Entity({ tableName: 'break_glass_grant' })
@Index({ properties: ['user', 'expiresAt'] })
export class BreakGlassGrant extends BaseEntity {
  @ManyToOne(() => Case, { fieldName: 'case_id' })
  @Index()
  caseFile!: Case;

  @ManyToOne(() => User)
  user!: User;

  @ManyToOne(() => Organisation)
  organisation!: Organisation;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'timestamptz' })
  grantedAt!: Date;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Enum({ items: () => [...REVIEW_STATUSES], type: 'text' })
  @Index()
  reviewStatus!: ReviewStatus;

  @ManyToOne(() => User, { nullable: true })
  reviewedBy: User | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  reviewComment: string | null = null;
}
