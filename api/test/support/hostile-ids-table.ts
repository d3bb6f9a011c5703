// The id table of api/test/hostile-ids.int.test.ts: the outside personas, the fixture of the
// other team's ids and, per id-taking operation, how to call it and the refusal it answers.

import { nlDaysFromToday } from './nl-today.js';

/** Personas whose organisations are on no team of the target case (chosen so below). */
export const CASEWORK = 'casusregisseur.wijkteam.schiedam@demo.mda.test';
export const PROCESS = 'procesregisseur.zvh@demo.mda.test';
export const PRIVACY = 'fg.gemeente@demo.mda.test';
export const OUTSIDE_ORGANISATIONS = [
  'Wijkteam Schiedam',
  'Gemeente Rotterdam',
  'Zorg- en Veiligheidshuis Rotterdam-Rijnmond',
];

export interface Fixture {
  caseId: string;
  reference: string;
  personId: string;
  goalId: string;
  actionId: string;
  measureId: string;
  safetyItemId: string;
  pictureId: string;
  membershipId: string;
  organisationId: string;
  directorUserId: string;
  teamUserId: string;
  assignmentId: string;
  escalationId: string;
  grantId: string;
  erasureRequestId: string;
  reportId: string;
  reportPersonId: string;
  /** A table of the target case's team (Wijkteam Schiedam sits at it, ZVH does not), its meeting and the case's item. */
  seriesId: string;
  meetingId: string;
  meetingItemId: string;
  /** A registration of the police in the involvement index. */
  involvementId: string;
}
export type IdSource = keyof Fixture;

/**
 * How to get a valid id of ANOTHER team's object for every id-taking operation: who calls it,
 * which fixture id goes in which argument, the documented refusal, and values that make the
 * input otherwise well-formed. `FILTERED`: a list filter that answers without the other
 * team's records instead of refusing.
 */
export interface Entry {
  as: string;
  ids: Record<string, IdSource>;
  expect: 'NOT_FOUND' | 'FORBIDDEN' | 'FILTERED';
  values?: Record<string, unknown>;
}
export const TABLE: Record<string, Entry> = {
  // Queries
  case: { as: CASEWORK, ids: { id: 'caseId' }, expect: 'NOT_FOUND' },
  caseDirection: { as: CASEWORK, ids: { caseId: 'caseId' }, expect: 'NOT_FOUND' },
  escalation: { as: PROCESS, ids: { id: 'escalationId' }, expect: 'NOT_FOUND' },
  intakeReport: { as: CASEWORK, ids: { id: 'reportId' }, expect: 'NOT_FOUND' },
  plan: { as: CASEWORK, ids: { caseId: 'caseId' }, expect: 'NOT_FOUND' },
  planAssignees: { as: CASEWORK, ids: { caseId: 'caseId', organisationId: 'organisationId' }, expect: 'NOT_FOUND' },
  planVersion: { as: CASEWORK, ids: { caseId: 'caseId' }, expect: 'NOT_FOUND', values: { number: 1 } },
  planVersionDiff: { as: CASEWORK, ids: { caseId: 'caseId' }, expect: 'NOT_FOUND', values: { from: 1 } },
  cases: { as: CASEWORK, ids: { 'filter.caseDirectorId': 'directorUserId' }, expect: 'FILTERED' },
  auditLog: {
    as: PRIVACY,
    ids: { 'filter.personId': 'personId', 'filter.userId': 'directorUserId' },
    expect: 'FILTERED',
  },
  // Mutations on the case and its team
  transitionCase: {
    as: CASEWORK,
    ids: { 'input.caseId': 'caseId' },
    expect: 'NOT_FOUND',
    values: { input: { to: 'MONITORING', expectedVersion: 1 } },
  },
  addTeamMember: {
    as: CASEWORK,
    ids: { 'input.caseId': 'caseId', 'input.organisationId': 'organisationId' },
    expect: 'NOT_FOUND',
  },
  endTeamMembership: { as: CASEWORK, ids: { 'input.membershipId': 'membershipId' }, expect: 'NOT_FOUND' },
  recordCaseEntry: {
    as: CASEWORK,
    ids: { 'input.caseId': 'caseId', 'input.concerns': 'personId' },
    expect: 'NOT_FOUND',
    values: { input: { category: 'PLAN' } },
  },
  updatePersonDetails: {
    as: CASEWORK,
    ids: { 'input.caseId': 'caseId', 'input.personId': 'personId' },
    expect: 'NOT_FOUND',
    values: { input: { phone: '06-12345678' } },
  },
  recordSafetyScore: {
    as: CASEWORK,
    ids: { 'input.caseId': 'caseId' },
    expect: 'NOT_FOUND',
    values: { input: { score: 5, scoredBy: 'FAMILY' } },
  },
  recordHouseholdReport: { as: CASEWORK, ids: { 'input.caseId': 'caseId' }, expect: 'NOT_FOUND' },
  // The plan
  startPlan: { as: CASEWORK, ids: { 'input.caseId': 'caseId' }, expect: 'NOT_FOUND' },
  setPlanFirstMeeting: { as: CASEWORK, ids: { 'input.caseId': 'caseId' }, expect: 'NOT_FOUND' },
  proposePlan: { as: CASEWORK, ids: { 'input.caseId': 'caseId' }, expect: 'NOT_FOUND' },
  signOffPlan: {
    as: CASEWORK,
    ids: { 'input.caseId': 'caseId' },
    expect: 'NOT_FOUND',
    values: { input: { decision: 'AGREE' } },
  },
  addGoal: { as: CASEWORK, ids: { 'input.caseId': 'caseId', 'input.concerns': 'personId' }, expect: 'NOT_FOUND' },
  updateGoal: { as: CASEWORK, ids: { 'input.id': 'goalId' }, expect: 'NOT_FOUND' },
  addAction: {
    as: CASEWORK,
    ids: {
      'input.goalId': 'goalId',
      'input.ownerOrganisationId': 'organisationId',
      'input.assigneeUserId': 'teamUserId',
    },
    expect: 'NOT_FOUND',
  },
  updateAction: { as: CASEWORK, ids: { 'input.id': 'actionId' }, expect: 'NOT_FOUND' },
  addCoerciveMeasure: {
    as: CASEWORK,
    ids: { 'input.caseId': 'caseId', 'input.concerns': 'personId' },
    expect: 'NOT_FOUND',
  },
  updateCoerciveMeasure: { as: CASEWORK, ids: { 'input.id': 'measureId' }, expect: 'NOT_FOUND' },
  addSafetyPlanItem: {
    as: CASEWORK,
    ids: { 'input.caseId': 'caseId', 'input.concerns': 'personId' },
    expect: 'NOT_FOUND',
  },
  updateSafetyPlanItem: { as: CASEWORK, ids: { 'input.id': 'safetyItemId' }, expect: 'NOT_FOUND' },
  addPictureEntry: { as: CASEWORK, ids: { 'input.caseId': 'caseId' }, expect: 'NOT_FOUND' },
  updatePictureEntry: { as: CASEWORK, ids: { 'input.id': 'pictureId' }, expect: 'NOT_FOUND' },
  addPlanNote: { as: CASEWORK, ids: { 'input.elementId': 'goalId' }, expect: 'NOT_FOUND' },
  removePlanElement: { as: CASEWORK, ids: { 'input.id': 'actionId' }, expect: 'NOT_FOUND' },
  // Direction and escalation: a process director of an organisation not on the team
  proposeDirector: {
    as: PROCESS,
    ids: { 'input.caseId': 'caseId', 'input.userId': 'teamUserId' },
    expect: 'NOT_FOUND',
    values: { input: { kind: 'CASE_DIRECTOR' } },
  },
  acceptDirectorAssignment: { as: CASEWORK, ids: { 'input.assignmentId': 'assignmentId' }, expect: 'NOT_FOUND' },
  declineDirectorAssignment: {
    as: CASEWORK,
    ids: { 'input.assignmentId': 'assignmentId' },
    expect: 'NOT_FOUND',
    values: { input: { reason: 'Geen capaciteit deze maand.' } },
  },
  endDirectorAssignment: {
    as: PROCESS,
    ids: { 'input.assignmentId': 'assignmentId' },
    expect: 'NOT_FOUND',
    values: { input: { reason: 'Beëindigd door hostile test.' } },
  },
  setWaitingListContact: { as: PROCESS, ids: { caseId: 'caseId', contactUserId: 'teamUserId' }, expect: 'NOT_FOUND' },
  raiseEscalation: { as: CASEWORK, ids: { 'input.caseId': 'caseId' }, expect: 'NOT_FOUND' },
  decideEscalation: { as: PROCESS, ids: { 'input.escalationId': 'escalationId' }, expect: 'NOT_FOUND' },
  deEscalate: { as: PROCESS, ids: { 'input.escalationId': 'escalationId' }, expect: 'NOT_FOUND' },
  withdrawEscalation: { as: PROCESS, ids: { 'input.escalationId': 'escalationId' }, expect: 'NOT_FOUND' },
  // Intake (Veilig Thuis only): a local team
  screenIntakeReport: { as: CASEWORK, ids: { 'input.reportId': 'reportId' }, expect: 'NOT_FOUND' },
  saveAssessment: { as: CASEWORK, ids: { 'input.reportId': 'reportId' }, expect: 'NOT_FOUND' },
  decideIntakeReport: { as: CASEWORK, ids: { 'input.reportId': 'reportId' }, expect: 'NOT_FOUND' },
  confirmMatch: {
    as: CASEWORK,
    ids: { 'input.reportPersonId': 'reportPersonId', 'input.candidatePersonId': 'personId' },
    expect: 'NOT_FOUND',
  },
  rejectMatch: {
    as: CASEWORK,
    ids: { 'input.reportPersonId': 'reportPersonId', 'input.candidatePersonId': 'personId' },
    expect: 'NOT_FOUND',
  },
  // Privacy: the municipality's privacy officer, whose organisation is not on the case
  // A person outside the mandate is not found: an empty list, as if it did not exist.
  findDataSubjects: { as: PRIVACY, ids: { 'input.personId': 'personId' }, expect: 'FILTERED' },
  dataSubjectExport: { as: PRIVACY, ids: { personId: 'personId' }, expect: 'NOT_FOUND' },
  dataSubjectExportLetter: { as: PRIVACY, ids: { personId: 'personId' }, expect: 'NOT_FOUND' },
  // Only the coordinating privacy officer requests an erasure, only its requester withdraws it: refused by role.
  requestErasure: { as: PRIVACY, ids: { personId: 'personId' }, expect: 'FORBIDDEN' },
  approveErasure: { as: PRIVACY, ids: { requestId: 'erasureRequestId' }, expect: 'NOT_FOUND' },
  withdrawErasure: { as: PRIVACY, ids: { requestId: 'erasureRequestId' }, expect: 'FORBIDDEN' },
  // Only the functional administrator puts a given-up mail back in the queue: refused by role,
  // whatever the id (any existing uuid serves; the mail outbox has no team).
  retryFailedMail: { as: CASEWORK, ids: { id: 'grantId' }, expect: 'FORBIDDEN' },
  endInvolvement: { as: CASEWORK, ids: { id: 'involvementId' }, expect: 'NOT_FOUND' },
  // Registering a household member from another team's case: the case does not exist for it.
  registerInvolvement: {
    as: CASEWORK,
    ids: { 'input.caseId': 'caseId', 'input.personId': 'personId' },
    expect: 'NOT_FOUND',
    values: {
      input: {
        basisKind: 'COVENANT',
        basisDetail: 'Convenant MDA++ art. 5',
        contactPoint: 'Wijkteam Schiedam, 010-1234567',
        validFrom: nlDaysFromToday(0),
      },
    },
  },
  reviewBreakGlass: {
    as: PRIVACY,
    ids: { 'input.grantId': 'grantId' },
    expect: 'NOT_FOUND',
    values: { input: { decision: 'APPROVED' } },
  },
  // The MDO (docs/meetings.md). ZVH's process director: a process director, but its organisation
  // sits at no table of this meeting and on no team of the case: the meeting does not exist for it.
  meeting: { as: PROCESS, ids: { id: 'meetingId' }, expect: 'NOT_FOUND' },
  planMeeting: {
    as: PROCESS,
    ids: { 'input.seriesId': 'seriesId' },
    expect: 'NOT_FOUND',
    values: { input: { place: 'Zorg- en Veiligheidshuis, zaal 3' } },
  },
  addAgendaItem: {
    as: PROCESS,
    ids: { 'input.meetingId': 'meetingId', 'input.caseId': 'caseId' },
    expect: 'NOT_FOUND',
  },
  recordAttendance: {
    as: PROCESS,
    ids: {
      'input.meetingId': 'meetingId',
      'input.itemId': 'meetingItemId',
      'input.organisationId': 'organisationId',
      'input.userId': 'teamUserId',
    },
    expect: 'NOT_FOUND',
  },
  startMeeting: { as: PROCESS, ids: { meetingId: 'meetingId' }, expect: 'NOT_FOUND' },
  moveToItem: {
    as: PROCESS,
    ids: { 'input.meetingId': 'meetingId', 'input.itemId': 'meetingItemId' },
    expect: 'NOT_FOUND',
  },
  markMeetingHeld: { as: PROCESS, ids: { meetingId: 'meetingId' }, expect: 'NOT_FOUND' },
  agreeMinutes: { as: PROCESS, ids: { meetingId: 'meetingId' }, expect: 'NOT_FOUND' },
  meetingLive: { as: PROCESS, ids: { meetingId: 'meetingId' }, expect: 'NOT_FOUND' },
  // Wijkteam Schiedam sits at the table but is not on the case team: the item's content does not exist for it.
  saveItemForm: {
    as: CASEWORK,
    ids: { 'input.itemId': 'meetingItemId' },
    expect: 'NOT_FOUND',
    values: { input: { question: 'Overschreven door een organisatie buiten het casusteam.' } },
  },
  addItemContribution: {
    as: CASEWORK,
    ids: { 'input.itemId': 'meetingItemId' },
    expect: 'NOT_FOUND',
    values: { input: { kind: 'DISSENT', body: 'Afwijkende mening van buiten het casusteam.' } },
  },
  recordDecision: {
    as: CASEWORK,
    ids: {
      'input.itemId': 'meetingItemId',
      'input.action.goalId': 'goalId',
      'input.action.ownerOrganisationId': 'organisationId',
      'input.action.assigneeUserId': 'teamUserId',
    },
    expect: 'NOT_FOUND',
    values: {
      input: { text: 'Besluit van buiten het casusteam.', action: { dueOn: nlDaysFromToday(0) } },
    },
  },
  proposePlanFromMeeting: {
    as: CASEWORK,
    ids: { 'input.itemId': 'meetingItemId' },
    expect: 'NOT_FOUND',
    values: { input: { expectedPlanVersion: 1 } },
  },
  // Only a process director sets up a table: refused by role (the ids are organisations, not another team's objects).
  createMeetingSeries: {
    as: CASEWORK,
    ids: { 'input.memberOrganisationIds': 'organisationId' },
    expect: 'FORBIDDEN',
    values: { input: { name: 'Eigen casustafel', rhythm: 'elke maandag' } },
  },
  // Live
  caseActivity: { as: CASEWORK, ids: { caseId: 'caseId' }, expect: 'NOT_FOUND' },
};
