import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { REPORT_SOURCES, type ReportSource } from '@mda/domain';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';

/**
 * That Veilig Thuis received a new report (melding) about the household of a running case.
 * Only the fact, its date, source and acuteness: the content stays in Veilig Thuis' own
 * registration (reference-index principle).
 */
@Entity({ tableName: 'household_report' })
export class HouseholdReport extends BaseEntity {
  @ManyToOne(() => Case, { fieldName: 'case_id' })
  @Index()
  caseFile!: Case;

  @Property({ type: 'date' })
  receivedOn!: string;

  @Enum({ items: () => [...REPORT_SOURCES], type: 'text' })
  source!: ReportSource;

  @Property({ type: 'boolean' })
  acute!: boolean;

  @Property({ type: 'text', nullable: true })
  externalReference: string | null = null;

  @ManyToOne(() => User)
  recordedBy!: User;

  @ManyToOne(() => Organisation)
  recordedByOrganisation!: Organisation;
}
