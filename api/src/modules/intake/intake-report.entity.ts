import { Entity, Enum, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import {
  CBS_REPORT_CATEGORIES,
  INTAKE_DECISIONS,
  INTAKE_KINDS,
  INTIMATE_TERROR_CONCLUSIONS,
  MEMBER_ROLES,
  REPORTER_KINDS,
  UNSAFETY_LEVELS,
  type CbsReportCategory,
  type IntakeDecision,
  type IntakeKind,
  type IntimateTerrorConclusion,
  type MemberRole,
  type ReporterKind,
  type RiskLevel,
  type UnsafetyLevel,
} from '@mda/domain';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';
import { Person } from '../cases/person.entity.js';

export const INTAKE_STATUSES = ['RECEIVED', 'SCREENED', 'ASSESSED', 'DECIDED', 'ADVICE_GIVEN'] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

/**
 * An advice request (adviesvraag) or a report (melding) at Veilig Thuis, through screening,
 * the safety assessment and the decision. Storage only: what a viewer sees is decided in
 * intake-report.type.ts and intake.service.ts (docs/intake.md).
 */
@Entity({ tableName: 'intake_report' })
export class IntakeReport extends BaseEntity {
  @Enum({ items: () => [...INTAKE_KINDS], type: 'text' })
  kind!: IntakeKind;

  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @Property({ type: 'text' })
  municipality!: string;

  @Enum({ items: () => [...REPORTER_KINDS], type: 'text' })
  reporterKind!: ReporterKind;

  /** REPORTER_IDENTITY: Veilig Thuis only; never stored for an anonymous report. */
  @Property({ type: 'text', nullable: true })
  reporterName: string | null = null;

  /** REPORTER_IDENTITY */
  @Property({ type: 'text', nullable: true })
  reporterContact: string | null = null;

  /** REPORTER_ACCOUNT: what the reporter told; never part of a household's export. */
  @Property({ type: 'text', nullable: true })
  reporterAccount: string | null = null;

  @Property({ type: 'text[]' })
  violenceNatures: string[] & Opt = [];

  @Property({ type: 'boolean' })
  injury: boolean & Opt = false;

  @Property({ type: 'text', nullable: true })
  adviceTopic: string | null = null;

  @Property({ type: 'text', nullable: true })
  adviceGiven: string | null = null;

  @ManyToOne(() => IntakeReport, { nullable: true })
  becameReport: IntakeReport | null = null;

  @Enum({ items: () => [...INTAKE_STATUSES], type: 'text' })
  status: IntakeStatus & Opt = 'RECEIVED';

  @Property({ type: 'timestamptz', nullable: true })
  screenedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true })
  screenedBy: User | null = null;

  @Property({ type: 'boolean', nullable: true })
  crisis: boolean | null = null;

  @Property({ type: 'text', nullable: true })
  screeningNote: string | null = null;

  @Property({ type: 'date' })
  assessmentDueOn!: string;

  @Enum({ items: () => [...UNSAFETY_LEVELS], type: 'text', nullable: true })
  unsafety: UnsafetyLevel | null = null;

  @Property({ type: 'boolean', nullable: true })
  structuralUnsafety: boolean | null = null;

  @Property({ type: 'boolean', nullable: true })
  helpRefused: boolean | null = null;

  @Property({ type: 'boolean', nullable: true })
  helpStagnating: boolean | null = null;

  @Property({ type: 'boolean', nullable: true })
  multiProblem: boolean | null = null;

  @Property({ type: 'text[]' })
  problemAreas: string[] & Opt = [];

  @Property({ type: 'text[]', fieldName: 'it_perpetrator_items' })
  itPerpetratorItems: string[] & Opt = [];

  @Property({ type: 'text[]', fieldName: 'it_victim_items' })
  itVictimItems: string[] & Opt = [];

  @Enum({ items: () => [...INTIMATE_TERROR_CONCLUSIONS], type: 'text', nullable: true, fieldName: 'it_conclusion' })
  itConclusion: IntimateTerrorConclusion | null = null;

  @Property({ type: 'text[]' })
  redFlags: string[] & Opt = [];

  @Property({ type: 'integer', nullable: true })
  riskScore: number | null = null;

  @Property({ type: 'text', nullable: true })
  riskLevel: RiskLevel | null = null;

  @Property({ type: 'text', nullable: true })
  assessmentNote: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  assessedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true })
  assessedBy: User | null = null;

  @Enum({ items: () => [...INTAKE_DECISIONS], type: 'text', nullable: true })
  decision: IntakeDecision | null = null;

  @Property({ type: 'text', nullable: true })
  decisionReason: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true })
  decidedBy: User | null = null;

  /** The MDA++ case started from this report. */
  @ManyToOne(() => Case, { nullable: true, fieldName: 'case_id' })
  caseFile: Case | null = null;

  @Enum({ items: () => [...CBS_REPORT_CATEGORIES], type: 'text' })
  cbsCategory!: CbsReportCategory;

  @ManyToOne(() => User)
  recordedBy!: User;

  @ManyToOne(() => Organisation)
  organisation!: Organisation;

  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}

/** A person concerned by a report, with roles, linked to a person record (new, by BSN, or a confirmed match). */
@Entity({ tableName: 'intake_report_person' })
@Unique({ properties: ['report', 'person'] })
export class IntakeReportPerson extends BaseEntity {
  @ManyToOne(() => IntakeReport)
  report!: IntakeReport;

  @ManyToOne(() => Person)
  person!: Person;

  /** Order in which the report named the persons. */
  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => [...MEMBER_ROLES], array: true, type: 'text[]' })
  roles!: MemberRole[];

  /** NEW: a person record made for this report; BSN: found by the BSN hash; CONFIRMED: a name match a professional confirmed. */
  @Property({ type: 'text' })
  matchBasis!: 'NEW' | 'BSN' | 'CONFIRMED';

  /** Candidates a professional rejected: never offered again for this report person. */
  @Property({ type: 'uuid[]' })
  rejectedPersonIds: string[] & Opt = [];
}
