import type {
  BreakGlassReviewStatus,
  CaseStatus,
  DataCategory,
  DirectorAssignmentStatus,
  DirectorKind,
  EscalationEvent,
  EscalationStatus,
  EscalationTrigger,
  HouseholdProfile,
  LegalBasisKind,
  MemberRole,
  OrganisationType,
  ActionStatus,
  CoerciveMeasureKind,
  GoalPhase,
  InterventionKind,
  LifeDomain,
  PlanStatus,
  PlanVersionStatus,
  Purpose,
  SafetyItemKind,
  SignOffDecision,
  UserRole,
} from '@mda/graphql';
import { useTranslation } from 'react-i18next';

/**
 * Dutch (and English) labels for the schema's enums. The template-literal keys are
 * type-checked against nl.json, so a new enum value without a label fails `tsc`; the
 * unit test checks the same against schema.graphql for both languages.
 */
export interface EnumLabels {
  caseStatus(value: CaseStatus): string;
  householdProfile(value: HouseholdProfile): string;
  memberRole(value: MemberRole): string;
  organisationType(value: OrganisationType): string;
  userRole(value: UserRole): string;
  legalBasisKind(value: LegalBasisKind): string;
  purpose(value: Purpose): string;
  dataCategory(value: DataCategory): string;
  breakGlassReviewStatus(value: BreakGlassReviewStatus): string;
  directorKind(value: DirectorKind): string;
  directorAssignmentStatus(value: DirectorAssignmentStatus): string;
  escalationTrigger(value: EscalationTrigger): string;
  escalationStatus(value: EscalationStatus): string;
  escalationEvent(value: EscalationEvent): string;
  lifeDomain(value: LifeDomain): string;
  goalPhase(value: GoalPhase): string;
  actionStatus(value: ActionStatus): string;
  interventionKind(value: InterventionKind): string;
  planStatus(value: PlanStatus): string;
  planVersionStatus(value: PlanVersionStatus): string;
  signOffDecision(value: SignOffDecision): string;
  safetyItemKind(value: SafetyItemKind): string;
  coerciveMeasureKind(value: CoerciveMeasureKind): string;
}

export function useEnumLabels(): EnumLabels {
  const { t } = useTranslation();
  return {
    caseStatus: (value) => t(`enums.CaseStatus.${value}`),
    householdProfile: (value) => t(`enums.HouseholdProfile.${value}`),
    memberRole: (value) => t(`enums.MemberRole.${value}`),
    organisationType: (value) => t(`enums.OrganisationType.${value}`),
    userRole: (value) => t(`enums.UserRole.${value}`),
    legalBasisKind: (value) => t(`enums.LegalBasisKind.${value}`),
    purpose: (value) => t(`enums.Purpose.${value}`),
    dataCategory: (value) => t(`enums.DataCategory.${value}`),
    breakGlassReviewStatus: (value) => t(`enums.BreakGlassReviewStatus.${value}`),
    directorKind: (value) => t(`enums.DirectorKind.${value}`),
    directorAssignmentStatus: (value) => t(`enums.DirectorAssignmentStatus.${value}`),
    escalationTrigger: (value) => t(`enums.EscalationTrigger.${value}`),
    escalationStatus: (value) => t(`enums.EscalationStatus.${value}`),
    escalationEvent: (value) => t(`enums.EscalationEvent.${value}`),
    lifeDomain: (value) => t(`enums.LifeDomain.${value}`),
    goalPhase: (value) => t(`enums.GoalPhase.${value}`),
    actionStatus: (value) => t(`enums.ActionStatus.${value}`),
    interventionKind: (value) => t(`enums.InterventionKind.${value}`),
    planStatus: (value) => t(`enums.PlanStatus.${value}`),
    planVersionStatus: (value) => t(`enums.PlanVersionStatus.${value}`),
    signOffDecision: (value) => t(`enums.SignOffDecision.${value}`),
    safetyItemKind: (value) => t(`enums.SafetyItemKind.${value}`),
    coerciveMeasureKind: (value) => t(`enums.CoerciveMeasureKind.${value}`),
  };
}
