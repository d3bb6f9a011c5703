import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique, type Opt } from '@mikro-orm/core';
import { CASE_STATUSES, HOUSEHOLD_PROFILES, type CaseStatus, type HouseholdProfile } from '@mda/domain';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Household } from './household.entity.js';
import { CaseTeamMembership } from './case-team-membership.entity.js';

/** One case per household episode: "one household, one plan". */
@Entity({ tableName: 'case_file' })
export class Case extends BaseEntity {
  @Property({ type: 'text' })
  @Unique()
  reference!: string;

  @Enum({ items: () => [...CASE_STATUSES], type: 'text' })
  @Index()
  status: CaseStatus & Opt = 'INTAKE';

  @Property({ type: 'text' })
  @Index()
  municipality!: string;

  @Enum({ items: () => [...HOUSEHOLD_PROFILES], type: 'text' })
  profile!: HouseholdProfile;

  @ManyToOne(() => Household)
  @Index()
  household!: Household;

  @OneToMany(() => CaseTeamMembership, (m) => m.caseFile)
  team = new Collection<CaseTeamMembership>(this);

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  openedAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  /** Optimistic lock: a write from a stale version is refused with CONFLICT. */
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
