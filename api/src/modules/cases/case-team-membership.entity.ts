import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { LEGAL_BASIS_KINDS, type LegalBasisKind } from '@mda/domain';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { User } from '../identity/user.entity.js';
import { Case } from './case.entity.js';

/**
 * An organisation's place in a case team, with the legal basis and purpose of the data
 * sharing (AVG art. 6). The membership is active from `validFrom` through `validUntil`
 * (inclusive, Europe/Amsterdam dates) unless it was ended with immediate effect (`endedAt`).
 */
@Entity({ tableName: 'case_team_membership' })
@Index({ properties: ['organisation', 'caseFile'] })
export class CaseTeamMembership extends BaseEntity {
  @ManyToOne(() => Case, { fieldName: 'case_id' })
  caseFile!: Case;

  @ManyToOne(() => Organisation)
  organisation!: Organisation;

  @Enum({ items: () => [...LEGAL_BASIS_KINDS], type: 'text' })
  legalBasisKind!: LegalBasisKind;

  /** COVENANT: the covenant and article. */
  @Property({ type: 'text', nullable: true })
  legalBasisArticle: string | null = null;

  /** CONSENT: the date consent was given. */
  @Property({ type: 'date', nullable: true })
  consentDate: string | null = null;

  /** LEGAL_DUTY: the statute. */
  @Property({ type: 'text', nullable: true })
  legalBasisStatute: string | null = null;

  @Property({ type: 'text' })
  purpose!: string;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validUntil: string | null = null;

  /** Set when the membership was ended with immediate effect (access stops at once). */
  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true })
  addedBy: User | null = null;

  @ManyToOne(() => User, { nullable: true })
  endedBy: User | null = null;
}

/** Active on `today` (YYYY-MM-DD, Europe/Amsterdam) and not ended with immediate effect. */
export function isMembershipActive(
  m: Pick<CaseTeamMembership, 'validFrom' | 'validUntil' | 'endedAt'>,
  today: string,
): boolean {
  return m.endedAt === null && m.validFrom <= today && (m.validUntil === null || m.validUntil >= today);
}
