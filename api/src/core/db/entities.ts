import { Organisation } from '../../modules/identity/organisation.entity.js';
import { User } from '../../modules/identity/user.entity.js';
import { Session } from '../../modules/identity/session.entity.js';
import { LoginThrottle } from '../../modules/identity/login-throttle.entity.js';
import { Household } from '../../modules/cases/household.entity.js';
import { Person } from '../../modules/cases/person.entity.js';
import { HouseholdMember } from '../../modules/cases/household-member.entity.js';
import { Case } from '../../modules/cases/case.entity.js';
import { CaseTeamMembership } from '../../modules/cases/case-team-membership.entity.js';
import { CaseEntry } from '../../modules/cases/case-entry.entity.js';
import { DirectorAssignment } from '../../modules/directors/director-assignment.entity.js';
import { BreakGlassGrant } from '../../modules/privacy/break-glass-grant.entity.js';
import { Notification } from '../../modules/privacy/notification.entity.js';
import { DirectionWaitingContact } from '../../modules/directors/direction-waiting-contact.entity.js';
import { Escalation } from '../../modules/escalations/escalation.entity.js';
import { EscalationHistory } from '../../modules/escalations/escalation-history.entity.js';
import { EscalationGround } from '../../modules/escalations/escalation-ground.entity.js';
import { SafetyScore } from '../../modules/escalations/safety-score.entity.js';
import { HouseholdReport } from '../../modules/escalations/household-report.entity.js';
import { NotificationOutbox } from '../../modules/notifications/notification-outbox.entity.js';
import { Plan } from '../../modules/plans/plan.entity.js';
import { PlanElement, PlanElementChange } from '../../modules/plans/plan-element.entity.js';
import { PlanSignOff, PlanVersion } from '../../modules/plans/plan-version.entity.js';
import { PlanNote } from '../../modules/plans/plan-note.entity.js';
import { IntakeReport, IntakeReportPerson } from '../../modules/intake/intake-report.entity.js';
import { Involvement } from '../../modules/involvements/involvement.entity.js';
import { MEETING_ENTITIES } from '../../modules/meetings/meeting.entity.js';

/** Every entity, listed explicitly (no folder scanning: same in src, dist and tests). */
export const ENTITIES = [
  Organisation,
  User,
  Session,
  LoginThrottle,
  Household,
  Person,
  HouseholdMember,
  Case,
  CaseTeamMembership,
  CaseEntry,
  DirectorAssignment,
  BreakGlassGrant,
  Notification,
  DirectionWaitingContact,
  Escalation,
  EscalationHistory,
  EscalationGround,
  SafetyScore,
  HouseholdReport,
  NotificationOutbox,
  Plan,
  PlanElement,
  PlanElementChange,
  PlanVersion,
  PlanSignOff,
  PlanNote,
  IntakeReport,
  IntakeReportPerson,
  Involvement,
  ...MEETING_ENTITIES,
];
