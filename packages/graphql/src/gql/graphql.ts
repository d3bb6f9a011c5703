/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

export type ActionStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

export type AddActionInput = {
  /** A user of the owning organisation */
  assigneeUserId?: InputMaybe<Scalars['ID']['input']>;
  contraIndicationJustification?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  goalId: Scalars['ID']['input'];
  interventionKind?: InputMaybe<InterventionKind>;
  /** Must be an organisation on the case team */
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
};

export type AddAgendaItemInput = {
  /** A case; leave empty for a general item */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  meetingId: Scalars['ID']['input'];
  /** A general item: its title (no personal data) */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type AddCoerciveMeasureInput = {
  caseId: Scalars['ID']['input'];
  concerns?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Restraining order: defaults to 10 days after the start; at most 28 days in total */
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  kind?: InputMaybe<CoerciveMeasureKind>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Responsible organisation (on the team) */
  responsibleOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type AddGoalInput = {
  caseId: Scalars['ID']['input'];
  /** Person ids of household members of this case */
  concerns?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case director only: why a contra-indicated intervention is chosen anyway */
  contraIndicationJustification?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  interventionKind?: InputMaybe<InterventionKind>;
  lifeDomain?: InputMaybe<LifeDomain>;
  /** When is the goal reached (measurable) */
  measurableEnd?: InputMaybe<Scalars['String']['input']>;
  phase?: InputMaybe<GoalPhase>;
};

export type AddItemContributionInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<DataCategory>;
  itemId: Scalars['ID']['input'];
  kind: MeetingContributionKind;
};

export type AddPictureEntryInput = {
  caseId: Scalars['ID']['input'];
  /** Defaults to PLAN */
  category?: InputMaybe<DataCategory>;
  lifeDomain?: InputMaybe<LifeDomain>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type AddPlanNoteInput = {
  /** Empty or absent: the whole team; otherwise a RESTRICTED_NOTE for these organisation types */
  audience?: InputMaybe<Array<OrganisationType>>;
  body: Scalars['String']['input'];
  elementId: Scalars['ID']['input'];
};

export type AddSafetyPlanItemInput = {
  caseId: Scalars['ID']['input'];
  concerns?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<SafetyItemKind>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type AddTeamMemberInput = {
  caseId: Scalars['ID']['input'];
  legalBasis: LegalBasisInput;
  organisationId: Scalars['ID']['input'];
  purpose: Scalars['String']['input'];
  validFrom: Scalars['LocalDate']['input'];
  validUntil?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Another organisation involved with the same person: who and whom to contact, nothing else. */
export type AlsoInvolvedNode = {
  __typename?: 'AlsoInvolvedNode';
  contactPoint: Scalars['String']['output'];
  organisationName: Scalars['String']['output'];
  organisationType: OrganisationType;
};

/** A pattern in the access log worth a privacy officer's look; not a verdict. */
export type AnomalySignal = {
  __typename?: 'AnomalySignal';
  count: Scalars['Int']['output'];
  firstAt: Scalars['DateTimeISO']['output'];
  /** MANY_CASES_OUTSIDE_TEAM, REFUSALS_IN_BULK or UNUSUAL_HOURS */
  kind: Scalars['String']['output'];
  lastAt: Scalars['DateTimeISO']['output'];
  organisationName?: Maybe<Scalars['String']['output']>;
  userId: Scalars['ID']['output'];
  userName?: Maybe<Scalars['String']['output']>;
};

export type AnswerDirectorAssignmentInput = {
  assignmentId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  /** Required when declining or ending. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** aanwezig, afgemeld, afwezig */
export type AttendanceStatus =
  | 'ABSENT'
  | 'EXCUSED'
  | 'PRESENT';

/** A data subject of an access on record: the name only where the privacy officer may see it. */
export type AuditDataSubject = {
  __typename?: 'AuditDataSubject';
  id: Scalars['ID']['output'];
  /** First and last name; null outside the privacy officer's mandate (rule `identify DataSubject`). Audited. */
  name?: Maybe<Scalars['String']['output']>;
};

export type AuditLogFilter = {
  /** READ, CREATE, UPDATE, DELETE, EXPORT, SEARCH, DENIED, BREAK_GLASS */
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Accesses within this case, by reference */
  caseReference?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Accesses to the data of this person (data subject) */
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Accesses by this user */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A user the privacy officer can filter the access log on: name and organisation. */
export type AuditLogUser = {
  __typename?: 'AuditLogUser';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organisationName: Scalars['String']['output'];
};

/** One access on record (NEN 7513): who, for which organisation and purpose, did what to whose data. */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  action: Scalars['String']['output'];
  actorName?: Maybe<Scalars['String']['output']>;
  actorUserId: Scalars['ID']['output'];
  breakGlassGrantId?: Maybe<Scalars['ID']['output']>;
  caseId?: Maybe<Scalars['ID']['output']>;
  caseReference?: Maybe<Scalars['String']['output']>;
  categories: Array<Scalars['String']['output']>;
  dataSubjectIds: Array<Scalars['ID']['output']>;
  /** The data subjects, with their names where the mandate allows */
  dataSubjects: Array<AuditDataSubject>;
  fields: Array<Scalars['String']['output']>;
  occurredAt: Scalars['DateTimeISO']['output'];
  organisationName?: Maybe<Scalars['String']['output']>;
  organisationType: Scalars['String']['output'];
  outcome: Scalars['String']['output'];
  purpose?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  requestId: Scalars['String']['output'];
  roles: Array<Scalars['String']['output']>;
  seq: Scalars['String']['output'];
  subjectId?: Maybe<Scalars['String']['output']>;
  subjectType: Scalars['String']['output'];
};

export type AuditRecordPage = {
  __typename?: 'AuditRecordPage';
  /** Pass as `before` for the next (older) page */
  nextBefore?: Maybe<Scalars['String']['output']>;
  records: Array<AuditRecord>;
};

export type BreakGlassGrant = {
  __typename?: 'BreakGlassGrant';
  caseId: Scalars['ID']['output'];
  /** Case reference, e.g. MDA-2026-000123 */
  caseReference: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  grantedAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  organisation: Organisation;
  reason: Scalars['String']['output'];
  requestedBy: Scalars['String']['output'];
  reviewComment?: Maybe<Scalars['String']['output']>;
  reviewStatus: BreakGlassReviewStatus;
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

export type BreakGlassReviewStatus =
  | 'APPROVED'
  | 'FLAGGED'
  | 'PENDING';

export type Case = {
  __typename?: 'Case';
  /** Status transitions the viewer may perform now. */
  allowedTransitions: Array<CaseStatus>;
  /** The accepted case director(s) now (a duo has two); empty when none or when you may not read the direction. */
  caseDirectors: Array<Colleague>;
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Case and process directors of this case over time, oldest first; `responsible` marks the current ones. */
  directorHistory: Array<DirectorAssignment>;
  /** Shared information: existence visible to the team, content by data category. */
  entries: Array<CaseEntry>;
  /** Escalations of this case, newest first. */
  escalations: Array<Escalation>;
  /** When the first report about this household came in */
  firstReportedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  household: Household;
  id: Scalars['ID']['output'];
  /** Involvement index entries of the household's persons (who is involved, contact point, period; no content). */
  involvements: Array<InvolvementIndexEntryNode>;
  /** MDOs at which this case was on the agenda, newest first. */
  meetingHistory: Array<MeetingSummary>;
  municipality: Municipality;
  /** Earliest due date of an open or running plan action (category PLAN); null when none. */
  nextDeadline?: Maybe<Scalars['LocalDate']['output']>;
  openedAt: Scalars['DateTimeISO']['output'];
  profile: HouseholdProfile;
  /** Human-readable reference, e.g. MDA-2026-000123 */
  reference: Scalars['String']['output'];
  /** Number of reports about this household */
  reportCount: Scalars['Int']['output'];
  /** Reports about this household, oldest first (date, kind, CBS category; never the reporter). */
  reports: Array<HouseholdReportSummaryNode>;
  /** Safety scores, oldest first (category PLAN). */
  safetyScores: Array<SafetyScore>;
  status: CaseStatus;
  /** Case team: current and ended memberships. */
  team: Array<CaseTeamMembership>;
  /** Optimistic-lock version; send it back as expectedVersion. */
  version: Scalars['Int']['output'];
  /** How the viewer reaches this case (team, case direction, emergency grant): the facts the rules in `me.permissions` decide with, per case. */
  viewerAccess: Array<CaseAccess>;
};

/** How the viewer reaches a case: TEAM (own organisation on the case team today), DIRECTOR (accepted case director), BREAK_GLASS (active emergency grant) */
export type CaseAccess =
  | 'BREAK_GLASS'
  | 'DIRECTOR'
  | 'TEAM';

export type CaseActivity = {
  __typename?: 'CaseActivity';
  at: Scalars['DateTimeISO']['output'];
  /** The organisation that made the change, when known. */
  byOrganisation?: Maybe<Organisation>;
  caseId: Scalars['ID']['output'];
  op: ChangeOp;
  subject?: Maybe<CaseActivitySubject>;
  subjectId: Scalars['ID']['output'];
  /** The kind of item that changed: case_entry, case_team_membership, case_file, ... */
  subjectType: Scalars['String']['output'];
};

/** The changed item itself, masked for the viewer like in queries; null when there is nothing to show (removed, or a kind without payload). */
export type CaseActivitySubject = CaseEntry;

export type CaseConnection = {
  __typename?: 'CaseConnection';
  edges: Array<CaseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CaseEdge = {
  __typename?: 'CaseEdge';
  cursor: Scalars['String']['output'];
  node: Case;
};

export type CaseEntry = {
  __typename?: 'CaseEntry';
  /** RESTRICTED_NOTE: who may read it besides the author */
  audience: Array<OrganisationType>;
  authorOrganisation: Organisation;
  body?: Maybe<Scalars['String']['output']>;
  category: DataCategory;
  /** Person ids of the household members this entry is about */
  concerns?: Maybe<Array<Scalars['ID']['output']>>;
  id: Scalars['ID']['output'];
  occurredOn?: Maybe<Scalars['LocalDate']['output']>;
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Fields withheld from the viewer; they resolve to null. */
  redactedFields: Array<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  /** Why the content is withheld when the viewer can change that (confirm a second factor), in Dutch and English. */
  withheldReason?: Maybe<Scalars['String']['output']>;
};

export type CaseFilter = {
  /** Only cases this user directs (accepted case director) */
  caseDirectorId?: InputMaybe<Scalars['ID']['input']>;
  /** Municipality code */
  municipality?: InputMaybe<Scalars['String']['input']>;
  /** Only cases whose next deadline (earliest open plan action, category PLAN) falls on or before this day */
  nextDeadlineOnOrBefore?: InputMaybe<Scalars['LocalDate']['input']>;
  profile?: InputMaybe<HouseholdProfile>;
  /** Start of the case reference, e.g. MDA-2026-0001 */
  referencePrefix?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<CaseStatus>>;
  /** Only cases without an accepted case director */
  withoutCaseDirector?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Order of the case list: newest first (default), by reference, or by next deadline (none last) */
export type CaseOrder =
  | 'NEXT_DEADLINE_ASC'
  | 'OPENED_DESC'
  | 'REFERENCE_ASC';

export type CaseSearchHit = {
  __typename?: 'CaseSearchHit';
  case: Case;
  matchedOn: Array<SearchCriterion>;
  /** The members that fit the name, date of birth or BSN (none for a search by reference alone). */
  members: Array<SearchMember>;
};

export type CaseSearchResult = {
  __typename?: 'CaseSearchResult';
  /** How the search words were read. */
  criteria: Array<SearchCriterion>;
  /** Newest case first. */
  hits: Array<CaseSearchHit>;
  /** More cases fit than are returned: narrow the search. */
  truncated: Scalars['Boolean']['output'];
};

export type CaseStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'INTAKE'
  | 'MONITORING';

export type CaseTeamMembership = {
  __typename?: 'CaseTeamMembership';
  /** Active today (Europe/Amsterdam). */
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  legalBasis: LegalBasis;
  organisation: Organisation;
  purpose: Scalars['String']['output'];
  validFrom: Scalars['LocalDate']['output'];
  validUntil?: Maybe<Scalars['LocalDate']['output']>;
};

/** What happened to the subject: created, changed or removed */
export type ChangeOp =
  | 'DELETE'
  | 'INSERT'
  | 'UPDATE';

export type CloseEscalationInput = {
  escalationId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  /** The decision (decideEscalation) or the reason (withdrawEscalation, deEscalate). */
  text: Scalars['String']['input'];
};

/** A coercive measure with its clock; CRIMINAL or CHILD_PROTECTION category */
export type CoerciveMeasure = {
  __typename?: 'CoerciveMeasure';
  /** The organisation that wrote the element */
  authorOrganisation?: Maybe<Organisation>;
  category: DataCategory;
  clock?: Maybe<MeasureClock>;
  concerns?: Maybe<Array<Scalars['ID']['output']>>;
  endsOn?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  kind?: Maybe<CoerciveMeasureKind>;
  lastChangedAt: Scalars['DateTimeISO']['output'];
  lastChangedBy: PlanChangeAuthor;
  note?: Maybe<Scalars['String']['output']>;
  /** Fields withheld from the viewer; they resolve to null. */
  redactedFields: Array<Scalars['String']['output']>;
  responsibleOrganisation?: Maybe<Organisation>;
  startsOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Send as expectedVersion when changing this element */
  version: Scalars['Int']['output'];
};

export type CoerciveMeasureKind =
  | 'AWARE_ALARM'
  | 'CONTACT_BAN'
  | 'CRIMINAL_CASE'
  | 'OUT_OF_HOME_PLACEMENT'
  | 'PROBATION_SUPERVISION'
  | 'RESTRAINING_ORDER'
  | 'SUPERVISION_ORDER';

export type Colleague = {
  __typename?: 'Colleague';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  organisation: Organisation;
};

/** Why the case director records a contra-indicated intervention anyway */
export type ContraIndicationJustification = {
  __typename?: 'ContraIndicationJustification';
  recordedAt: Scalars['DateTimeISO']['output'];
  recordedBy: PlanChangeAuthor;
  text: Scalars['String']['output'];
};

export type CreateCaseInput = {
  /** Legal basis of the creating organisation's own team membership */
  legalBasis: LegalBasisInput;
  members: Array<PersonInput>;
  /** Municipality code */
  municipality: Scalars['String']['input'];
  profile: HouseholdProfile;
  purpose: Scalars['String']['input'];
};

export type CreateMeetingSeriesInput = {
  /** Standing member organisations (the chair's own is added) */
  memberOrganisationIds: Array<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** e.g. "elke dinsdag 10:00, tweewekelijks" */
  rhythm?: InputMaybe<Scalars['String']['input']>;
};

/** Category of personal data; decides who may read it */
export type DataCategory =
  | 'CHILD_PROTECTION'
  | 'CONTACT'
  | 'CRIMINAL'
  | 'HEALTH'
  | 'IDENTITY'
  | 'PLAN'
  | 'RESTRICTED_NOTE'
  | 'SECRET_LOCATION';

export type DataSubjectExport = {
  __typename?: 'DataSubjectExport';
  /** The export as a JSON document (AVG art. 15), for the reply to the data subject */
  document: Scalars['String']['output'];
  generatedAt: Scalars['DateTimeISO']['output'];
};

/** The art. 15 answer as a Dutch PDF letter for the citizen, holding what the JSON export holds. */
export type DataSubjectLetter = {
  __typename?: 'DataSubjectLetter';
  fileName: Scalars['String']['output'];
  /** The PDF, base64 */
  pdfBase64: Scalars['String']['output'];
};

/** A person inside the privacy officer's mandate that fits the search. */
export type DataSubjectMatch = {
  __typename?: 'DataSubjectMatch';
  dateOfBirth?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Find the person of a data-subject request: by BSN (exact), by name and date of birth, or by person id. One of the three. */
export type DataSubjectSearchInput = {
  /** Nine digits passing the eleven-test; compared through the stored hash */
  bsn?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; required with name */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** First and/or last name, or part of it (with dateOfBirth) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A person id from the access log or forwarded by a partner */
  personId?: InputMaybe<Scalars['ID']['input']>;
};

export type DecideIntakeReportInput = {
  decision: IntakeDecision;
  expectedVersion: Scalars['Int']['input'];
  /** START_MDA_CASE: main problem of the household */
  profile?: InputMaybe<HouseholdProfile>;
  /** START_MDA_CASE: purpose of the data sharing in the case team */
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** Why: every decision carries a reason */
  reason: Scalars['String']['input'];
  reportId: Scalars['ID']['input'];
};

export type DecisionActionInput = {
  assigneeUserId?: InputMaybe<Scalars['ID']['input']>;
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The goal of the case plan the action serves */
  goalId?: InputMaybe<Scalars['ID']['input']>;
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
};

export type DecisionGoalInput = {
  /** Person ids of household members of the case */
  concerns?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The goal; empty: the decision's text */
  description?: InputMaybe<Scalars['String']['input']>;
  lifeDomain?: InputMaybe<LifeDomain>;
  /** When is the goal reached (measurable) */
  measurableEnd?: InputMaybe<Scalars['String']['input']>;
  phase?: InputMaybe<GoalPhase>;
};

/** A (proposed) case or process director of a case; rows are kept as the history of direction. */
export type DirectorAssignment = {
  __typename?: 'DirectorAssignment';
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  caseId: Scalars['ID']['output'];
  /** Case reference, e.g. MDA-2026-000123 */
  caseReference: Scalars['String']['output'];
  declineReason?: Maybe<Scalars['String']['output']>;
  declinedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  director: Colleague;
  endReason?: Maybe<Scalars['String']['output']>;
  endedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Handover note (warme overdracht), category PLAN: only for the parties to the handover (incoming and outgoing director, proposer); null for others, see hasHandoverNote. */
  handoverNote?: Maybe<Scalars['String']['output']>;
  /** A handover note exists (its text may be withheld from you). */
  hasHandoverNote: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: DirectorKind;
  proposedAt: Scalars['DateTimeISO']['output'];
  proposedBy?: Maybe<Scalars['String']['output']>;
  /** The assignment this proposal takes over (handover); it stays ACCEPTED until this one is accepted. */
  replacesAssignmentId?: Maybe<Scalars['ID']['output']>;
  /** ACCEPTED now: this director is responsible for the case. */
  responsible: Scalars['Boolean']['output'];
  status: DirectorAssignmentStatus;
  /** Send back as expectedVersion. */
  version: Scalars['Int']['output'];
};

export type DirectorAssignmentStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'ENDED'
  | 'PROPOSED';

/** CASE_DIRECTOR = casusregisseur, PROCESS_DIRECTOR = procesregisseur */
export type DirectorKind =
  | 'CASE_DIRECTOR'
  | 'PROCESS_DIRECTOR';

/** Workload of one director. Overdue plan actions are not counted yet (docs/direction.md). */
export type DirectorWorkload = {
  __typename?: 'DirectorWorkload';
  /** Running cases this person directs (accepted assignments). */
  activeCases: Scalars['Int']['output'];
  /** Open escalations waiting for their decision. */
  awaitingDecision: Scalars['Int']['output'];
  displayName: Scalars['String']['output'];
  /** Open escalations on the cases they direct. */
  openEscalations: Scalars['Int']['output'];
  organisationId: Scalars['ID']['output'];
  organisationName: Scalars['String']['output'];
  /** Open or running plan actions past their due date on the cases they direct. */
  overdueActions: Scalars['Int']['output'];
  /** Of those, past their deadline. */
  overdueEscalations: Scalars['Int']['output'];
  /** Proposals waiting for their answer. */
  proposedCases: Scalars['Int']['output'];
  userId: Scalars['ID']['output'];
};

export type EndTeamMembershipInput = {
  /** Last day of the membership; defaults to today */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  membershipId: Scalars['ID']['input'];
};

/** ERASED (pseudonymised), RESTRICTED while a legal retention duty runs, or PENDING_APPROVAL while a second privacy officer has to approve (four eyes) */
export type ErasureOutcome = {
  __typename?: 'ErasureOutcome';
  basis: Scalars['String']['output'];
  outcome: Scalars['String']['output'];
  /** The erasure request on record */
  requestId: Scalars['ID']['output'];
  /** YYYY-MM-DD */
  restrictedUntil?: Maybe<Scalars['String']['output']>;
};

/** An AVG art. 17 request on record; PENDING_APPROVAL ones wait for a second privacy officer. */
export type ErasureRequest = {
  __typename?: 'ErasureRequest';
  /** Organisations whose data the request affects */
  affectedOrganisationIds: Array<Scalars['ID']['output']>;
  affectedOrganisations: Array<Scalars['String']['output']>;
  basis: Scalars['String']['output'];
  /** Case references the request covers */
  caseReferences: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The data subject (person id); no name: the privacy officer sees no case content */
  personId: Scalars['ID']['output'];
  requestedAt: Scalars['DateTimeISO']['output'];
  requestedBy: Scalars['String']['output'];
  requestedById: Scalars['ID']['output'];
  requesterOrganisation: Scalars['String']['output'];
  /** PENDING_APPROVAL, APPLIED or WITHDRAWN */
  status: Scalars['String']['output'];
};

/** A question climbing the ladder: 1 casusregisseur, 2 procesregisseur/MDO, 3 doorzettingsmacht (ZVH), 4 bestuurlijk overleg. */
export type Escalation = {
  __typename?: 'Escalation';
  caseId: Scalars['ID']['output'];
  caseReference: Scalars['String']['output'];
  /** How the viewer reaches this escalation's case (the facts `me.permissions` decides with). */
  caseViewerAccess: Array<CaseAccess>;
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why it was withdrawn or de-escalated. */
  closingReason?: Maybe<Scalars['String']['output']>;
  deadline: Scalars['DateTimeISO']['output'];
  /** The person who must decide, when the level has one. */
  decider?: Maybe<Scalars['String']['output']>;
  /** The person or body that must decide at this level. */
  deciderBody: Scalars['String']['output'];
  decision?: Maybe<Scalars['String']['output']>;
  decisionAsked: Scalars['String']['output'];
  /** Every signal behind it, oldest first: one escalation per case and automatic trigger collects them all. */
  grounds: Array<EscalationGround>;
  /** Every level change and the ending, oldest first. */
  history: Array<EscalationHistoryEntry>;
  id: Scalars['ID']['output'];
  level: Scalars['Int']['output'];
  /** The viewer may decide now. */
  mayDecide: Scalars['Boolean']['output'];
  /** Open and past its deadline (at the top level it stays there, overdue). */
  overdue: Scalars['Boolean']['output'];
  raisedAt: Scalars['DateTimeISO']['output'];
  /** Null when raised by the platform (a trigger). */
  raisedBy?: Maybe<Scalars['String']['output']>;
  /** The user who raised it (the subject field of the withdraw rule); null when raised by the platform. */
  raisedById?: Maybe<Scalars['ID']['output']>;
  raisedByOrganisation?: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  status: EscalationStatus;
  trigger: EscalationTrigger;
  /** Send back as expectedVersion. */
  version: Scalars['Int']['output'];
};

export type EscalationEvent =
  | 'CLIMBED_AT_DEADLINE'
  | 'DECIDED'
  | 'DE_ESCALATED'
  | 'RAISED'
  | 'WITHDRAWN';

/** One signal behind an escalation (the first raised it; further signals of the same kind in the case joined it). */
export type EscalationGround = {
  __typename?: 'EscalationGround';
  /** When the signal was raised or joined. */
  at: Scalars['DateTimeISO']['output'];
  /** What was signalled: organisations, dates and the case reference, never household members (category PLAN). */
  reason: Scalars['String']['output'];
};

export type EscalationHistoryEntry = {
  __typename?: 'EscalationHistoryEntry';
  /** Who did it; null for the platform (deadline job, triggers). */
  actor?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTimeISO']['output'];
  /** The deadline set by this change. */
  deadline?: Maybe<Scalars['DateTimeISO']['output']>;
  event: EscalationEvent;
  fromLevel?: Maybe<Scalars['Int']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  toLevel: Scalars['Int']['output'];
};

export type EscalationStatus =
  | 'DECIDED'
  | 'DE_ESCALATED'
  | 'OPEN'
  | 'WITHDRAWN';

/** What raised an escalation (docs/direction.md) */
export type EscalationTrigger =
  | 'MANUAL'
  | 'NEW_REPORT'
  | 'NO_DIRECTOR'
  | 'PLAN_ACTION_OVERDUE'
  | 'PLAN_NOT_AGREED'
  | 'PLAN_OBJECTION'
  | 'SAFETY_SCORE';

/** A mail the sender gave up on (docs/notifications.md). Kind, recipient, attempts and the SMTP error code only: no case, no reference, no text. */
export type FailedMail = {
  __typename?: 'FailedMail';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Null once the mail is back in the queue. */
  failedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** The notification kind, e.g. ESCALATION_RAISED, or DIGEST. */
  kind: Scalars['String']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The SMTP error code and response code (e.g. EENVELOPE 550), INTERRUPTED or RECIPIENT_INACTIVE. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** false: the account is no longer active; a retry is refused. */
  recipientActive: Scalars['Boolean']['output'];
  /** The colleague it was meant for. */
  recipientName: Scalars['String']['output'];
  recipientOrganisation: Scalars['String']['output'];
};

/** One count. Under 5 it is suppressed: count and per100k are null, display is "< 5" */
export type FigureCellNode = {
  __typename?: 'FigureCellNode';
  /** Null when suppressed */
  count?: Maybe<Scalars['Int']['output']>;
  /** The count as shown: a number, or "< 5" when suppressed */
  display: Scalars['String']['output'];
  key: Scalars['String']['output'];
  /** Per 100,000 inhabitants (one decimal); null when suppressed or without a population figure */
  per100k?: Maybe<Scalars['Float']['output']>;
  suppressed: Scalars['Boolean']['output'];
};

export type FigureColumnNode = {
  __typename?: 'FigureColumnNode';
  key: Scalars['String']['output'];
  /** Dutch label */
  label: Scalars['String']['output'];
};

export type FigurePeriodNode = {
  __typename?: 'FigurePeriodNode';
  /** First day after the period */
  end: Scalars['String']['output'];
  /** 2026-05, 2026-Q2 or 2026 */
  label: Scalars['String']['output'];
  rows: Array<FigureRowNode>;
  /** First day (inclusive) */
  start: Scalars['String']['output'];
  total: FigureRowNode;
};

/** One municipality's counts in one period (municipality null: the total over the table's municipalities) */
export type FigureRowNode = {
  __typename?: 'FigureRowNode';
  cells: Array<FigureCellNode>;
  /** Inhabitants used for per100k (see population) */
  inhabitants?: Maybe<Scalars['Int']['output']>;
  meetsNorm?: Maybe<Scalars['Boolean']['output']>;
  municipality?: Maybe<Scalars['String']['output']>;
  /** Dutch name, or "Totaal" */
  name: Scalars['String']['output'];
  /** Share of the norm's numerator in the row total (0..1); null when either is suppressed */
  share?: Maybe<Scalars['Float']['output']>;
  /** Row total, for indicators whose columns partition the events */
  total?: Maybe<FigureCellNode>;
};

/** An indicator over periods and municipalities: counts only, small cells suppressed */
export type FigureTableNode = {
  __typename?: 'FigureTableNode';
  columns: Array<FigureColumnNode>;
  /** What is counted (Dutch) */
  counts: Scalars['String']['output'];
  granularity: Scalars['String']['output'];
  indicator: Scalars['String']['output'];
  /** Dutch name */
  name: Scalars['String']['output'];
  normLabel?: Maybe<Scalars['String']['output']>;
  /** Norm as a share (0.8 = 80 %), if the indicator has one */
  normShare?: Maybe<Scalars['Float']['output']>;
  periods: Array<FigurePeriodNode>;
  population: PopulationSourceNode;
};

/** Which indicator, at which granularity, over which periods and municipalities */
export type FiguresInput = {
  /** First period: 2026-05 (MONTH), 2026-Q2 (QUARTER) or 2026 (YEAR) */
  from: Scalars['String']['input'];
  /** MONTH, QUARTER or YEAR */
  granularity: Scalars['String']['input'];
  /** Indicator id (FIGURE_INDICATORS in packages/domain), e.g. SAFETY_ASSESSMENTS */
  indicator: Scalars['String']['input'];
  /** Municipality codes; default: every municipality the viewer may see */
  municipalities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Last period (inclusive), same form as from */
  to: Scalars['String']['input'];
};

/** directe veiligheid, stabiele veiligheid, duurzaam herstel */
export type GoalPhase =
  | 'DIRECT_SAFETY'
  | 'RECOVERY'
  | 'STABLE_SAFETY';

export type Household = {
  __typename?: 'Household';
  id: Scalars['ID']['output'];
  members: Array<HouseholdMember>;
};

export type HouseholdMember = {
  __typename?: 'HouseholdMember';
  id: Scalars['ID']['output'];
  person: Person;
  roles: Array<MemberRole>;
};

/** Main problem of the household */
export type HouseholdProfile =
  | 'CHILD_ABUSE'
  | 'CHILD_BEHAVIOUR_PARENTING_STRESS'
  | 'CHILD_TO_PARENT_ABUSE'
  | 'COMPLEX_CONFLICT_DIVORCE'
  | 'ELDER_ABUSE'
  | 'FAMILY_UNDER_STRESS'
  | 'HARMFUL_TRADITIONAL_PRACTICES'
  | 'INTIMATE_TERROR'
  | 'INTIMATE_TERROR_WITHOUT_CHILDREN'
  | 'LONG_TERM_CARE'
  | 'SEXUAL_VIOLENCE'
  | 'YOUTH_PROSTITUTION_TRAFFICKING';

/** That a new report (melding) about the household came in at Veilig Thuis; no content. */
export type HouseholdReport = {
  __typename?: 'HouseholdReport';
  acute: Scalars['Boolean']['output'];
  caseId: Scalars['ID']['output'];
  /** The escalation this report raised. */
  escalationId?: Maybe<Scalars['ID']['output']>;
  /** Veilig Thuis' own registration number. */
  externalReference?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  receivedOn: Scalars['LocalDate']['output'];
  source: ReportSource;
};

/** A report about the household, as its case team sees it: no reporter, no account */
export type HouseholdReportSummaryNode = {
  __typename?: 'HouseholdReportSummaryNode';
  cbsCategory: Scalars['String']['output'];
  crisis?: Maybe<Scalars['Boolean']['output']>;
  kind: IntakeKind;
  receivedAt: Scalars['DateTimeISO']['output'];
  reporterKind: ReporterKind;
};

/** An organisation whose users sign in with their own organisation's account (OIDC). */
export type IdentityProvider = {
  __typename?: 'IdentityProvider';
  organisationId: Scalars['ID']['output'];
  organisationName: Scalars['String']['output'];
  /** Where the browser goes to sign in (a redirect to the identity provider). */
  startPath: Scalars['String']['output'];
};

/** Decision after the safety assessment */
export type IntakeDecision =
  | 'FOLLOW_UP_CONDITIONS'
  | 'FOLLOW_UP_INVESTIGATION'
  | 'HANDOVER_LOCAL_TEAM'
  | 'HANDOVER_MULTIDISCIPLINARY'
  | 'HANDOVER_ONGOING_CARE'
  | 'HANDOVER_OWN_NETWORK'
  | 'NO_FOLLOW_UP'
  | 'START_MDA_CASE';

/** Advice request (adviesvraag) or report (melding) */
export type IntakeKind =
  | 'ADVICE_REQUEST'
  | 'REPORT';

/** A person concerned by a report */
export type IntakePersonNode = {
  __typename?: 'IntakePersonNode';
  /** Possible matches awaiting a decision */
  candidates: Array<MatchCandidateNode>;
  dateOfBirth?: Maybe<Scalars['LocalDate']['output']>;
  /** Other reports about this person */
  earlierReportCount: Scalars['Int']['output'];
  firstName: Scalars['String']['output'];
  hasBsn: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Cases this person is in */
  knownCases: Array<KnownCaseNode>;
  lastName: Scalars['String']['output'];
  /** NEW (first known through this report), BSN (found by BSN), CONFIRMED (name match confirmed) */
  matchBasis: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  roles: Array<MemberRole>;
};

/** An advice request or report at Veilig Thuis (Veilig Thuis only) */
export type IntakeReportNode = {
  __typename?: 'IntakeReportNode';
  adviceGiven?: Maybe<Scalars['String']['output']>;
  adviceTopic?: Maybe<Scalars['String']['output']>;
  assessment: SafetyAssessmentNode;
  /** The safety assessment is due 5 working days after receipt */
  assessmentDueOn: Scalars['LocalDate']['output'];
  /** Past the due date and not assessed */
  assessmentOverdue: Scalars['Boolean']['output'];
  /** The MDA++ case started from this report */
  caseId?: Maybe<Scalars['ID']['output']>;
  /** CBS category (first report, re-report, follow-up report) */
  cbsCategory: Scalars['String']['output'];
  /** null until screened */
  crisis?: Maybe<Scalars['Boolean']['output']>;
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  decision?: Maybe<IntakeDecision>;
  decisionReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  injury: Scalars['Boolean']['output'];
  kind: IntakeKind;
  municipality: Scalars['String']['output'];
  persons: Array<IntakePersonNode>;
  receivedAt: Scalars['DateTimeISO']['output'];
  /** Fields withheld from this viewer */
  redactedFields: Array<Scalars['String']['output']>;
  /** REPORTER_ACCOUNT */
  reporterAccount?: Maybe<Scalars['String']['output']>;
  /** REPORTER_IDENTITY */
  reporterContact?: Maybe<Scalars['String']['output']>;
  reporterKind: ReporterKind;
  /** REPORTER_IDENTITY */
  reporterName?: Maybe<Scalars['String']['output']>;
  screenedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Screening is due 24 hours after receipt */
  screeningDueAt: Scalars['DateTimeISO']['output'];
  screeningOverdue: Scalars['Boolean']['output'];
  /** RECEIVED, SCREENED, ASSESSED, DECIDED or ADVICE_GIVEN */
  status: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  violenceNatures: Array<Scalars['String']['output']>;
  /** Working days left until the due date (0 on the day, negative when overdue) */
  workingDaysLeft: Scalars['Int']['output'];
};

export type InterventionKind =
  | 'ADDICTION_CARE'
  | 'CHILD_SUPPORT'
  | 'DEBT_COUNSELLING'
  | 'HOUSING_SUPPORT'
  | 'JOINT_PARTNER_SESSIONS'
  | 'OTHER'
  | 'PARENTING_SUPPORT'
  | 'PERPETRATOR_PROGRAMME'
  | 'RELATIONSHIP_THERAPY'
  | 'SAFETY_PLANNING'
  | 'SOCIAL_NETWORK_SUPPORT'
  | 'TRAUMA_TREATMENT'
  | 'VICTIM_SUPPORT';

/** Conclusion of the intimate terror screen: no / watch / probably / certainly high risk */
export type IntimateTerrorConclusion =
  | 'CERTAINLY'
  | 'NO'
  | 'PROBABLY'
  | 'WATCH';

/** An index entry of a household member, as the case team sees it: who is involved, whom to contact, when. No basis, no content. */
export type InvolvementIndexEntryNode = {
  __typename?: 'InvolvementIndexEntryNode';
  contactPoint: Scalars['String']['output'];
  organisationName: Scalars['String']['output'];
  organisationType: OrganisationType;
  /** The household member (person) the entry is about */
  personId: Scalars['ID']['output'];
  validFrom: Scalars['LocalDate']['output'];
  validUntil?: Maybe<Scalars['LocalDate']['output']>;
};

/** One of your organisation's own registrations in the involvement index. */
export type InvolvementNode = {
  __typename?: 'InvolvementNode';
  /** Other organisations involved with the same person in an overlapping period */
  alsoInvolved: Array<AlsoInvolvedNode>;
  basisDetail: Scalars['String']['output'];
  basisKind: LegalBasisKind;
  /** Registered from a case: that case's index entries as its team now sees them (Case.involvements, so the case page updates only that list; a look-up, audited as such). Otherwise null. */
  caseInvolvements?: Maybe<Array<InvolvementIndexEntryNode>>;
  contactPoint: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  ownReference?: Maybe<Scalars['String']['output']>;
  validFrom: Scalars['LocalDate']['output'];
  validUntil?: Maybe<Scalars['LocalDate']['output']>;
};

/** An organisation that may take part in a case item: on the case team today, with its legal basis. */
export type ItemParticipant = {
  __typename?: 'ItemParticipant';
  /** The legal basis in words (covenant article, statute or consent date) */
  legalBasis: Scalars['String']['output'];
  legalBasisKind: LegalBasisKind;
  organisation: MeetingOrganisation;
};

/** A case a known person is or was in. Without the right to read it, only that it exists (and its status). */
export type KnownCaseNode = {
  __typename?: 'KnownCaseNode';
  caseId?: Maybe<Scalars['ID']['output']>;
  reference?: Maybe<Scalars['String']['output']>;
  status: CaseStatus;
  /** The viewer may open it (organisation on the team today, or the viewer directs it) */
  visible: Scalars['Boolean']['output'];
};

export type LegalBasis = {
  __typename?: 'LegalBasis';
  /** COVENANT: covenant and article */
  article?: Maybe<Scalars['String']['output']>;
  /** CONSENT: date consent was given */
  consentDate?: Maybe<Scalars['LocalDate']['output']>;
  kind: LegalBasisKind;
  /** LEGAL_DUTY: the statute */
  statute?: Maybe<Scalars['String']['output']>;
};

export type LegalBasisInput = {
  /** Required for COVENANT */
  article?: InputMaybe<Scalars['String']['input']>;
  /** Required for CONSENT */
  consentDate?: InputMaybe<Scalars['LocalDate']['input']>;
  kind: LegalBasisKind;
  /** Required for LEGAL_DUTY */
  statute?: InputMaybe<Scalars['String']['input']>;
};

/** Legal basis of the data sharing (AVG art. 6) */
export type LegalBasisKind =
  | 'CONSENT'
  | 'COVENANT'
  | 'LEGAL_DUTY';

/** Life domain of the shared picture and of goals */
export type LifeDomain =
  | 'HEALTH_ADDICTION'
  | 'HOUSING'
  | 'INCOME_DEBT'
  | 'JUSTICE'
  | 'PARENTING_CHILDREN'
  | 'SAFETY'
  | 'SOCIAL_NETWORK';

/** A person record that may be the same person (same normalised name and date of birth): confirm or reject, never merged silently. */
export type MatchCandidateNode = {
  __typename?: 'MatchCandidateNode';
  dateOfBirth?: Maybe<Scalars['LocalDate']['output']>;
  firstName: Scalars['String']['output'];
  hasBsn: Scalars['Boolean']['output'];
  knownCases: Array<KnownCaseNode>;
  lastName: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  /** Earlier reports about this person */
  reportCount: Scalars['Int']['output'];
};

export type MeasureClock = {
  __typename?: 'MeasureClock';
  daysLeft?: Maybe<Scalars['Int']['output']>;
  endingSoon: Scalars['Boolean']['output'];
  expired: Scalars['Boolean']['output'];
  /** Restraining order: the latest end an extension can reach (28 days) */
  extendableUntil?: Maybe<Scalars['LocalDate']['output']>;
};

export type Meeting = {
  __typename?: 'Meeting';
  attendance: Array<MeetingAttendance>;
  /** Active casework professionals of the member organisations, by name: only for the chair (recording attendance per person); empty for everyone else. */
  attendeeCandidates: Array<MeetingPerson>;
  /** The item the chair is at */
  currentItemId?: Maybe<Scalars['ID']['output']>;
  /** When the meeting ends (planned by the chair) */
  endsAt: Scalars['DateTimeISO']['output'];
  heldAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  items: Array<MeetingItem>;
  minutesAgreedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  place?: Maybe<Scalars['String']['output']>;
  series: MeetingSeries;
  startsAt: Scalars['DateTimeISO']['output'];
  status: MeetingStatus;
  version: Scalars['Int']['output'];
  videoLink?: Maybe<Scalars['String']['output']>;
  viewerCan: MeetingViewerCan;
};

export type MeetingAttendance = {
  __typename?: 'MeetingAttendance';
  id: Scalars['ID']['output'];
  /** null: the meeting as a whole */
  itemId?: Maybe<Scalars['ID']['output']>;
  organisation: MeetingOrganisation;
  status: AttendanceStatus;
  userId?: Maybe<Scalars['ID']['output']>;
  userName?: Maybe<Scalars['String']['output']>;
};

export type MeetingContribution = {
  __typename?: 'MeetingContribution';
  body?: Maybe<Scalars['String']['output']>;
  category: DataCategory;
  id: Scalars['ID']['output'];
  kind: MeetingContributionKind;
  organisation: MeetingOrganisation;
  redactedFields: Array<Scalars['String']['output']>;
};

/** A partner's picture (beeld) or a dissent with its reason */
export type MeetingContributionKind =
  | 'DISSENT'
  | 'PICTURE';

export type MeetingDecision = {
  __typename?: 'MeetingDecision';
  category: DataCategory;
  dueOn?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  /** When the owner organisation was notified */
  notifiedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  ownerOrganisation?: Maybe<MeetingOrganisation>;
  /** The plan action this decision created */
  planActionId?: Maybe<Scalars['ID']['output']>;
  /** The plan goal this decision created */
  planGoalId?: Maybe<Scalars['ID']['output']>;
  redactedFields: Array<Scalars['String']['output']>;
  text?: Maybe<Scalars['String']['output']>;
};

export type MeetingItem = {
  __typename?: 'MeetingItem';
  caseId?: Maybe<Scalars['ID']['output']>;
  caseReference?: Maybe<Scalars['String']['output']>;
  /** How the viewer reaches this item's case (the facts `me.permissions` decides with); empty when not heard. */
  caseViewerAccess: Array<CaseAccess>;
  /** Considerations (afwegingen) */
  considerations?: Maybe<Scalars['String']['output']>;
  /** Organisations that wrote the considerations (as questionAuthorOrganisationIds) */
  considerationsAuthorOrganisationIds: Array<Scalars['ID']['output']>;
  considerationsCategory?: Maybe<DataCategory>;
  contributions: Array<MeetingContribution>;
  decisions: Array<MeetingDecision>;
  id: Scalars['ID']['output'];
  kind: MeetingItemKind;
  /** e.g. "Casus 4", or "Casus 4 - niet voor uw organisatie" */
  label: Scalars['String']['output'];
  /** Organisations that may take part: on the case team today, with their legal basis */
  participants: Array<ItemParticipant>;
  position: Scalars['Int']['output'];
  /** The question for the meeting */
  question?: Maybe<Scalars['String']['output']>;
  /** Organisations that wrote the question (empty when there is none or it is withheld); only a sole author may widen its category */
  questionAuthorOrganisationIds: Array<Scalars['ID']['output']>;
  questionCategory?: Maybe<DataCategory>;
  redactedFields: Array<Scalars['String']['output']>;
  /** Safety score 0-10 given by the meeting */
  safetyScore?: Maybe<Scalars['Int']['output']>;
  /** A general item only */
  title?: Maybe<Scalars['String']['output']>;
  version?: Maybe<Scalars['Int']['output']>;
  viewerCanContribute: Scalars['Boolean']['output'];
  viewerCanDecide: Scalars['Boolean']['output'];
  /** false: the viewer's organisation may not hear this item; only that it exists is shown */
  visible: Scalars['Boolean']['output'];
};

/** A case (casus) or a general item */
export type MeetingItemKind =
  | 'CASE'
  | 'GENERAL';

export type MeetingOrganisation = {
  __typename?: 'MeetingOrganisation';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  type: OrganisationType;
};

/** A professional of a member organisation, for the chair recording who attends. */
export type MeetingPerson = {
  __typename?: 'MeetingPerson';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organisationId: Scalars['ID']['output'];
};

export type MeetingSeries = {
  __typename?: 'MeetingSeries';
  chairId: Scalars['ID']['output'];
  chairName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Standing member organisations */
  members: Array<MeetingOrganisation>;
  name: Scalars['String']['output'];
  rhythm: Scalars['String']['output'];
};

/** gepland, bezig, gehouden, verslag vastgesteld */
export type MeetingStatus =
  | 'HELD'
  | 'IN_PROGRESS'
  | 'MINUTES_AGREED'
  | 'PLANNED';

/** A meeting in a list ("Mijn overleggen", the case's MDO history): no item content. */
export type MeetingSummary = {
  __typename?: 'MeetingSummary';
  id: Scalars['ID']['output'];
  itemCount: Scalars['Int']['output'];
  place?: Maybe<Scalars['String']['output']>;
  seriesName: Scalars['String']['output'];
  startsAt: Scalars['DateTimeISO']['output'];
  status: MeetingStatus;
  viewerIsChair: Scalars['Boolean']['output'];
};

export type MeetingViewerCan = {
  __typename?: 'MeetingViewerCan';
  /** Put an item on the agenda (the chair; a case director for own cases) */
  addItem: Scalars['Boolean']['output'];
  /** Chair: start, next item, mark held, agree the minutes */
  run: Scalars['Boolean']['output'];
};

/** A person's role in the household */
export type MemberRole =
  | 'CHILD'
  | 'OTHER'
  | 'PERPETRATOR'
  | 'VICTIM';

export type MoveToItemInput = {
  /** Empty: the next item */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  meetingId: Scalars['ID']['input'];
};

export type Municipality = {
  __typename?: 'Municipality';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The proposed director accepts; a replaced director hands over at this moment. */
  acceptDirectorAssignment: DirectorAssignment;
  addAction: PlanAction;
  /** Puts a case (the chair or its case director) or a general item (the chair) on the agenda. */
  addAgendaItem: Meeting;
  /** Records a coercive measure; a restraining order runs 10 days, at most 28 in total. */
  addCoerciveMeasure: CoerciveMeasure;
  addGoal: PlanGoal;
  /** A partner's picture or a dissent with its reason. */
  addItemContribution: Meeting;
  /** Adds what your organisation contributes to the shared picture (beeldvorming). */
  addPictureEntry: PlanPictureEntry;
  /** A note on a plan element; with an audience only those organisation types (and yours) read it. */
  addPlanNote: PlanNote;
  addSafetyPlanItem: SafetyPlanItem;
  addTeamMember: CaseTeamMembership;
  /** The chair agrees the minutes; the meeting is frozen from then on. */
  agreeMinutes: Meeting;
  /** The second privacy officer approves an erasure request (four eyes): it is applied now. */
  approveErasure: ErasureOutcome;
  /** Confirms that a person of the report is a known person (never done silently). */
  confirmMatch: IntakeReportNode;
  /** Confirms the authenticator app with its first code; confirms this session too. */
  confirmTotpEnrolment: SecondFactorStatus;
  createCase: Case;
  /** A process director sets up a meeting table and chairs it. */
  createMeetingSeries: MeetingSeries;
  /** AVG art. 15: everything on record about one person, without other household members. The coordinating privacy officer exports the joint record; another privacy officer its own organisation's part, for persons on its cases. Audited as EXPORT per case. */
  dataSubjectExport: DataSubjectExport;
  /** AVG art. 15 as a Dutch PDF letter for the citizen: the same export (same mandate, same EXPORT records per case), addressed by name. */
  dataSubjectExportLetter: DataSubjectLetter;
  /** Hands the question back one level, with a reason (the deciders of level 2 and up). Ends as DE_ESCALATED. */
  deEscalate: Escalation;
  /** Decides at the current level (the deciders of that level). Ends the escalation as DECIDED. */
  decideEscalation: Escalation;
  /** The decision after the assessment; START_MDA_CASE opens case, team and draft plan in one transaction. */
  decideIntakeReport: IntakeReportNode;
  /** The proposed director declines, with a reason; the current direction stays. */
  declineDirectorAssignment: DirectorAssignment;
  /** Ends an assignment without successor, or withdraws a proposal, with a reason. */
  endDirectorAssignment: DirectorAssignment;
  /** Ends your organisation's registration early (the involvement stopped): from endsOn (default today) it no longer matches. */
  endInvolvement: InvolvementNode;
  endTeamMembership: CaseTeamMembership;
  /** Logs in. Sets an httpOnly SameSite=Strict session cookie for the web and returns a bearer token for API clients. */
  login: Session;
  /** Revokes the current session. */
  logout: Scalars['Boolean']['output'];
  /** The chair marks the meeting held: first-MDO dates set, owner organisations notified of their new actions. */
  markMeetingHeld: Meeting;
  /** The chair moves to an item (default: the next); attendees' screens follow. */
  moveToItem: Meeting;
  /** The chair plans a meeting of the series. */
  planMeeting: Meeting;
  /** Proposes a case or process director; the current one stays responsible until the proposal is accepted. */
  proposeDirector: DirectorAssignment;
  /** Freezes the working copy as the next version and asks every team organisation to sign it off. */
  proposePlan: Plan;
  /** The chair of a held meeting proposes an item's case plan for sign-off, through the plan's own sign-off flow (its rules and problems unchanged). */
  proposePlanFromMeeting: Meeting;
  /** Escalates a question on a case of your team (any team member). */
  raiseEscalation: Escalation;
  /** Presence of an organisation at the meeting or one item; refused at an item whose case team it is not on. */
  recordAttendance: Meeting;
  /** Shares an item of information with the case team, in a data category. */
  recordCaseEntry: CaseEntry;
  /** A decision on an item; with `action` it becomes an action in the case plan's working copy in the same step. */
  recordDecision: Meeting;
  /** Veilig Thuis registers a new report (melding) about the household of a running case; raises an escalation. */
  recordHouseholdReport: HouseholdReport;
  /** Records an advice request or report; persons are matched on BSN, name candidates offered. */
  recordIntakeReport: IntakeReportNode;
  /** Records a safety score; a drop or a low score raises an escalation (once per case while open). */
  recordSafetyScore: SafetyScore;
  /** Registers that your organisation is involved with a person; a match tells both organisations (contact point only). */
  registerInvolvement: InvolvementNode;
  /** Rejects a match candidate for a person of the report. */
  rejectMatch: IntakeReportNode;
  /** Removes an element from the working copy (a goal with its actions). */
  removePlanElement: RemovedPlanElement;
  /** Emergency read access to a case outside your teams, for a limited time, with a mandatory reason. Reviewed by the privacy officer. */
  requestBreakGlass: BreakGlassGrant;
  /** AVG art. 17 erasure request for one person (coordinating privacy officer): pseudonymised, or restricted (art. 18) with its basis while a legal retention duty runs; waits for a second privacy officer when it affects another organisation's data. */
  requestErasure: ErasureOutcome;
  /** Puts a given-up mail back in the queue with a fresh series of attempts. NOT_FOUND when it is not given up; CONFLICT when the recipient is no longer active. */
  retryFailedMail: FailedMail;
  reviewBreakGlass: BreakGlassGrant;
  /** Saves the safety assessment, as a draft or complete. */
  saveAssessment: IntakeReportNode;
  /** The MDO form of an item: question, considerations, safety score. */
  saveItemForm: Meeting;
  /** Screening within 24 hours; a crisis notifies the crisis team at once. */
  screenIntakeReport: IntakeReportNode;
  /** Sets how I get one non-urgent kind by e-mail. An unknown kind, or an urgent kind set to DIGEST or OFF, is refused (BAD_USER_INPUT). */
  setNotificationPreference: NotificationPreference;
  setPlanFirstMeeting: Plan;
  /** Declares the purpose of this session (AVG purpose limitation). HEALTH and CRIMINAL data are only shown with a purpose. */
  setPurpose: User;
  /** Names the contact person for the family while the case waits for a case director. */
  setWaitingListContact: WaitingContact;
  /** Your organisation's decision on the proposed version: AGREE, or OBJECT with a reason (sends the plan back to draft). */
  signOffPlan: Plan;
  /** The chair starts the meeting at its first item. */
  startMeeting: Meeting;
  /** Starts the plan of a case (idempotent), optionally with the date of the first MDO. */
  startPlan: Plan;
  /** Starts linking an authenticator app (TOTP): returns a new secret; confirm it with a first code. */
  startTotpEnrolment: TotpEnrolment;
  transitionCase: Case;
  /** Changes an action; CANCELLED needs a reason. Refused with CONFLICT when expectedVersion is stale. */
  updateAction: PlanAction;
  /** Changes a measure, e.g. extends a restraining order (at most 28 days in total). */
  updateCoerciveMeasure: CoerciveMeasure;
  updateGoal: PlanGoal;
  /** Changes a household member's contact or secret-location details; refused whole when any field may not be written. */
  updatePersonDetails: HouseholdMember;
  updatePictureEntry: PlanPictureEntry;
  updateSafetyPlanItem: SafetyPlanItem;
  /** Confirms this session with a code from the authenticator app (second factor). */
  verifySecondFactor: SecondFactorStatus;
  /** The requester withdraws an erasure request that no second privacy officer approved yet. */
  withdrawErasure: ErasureRequest;
  /** Withdraws an escalation, with a reason (the raiser or the case director). */
  withdrawEscalation: Escalation;
};


export type MutationAcceptDirectorAssignmentArgs = {
  input: AnswerDirectorAssignmentInput;
};


export type MutationAddActionArgs = {
  input: AddActionInput;
};


export type MutationAddAgendaItemArgs = {
  input: AddAgendaItemInput;
};


export type MutationAddCoerciveMeasureArgs = {
  input: AddCoerciveMeasureInput;
};


export type MutationAddGoalArgs = {
  input: AddGoalInput;
};


export type MutationAddItemContributionArgs = {
  input: AddItemContributionInput;
};


export type MutationAddPictureEntryArgs = {
  input: AddPictureEntryInput;
};


export type MutationAddPlanNoteArgs = {
  input: AddPlanNoteInput;
};


export type MutationAddSafetyPlanItemArgs = {
  input: AddSafetyPlanItemInput;
};


export type MutationAddTeamMemberArgs = {
  input: AddTeamMemberInput;
};


export type MutationAgreeMinutesArgs = {
  meetingId: Scalars['ID']['input'];
};


export type MutationApproveErasureArgs = {
  requestId: Scalars['ID']['input'];
};


export type MutationConfirmMatchArgs = {
  input: ResolveMatchInput;
};


export type MutationConfirmTotpEnrolmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateCaseArgs = {
  input: CreateCaseInput;
};


export type MutationCreateMeetingSeriesArgs = {
  input: CreateMeetingSeriesInput;
};


export type MutationDataSubjectExportArgs = {
  personId: Scalars['ID']['input'];
};


export type MutationDataSubjectExportLetterArgs = {
  personId: Scalars['ID']['input'];
};


export type MutationDeEscalateArgs = {
  input: CloseEscalationInput;
};


export type MutationDecideEscalationArgs = {
  input: CloseEscalationInput;
};


export type MutationDecideIntakeReportArgs = {
  input: DecideIntakeReportInput;
};


export type MutationDeclineDirectorAssignmentArgs = {
  input: AnswerDirectorAssignmentInput;
};


export type MutationEndDirectorAssignmentArgs = {
  input: AnswerDirectorAssignmentInput;
};


export type MutationEndInvolvementArgs = {
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationEndTeamMembershipArgs = {
  input: EndTeamMembershipInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkMeetingHeldArgs = {
  meetingId: Scalars['ID']['input'];
};


export type MutationMoveToItemArgs = {
  input: MoveToItemInput;
};


export type MutationPlanMeetingArgs = {
  input: PlanMeetingInput;
};


export type MutationProposeDirectorArgs = {
  input: ProposeDirectorInput;
};


export type MutationProposePlanArgs = {
  input: ProposePlanInput;
};


export type MutationProposePlanFromMeetingArgs = {
  input: ProposePlanFromMeetingInput;
};


export type MutationRaiseEscalationArgs = {
  input: RaiseEscalationInput;
};


export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


export type MutationRecordCaseEntryArgs = {
  input: RecordCaseEntryInput;
};


export type MutationRecordDecisionArgs = {
  input: RecordDecisionInput;
};


export type MutationRecordHouseholdReportArgs = {
  input: RecordHouseholdReportInput;
};


export type MutationRecordIntakeReportArgs = {
  input: RecordIntakeReportInput;
};


export type MutationRecordSafetyScoreArgs = {
  input: RecordSafetyScoreInput;
};


export type MutationRegisterInvolvementArgs = {
  input: RegisterInvolvementInput;
};


export type MutationRejectMatchArgs = {
  input: ResolveMatchInput;
};


export type MutationRemovePlanElementArgs = {
  input: RemovePlanElementInput;
};


export type MutationRequestBreakGlassArgs = {
  caseReference: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRequestErasureArgs = {
  note: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
};


export type MutationRetryFailedMailArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReviewBreakGlassArgs = {
  input: ReviewBreakGlassInput;
};


export type MutationSaveAssessmentArgs = {
  input: SaveAssessmentInput;
};


export type MutationSaveItemFormArgs = {
  input: SaveItemFormInput;
};


export type MutationScreenIntakeReportArgs = {
  input: ScreenIntakeReportInput;
};


export type MutationSetNotificationPreferenceArgs = {
  delivery: NotificationDelivery;
  kind: Scalars['String']['input'];
};


export type MutationSetPlanFirstMeetingArgs = {
  input: SetPlanFirstMeetingInput;
};


export type MutationSetPurposeArgs = {
  purpose?: InputMaybe<Purpose>;
};


export type MutationSetWaitingListContactArgs = {
  caseId: Scalars['ID']['input'];
  contactUserId: Scalars['ID']['input'];
};


export type MutationSignOffPlanArgs = {
  input: SignOffPlanInput;
};


export type MutationStartMeetingArgs = {
  meetingId: Scalars['ID']['input'];
};


export type MutationStartPlanArgs = {
  input: StartPlanInput;
};


export type MutationTransitionCaseArgs = {
  input: TransitionCaseInput;
};


export type MutationUpdateActionArgs = {
  input: UpdateActionInput;
};


export type MutationUpdateCoerciveMeasureArgs = {
  input: UpdateCoerciveMeasureInput;
};


export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
};


export type MutationUpdatePersonDetailsArgs = {
  input: UpdatePersonDetailsInput;
};


export type MutationUpdatePictureEntryArgs = {
  input: UpdatePictureEntryInput;
};


export type MutationUpdateSafetyPlanItemArgs = {
  input: UpdateSafetyPlanItemInput;
};


export type MutationVerifySecondFactorArgs = {
  code: Scalars['String']['input'];
};


export type MutationWithdrawErasureArgs = {
  requestId: Scalars['ID']['input'];
};


export type MutationWithdrawEscalationArgs = {
  input: CloseEscalationInput;
};

/** Why a plan action is on my list: assigned to me, my organisation owns it, or I direct the case. */
export type MyActionReason =
  | 'ASSIGNED_TO_ME'
  | 'I_DIRECT_THE_CASE'
  | 'MY_ORGANISATION';

/** A plan action that is mine and overdue or due within a week ("Vandaag"). */
export type MyPlanAction = {
  __typename?: 'MyPlanAction';
  caseId: Scalars['ID']['output'];
  caseReference: Scalars['String']['output'];
  description: Scalars['String']['output'];
  dueOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** The organisation that owns the action. */
  ownerOrganisation: Scalars['String']['output'];
  reason: MyActionReason;
  status: ActionStatus;
  /** Working days past the due date; 0 when it is not late. */
  workingDaysLate: Scalars['Int']['output'];
};

export type Notification = {
  __typename?: 'Notification';
  caseId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The escalation it is about, if any. */
  escalationId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** How a notification reaches me by e-mail: at once, in the daily digest, or not at all. */
export type NotificationDelivery =
  | 'DIGEST'
  | 'IMMEDIATE'
  | 'OFF';

export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  delivery: NotificationDelivery;
  /** The notification kind, e.g. DIRECTOR_ACCEPTED. */
  kind: Scalars['String']['output'];
  /** Urgent kinds are always mailed at once; they cannot be changed. */
  urgent: Scalars['Boolean']['output'];
};

export type Organisation = {
  __typename?: 'Organisation';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  type: OrganisationType;
};

/** Partner organisation in a case team */
export type OrganisationType =
  | 'CARE'
  | 'CENTRE'
  | 'CHILD_PROTECTION_BOARD'
  | 'LOCAL_TEAM'
  | 'MUNICIPALITY'
  | 'POLICE'
  | 'PROBATION'
  | 'PROSECUTION'
  | 'SAFETY_HOUSE'
  | 'SAFE_HOME'
  | 'YOUTH_PROTECTION';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PendingDirectorProposal = {
  __typename?: 'PendingDirectorProposal';
  assignmentId: Scalars['ID']['output'];
  displayName: Scalars['String']['output'];
  organisationName: Scalars['String']['output'];
  proposedAt: Scalars['DateTimeISO']['output'];
};

export type Person = {
  __typename?: 'Person';
  /** CONTACT */
  address?: Maybe<Scalars['String']['output']>;
  /** IDENTITY */
  dateOfBirth?: Maybe<Scalars['LocalDate']['output']>;
  /** IDENTITY */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Whether a BSN is on record. The BSN itself is never disclosed. */
  hasBsn?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  /** IDENTITY */
  lastName?: Maybe<Scalars['String']['output']>;
  /** CONTACT */
  phone?: Maybe<Scalars['String']['output']>;
  /** Fields withheld from the viewer ("niet gedeeld met uw organisatie"); they resolve to null. */
  redactedFields: Array<Scalars['String']['output']>;
  /** SECRET_LOCATION: how to reach the person safely */
  safeContact?: Maybe<Scalars['String']['output']>;
  /** SECRET_LOCATION: shelter or secret address */
  shelterAddress?: Maybe<Scalars['String']['output']>;
  /** Why the secret-location fields are withheld when the viewer can change that (confirm a second factor), in Dutch and English. */
  withheldReason?: Maybe<Scalars['String']['output']>;
};

export type PersonInput = {
  /** Burgerservicenummer; checked with the eleven-test, stored only as a keyed hash */
  bsn?: InputMaybe<Scalars['String']['input']>;
  dateOfBirth?: InputMaybe<Scalars['LocalDate']['input']>;
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  roles: Array<MemberRole>;
};

/** The joint plan of a case: working copy, versions and sign-offs */
export type Plan = {
  __typename?: 'Plan';
  agreedVersionNumber?: Maybe<Scalars['Int']['output']>;
  caseId: Scalars['ID']['output'];
  /** Date of the first MDO */
  firstMeetingOn?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  /** The number the next proposal gets */
  nextVersionNumber: Scalars['Int']['output'];
  notes: Array<PlanNote>;
  status: PlanStatus;
  /** Send as expectedVersion when proposing or changing plan-level fields */
  version: Scalars['Int']['output'];
  /** Frozen versions, newest first */
  versions: Array<PlanVersion>;
  viewerCan: PlanPermissions;
  /** The working copy (draft), masked for the viewer */
  workingCopy: PlanContent;
};

/** Besluitvorming: an action under a goal, owned by a team organisation */
export type PlanAction = {
  __typename?: 'PlanAction';
  assigneeName?: Maybe<Scalars['String']['output']>;
  assigneeUserId?: Maybe<Scalars['ID']['output']>;
  /** The organisation that wrote the element */
  authorOrganisation?: Maybe<Organisation>;
  /** Mandatory when CANCELLED */
  cancellationReason?: Maybe<Scalars['String']['output']>;
  category: DataCategory;
  contraIndicationJustification?: Maybe<ContraIndicationJustification>;
  description?: Maybe<Scalars['String']['output']>;
  dueOn?: Maybe<Scalars['LocalDate']['output']>;
  goalId: Scalars['ID']['output'];
  /** Who changed what, when (values withheld when the viewer may not read the action) */
  history: Array<PlanElementChange>;
  id: Scalars['ID']['output'];
  interventionKind?: Maybe<InterventionKind>;
  lastChangedAt: Scalars['DateTimeISO']['output'];
  lastChangedBy: PlanChangeAuthor;
  /** Not finished and past its due date */
  overdue: Scalars['Boolean']['output'];
  ownerOrganisation?: Maybe<Organisation>;
  /** Fields withheld from the viewer; they resolve to null. */
  redactedFields: Array<Scalars['String']['output']>;
  status?: Maybe<ActionStatus>;
  /** Send as expectedVersion when changing this element */
  version: Scalars['Int']['output'];
};

/** A professional who may carry out an action of the owning organisation */
export type PlanAssignee = {
  __typename?: 'PlanAssignee';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** Who made a change: a user on behalf of an organisation */
export type PlanChangeAuthor = {
  __typename?: 'PlanChangeAuthor';
  name?: Maybe<Scalars['String']['output']>;
  organisation?: Maybe<Organisation>;
  userId: Scalars['ID']['output'];
};

export type PlanContent = {
  __typename?: 'PlanContent';
  firstMeetingOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Oordeelsvorming and besluitvorming: goals with their actions */
  goals: Array<PlanGoal>;
  measures: Array<CoerciveMeasure>;
  /** Beeldvorming per life domain */
  picture: Array<PlanPictureEntry>;
  safetyPlan: Array<SafetyPlanItem>;
};

export type PlanDiff = {
  __typename?: 'PlanDiff';
  entries: Array<PlanDiffEntry>;
  from: Scalars['Int']['output'];
  /** Null: compared with the working copy (what changed since that version). */
  to?: Maybe<Scalars['Int']['output']>;
};

export type PlanDiffEntry = {
  __typename?: 'PlanDiffEntry';
  category: DataCategory;
  /** ADDED, CHANGED or REMOVED */
  change: Scalars['String']['output'];
  /** Who made the change (last editor, or who removed it) */
  changedBy?: Maybe<PlanChangeAuthor>;
  elementId: Scalars['ID']['output'];
  /** Changed fields; values null where withheld from the viewer */
  fields: Array<PlanFieldChange>;
  kind: PlanElementKind;
  /** The content of this change is withheld from the viewer */
  withheld: Scalars['Boolean']['output'];
};

/** One entry of an element's history */
export type PlanElementChange = {
  __typename?: 'PlanElementChange';
  change: Scalars['String']['output'];
  changedAt: Scalars['DateTimeISO']['output'];
  changedBy: PlanChangeAuthor;
  /** Values are withheld (null) when the viewer may not read the element */
  fields: Array<PlanFieldChange>;
};

export type PlanElementKind =
  | 'ACTION'
  | 'GOAL'
  | 'MEASURE'
  | 'PICTURE'
  | 'SAFETY_ITEM';

export type PlanFieldChange = {
  __typename?: 'PlanFieldChange';
  field: Scalars['String']['output'];
  /** JSON of the old value; null when withheld or absent */
  from?: Maybe<Scalars['String']['output']>;
  /** JSON of the new value; null when withheld or absent */
  to?: Maybe<Scalars['String']['output']>;
};

/** Oordeelsvorming: a goal with a phase, a life domain, the members it concerns and a measurable end */
export type PlanGoal = {
  __typename?: 'PlanGoal';
  actions: Array<PlanAction>;
  /** The organisation that wrote the element */
  authorOrganisation?: Maybe<Organisation>;
  category: DataCategory;
  /** Person ids of the household members the goal concerns */
  concerns?: Maybe<Array<Scalars['ID']['output']>>;
  contraIndicationJustification?: Maybe<ContraIndicationJustification>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  interventionKind?: Maybe<InterventionKind>;
  lastChangedAt: Scalars['DateTimeISO']['output'];
  lastChangedBy: PlanChangeAuthor;
  lifeDomain?: Maybe<LifeDomain>;
  measurableEnd?: Maybe<Scalars['String']['output']>;
  phase?: Maybe<GoalPhase>;
  /** Fields withheld from the viewer; they resolve to null. */
  redactedFields: Array<Scalars['String']['output']>;
  /** Send as expectedVersion when changing this element */
  version: Scalars['Int']['output'];
};

export type PlanMeetingInput = {
  /** When the meeting ends: after the start, within 12 hours; empty: two hours after the start */
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  seriesId: Scalars['ID']['input'];
  startsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** https link of the video meeting */
  videoLink?: InputMaybe<Scalars['String']['input']>;
};

/** A note on a plan element; with an audience it is a RESTRICTED_NOTE */
export type PlanNote = {
  __typename?: 'PlanNote';
  /** Empty: the whole team */
  audience: Array<OrganisationType>;
  authorName?: Maybe<Scalars['String']['output']>;
  authorOrganisation?: Maybe<Organisation>;
  body?: Maybe<Scalars['String']['output']>;
  category: DataCategory;
  createdAt: Scalars['DateTimeISO']['output'];
  elementId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  redactedFields: Array<Scalars['String']['output']>;
};

/** What the viewer may do with this plan now */
export type PlanPermissions = {
  __typename?: 'PlanPermissions';
  edit: Scalars['Boolean']['output'];
  /** Record a contra-indicated intervention with a justification (case director) */
  justify: Scalars['Boolean']['output'];
  propose: Scalars['Boolean']['output'];
  /** Sign off or object for the viewer's organisation (when a version awaits it) */
  signOff: Scalars['Boolean']['output'];
};

/** Beeldvorming: what one organisation contributes to the shared picture of a life domain */
export type PlanPictureEntry = {
  __typename?: 'PlanPictureEntry';
  /** The organisation that wrote the element */
  authorOrganisation?: Maybe<Organisation>;
  category: DataCategory;
  id: Scalars['ID']['output'];
  lastChangedAt: Scalars['DateTimeISO']['output'];
  lastChangedBy: PlanChangeAuthor;
  lifeDomain: LifeDomain;
  /** Fields withheld from the viewer; they resolve to null. */
  redactedFields: Array<Scalars['String']['output']>;
  text?: Maybe<Scalars['String']['output']>;
  /** Send as expectedVersion when changing this element */
  version: Scalars['Int']['output'];
};

export type PlanSignOff = {
  __typename?: 'PlanSignOff';
  decision: SignOffDecision;
  id: Scalars['ID']['output'];
  organisation?: Maybe<Organisation>;
  /** Mandatory with an objection */
  reason?: Maybe<Scalars['String']['output']>;
  signedAt: Scalars['DateTimeISO']['output'];
  signedBy?: Maybe<Scalars['String']['output']>;
  versionNumber: Scalars['Int']['output'];
};

export type PlanStatus =
  | 'AGREED'
  | 'DRAFT'
  | 'PROPOSED';

/** A frozen version: immutable once proposed */
export type PlanVersion = {
  __typename?: 'PlanVersion';
  /** The frozen content, masked for the viewer */
  content: PlanContent;
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  number: Scalars['Int']['output'];
  /** PROPOSED: active team organisations that have not decided yet */
  pendingOrganisations: Array<Organisation>;
  proposedAt: Scalars['DateTimeISO']['output'];
  proposedBy: PlanChangeAuthor;
  signOffs: Array<PlanSignOff>;
  status: PlanVersionStatus;
};

export type PlanVersionStatus =
  | 'AGREED'
  | 'OBJECTED'
  | 'PROPOSED';

/** Where the inhabitants per municipality come from */
export type PopulationSourceNode = {
  __typename?: 'PopulationSourceNode';
  source: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type ProposeDirectorInput = {
  caseId: Scalars['ID']['input'];
  /** Handover note; required (10+ characters) for a handover. */
  handoverNote?: InputMaybe<Scalars['String']['input']>;
  kind: DirectorKind;
  /** For a handover: the current assignment this one takes over. */
  replacesAssignmentId?: InputMaybe<Scalars['ID']['input']>;
  /** The proposed director (a user with the CASE_DIRECTOR or PROCESS_DIRECTOR role whose organisation is on the team). */
  userId: Scalars['ID']['input'];
};

export type ProposePlanFromMeetingInput = {
  /** The plan version the chair saw (Plan.version) */
  expectedPlanVersion: Scalars['Int']['input'];
  /** A case item of a held meeting */
  itemId: Scalars['ID']['input'];
};

export type ProposePlanInput = {
  caseId: Scalars['ID']['input'];
  /** The plan version the proposer saw */
  expectedVersion: Scalars['Int']['input'];
};

/** Declared purpose of a session (AVG purpose limitation) */
export type Purpose =
  | 'CRISIS'
  | 'MDO_PREPARATION'
  | 'PLAN_EXECUTION'
  | 'SAFETY_ASSESSMENT';

export type Query = {
  __typename?: 'Query';
  /** Simple anomaly signals over the access log of the last `days` days (privacy officer). */
  auditAnomalies: Array<AnomalySignal>;
  /** The privacy officer's access log: per person, user, case and period, newest first. Viewing it is audited. */
  auditLog: AuditRecordPage;
  /** Users to filter the access log on, by part of the name (at most 20): every user for the coordinating privacy officer, the own organisation's users for the others. Audited as SEARCH. */
  auditLogUsers: Array<AuditLogUser>;
  /** The privacy officer's review queue of emergency access. */
  breakGlassReviews: Array<BreakGlassGrant>;
  /** One case. A case outside the viewer's teams answers NOT_FOUND, like a missing one. */
  case: Case;
  /** Director assignments of one case, oldest first (current, proposed and past). */
  caseDirection: Array<DirectorAssignment>;
  /** Cases on whose team the viewer's organisation is active, newest first. */
  cases: CaseConnection;
  /** One escalation with its history; NOT_FOUND when you may not see it. */
  escalation: Escalation;
  /** Mails the sender gave up on, newest first (at most 200). Functional administrator only. */
  failedMails: Array<FailedMail>;
  /** Figures at a glance (docs/figures.md): counts per period and municipality, cells under 5 suppressed */
  figures: FigureTableNode;
  /** The person of an art. 15/17 request, by BSN (exact, via the stored hash), name and date of birth, or id; only persons inside the privacy officer's mandate (others answer as if absent). Audited as SEARCH. */
  findDataSubjects: Array<DataSubjectMatch>;
  /** Organisations with single sign-on, for the login page (no login needed; no secrets). */
  identityProviders: Array<IdentityProvider>;
  /** The intake desk of the viewer's Veilig Thuis: open reports and today's, crisis first, then overdue. */
  intakeDesk: Array<IntakeReportNode>;
  /** One report or advice request (Veilig Thuis only; others get NOT_FOUND). */
  intakeReport: IntakeReportNode;
  /** The logged-in user, or null. */
  me?: Maybe<User>;
  /** One meeting: every item listed, the content only of items on whose case team the viewer's organisation sits (others: NOT_FOUND). */
  meeting: Meeting;
  /** Municipalities of the region. */
  municipalities: Array<Municipality>;
  /** Proposals waiting for your answer and the cases you direct. */
  myDirectorAssignments: Array<DirectorAssignment>;
  /** Escalations that concern me: to decide, raised by me, on my cases. Open ones unless includeClosed. */
  myEscalations: Array<Escalation>;
  /** Your organisation's registrations in the involvement index, each with who else is involved. */
  myInvolvements: Array<InvolvementNode>;
  /** "Mijn overleggen": meetings of the tables the viewer chairs or its organisation sits at. */
  myMeetings: Array<MeetingSummary>;
  /** How I get each kind of notification by e-mail (urgent kinds always at once). */
  myNotificationPreferences: Array<NotificationPreference>;
  /** My plan actions that are overdue or due within seven days, overdue first (assigned to me, owned by my organisation on my team cases, or on cases I direct). */
  myPlanActions: Array<MyPlanAction>;
  /** My notifications, newest first. */
  notifications: Array<Notification>;
  /** Partner organisations in the region (for composing a case team). */
  organisations: Array<Organisation>;
  /** Erasure requests waiting for a second privacy officer that you may approve, or withdraw as their requester. */
  pendingErasureRequests: Array<ErasureRequest>;
  /** The joint plan of a case with its working copy, versions and sign-offs; null when none was started. NOT_FOUND outside your teams. */
  plan?: Maybe<Plan>;
  /** Active casework users of an organisation active on the case team, by name: who can be assignee of its actions. For those who may edit the plan; NOT_FOUND outside your teams, BAD_USER_INPUT for an organisation not on the team. */
  planAssignees: Array<PlanAssignee>;
  /** One frozen version of a plan (its content masked for the viewer). */
  planVersion: PlanVersion;
  /** What was added, changed and removed between two versions, and by whom; masked for the viewer. */
  planVersionDiff: PlanDiff;
  /** The red-flag checklist of the municipality's region. */
  riskChecklist: RiskChecklistNode;
  /** Households and cases by reference, name (partial, accents and case ignored), date of birth (dd-mm-jjjj) or BSN (exact), among the cases you may read. Audited as SEARCH. */
  searchCases: CaseSearchResult;
  /** The second factor of the current session; null when not logged in. */
  secondFactorStatus?: Maybe<SecondFactorStatus>;
  /** Running cases of your teams without a case director, oldest first (process directors, team leads). */
  waitingList: Array<WaitingListItem>;
  /** Workload per director: all directors for a process director, your organisation for a team lead, yourself for a case director. */
  workload: Array<DirectorWorkload>;
};


export type QueryAuditAnomaliesArgs = {
  days?: Scalars['Int']['input'];
};


export type QueryAuditLogArgs = {
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryAuditLogUsersArgs = {
  name: Scalars['String']['input'];
};


export type QueryBreakGlassReviewsArgs = {
  status?: InputMaybe<BreakGlassReviewStatus>;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseDirectionArgs = {
  caseId: Scalars['ID']['input'];
};


export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseFilter>;
  first?: Scalars['Int']['input'];
  orderBy?: CaseOrder;
};


export type QueryEscalationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFiguresArgs = {
  input: FiguresInput;
};


export type QueryFindDataSubjectsArgs = {
  input: DataSubjectSearchInput;
};


export type QueryIntakeReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyEscalationsArgs = {
  includeClosed?: Scalars['Boolean']['input'];
};


export type QueryPlanArgs = {
  caseId: Scalars['ID']['input'];
};


export type QueryPlanAssigneesArgs = {
  caseId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
};


export type QueryPlanVersionArgs = {
  caseId: Scalars['ID']['input'];
  number: Scalars['Int']['input'];
};


export type QueryPlanVersionDiffArgs = {
  caseId: Scalars['ID']['input'];
  from: Scalars['Int']['input'];
  to?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRiskChecklistArgs = {
  municipality: Scalars['String']['input'];
};


export type QuerySearchCasesArgs = {
  text: Scalars['String']['input'];
};

export type RaiseEscalationInput = {
  caseId: Scalars['ID']['input'];
  /** The decision asked for (5-1000 characters). */
  decisionAsked: Scalars['String']['input'];
  /** Why (10-2000 characters). Name organisations and the plan, not household members. */
  reason: Scalars['String']['input'];
};

export type RecordAttendanceInput = {
  /** An item of the meeting; empty: the meeting as a whole */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  meetingId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
  status: AttendanceStatus;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type RecordCaseEntryInput = {
  /** Required for RESTRICTED_NOTE, refused otherwise */
  audience?: InputMaybe<Array<OrganisationType>>;
  body: Scalars['String']['input'];
  caseId: Scalars['ID']['input'];
  category: DataCategory;
  /** Person ids of household members of this case */
  concerns: Array<Scalars['ID']['input']>;
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  title: Scalars['String']['input'];
};

export type RecordDecisionInput = {
  /** Make the decision an action in the case's plan (working copy), in the same step; with `goal` and no goalId: under the new goal */
  action?: InputMaybe<DecisionActionInput>;
  /** Who may read the decision (default PLAN). A decision in another category does not become plan work: the plan is read by the whole team */
  category?: InputMaybe<DataCategory>;
  /** Make the decision a new goal in the case's plan (working copy), in the same step */
  goal?: InputMaybe<DecisionGoalInput>;
  itemId: Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
};

export type RecordHouseholdReportInput = {
  acute: Scalars['Boolean']['input'];
  caseId: Scalars['ID']['input'];
  externalReference?: InputMaybe<Scalars['String']['input']>;
  receivedOn: Scalars['LocalDate']['input'];
  source: ReportSource;
};

export type RecordIntakeReportInput = {
  /** Acute unsafety known at receipt: screened at once as a crisis report */
  acuteUnsafety?: Scalars['Boolean']['input'];
  /** Advice request: the advice given */
  adviceGiven?: InputMaybe<Scalars['String']['input']>;
  /** Advice request: the question */
  adviceTopic?: InputMaybe<Scalars['String']['input']>;
  injury?: Scalars['Boolean']['input'];
  kind: IntakeKind;
  /** Municipality code */
  municipality: Scalars['String']['input'];
  /** The persons concerned with their roles; at least one for a report */
  persons: Array<PersonInput>;
  /** When Veilig Thuis received it; not in the future */
  receivedAt: Scalars['DateTimeISO']['input'];
  /** The reporter's account (REPORTER_ACCOUNT) */
  reporterAccount?: InputMaybe<Scalars['String']['input']>;
  /** How to reach the reporter (REPORTER_IDENTITY); refused for ANONYMOUS */
  reporterContact?: InputMaybe<Scalars['String']['input']>;
  reporterKind: ReporterKind;
  /** Who reported (REPORTER_IDENTITY, Veilig Thuis only); refused for ANONYMOUS */
  reporterName?: InputMaybe<Scalars['String']['input']>;
  /** Nature of violence (codes of VIOLENCE_NATURES); at least one for a report */
  violenceNatures: Array<Scalars['String']['input']>;
};

export type RecordSafetyScoreInput = {
  caseId: Scalars['ID']['input'];
  /** 0 (very unsafe) to 10 (safe) */
  score: Scalars['Int']['input'];
  scoredBy: SafetyScorer;
  scoredOn: Scalars['LocalDate']['input'];
};

/** Registers that your organisation is involved with a person (no content): by BSN, or from a case as a household member (caseId and personId). */
export type RegisterInvolvementInput = {
  /** Article of the covenant, statute, or consent */
  basisDetail: Scalars['String']['input'];
  basisKind: LegalBasisKind;
  /** The person's BSN (eleven-test); only its keyed hash is stored. Not with caseId/personId. */
  bsn?: InputMaybe<Scalars['String']['input']>;
  /** A case your organisation is on the team of; with personId, instead of a BSN (the person's stored BSN is used) */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** A desk and phone number partners may call; no e-mail address, no personal data */
  contactPoint: Scalars['String']['input'];
  /** Your own file reference; only your organisation sees it */
  ownReference?: InputMaybe<Scalars['String']['input']>;
  /** A household member of that case */
  personId?: InputMaybe<Scalars['ID']['input']>;
  validFrom: Scalars['LocalDate']['input'];
  validUntil?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type RemovePlanElementInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type RemovedPlanElement = {
  __typename?: 'RemovedPlanElement';
  id: Scalars['ID']['output'];
  plan: Plan;
  /** The element and, for a goal, its actions */
  removedIds: Array<Scalars['ID']['output']>;
};

/** Who made the new report (melding) to Veilig Thuis */
export type ReportSource =
  | 'ANONYMOUS'
  | 'CITIZEN'
  | 'HOUSEHOLD_MEMBER'
  | 'POLICE'
  | 'PROFESSIONAL';

/** Who reported; ANONYMOUS stores no reporter */
export type ReporterKind =
  | 'ANONYMOUS'
  | 'CITIZEN'
  | 'POLICE'
  | 'POLICE_YOUTH_CARE'
  | 'PROFESSIONAL';

export type ResolveMatchInput = {
  /** The candidate person record */
  candidatePersonId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  /** The person of the report (IntakePerson.id) */
  reportPersonId: Scalars['ID']['input'];
};

export type ReviewBreakGlassInput = {
  /** Required when FLAGGED */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** APPROVED or FLAGGED */
  decision: BreakGlassReviewStatus;
  grantId: Scalars['ID']['input'];
};

export type RiskChecklistItemNode = {
  __typename?: 'RiskChecklistItemNode';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
  weight: Scalars['Int']['output'];
};

/** The region's red-flag checklist: items and thresholds are data per region */
export type RiskChecklistNode = {
  __typename?: 'RiskChecklistNode';
  highFrom: Scalars['Int']['output'];
  items: Array<RiskChecklistItemNode>;
  region: Scalars['String']['output'];
  watchFrom: Scalars['Int']['output'];
};

/** The safety assessment (veiligheidsbeoordeling) with the triage instrument */
export type SafetyAssessmentNode = {
  __typename?: 'SafetyAssessmentNode';
  assessedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** false while it is a draft */
  complete: Scalars['Boolean']['output'];
  helpRefused?: Maybe<Scalars['Boolean']['output']>;
  helpStagnating?: Maybe<Scalars['Boolean']['output']>;
  intimateTerrorConclusion?: Maybe<IntimateTerrorConclusion>;
  intimateTerrorPerpetratorItems: Array<Scalars['String']['output']>;
  intimateTerrorVictimItems: Array<Scalars['String']['output']>;
  /** All three MDA++ criteria answered yes: "start MDA++ case" is offered */
  meetsMdaCriteria: Scalars['Boolean']['output'];
  multiProblem?: Maybe<Scalars['Boolean']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  problemAreas: Array<Scalars['String']['output']>;
  redFlags: Array<Scalars['String']['output']>;
  /** LOW, ELEVATED or HIGH against the region thresholds */
  riskLevel?: Maybe<Scalars['String']['output']>;
  riskScore?: Maybe<Scalars['Int']['output']>;
  structuralUnsafety?: Maybe<Scalars['Boolean']['output']>;
  unsafety?: Maybe<UnsafetyLevel>;
};

/** Part of the safety plan (veiligheidsplan) */
export type SafetyItemKind =
  | 'AGREEMENT'
  | 'SAFE_PLACE'
  | 'WARNING_SIGNALS'
  | 'WHO_TO_CALL';

/** Veiligheidsplan: who to call, the safe place (SECRET_LOCATION), warning signals, agreements */
export type SafetyPlanItem = {
  __typename?: 'SafetyPlanItem';
  /** The organisation that wrote the element */
  authorOrganisation?: Maybe<Organisation>;
  category: DataCategory;
  concerns?: Maybe<Array<Scalars['ID']['output']>>;
  id: Scalars['ID']['output'];
  kind: SafetyItemKind;
  lastChangedAt: Scalars['DateTimeISO']['output'];
  lastChangedBy: PlanChangeAuthor;
  /** Fields withheld from the viewer; they resolve to null. */
  redactedFields: Array<Scalars['String']['output']>;
  text?: Maybe<Scalars['String']['output']>;
  /** Send as expectedVersion when changing this element */
  version: Scalars['Int']['output'];
};

/** Safety score 0-10 by the family or the professionals (category PLAN). */
export type SafetyScore = {
  __typename?: 'SafetyScore';
  caseId: Scalars['ID']['output'];
  /** Only on recordSafetyScore: the escalation this score raised or joined. */
  escalationId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  recordedByOrganisation?: Maybe<Scalars['String']['output']>;
  score: Scalars['Int']['output'];
  scoredBy: SafetyScorer;
  scoredOn: Scalars['LocalDate']['output'];
};

/** Who gave the safety score: the family or the professionals */
export type SafetyScorer =
  | 'FAMILY'
  | 'PROFESSIONAL';

export type SaveAssessmentInput = {
  /** false: saved as a draft; true: the assessment is complete (every question answered) */
  complete: Scalars['Boolean']['input'];
  expectedVersion: Scalars['Int']['input'];
  /** MDA++ criterion 3: help refused */
  helpRefused?: InputMaybe<Scalars['Boolean']['input']>;
  /** MDA++ criterion 3: help stagnating or not fitting */
  helpStagnating?: InputMaybe<Scalars['Boolean']['input']>;
  intimateTerrorConclusion?: InputMaybe<IntimateTerrorConclusion>;
  /** Intimate terror screen, perpetrator items */
  intimateTerrorPerpetratorItems?: Array<Scalars['String']['input']>;
  /** Intimate terror screen, victim items */
  intimateTerrorVictimItems?: Array<Scalars['String']['input']>;
  /** MDA++ criterion 2: multi-problem (with problemAreas) */
  multiProblem?: InputMaybe<Scalars['Boolean']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Problem areas (PROBLEM_AREAS) */
  problemAreas?: Array<Scalars['String']['input']>;
  /** Red flags ticked on the region's checklist (optional) */
  redFlags?: Array<Scalars['String']['input']>;
  reportId: Scalars['ID']['input'];
  /** MDA++ criterion 1: structural unsafety shown */
  structuralUnsafety?: InputMaybe<Scalars['Boolean']['input']>;
  unsafety?: InputMaybe<UnsafetyLevel>;
};

export type SaveItemFormInput = {
  considerations?: InputMaybe<Scalars['String']['input']>;
  considerationsCategory?: InputMaybe<DataCategory>;
  expectedVersion: Scalars['Int']['input'];
  itemId: Scalars['ID']['input'];
  question?: InputMaybe<Scalars['String']['input']>;
  questionCategory?: InputMaybe<DataCategory>;
  safetyScore?: InputMaybe<Scalars['Int']['input']>;
};

export type ScreenIntakeReportInput = {
  /** Acute unsafety: a crisis report, the crisis team is notified at once */
  crisis: Scalars['Boolean']['input'];
  expectedVersion: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reportId: Scalars['ID']['input'];
};

/** What a search word was taken for: case reference, name, date of birth or BSN. */
export type SearchCriterion =
  | 'BSN'
  | 'DATE_OF_BIRTH'
  | 'NAME'
  | 'REFERENCE';

/** A household member that fits the search, with the identity fields the viewer may read on that case. */
export type SearchMember = {
  __typename?: 'SearchMember';
  /** IDENTITY */
  dateOfBirth?: Maybe<Scalars['LocalDate']['output']>;
  /** IDENTITY */
  firstName?: Maybe<Scalars['String']['output']>;
  /** IDENTITY */
  lastName?: Maybe<Scalars['String']['output']>;
  personId: Scalars['ID']['output'];
  /** Fields withheld from the viewer; they resolve to null. */
  redactedFields: Array<Scalars['String']['output']>;
  roles: Array<MemberRole>;
};

/** The second factor of the current session (docs/identity.md). */
export type SecondFactorStatus = {
  __typename?: 'SecondFactorStatus';
  /** This session confirmed a second factor. */
  confirmed: Scalars['Boolean']['output'];
  /** The user has an authenticator app enrolled. */
  enrolled: Scalars['Boolean']['output'];
  /** Required and not yet confirmed: what to do, in Dutch and English. */
  message?: Maybe<Scalars['String']['output']>;
  /** TOTP or IDENTITY_PROVIDER (asserted through amr/acr). */
  method?: Maybe<Scalars['String']['output']>;
  /** This session must confirm a second factor before HEALTH, CRIMINAL and SECRET_LOCATION data are shown. */
  required: Scalars['Boolean']['output'];
};

export type Session = {
  __typename?: 'Session';
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Bearer token for API clients; the web uses the httpOnly cookie instead. */
  token: Scalars['String']['output'];
  user: User;
};

export type SetPlanFirstMeetingInput = {
  caseId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  firstMeetingOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type SignOffDecision =
  | 'AGREE'
  | 'OBJECT';

export type SignOffPlanInput = {
  caseId: Scalars['ID']['input'];
  decision: SignOffDecision;
  /** Mandatory with OBJECT */
  reason?: InputMaybe<Scalars['String']['input']>;
  versionNumber: Scalars['Int']['input'];
};

export type StartPlanInput = {
  caseId: Scalars['ID']['input'];
  /** Date of the first MDO */
  firstMeetingOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Changes in one case as they are committed (entries, team, status), each checked and masked with the viewer's own permissions. A case outside the viewer's teams answers NOT_FOUND. */
  caseActivity: CaseActivity;
  /** The meeting again each time the chair moves or the status changes, read with the viewer's own permissions. */
  meetingLive: Meeting;
  /** My new notifications, as they are created. Notifications carry no personal data (case reference and organisation only). */
  notificationAdded: Notification;
};


export type SubscriptionCaseActivityArgs = {
  caseId: Scalars['ID']['input'];
};


export type SubscriptionMeetingLiveArgs = {
  meetingId: Scalars['ID']['input'];
};

export type TotpEnrolment = {
  __typename?: 'TotpEnrolment';
  /** otpauth:// URI (for a QR code). */
  otpauthUri: Scalars['String']['output'];
  /** Base32 secret, to type into an authenticator app. */
  secret: Scalars['String']['output'];
};

export type TransitionCaseInput = {
  caseId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  to: CaseStatus;
};

/** Triage: acute, structural or no unsafety */
export type UnsafetyLevel =
  | 'ACUTE'
  | 'NONE'
  | 'STRUCTURAL';

export type UpdateActionInput = {
  /** Set to an empty string to unassign */
  assigneeUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Mandatory when status becomes CANCELLED */
  cancellationReason?: InputMaybe<Scalars['String']['input']>;
  contraIndicationJustification?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  interventionKind?: InputMaybe<InterventionKind>;
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ActionStatus>;
};

export type UpdateCoerciveMeasureInput = {
  /** E.g. extending a restraining order (at most 28 days in total) */
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  responsibleOrganisationId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateGoalInput = {
  concerns?: InputMaybe<Array<Scalars['ID']['input']>>;
  contraIndicationJustification?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  interventionKind?: InputMaybe<InterventionKind>;
  lifeDomain?: InputMaybe<LifeDomain>;
  measurableEnd?: InputMaybe<Scalars['String']['input']>;
  phase?: InputMaybe<GoalPhase>;
};

export type UpdatePersonDetailsInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  caseId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  safeContact?: InputMaybe<Scalars['String']['input']>;
  shelterAddress?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePictureEntryInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  lifeDomain?: InputMaybe<LifeDomain>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSafetyPlanItemInput = {
  concerns?: InputMaybe<Array<Scalars['ID']['input']>>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  organisation: Organisation;
  /** Only on `me`: this session's permission rules, packed (CASL packRules, JSON), so the web hides what the API would refuse. */
  permissions?: Maybe<Scalars['String']['output']>;
  /** Purpose declared for the current session (only on `me`). */
  purpose?: Maybe<Purpose>;
  roles: Array<UserRole>;
};

export type UserRole =
  | 'ADMIN'
  | 'CASE_DIRECTOR'
  | 'COORDINATING_PRIVACY_OFFICER'
  | 'POLICY_OFFICER'
  | 'PRIVACY_OFFICER'
  | 'PROCESS_DIRECTOR'
  | 'PROFESSIONAL'
  | 'TEAM_LEAD';

/** Contact person for the family while the case waits for a case director. */
export type WaitingContact = {
  __typename?: 'WaitingContact';
  displayName: Scalars['String']['output'];
  /** Named for the wait (setWaitingListContact); false = the process director by default. */
  explicit: Scalars['Boolean']['output'];
  organisationName: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

/** A case on the waiting list (werkvoorraad): running, without an accepted case director. */
export type WaitingListItem = {
  __typename?: 'WaitingListItem';
  caseId: Scalars['ID']['output'];
  /** How the viewer reaches this case (the facts `me.permissions` decides with). */
  caseViewerAccess: Array<CaseAccess>;
  contact?: Maybe<WaitingContact>;
  /** Municipality code */
  municipality: Scalars['String']['output'];
  normWorkingDays: Scalars['Int']['output'];
  /** Waited longer than the norm: shown in red. */
  overNorm: Scalars['Boolean']['output'];
  pendingProposals: Array<PendingDirectorProposal>;
  profile: HouseholdProfile;
  reference: Scalars['String']['output'];
  status: CaseStatus;
  waitingSince: Scalars['DateTimeISO']['output'];
  /** Working days waited (Dutch working days, Europe/Amsterdam). */
  waitingWorkingDays: Scalars['Int']['output'];
};

export type UserMenu_UserFragment = { __typename?: 'User', id: string, displayName: string, roles: Array<UserRole>, organisation: { __typename?: 'Organisation', id: string, name: string, type: OrganisationType } } & { ' $fragmentName'?: 'UserMenu_UserFragment' };

export type ConfirmTotpEnrolmentMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConfirmTotpEnrolmentMutation = { __typename?: 'Mutation', confirmTotpEnrolment: { __typename?: 'SecondFactorStatus', confirmed: boolean } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: (
    { __typename?: 'User', id: string, permissions?: string | null }
    & { ' $fragmentRefs'?: { 'UserMenu_UserFragment': UserMenu_UserFragment } }
  ) | null };

export type IdentityProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityProvidersQuery = { __typename?: 'Query', identityProviders: Array<{ __typename?: 'IdentityProvider', organisationId: string, organisationName: string, startPath: string }> };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'Session', expiresAt: string, user: { __typename?: 'User', id: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type SecondFactorStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SecondFactorStatusQuery = { __typename?: 'Query', secondFactorStatus?: { __typename?: 'SecondFactorStatus', required: boolean, confirmed: boolean, method?: string | null, enrolled: boolean } | null };

export type StartTotpEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type StartTotpEnrolmentMutation = { __typename?: 'Mutation', startTotpEnrolment: { __typename?: 'TotpEnrolment', secret: string, otpauthUri: string } };

export type VerifySecondFactorMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type VerifySecondFactorMutation = { __typename?: 'Mutation', verifySecondFactor: { __typename?: 'SecondFactorStatus', confirmed: boolean } };

export type CaseEntriesSection_CaseFragment = { __typename?: 'Case', id: string, entries: Array<{ __typename?: 'CaseEntry', id: string, category: DataCategory, recordedAt: string, occurredOn?: string | null, title?: string | null, body?: string | null, concerns?: Array<string> | null, audience: Array<OrganisationType>, redactedFields: Array<string>, withheldReason?: string | null, authorOrganisation: { __typename?: 'Organisation', id: string, name: string, type: OrganisationType } }>, household: { __typename?: 'Household', id: string, members: Array<{ __typename?: 'HouseholdMember', id: string, person: { __typename?: 'Person', id: string, firstName?: string | null, lastName?: string | null, redactedFields: Array<string>, withheldReason?: string | null } }> } } & { ' $fragmentName'?: 'CaseEntriesSection_CaseFragment' };

export type CaseHeaderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseHeaderQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, reference: string, status: CaseStatus, profile: HouseholdProfile, safetyScores: Array<{ __typename?: 'SafetyScore', id: string, score: number, scoredBy: SafetyScorer, scoredOn: string }>, directorHistory: Array<{ __typename?: 'DirectorAssignment', id: string, kind: DirectorKind, status: DirectorAssignmentStatus, responsible: boolean, director: { __typename?: 'Colleague', id: string, displayName: string } }>, household: { __typename?: 'Household', id: string, members: Array<{ __typename?: 'HouseholdMember', id: string, roles: Array<MemberRole>, person: { __typename?: 'Person', id: string, dateOfBirth?: string | null, shelterAddress?: string | null, redactedFields: Array<string> } }> } }, plan?: { __typename?: 'Plan', id: string, status: PlanStatus, workingCopy: { __typename?: 'PlanContent', goals: Array<{ __typename?: 'PlanGoal', id: string, actions: Array<{ __typename?: 'PlanAction', id: string, dueOn?: string | null, status?: ActionStatus | null }> }>, measures: Array<{ __typename?: 'CoerciveMeasure', id: string, kind?: CoerciveMeasureKind | null, startsOn?: string | null, endsOn?: string | null }> } } | null };

export type CaseStatusSection_CaseFragment = { __typename?: 'Case', id: string, reference: string, status: CaseStatus, version: number, allowedTransitions: Array<CaseStatus> } & { ' $fragmentName'?: 'CaseStatusSection_CaseFragment' };

export type CaseSummary_CaseFragment = { __typename?: 'Case', id: string, reference: string, status: CaseStatus, profile: HouseholdProfile, openedAt: string, closedAt?: string | null, municipality: { __typename?: 'Municipality', code: string, name: string } } & { ' $fragmentName'?: 'CaseSummary_CaseFragment' };

export type CaseTable_CaseFragment = { __typename?: 'Case', id: string, reference: string, status: CaseStatus, profile: HouseholdProfile, openedAt: string, nextDeadline?: string | null, caseDirectors: Array<{ __typename?: 'Colleague', id: string, displayName: string }>, municipality: { __typename?: 'Municipality', code: string, name: string } } & { ' $fragmentName'?: 'CaseTable_CaseFragment' };

export type CaseTeamTable_CaseFragment = { __typename?: 'Case', id: string, team: Array<{ __typename?: 'CaseTeamMembership', id: string, purpose: string, validFrom: string, validUntil?: string | null, active: boolean, organisation: { __typename?: 'Organisation', id: string, name: string, type: OrganisationType }, legalBasis: { __typename?: 'LegalBasis', kind: LegalBasisKind, article?: string | null, consentDate?: string | null, statute?: string | null } }> } & { ' $fragmentName'?: 'CaseTeamTable_CaseFragment' };

export type HouseholdMemberList_HouseholdFragment = { __typename?: 'Household', id: string, members: Array<{ __typename?: 'HouseholdMember', id: string, roles: Array<MemberRole>, person: { __typename?: 'Person', id: string, firstName?: string | null, lastName?: string | null, dateOfBirth?: string | null, hasBsn?: boolean | null, address?: string | null, phone?: string | null, shelterAddress?: string | null, safeContact?: string | null, redactedFields: Array<string> } }> } & { ' $fragmentName'?: 'HouseholdMemberList_HouseholdFragment' };

export type RecordEntryForm_CaseFragment = { __typename?: 'Case', id: string, household: { __typename?: 'Household', id: string, members: Array<{ __typename?: 'HouseholdMember', id: string, roles: Array<MemberRole>, person: { __typename?: 'Person', id: string, firstName?: string | null, lastName?: string | null, redactedFields: Array<string> } }> } } & { ' $fragmentName'?: 'RecordEntryForm_CaseFragment' };

export type CaseActivitySubscriptionVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type CaseActivitySubscription = { __typename?: 'Subscription', caseActivity: { __typename?: 'CaseActivity', caseId: string, subjectType: string, subjectId: string, op: ChangeOp, at: string, byOrganisation?: { __typename?: 'Organisation', id: string, name: string, type: OrganisationType } | null } };

export type RecordCaseEntryMutationVariables = Exact<{
  input: RecordCaseEntryInput;
}>;


export type RecordCaseEntryMutation = { __typename?: 'Mutation', recordCaseEntry: { __typename?: 'CaseEntry', id: string, category: DataCategory, redactedFields: Array<string> } };

export type TransitionCaseMutationVariables = Exact<{
  input: TransitionCaseInput;
}>;


export type TransitionCaseMutation = { __typename?: 'Mutation', transitionCase: { __typename?: 'Case', id: string, status: CaseStatus, version: number, allowedTransitions: Array<CaseStatus>, closedAt?: string | null } };

export type CaseListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseFilter>;
  orderBy?: InputMaybe<CaseOrder>;
}>;


export type CaseListQuery = { __typename?: 'Query', cases: { __typename?: 'CaseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CaseEdge', cursor: string, node: (
        { __typename?: 'Case', id: string }
        & { ' $fragmentRefs'?: { 'CaseTable_CaseFragment': CaseTable_CaseFragment } }
      ) }> } };

export type CaseOverviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseOverviewQuery = { __typename?: 'Query', case: (
    { __typename?: 'Case', id: string, reference: string, viewerAccess: Array<CaseAccess>, household: (
      { __typename?: 'Household', id: string }
      & { ' $fragmentRefs'?: { 'HouseholdMemberList_HouseholdFragment': HouseholdMemberList_HouseholdFragment } }
    ) }
    & { ' $fragmentRefs'?: { 'CaseSummary_CaseFragment': CaseSummary_CaseFragment;'CaseTeamTable_CaseFragment': CaseTeamTable_CaseFragment;'CaseStatusSection_CaseFragment': CaseStatusSection_CaseFragment;'CaseEntriesSection_CaseFragment': CaseEntriesSection_CaseFragment;'RecordEntryForm_CaseFragment': RecordEntryForm_CaseFragment;'CaseReportHistory_CaseFragment': CaseReportHistory_CaseFragment;'CaseInvolvementSection_CaseFragment': CaseInvolvementSection_CaseFragment } }
  ) };

export type SearchCasesQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type SearchCasesQuery = { __typename?: 'Query', searchCases: { __typename?: 'CaseSearchResult', truncated: boolean, criteria: Array<SearchCriterion>, hits: Array<{ __typename?: 'CaseSearchHit', matchedOn: Array<SearchCriterion>, case: { __typename?: 'Case', id: string, reference: string, status: CaseStatus, profile: HouseholdProfile, municipality: { __typename?: 'Municipality', code: string, name: string } }, members: Array<{ __typename?: 'SearchMember', personId: string, firstName?: string | null, lastName?: string | null, dateOfBirth?: string | null, roles: Array<MemberRole>, redactedFields: Array<string> }> }> } };

export type CaseDirectionQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type CaseDirectionQuery = { __typename?: 'Query', caseDirection: Array<{ __typename?: 'DirectorAssignment', id: string, kind: DirectorKind, status: DirectorAssignmentStatus, responsible: boolean, version: number, replacesAssignmentId?: string | null, handoverNote?: string | null, hasHandoverNote: boolean, proposedAt: string, proposedBy?: string | null, acceptedAt?: string | null, endedAt?: string | null, endReason?: string | null, declinedAt?: string | null, declineReason?: string | null, director: { __typename?: 'Colleague', id: string, displayName: string, organisation: { __typename?: 'Organisation', id: string, name: string } } }> };

export type MyDirectorAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDirectorAssignmentsQuery = { __typename?: 'Query', myDirectorAssignments: Array<{ __typename?: 'DirectorAssignment', id: string, caseId: string, caseReference: string, kind: DirectorKind, status: DirectorAssignmentStatus, proposedAt: string }> };

export type DirectorCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectorCandidatesQuery = { __typename?: 'Query', workload: Array<{ __typename?: 'DirectorWorkload', userId: string, displayName: string, organisationId: string, organisationName: string, activeCases: number }> };

export type AcceptDirectorAssignmentMutationVariables = Exact<{
  input: AnswerDirectorAssignmentInput;
}>;


export type AcceptDirectorAssignmentMutation = { __typename?: 'Mutation', acceptDirectorAssignment: { __typename?: 'DirectorAssignment', id: string, status: DirectorAssignmentStatus, responsible: boolean, version: number } };

export type DeclineDirectorAssignmentMutationVariables = Exact<{
  input: AnswerDirectorAssignmentInput;
}>;


export type DeclineDirectorAssignmentMutation = { __typename?: 'Mutation', declineDirectorAssignment: { __typename?: 'DirectorAssignment', id: string, status: DirectorAssignmentStatus, declineReason?: string | null, version: number } };

export type EndDirectorAssignmentMutationVariables = Exact<{
  input: AnswerDirectorAssignmentInput;
}>;


export type EndDirectorAssignmentMutation = { __typename?: 'Mutation', endDirectorAssignment: { __typename?: 'DirectorAssignment', id: string, status: DirectorAssignmentStatus, responsible: boolean, endedAt?: string | null, endReason?: string | null, version: number } };

export type ProposeDirectorMutationVariables = Exact<{
  input: ProposeDirectorInput;
}>;


export type ProposeDirectorMutation = { __typename?: 'Mutation', proposeDirector: { __typename?: 'DirectorAssignment', id: string, status: DirectorAssignmentStatus, version: number } };

export type SetWaitingListContactMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  contactUserId: Scalars['ID']['input'];
}>;


export type SetWaitingListContactMutation = { __typename?: 'Mutation', setWaitingListContact: { __typename?: 'WaitingContact', userId: string, displayName: string, organisationName: string, explicit: boolean } };

export type WaitingListQueryVariables = Exact<{ [key: string]: never; }>;


export type WaitingListQuery = { __typename?: 'Query', waitingList: Array<{ __typename?: 'WaitingListItem', caseId: string, caseViewerAccess: Array<CaseAccess>, reference: string, profile: HouseholdProfile, municipality: string, waitingSince: string, waitingWorkingDays: number, normWorkingDays: number, overNorm: boolean, contact?: { __typename?: 'WaitingContact', userId: string, displayName: string, organisationName: string, explicit: boolean } | null, pendingProposals: Array<{ __typename?: 'PendingDirectorProposal', assignmentId: string, displayName: string, organisationName: string }> }> };

export type WorkloadQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkloadQuery = { __typename?: 'Query', workload: Array<{ __typename?: 'DirectorWorkload', userId: string, displayName: string, organisationName: string, activeCases: number, proposedCases: number, overdueActions: number, openEscalations: number, overdueEscalations: number, awaitingDecision: number }> };

export type CaseEscalationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseEscalationsQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, reference: string, viewerAccess: Array<CaseAccess>, escalations: Array<(
      { __typename?: 'Escalation', id: string }
      & { ' $fragmentRefs'?: { 'EscalationTable_EscalationFragment': EscalationTable_EscalationFragment } }
    )> } };

export type EscalationGrounds_EscalationFragment = { __typename?: 'Escalation', id: string, grounds: Array<{ __typename?: 'EscalationGround', at: string, reason: string }> } & { ' $fragmentName'?: 'EscalationGrounds_EscalationFragment' };

export type EscalationHistory_EscalationFragment = { __typename?: 'Escalation', id: string, caseReference: string, history: Array<{ __typename?: 'EscalationHistoryEntry', event: EscalationEvent, at: string, actor?: string | null, fromLevel?: number | null, toLevel: number, deadline?: string | null, note?: string | null }> } & { ' $fragmentName'?: 'EscalationHistory_EscalationFragment' };

export type EscalationTable_EscalationFragment = { __typename?: 'Escalation', id: string, caseId: string, caseReference: string, trigger: EscalationTrigger, level: number, deciderBody: string, decider?: string | null, deadline: string, overdue: boolean, status: EscalationStatus, mayDecide: boolean, raisedBy?: string | null } & { ' $fragmentName'?: 'EscalationTable_EscalationFragment' };

export type MyEscalationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEscalationsQuery = { __typename?: 'Query', myEscalations: Array<(
    { __typename?: 'Escalation', id: string }
    & { ' $fragmentRefs'?: { 'EscalationTable_EscalationFragment': EscalationTable_EscalationFragment } }
  )> };

export type DeEscalateMutationVariables = Exact<{
  input: CloseEscalationInput;
}>;


export type DeEscalateMutation = { __typename?: 'Mutation', deEscalate: (
    { __typename?: 'Escalation', id: string }
    & { ' $fragmentRefs'?: { 'EscalationPage_EscalationFragment': EscalationPage_EscalationFragment } }
  ) };

export type DecideEscalationMutationVariables = Exact<{
  input: CloseEscalationInput;
}>;


export type DecideEscalationMutation = { __typename?: 'Mutation', decideEscalation: (
    { __typename?: 'Escalation', id: string }
    & { ' $fragmentRefs'?: { 'EscalationPage_EscalationFragment': EscalationPage_EscalationFragment } }
  ) };

export type RaiseEscalationMutationVariables = Exact<{
  input: RaiseEscalationInput;
}>;


export type RaiseEscalationMutation = { __typename?: 'Mutation', raiseEscalation: { __typename?: 'Escalation', id: string, status: EscalationStatus, level: number, version: number } };

export type WithdrawEscalationMutationVariables = Exact<{
  input: CloseEscalationInput;
}>;


export type WithdrawEscalationMutation = { __typename?: 'Mutation', withdrawEscalation: (
    { __typename?: 'Escalation', id: string }
    & { ' $fragmentRefs'?: { 'EscalationPage_EscalationFragment': EscalationPage_EscalationFragment } }
  ) };

export type EscalationPage_EscalationFragment = (
  { __typename?: 'Escalation', id: string, caseId: string, caseViewerAccess: Array<CaseAccess>, caseReference: string, trigger: EscalationTrigger, reason: string, decisionAsked: string, raisedBy?: string | null, raisedById?: string | null, raisedByOrganisation?: string | null, raisedAt: string, level: number, deadline: string, overdue: boolean, deciderBody: string, decider?: string | null, status: EscalationStatus, decision?: string | null, closingReason?: string | null, closedAt?: string | null, mayDecide: boolean, version: number }
  & { ' $fragmentRefs'?: { 'EscalationHistory_EscalationFragment': EscalationHistory_EscalationFragment;'EscalationGrounds_EscalationFragment': EscalationGrounds_EscalationFragment } }
) & { ' $fragmentName'?: 'EscalationPage_EscalationFragment' };

export type EscalationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EscalationQuery = { __typename?: 'Query', escalation: (
    { __typename?: 'Escalation', id: string }
    & { ' $fragmentRefs'?: { 'EscalationPage_EscalationFragment': EscalationPage_EscalationFragment } }
  ) };

export type FiguresQueryVariables = Exact<{
  input: FiguresInput;
}>;


export type FiguresQuery = { __typename?: 'Query', figures: { __typename?: 'FigureTableNode', indicator: string, name: string, counts: string, granularity: string, normShare?: number | null, normLabel?: string | null, population: { __typename?: 'PopulationSourceNode', source: string, year: number }, columns: Array<{ __typename?: 'FigureColumnNode', key: string, label: string }>, periods: Array<{ __typename?: 'FigurePeriodNode', label: string, rows: Array<{ __typename?: 'FigureRowNode', municipality?: string | null, name: string, share?: number | null, meetsNorm?: boolean | null, cells: Array<{ __typename?: 'FigureCellNode', key: string, display: string, suppressed: boolean, per100k?: number | null }>, total?: { __typename?: 'FigureCellNode', display: string, suppressed: boolean, per100k?: number | null } | null }>, total: { __typename?: 'FigureRowNode', municipality?: string | null, name: string, share?: number | null, meetsNorm?: boolean | null, cells: Array<{ __typename?: 'FigureCellNode', key: string, count?: number | null, display: string, suppressed: boolean, per100k?: number | null }>, total?: { __typename?: 'FigureCellNode', count?: number | null, display: string, suppressed: boolean, per100k?: number | null } | null } }> } };

export type RiskChecklistQueryVariables = Exact<{
  municipality: Scalars['String']['input'];
}>;


export type RiskChecklistQuery = { __typename?: 'Query', riskChecklist: { __typename?: 'RiskChecklistNode', region: string, watchFrom: number, highFrom: number, items: Array<{ __typename?: 'RiskChecklistItemNode', code: string, label: string, weight: number }> } };

export type CaseReportHistory_CaseFragment = { __typename?: 'Case', id: string, reportCount: number, firstReportedAt?: string | null, reports: Array<{ __typename?: 'HouseholdReportSummaryNode', receivedAt: string, kind: IntakeKind, reporterKind: ReporterKind, cbsCategory: string, crisis?: boolean | null }> } & { ' $fragmentName'?: 'CaseReportHistory_CaseFragment' };

export type ConfirmMatchMutationVariables = Exact<{
  input: ResolveMatchInput;
}>;


export type ConfirmMatchMutation = { __typename?: 'Mutation', confirmMatch: { __typename?: 'IntakeReportNode', id: string, status: string, version: number, caseId?: string | null } };

export type DecideIntakeReportMutationVariables = Exact<{
  input: DecideIntakeReportInput;
}>;


export type DecideIntakeReportMutation = { __typename?: 'Mutation', decideIntakeReport: { __typename?: 'IntakeReportNode', id: string, status: string, version: number, caseId?: string | null } };

export type RecordIntakeReportMutationVariables = Exact<{
  input: RecordIntakeReportInput;
}>;


export type RecordIntakeReportMutation = { __typename?: 'Mutation', recordIntakeReport: { __typename?: 'IntakeReportNode', id: string, status: string, version: number, caseId?: string | null } };

export type RejectMatchMutationVariables = Exact<{
  input: ResolveMatchInput;
}>;


export type RejectMatchMutation = { __typename?: 'Mutation', rejectMatch: { __typename?: 'IntakeReportNode', id: string, status: string, version: number, caseId?: string | null } };

export type SaveAssessmentMutationVariables = Exact<{
  input: SaveAssessmentInput;
}>;


export type SaveAssessmentMutation = { __typename?: 'Mutation', saveAssessment: { __typename?: 'IntakeReportNode', id: string, status: string, version: number, caseId?: string | null } };

export type ScreenIntakeReportMutationVariables = Exact<{
  input: ScreenIntakeReportInput;
}>;


export type ScreenIntakeReportMutation = { __typename?: 'Mutation', screenIntakeReport: { __typename?: 'IntakeReportNode', id: string, status: string, version: number, caseId?: string | null } };

export type IntakeDeskQueryVariables = Exact<{ [key: string]: never; }>;


export type IntakeDeskQuery = { __typename?: 'Query', intakeDesk: Array<{ __typename?: 'IntakeReportNode', id: string, kind: IntakeKind, receivedAt: string, status: string, crisis?: boolean | null, cbsCategory: string, assessmentDueOn: string, assessmentOverdue: boolean, workingDaysLeft: number, screeningOverdue: boolean, persons: Array<{ __typename?: 'IntakePersonNode', id: string, firstName: string, lastName: string }> }> };

export type IntakeReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IntakeReportQuery = { __typename?: 'Query', intakeReport: { __typename?: 'IntakeReportNode', id: string, kind: IntakeKind, receivedAt: string, municipality: string, reporterKind: ReporterKind, reporterName?: string | null, reporterContact?: string | null, reporterAccount?: string | null, violenceNatures: Array<string>, injury: boolean, adviceTopic?: string | null, adviceGiven?: string | null, status: string, crisis?: boolean | null, assessmentDueOn: string, assessmentOverdue: boolean, cbsCategory: string, decision?: IntakeDecision | null, decisionReason?: string | null, caseId?: string | null, redactedFields: Array<string>, version: number, assessment: { __typename?: 'SafetyAssessmentNode', complete: boolean, unsafety?: UnsafetyLevel | null, structuralUnsafety?: boolean | null, multiProblem?: boolean | null, helpRefused?: boolean | null, helpStagnating?: boolean | null, problemAreas: Array<string>, intimateTerrorPerpetratorItems: Array<string>, intimateTerrorVictimItems: Array<string>, intimateTerrorConclusion?: IntimateTerrorConclusion | null, redFlags: Array<string>, riskScore?: number | null, riskLevel?: string | null, meetsMdaCriteria: boolean, note?: string | null }, persons: Array<{ __typename?: 'IntakePersonNode', id: string, personId: string, firstName: string, lastName: string, dateOfBirth?: string | null, hasBsn: boolean, roles: Array<MemberRole>, matchBasis: string, earlierReportCount: number, knownCases: Array<{ __typename?: 'KnownCaseNode', visible: boolean, caseId?: string | null, reference?: string | null, status: CaseStatus }>, candidates: Array<{ __typename?: 'MatchCandidateNode', personId: string, firstName: string, lastName: string, dateOfBirth?: string | null, hasBsn: boolean, reportCount: number, knownCases: Array<{ __typename?: 'KnownCaseNode', visible: boolean, caseId?: string | null, reference?: string | null, status: CaseStatus }> }> }> } };

export type CaseInvolvementSection_CaseFragment = { __typename?: 'Case', id: string, household: { __typename?: 'Household', id: string, members: Array<{ __typename?: 'HouseholdMember', person: { __typename?: 'Person', id: string, firstName?: string | null, lastName?: string | null, hasBsn?: boolean | null } }> }, involvements: Array<{ __typename?: 'InvolvementIndexEntryNode', personId: string, organisationName: string, organisationType: OrganisationType, contactPoint: string, validFrom: string, validUntil?: string | null }> } & { ' $fragmentName'?: 'CaseInvolvementSection_CaseFragment' };

export type EndInvolvementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EndInvolvementMutation = { __typename?: 'Mutation', endInvolvement: { __typename?: 'InvolvementNode', id: string, validUntil?: string | null } };

export type RegisterInvolvementMutationVariables = Exact<{
  input: RegisterInvolvementInput;
  fromCase: Scalars['Boolean']['input'];
}>;


export type RegisterInvolvementMutation = { __typename?: 'Mutation', registerInvolvement: { __typename?: 'InvolvementNode', id: string, alsoInvolved: Array<{ __typename?: 'AlsoInvolvedNode', organisationName: string, contactPoint: string }>, caseInvolvements?: Array<{ __typename?: 'InvolvementIndexEntryNode', personId: string, organisationName: string, organisationType: OrganisationType, contactPoint: string, validFrom: string, validUntil?: string | null }> | null } };

export type MyInvolvementsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInvolvementsQuery = { __typename?: 'Query', myInvolvements: Array<{ __typename?: 'InvolvementNode', id: string, ownReference?: string | null, contactPoint: string, validFrom: string, validUntil?: string | null, alsoInvolved: Array<{ __typename?: 'AlsoInvolvedNode', organisationName: string, contactPoint: string }> }> };

export type AgendaItem_ItemFragment = { __typename?: 'MeetingItem', id: string, position: number, kind: MeetingItemKind, visible: boolean, label: string, caseId?: string | null, caseReference?: string | null, caseViewerAccess: Array<CaseAccess>, title?: string | null, question?: string | null, questionCategory?: DataCategory | null, questionAuthorOrganisationIds: Array<string>, considerations?: string | null, considerationsCategory?: DataCategory | null, considerationsAuthorOrganisationIds: Array<string>, safetyScore?: number | null, version?: number | null, redactedFields: Array<string>, viewerCanContribute: boolean, participants: Array<{ __typename?: 'ItemParticipant', legalBasis: string, organisation: { __typename?: 'MeetingOrganisation', id: string, name: string } }>, contributions: Array<{ __typename?: 'MeetingContribution', id: string, kind: MeetingContributionKind, body?: string | null, redactedFields: Array<string>, organisation: { __typename?: 'MeetingOrganisation', id: string, name: string } }>, decisions: Array<{ __typename?: 'MeetingDecision', id: string, text?: string | null, planActionId?: string | null, planGoalId?: string | null, dueOn?: string | null, ownerOrganisation?: { __typename?: 'MeetingOrganisation', id: string, name: string } | null }> } & { ' $fragmentName'?: 'AgendaItem_ItemFragment' };

export type CaseMeetingHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseMeetingHistoryQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, meetingHistory: Array<(
      { __typename?: 'MeetingSummary', id: string }
      & { ' $fragmentRefs'?: { 'MeetingTable_MeetingFragment': MeetingTable_MeetingFragment } }
    )> } };

export type DecisionForm_PlanFragment = { __typename?: 'Plan', id: string, status: PlanStatus, version: number, workingCopy: { __typename?: 'PlanContent', goals: Array<{ __typename?: 'PlanGoal', id: string, description?: string | null, redactedFields: Array<string> }> } } & { ' $fragmentName'?: 'DecisionForm_PlanFragment' };

export type MeetingItemPlanQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type MeetingItemPlanQuery = { __typename?: 'Query', plan?: (
    { __typename?: 'Plan', id: string }
    & { ' $fragmentRefs'?: { 'DecisionForm_PlanFragment': DecisionForm_PlanFragment } }
  ) | null };

export type MeetingItemMembersQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type MeetingItemMembersQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, household: { __typename?: 'Household', id: string, members: Array<{ __typename?: 'HouseholdMember', id: string, person: { __typename?: 'Person', id: string, firstName?: string | null, lastName?: string | null, redactedFields: Array<string> } }> } } };

export type MeetingTable_MeetingFragment = { __typename?: 'MeetingSummary', id: string, seriesName: string, startsAt: string, place?: string | null, status: MeetingStatus, itemCount: number, viewerIsChair: boolean } & { ' $fragmentName'?: 'MeetingTable_MeetingFragment' };

export type AddItemContributionMutationVariables = Exact<{
  input: AddItemContributionInput;
}>;


export type AddItemContributionMutation = { __typename?: 'Mutation', addItemContribution: (
    { __typename?: 'Meeting', id: string }
    & { ' $fragmentRefs'?: { 'MeetingPage_MeetingFragment': MeetingPage_MeetingFragment } }
  ) };

export type AgreeMinutesMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type AgreeMinutesMutation = { __typename?: 'Mutation', agreeMinutes: (
    { __typename?: 'Meeting', id: string }
    & { ' $fragmentRefs'?: { 'MeetingPage_MeetingFragment': MeetingPage_MeetingFragment } }
  ) };

export type MarkMeetingHeldMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type MarkMeetingHeldMutation = { __typename?: 'Mutation', markMeetingHeld: (
    { __typename?: 'Meeting', id: string }
    & { ' $fragmentRefs'?: { 'MeetingPage_MeetingFragment': MeetingPage_MeetingFragment } }
  ) };

export type MeetingLiveSubscriptionVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type MeetingLiveSubscription = { __typename?: 'Subscription', meetingLive: (
    { __typename?: 'Meeting', id: string }
    & { ' $fragmentRefs'?: { 'MeetingPage_MeetingFragment': MeetingPage_MeetingFragment } }
  ) };

export type MoveToItemMutationVariables = Exact<{
  input: MoveToItemInput;
}>;


export type MoveToItemMutation = { __typename?: 'Mutation', moveToItem: (
    { __typename?: 'Meeting', id: string }
    & { ' $fragmentRefs'?: { 'MeetingPage_MeetingFragment': MeetingPage_MeetingFragment } }
  ) };

export type ProposePlanFromMeetingMutationVariables = Exact<{
  input: ProposePlanFromMeetingInput;
}>;


export type ProposePlanFromMeetingMutation = { __typename?: 'Mutation', proposePlanFromMeeting: (
    { __typename?: 'Meeting', id: string }
    & { ' $fragmentRefs'?: { 'MeetingPage_MeetingFragment': MeetingPage_MeetingFragment } }
  ) };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { __typename?: 'Mutation', recordAttendance: (
    { __typename?: 'Meeting', id: string }
    & { ' $fragmentRefs'?: { 'MeetingPage_MeetingFragment': MeetingPage_MeetingFragment } }
  ) };

export type RecordDecisionMutationVariables = Exact<{
  input: RecordDecisionInput;
}>;


export type RecordDecisionMutation = { __typename?: 'Mutation', recordDecision: (
    { __typename?: 'Meeting', id: string }
    & { ' $fragmentRefs'?: { 'MeetingPage_MeetingFragment': MeetingPage_MeetingFragment } }
  ) };

export type SaveItemFormMutationVariables = Exact<{
  input: SaveItemFormInput;
}>;


export type SaveItemFormMutation = { __typename?: 'Mutation', saveItemForm: (
    { __typename?: 'Meeting', id: string }
    & { ' $fragmentRefs'?: { 'MeetingPage_MeetingFragment': MeetingPage_MeetingFragment } }
  ) };

export type StartMeetingMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type StartMeetingMutation = { __typename?: 'Mutation', startMeeting: (
    { __typename?: 'Meeting', id: string }
    & { ' $fragmentRefs'?: { 'MeetingPage_MeetingFragment': MeetingPage_MeetingFragment } }
  ) };

export type MeetingPage_MeetingFragment = { __typename?: 'Meeting', id: string, startsAt: string, endsAt: string, place?: string | null, videoLink?: string | null, status: MeetingStatus, currentItemId?: string | null, version: number, series: { __typename?: 'MeetingSeries', id: string, name: string, rhythm: string, chairId: string, chairName?: string | null, members: Array<{ __typename?: 'MeetingOrganisation', id: string, name: string }> }, attendeeCandidates: Array<{ __typename?: 'MeetingPerson', id: string, name: string, organisationId: string }>, items: Array<(
    { __typename?: 'MeetingItem', id: string, kind: MeetingItemKind, label: string, visible: boolean, participants: Array<{ __typename?: 'ItemParticipant', organisation: { __typename?: 'MeetingOrganisation', id: string } }> }
    & { ' $fragmentRefs'?: { 'AgendaItem_ItemFragment': AgendaItem_ItemFragment } }
  )>, attendance: Array<{ __typename?: 'MeetingAttendance', id: string, itemId?: string | null, status: AttendanceStatus, userName?: string | null, organisation: { __typename?: 'MeetingOrganisation', id: string, name: string } }> } & { ' $fragmentName'?: 'MeetingPage_MeetingFragment' };

export type MeetingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingQuery = { __typename?: 'Query', meeting: (
    { __typename?: 'Meeting', id: string }
    & { ' $fragmentRefs'?: { 'MeetingPage_MeetingFragment': MeetingPage_MeetingFragment } }
  ) };

export type MyMeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMeetingsQuery = { __typename?: 'Query', myMeetings: Array<(
    { __typename?: 'MeetingSummary', id: string }
    & { ' $fragmentRefs'?: { 'MeetingTable_MeetingFragment': MeetingTable_MeetingFragment } }
  )> };

export type FailedMailTable_MailFragment = { __typename?: 'FailedMail', id: string, kind: string, recipientName: string, recipientOrganisation: string, recipientActive: boolean, attempts: number, lastError?: string | null, failedAt?: string | null } & { ' $fragmentName'?: 'FailedMailTable_MailFragment' };

export type NotificationList_NotificationFragment = { __typename?: 'Notification', id: string, kind: string, message: string, caseId?: string | null, escalationId?: string | null, createdAt: string, readAt?: string | null } & { ' $fragmentName'?: 'NotificationList_NotificationFragment' };

export type NotificationPreferences_PreferenceFragment = { __typename?: 'NotificationPreference', kind: string, delivery: NotificationDelivery, urgent: boolean } & { ' $fragmentName'?: 'NotificationPreferences_PreferenceFragment' };

export type FailedMailsQueryVariables = Exact<{ [key: string]: never; }>;


export type FailedMailsQuery = { __typename?: 'Query', failedMails: Array<(
    { __typename?: 'FailedMail' }
    & { ' $fragmentRefs'?: { 'FailedMailTable_MailFragment': FailedMailTable_MailFragment } }
  )> };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { __typename?: 'Query', myNotificationPreferences: Array<(
    { __typename?: 'NotificationPreference' }
    & { ' $fragmentRefs'?: { 'NotificationPreferences_PreferenceFragment': NotificationPreferences_PreferenceFragment } }
  )> };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { __typename?: 'Query', notifications: Array<(
    { __typename?: 'Notification', id: string, readAt?: string | null }
    & { ' $fragmentRefs'?: { 'NotificationList_NotificationFragment': NotificationList_NotificationFragment } }
  )> };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { __typename?: 'Subscription', notificationAdded: (
    { __typename?: 'Notification', id: string, readAt?: string | null }
    & { ' $fragmentRefs'?: { 'NotificationList_NotificationFragment': NotificationList_NotificationFragment } }
  ) };

export type RetryFailedMailMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryFailedMailMutation = { __typename?: 'Mutation', retryFailedMail: { __typename?: 'FailedMail', id: string, attempts: number } };

export type SetNotificationPreferenceMutationVariables = Exact<{
  kind: Scalars['String']['input'];
  delivery: NotificationDelivery;
}>;


export type SetNotificationPreferenceMutation = { __typename?: 'Mutation', setNotificationPreference: { __typename?: 'NotificationPreference', kind: string, delivery: NotificationDelivery, urgent: boolean } };

export type ActionHistoryQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type ActionHistoryQuery = { __typename?: 'Query', plan?: { __typename?: 'Plan', id: string, workingCopy: { __typename?: 'PlanContent', goals: Array<{ __typename?: 'PlanGoal', id: string, actions: Array<{ __typename?: 'PlanAction', id: string, version: number, history: Array<{ __typename?: 'PlanElementChange', change: string, changedAt: string, changedBy: { __typename?: 'PlanChangeAuthor', name?: string | null, organisation?: { __typename?: 'Organisation', name: string } | null }, fields: Array<{ __typename?: 'PlanFieldChange', field: string, from?: string | null, to?: string | null }> }> }> }> } } | null };

export type ActionRow_ActionFragment = { __typename?: 'PlanAction', id: string, version: number, description?: string | null, dueOn?: string | null, status?: ActionStatus | null, overdue: boolean, cancellationReason?: string | null, interventionKind?: InterventionKind | null, assigneeUserId?: string | null, assigneeName?: string | null, category: DataCategory, redactedFields: Array<string>, lastChangedAt: string, ownerOrganisation?: { __typename?: 'Organisation', id: string, name: string } | null, authorOrganisation?: { __typename?: 'Organisation', id: string, name: string } | null, lastChangedBy: { __typename?: 'PlanChangeAuthor', name?: string | null }, contraIndicationJustification?: { __typename?: 'ContraIndicationJustification', text: string } | null } & { ' $fragmentName'?: 'ActionRow_ActionFragment' };

export type AgreementSection_PlanFragment = { __typename?: 'Plan', id: string, caseId: string, status: PlanStatus, version: number, nextVersionNumber: number, agreedVersionNumber?: number | null, viewerCan: { __typename?: 'PlanPermissions', propose: boolean, signOff: boolean }, versions: Array<{ __typename?: 'PlanVersion', number: number, status: PlanVersionStatus, proposedAt: string, decidedAt?: string | null, proposedBy: { __typename?: 'PlanChangeAuthor', name?: string | null, organisation?: { __typename?: 'Organisation', name: string } | null }, pendingOrganisations: Array<{ __typename?: 'Organisation', id: string, name: string }>, signOffs: Array<{ __typename?: 'PlanSignOff', id: string, decision: SignOffDecision, reason?: string | null, signedAt: string, signedBy?: string | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }> }> } & { ' $fragmentName'?: 'AgreementSection_PlanFragment' };

export type PlanAssigneesQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
}>;


export type PlanAssigneesQuery = { __typename?: 'Query', planAssignees: Array<{ __typename?: 'PlanAssignee', id: string, displayName: string }> };

export type GoalCard_GoalFragment = { __typename?: 'PlanGoal', id: string, version: number, description?: string | null, measurableEnd?: string | null, phase?: GoalPhase | null, lifeDomain?: LifeDomain | null, concerns?: Array<string> | null, interventionKind?: InterventionKind | null, category: DataCategory, redactedFields: Array<string>, lastChangedAt: string, authorOrganisation?: { __typename?: 'Organisation', id: string, name: string } | null, lastChangedBy: { __typename?: 'PlanChangeAuthor', name?: string | null, organisation?: { __typename?: 'Organisation', name: string } | null }, contraIndicationJustification?: { __typename?: 'ContraIndicationJustification', text: string, recordedBy: { __typename?: 'PlanChangeAuthor', name?: string | null } } | null, actions: Array<(
    { __typename?: 'PlanAction', id: string, status?: ActionStatus | null, overdue: boolean, assigneeUserId?: string | null, ownerOrganisation?: { __typename?: 'Organisation', id: string } | null }
    & { ' $fragmentRefs'?: { 'ActionRow_ActionFragment': ActionRow_ActionFragment } }
  )> } & { ' $fragmentName'?: 'GoalCard_GoalFragment' };

export type MeasuresSection_MeasureFragment = { __typename?: 'CoerciveMeasure', id: string, version: number, kind?: CoerciveMeasureKind | null, startsOn?: string | null, endsOn?: string | null, note?: string | null, category: DataCategory, redactedFields: Array<string>, lastChangedAt: string, responsibleOrganisation?: { __typename?: 'Organisation', id: string, name: string } | null, clock?: { __typename?: 'MeasureClock', daysLeft?: number | null, endingSoon: boolean, expired: boolean, extendableUntil?: string | null } | null, authorOrganisation?: { __typename?: 'Organisation', id: string, name: string } | null, lastChangedBy: { __typename?: 'PlanChangeAuthor', name?: string | null } } & { ' $fragmentName'?: 'MeasuresSection_MeasureFragment' };

export type PhaseOverview_GoalFragment = { __typename?: 'PlanGoal', id: string, phase?: GoalPhase | null, actions: Array<{ __typename?: 'PlanAction', id: string, status?: ActionStatus | null, overdue: boolean }> } & { ' $fragmentName'?: 'PhaseOverview_GoalFragment' };

export type PictureSection_EntryFragment = { __typename?: 'PlanPictureEntry', id: string, version: number, lifeDomain: LifeDomain, text?: string | null, category: DataCategory, redactedFields: Array<string>, lastChangedAt: string, authorOrganisation?: { __typename?: 'Organisation', id: string, name: string } | null, lastChangedBy: { __typename?: 'PlanChangeAuthor', name?: string | null } } & { ' $fragmentName'?: 'PictureSection_EntryFragment' };

export type PlanNotes_NoteFragment = { __typename?: 'PlanNote', id: string, elementId: string, body?: string | null, audience: Array<OrganisationType>, category: DataCategory, createdAt: string, authorName?: string | null, redactedFields: Array<string>, authorOrganisation?: { __typename?: 'Organisation', id: string, name: string } | null } & { ' $fragmentName'?: 'PlanNotes_NoteFragment' };

export type SafetyPlanSection_ItemFragment = { __typename?: 'SafetyPlanItem', id: string, version: number, kind: SafetyItemKind, text?: string | null, concerns?: Array<string> | null, category: DataCategory, redactedFields: Array<string>, lastChangedAt: string, authorOrganisation?: { __typename?: 'Organisation', id: string, name: string } | null, lastChangedBy: { __typename?: 'PlanChangeAuthor', name?: string | null } } & { ' $fragmentName'?: 'SafetyPlanSection_ItemFragment' };

export type PlanVersionDiffQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
}>;


export type PlanVersionDiffQuery = { __typename?: 'Query', planVersionDiff: { __typename?: 'PlanDiff', from: number, to?: number | null, entries: Array<{ __typename?: 'PlanDiffEntry', elementId: string, kind: PlanElementKind, category: DataCategory, change: string, withheld: boolean, changedBy?: { __typename?: 'PlanChangeAuthor', name?: string | null, organisation?: { __typename?: 'Organisation', name: string } | null } | null, fields: Array<{ __typename?: 'PlanFieldChange', field: string, from?: string | null, to?: string | null }> }> } };

export type AddActionMutationVariables = Exact<{
  input: AddActionInput;
}>;


export type AddActionMutation = { __typename?: 'Mutation', addAction: { __typename?: 'PlanAction', id: string, version: number } };

export type AddCoerciveMeasureMutationVariables = Exact<{
  input: AddCoerciveMeasureInput;
}>;


export type AddCoerciveMeasureMutation = { __typename?: 'Mutation', addCoerciveMeasure: { __typename?: 'CoerciveMeasure', id: string, version: number } };

export type AddGoalMutationVariables = Exact<{
  input: AddGoalInput;
}>;


export type AddGoalMutation = { __typename?: 'Mutation', addGoal: { __typename?: 'PlanGoal', id: string, version: number } };

export type AddPictureEntryMutationVariables = Exact<{
  input: AddPictureEntryInput;
}>;


export type AddPictureEntryMutation = { __typename?: 'Mutation', addPictureEntry: { __typename?: 'PlanPictureEntry', id: string, version: number } };

export type AddPlanNoteMutationVariables = Exact<{
  input: AddPlanNoteInput;
}>;


export type AddPlanNoteMutation = { __typename?: 'Mutation', addPlanNote: { __typename?: 'PlanNote', id: string } };

export type AddSafetyPlanItemMutationVariables = Exact<{
  input: AddSafetyPlanItemInput;
}>;


export type AddSafetyPlanItemMutation = { __typename?: 'Mutation', addSafetyPlanItem: { __typename?: 'SafetyPlanItem', id: string, version: number } };

export type ProposePlanMutationVariables = Exact<{
  input: ProposePlanInput;
}>;


export type ProposePlanMutation = { __typename?: 'Mutation', proposePlan: { __typename?: 'Plan', id: string, status: PlanStatus, version: number } };

export type RemovePlanElementMutationVariables = Exact<{
  input: RemovePlanElementInput;
}>;


export type RemovePlanElementMutation = { __typename?: 'Mutation', removePlanElement: { __typename?: 'RemovedPlanElement', id: string, removedIds: Array<string> } };

export type SignOffPlanMutationVariables = Exact<{
  input: SignOffPlanInput;
}>;


export type SignOffPlanMutation = { __typename?: 'Mutation', signOffPlan: { __typename?: 'Plan', id: string, status: PlanStatus, version: number, agreedVersionNumber?: number | null } };

export type StartPlanMutationVariables = Exact<{
  input: StartPlanInput;
}>;


export type StartPlanMutation = { __typename?: 'Mutation', startPlan: { __typename?: 'Plan', id: string, status: PlanStatus, version: number } };

export type UpdateActionMutationVariables = Exact<{
  input: UpdateActionInput;
}>;


export type UpdateActionMutation = { __typename?: 'Mutation', updateAction: { __typename?: 'PlanAction', id: string, version: number, status?: ActionStatus | null, description?: string | null, dueOn?: string | null } };

export type UpdateCoerciveMeasureMutationVariables = Exact<{
  input: UpdateCoerciveMeasureInput;
}>;


export type UpdateCoerciveMeasureMutation = { __typename?: 'Mutation', updateCoerciveMeasure: { __typename?: 'CoerciveMeasure', id: string, version: number, endsOn?: string | null } };

export type UpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;


export type UpdateGoalMutation = { __typename?: 'Mutation', updateGoal: { __typename?: 'PlanGoal', id: string, version: number, description?: string | null, measurableEnd?: string | null, phase?: GoalPhase | null, lifeDomain?: LifeDomain | null } };

export type UpdatePictureEntryMutationVariables = Exact<{
  input: UpdatePictureEntryInput;
}>;


export type UpdatePictureEntryMutation = { __typename?: 'Mutation', updatePictureEntry: { __typename?: 'PlanPictureEntry', id: string, version: number, lifeDomain: LifeDomain, text?: string | null } };

export type UpdateSafetyPlanItemMutationVariables = Exact<{
  input: UpdateSafetyPlanItemInput;
}>;


export type UpdateSafetyPlanItemMutation = { __typename?: 'Mutation', updateSafetyPlanItem: { __typename?: 'SafetyPlanItem', id: string, version: number, text?: string | null, concerns?: Array<string> | null } };

export type PlanEditorQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type PlanEditorQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, reference: string, viewerAccess: Array<CaseAccess>, household: { __typename?: 'Household', id: string, members: Array<{ __typename?: 'HouseholdMember', id: string, person: { __typename?: 'Person', id: string, firstName?: string | null, lastName?: string | null, redactedFields: Array<string> } }> }, team: Array<{ __typename?: 'CaseTeamMembership', id: string, active: boolean, organisation: { __typename?: 'Organisation', id: string, name: string, type: OrganisationType } }> }, plan?: (
    { __typename?: 'Plan', id: string, status: PlanStatus, version: number, viewerCan: { __typename?: 'PlanPermissions', edit: boolean, justify: boolean }, workingCopy: { __typename?: 'PlanContent', picture: Array<(
        { __typename?: 'PlanPictureEntry', id: string }
        & { ' $fragmentRefs'?: { 'PictureSection_EntryFragment': PictureSection_EntryFragment } }
      )>, goals: Array<(
        { __typename?: 'PlanGoal', id: string }
        & { ' $fragmentRefs'?: { 'GoalCard_GoalFragment': GoalCard_GoalFragment;'PhaseOverview_GoalFragment': PhaseOverview_GoalFragment } }
      )>, safetyPlan: Array<(
        { __typename?: 'SafetyPlanItem', id: string }
        & { ' $fragmentRefs'?: { 'SafetyPlanSection_ItemFragment': SafetyPlanSection_ItemFragment } }
      )>, measures: Array<(
        { __typename?: 'CoerciveMeasure', id: string }
        & { ' $fragmentRefs'?: { 'MeasuresSection_MeasureFragment': MeasuresSection_MeasureFragment } }
      )> }, notes: Array<(
      { __typename?: 'PlanNote', id: string }
      & { ' $fragmentRefs'?: { 'PlanNotes_NoteFragment': PlanNotes_NoteFragment } }
    )> }
    & { ' $fragmentRefs'?: { 'AgreementSection_PlanFragment': AgreementSection_PlanFragment } }
  ) | null };

export type AccessLogTable_RecordFragment = { __typename?: 'AuditRecord', seq: string, occurredAt: string, actorName?: string | null, actorUserId: string, organisationType: string, organisationName?: string | null, roles: Array<string>, action: string, subjectType: string, caseReference?: string | null, fields: Array<string>, categories: Array<string>, purpose?: string | null, breakGlassGrantId?: string | null, outcome: string, reason?: string | null, dataSubjects: Array<{ __typename?: 'AuditDataSubject', id: string, name?: string | null }> } & { ' $fragmentName'?: 'AccessLogTable_RecordFragment' };

export type AuditLogUsersQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type AuditLogUsersQuery = { __typename?: 'Query', auditLogUsers: Array<{ __typename?: 'AuditLogUser', id: string, name: string, organisationName: string }> };

export type BreakGlassReviewTable_GrantFragment = { __typename?: 'BreakGlassGrant', id: string, caseReference: string, requestedBy: string, reason: string, grantedAt: string, expiresAt: string, reviewStatus: BreakGlassReviewStatus, reviewComment?: string | null, reviewedAt?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string, type: OrganisationType } } & { ' $fragmentName'?: 'BreakGlassReviewTable_GrantFragment' };

export type FindDataSubjectsQueryVariables = Exact<{
  input: DataSubjectSearchInput;
}>;


export type FindDataSubjectsQuery = { __typename?: 'Query', findDataSubjects: Array<{ __typename?: 'DataSubjectMatch', id: string, name: string, dateOfBirth?: string | null }> };

export type PendingErasureRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingErasureRequestsQuery = { __typename?: 'Query', pendingErasureRequests: Array<{ __typename?: 'ErasureRequest', id: string, personId: string, requestedById: string, requestedBy: string, requesterOrganisation: string, requestedAt: string, status: string, note?: string | null, caseReferences: Array<string>, affectedOrganisationIds: Array<string>, affectedOrganisations: Array<string> }> };

export type ApproveErasureMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
}>;


export type ApproveErasureMutation = { __typename?: 'Mutation', approveErasure: { __typename?: 'ErasureOutcome', outcome: string, basis: string, restrictedUntil?: string | null, requestId: string } };

export type CurrentPurposeQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentPurposeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, purpose?: Purpose | null } | null };

export type DataSubjectExportMutationVariables = Exact<{
  personId: Scalars['ID']['input'];
}>;


export type DataSubjectExportMutation = { __typename?: 'Mutation', dataSubjectExport: { __typename?: 'DataSubjectExport', generatedAt: string, document: string } };

export type DataSubjectExportLetterMutationVariables = Exact<{
  personId: Scalars['ID']['input'];
}>;


export type DataSubjectExportLetterMutation = { __typename?: 'Mutation', dataSubjectExportLetter: { __typename?: 'DataSubjectLetter', fileName: string, pdfBase64: string } };

export type DataSubjectByIdQueryVariables = Exact<{
  input: DataSubjectSearchInput;
}>;


export type DataSubjectByIdQuery = { __typename?: 'Query', findDataSubjects: Array<{ __typename?: 'DataSubjectMatch', id: string, name: string, dateOfBirth?: string | null }> };

export type RequestBreakGlassMutationVariables = Exact<{
  caseReference: Scalars['String']['input'];
  reason: Scalars['String']['input'];
}>;


export type RequestBreakGlassMutation = { __typename?: 'Mutation', requestBreakGlass: { __typename?: 'BreakGlassGrant', id: string, caseId: string, caseReference: string, grantedAt: string, expiresAt: string, reviewStatus: BreakGlassReviewStatus } };

export type RequestErasureMutationVariables = Exact<{
  personId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type RequestErasureMutation = { __typename?: 'Mutation', requestErasure: { __typename?: 'ErasureOutcome', outcome: string, basis: string, restrictedUntil?: string | null, requestId: string } };

export type ReviewBreakGlassMutationVariables = Exact<{
  input: ReviewBreakGlassInput;
}>;


export type ReviewBreakGlassMutation = { __typename?: 'Mutation', reviewBreakGlass: { __typename?: 'BreakGlassGrant', id: string, reviewStatus: BreakGlassReviewStatus, reviewComment?: string | null, reviewedAt?: string | null } };

export type SetPurposeMutationVariables = Exact<{
  purpose?: InputMaybe<Purpose>;
}>;


export type SetPurposeMutation = { __typename?: 'Mutation', setPurpose: { __typename?: 'User', id: string, purpose?: Purpose | null } };

export type WithdrawErasureMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
}>;


export type WithdrawErasureMutation = { __typename?: 'Mutation', withdrawErasure: { __typename?: 'ErasureRequest', id: string, status: string } };

export type AccessLogQueryVariables = Exact<{
  filter?: InputMaybe<AuditLogFilter>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccessLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditRecordPage', nextBefore?: string | null, records: Array<(
      { __typename?: 'AuditRecord', seq: string }
      & { ' $fragmentRefs'?: { 'AccessLogTable_RecordFragment': AccessLogTable_RecordFragment } }
    )> } };

export type AuditAnomaliesQueryVariables = Exact<{
  days: Scalars['Int']['input'];
}>;


export type AuditAnomaliesQuery = { __typename?: 'Query', auditAnomalies: Array<{ __typename?: 'AnomalySignal', kind: string, userId: string, userName?: string | null, organisationName?: string | null, count: number, firstAt: string, lastAt: string }> };

export type BreakGlassReviewsQueryVariables = Exact<{
  status?: InputMaybe<BreakGlassReviewStatus>;
}>;


export type BreakGlassReviewsQuery = { __typename?: 'Query', breakGlassReviews: Array<(
    { __typename?: 'BreakGlassGrant', id: string }
    & { ' $fragmentRefs'?: { 'BreakGlassReviewTable_GrantFragment': BreakGlassReviewTable_GrantFragment } }
  )> };

export type TodayActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TodayActionsQuery = { __typename?: 'Query', myPlanActions: Array<{ __typename?: 'MyPlanAction', id: string, caseId: string, caseReference: string, description: string, dueOn: string, status: ActionStatus, ownerOrganisation: string, reason: MyActionReason, workingDaysLate: number }> };

export type TodayEscalationsQueryVariables = Exact<{ [key: string]: never; }>;


export type TodayEscalationsQuery = { __typename?: 'Query', myEscalations: Array<{ __typename?: 'Escalation', id: string, caseReference: string, trigger: EscalationTrigger, level: number, deadline: string, overdue: boolean, status: EscalationStatus, mayDecide: boolean, decisionAsked: string, grounds: Array<{ __typename?: 'EscalationGround', at: string }> }> };

export type TodayProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type TodayProposalsQuery = { __typename?: 'Query', myDirectorAssignments: Array<{ __typename?: 'DirectorAssignment', id: string, caseId: string, caseReference: string, kind: DirectorKind, status: DirectorAssignmentStatus, proposedAt: string }> };

export type TodayNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type TodayNotificationsQuery = { __typename?: 'Query', notifications: Array<{ __typename?: 'Notification', id: string, kind: string, message: string, caseId?: string | null, escalationId?: string | null, createdAt: string, readAt?: string | null }> };

export const UserMenu_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserMenu_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<UserMenu_UserFragment, unknown>;
export const CaseEntriesSection_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseEntriesSection_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseEntriesSection_CaseFragment, unknown>;
export const CaseStatusSection_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseStatusSection_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]} as unknown as DocumentNode<CaseStatusSection_CaseFragment, unknown>;
export const CaseSummary_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummary_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CaseSummary_CaseFragment, unknown>;
export const CaseTable_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTable_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"caseDirectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CaseTable_CaseFragment, unknown>;
export const CaseTeamTable_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTeamTable_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"consentDate"}},{"kind":"Field","name":{"kind":"Name","value":"statute"}}]}}]}}]}}]} as unknown as DocumentNode<CaseTeamTable_CaseFragment, unknown>;
export const HouseholdMemberList_HouseholdFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdMemberList_household"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"hasBsn"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shelterAddress"}},{"kind":"Field","name":{"kind":"Name","value":"safeContact"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdMemberList_HouseholdFragment, unknown>;
export const RecordEntryForm_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordEntryForm_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordEntryForm_CaseFragment, unknown>;
export const EscalationTable_EscalationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationTable_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"deciderBody"}},{"kind":"Field","name":{"kind":"Name","value":"decider"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mayDecide"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}}]}}]} as unknown as DocumentNode<EscalationTable_EscalationFragment, unknown>;
export const EscalationHistory_EscalationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationHistory_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"fromLevel"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<EscalationHistory_EscalationFragment, unknown>;
export const EscalationGrounds_EscalationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationGrounds_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<EscalationGrounds_EscalationFragment, unknown>;
export const EscalationPage_EscalationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationPage_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionAsked"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedById"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deciderBody"}},{"kind":"Field","name":{"kind":"Name","value":"decider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayDecide"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationHistory_escalation"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationGrounds_escalation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationGrounds_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationHistory_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"fromLevel"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<EscalationPage_EscalationFragment, unknown>;
export const CaseReportHistory_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseReportHistory_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reporterKind"}},{"kind":"Field","name":{"kind":"Name","value":"cbsCategory"}},{"kind":"Field","name":{"kind":"Name","value":"crisis"}}]}}]}}]} as unknown as DocumentNode<CaseReportHistory_CaseFragment, unknown>;
export const CaseInvolvementSection_CaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseInvolvementSection_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"hasBsn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"involvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationType"}},{"kind":"Field","name":{"kind":"Name","value":"contactPoint"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<CaseInvolvementSection_CaseFragment, unknown>;
export const DecisionForm_PlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionForm_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"workingCopy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionForm_PlanFragment, unknown>;
export const MeetingTable_MeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingTable_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seriesName"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsChair"}}]}}]} as unknown as DocumentNode<MeetingTable_MeetingFragment, unknown>;
export const AgendaItem_ItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItem_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"questionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"questionAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"considerations"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsCategory"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"safetyScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanContribute"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"planActionId"}},{"kind":"Field","name":{"kind":"Name","value":"planGoalId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AgendaItem_ItemFragment, unknown>;
export const MeetingPage_MeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPage_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"videoLink"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rhythm"}},{"kind":"Field","name":{"kind":"Name","value":"chairId"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItem_item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItem_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"questionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"questionAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"considerations"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsCategory"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"safetyScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanContribute"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"planActionId"}},{"kind":"Field","name":{"kind":"Name","value":"planGoalId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingPage_MeetingFragment, unknown>;
export const FailedMailTable_MailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailedMailTable_mail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FailedMail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"recipientActive"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}}]}}]} as unknown as DocumentNode<FailedMailTable_MailFragment, unknown>;
export const NotificationList_NotificationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationList_notification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"escalationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationList_NotificationFragment, unknown>;
export const NotificationPreferences_PreferenceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferences_preference"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}}]}}]} as unknown as DocumentNode<NotificationPreferences_PreferenceFragment, unknown>;
export const AgreementSection_PlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementSection_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"agreedVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"propose"}},{"kind":"Field","name":{"kind":"Name","value":"signOff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementSection_PlanFragment, unknown>;
export const ActionRow_ActionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionRow_action"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"interventionKind"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contraIndicationJustification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<ActionRow_ActionFragment, unknown>;
export const GoalCard_GoalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalCard_goal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"measurableEnd"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"lifeDomain"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"interventionKind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contraIndicationJustification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionRow_action"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionRow_action"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"interventionKind"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contraIndicationJustification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<GoalCard_GoalFragment, unknown>;
export const MeasuresSection_MeasureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasuresSection_measure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoerciveMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"endingSoon"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"extendableUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeasuresSection_MeasureFragment, unknown>;
export const PhaseOverview_GoalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseOverview_goal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<PhaseOverview_GoalFragment, unknown>;
export const PictureSection_EntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PictureSection_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPictureEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifeDomain"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PictureSection_EntryFragment, unknown>;
export const PlanNotes_NoteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanNotes_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<PlanNotes_NoteFragment, unknown>;
export const SafetyPlanSection_ItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyPlanSection_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyPlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SafetyPlanSection_ItemFragment, unknown>;
export const AccessLogTable_RecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLogTable_record"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationType"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"breakGlassGrantId"}},{"kind":"Field","name":{"kind":"Name","value":"dataSubjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<AccessLogTable_RecordFragment, unknown>;
export const BreakGlassReviewTable_GrantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BreakGlassReviewTable_grant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BreakGlassGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]} as unknown as DocumentNode<BreakGlassReviewTable_GrantFragment, unknown>;
export const ConfirmTotpEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTotpEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTotpEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}}]}}]} as unknown as DocumentNode<ConfirmTotpEnrolmentMutation, ConfirmTotpEnrolmentMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserMenu_user"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserMenu_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const IdentityProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"startPath"}}]}}]}}]} as unknown as DocumentNode<IdentityProvidersQuery, IdentityProvidersQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const SecondFactorStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecondFactorStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secondFactorStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}}]}}]}}]} as unknown as DocumentNode<SecondFactorStatusQuery, SecondFactorStatusQueryVariables>;
export const StartTotpEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTotpEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTotpEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}}]}}]}}]} as unknown as DocumentNode<StartTotpEnrolmentMutation, StartTotpEnrolmentMutationVariables>;
export const VerifySecondFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifySecondFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifySecondFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}}]}}]} as unknown as DocumentNode<VerifySecondFactorMutation, VerifySecondFactorMutationVariables>;
export const CaseHeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"safetyScores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoredBy"}},{"kind":"Field","name":{"kind":"Name","value":"scoredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directorHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"director"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"shelterAddress"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workingCopy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseHeaderQuery, CaseHeaderQueryVariables>;
export const CaseActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CaseActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"byOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<CaseActivitySubscription, CaseActivitySubscriptionVariables>;
export const RecordCaseEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCaseEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCaseEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCaseEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<RecordCaseEntryMutation, RecordCaseEntryMutationVariables>;
export const TransitionCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<TransitionCaseMutation, TransitionCaseMutationVariables>;
export const CaseListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTable_case"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTable_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"caseDirectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CaseListQuery, CaseListQueryVariables>;
export const CaseOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"viewerAccess"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummary_case"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdMemberList_household"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseTeamTable_case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseStatusSection_case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseEntriesSection_case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordEntryForm_case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseReportHistory_case"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseInvolvementSection_case"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseEntriesSection_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"withheldReason"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseStatusSection_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummary_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseTeamTable_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"consentDate"}},{"kind":"Field","name":{"kind":"Name","value":"statute"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdMemberList_household"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"hasBsn"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"shelterAddress"}},{"kind":"Field","name":{"kind":"Name","value":"safeContact"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordEntryForm_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseReportHistory_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reporterKind"}},{"kind":"Field","name":{"kind":"Name","value":"cbsCategory"}},{"kind":"Field","name":{"kind":"Name","value":"crisis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseInvolvementSection_case"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"hasBsn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"involvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationType"}},{"kind":"Field","name":{"kind":"Name","value":"contactPoint"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<CaseOverviewQuery, CaseOverviewQueryVariables>;
export const SearchCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchCasesQuery, SearchCasesQueryVariables>;
export const CaseDirectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDirection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseDirection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"replacesAssignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"handoverNote"}},{"kind":"Field","name":{"kind":"Name","value":"hasHandoverNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"director"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseDirectionQuery, CaseDirectionQueryVariables>;
export const MyDirectorAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDirectorAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDirectorAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}}]}}]} as unknown as DocumentNode<MyDirectorAssignmentsQuery, MyDirectorAssignmentsQueryVariables>;
export const DirectorCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"activeCases"}}]}}]}}]} as unknown as DocumentNode<DirectorCandidatesQuery, DirectorCandidatesQueryVariables>;
export const AcceptDirectorAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptDirectorAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerDirectorAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDirectorAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AcceptDirectorAssignmentMutation, AcceptDirectorAssignmentMutationVariables>;
export const DeclineDirectorAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineDirectorAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerDirectorAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineDirectorAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DeclineDirectorAssignmentMutation, DeclineDirectorAssignmentMutationVariables>;
export const EndDirectorAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndDirectorAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerDirectorAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endDirectorAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EndDirectorAssignmentMutation, EndDirectorAssignmentMutationVariables>;
export const ProposeDirectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeDirector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeDirectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeDirector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ProposeDirectorMutation, ProposeDirectorMutationVariables>;
export const SetWaitingListContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWaitingListContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWaitingListContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactUserId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"explicit"}}]}}]}}]} as unknown as DocumentNode<SetWaitingListContactMutation, SetWaitingListContactMutationVariables>;
export const WaitingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WaitingList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitingList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"waitingWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"normWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"overNorm"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"explicit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}}]}}]}}]} as unknown as DocumentNode<WaitingListQuery, WaitingListQueryVariables>;
export const WorkloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"activeCases"}},{"kind":"Field","name":{"kind":"Name","value":"proposedCases"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}},{"kind":"Field","name":{"kind":"Name","value":"openEscalations"}},{"kind":"Field","name":{"kind":"Name","value":"overdueEscalations"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingDecision"}}]}}]}}]} as unknown as DocumentNode<WorkloadQuery, WorkloadQueryVariables>;
export const CaseEscalationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseEscalations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"viewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationTable_escalation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationTable_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"deciderBody"}},{"kind":"Field","name":{"kind":"Name","value":"decider"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mayDecide"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}}]}}]} as unknown as DocumentNode<CaseEscalationsQuery, CaseEscalationsQueryVariables>;
export const MyEscalationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEscalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEscalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationTable_escalation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationTable_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"deciderBody"}},{"kind":"Field","name":{"kind":"Name","value":"decider"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mayDecide"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}}]}}]} as unknown as DocumentNode<MyEscalationsQuery, MyEscalationsQueryVariables>;
export const DeEscalateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeEscalate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseEscalationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deEscalate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationPage_escalation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationGrounds_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationHistory_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"fromLevel"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationPage_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionAsked"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedById"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deciderBody"}},{"kind":"Field","name":{"kind":"Name","value":"decider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayDecide"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationHistory_escalation"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationGrounds_escalation"}}]}}]} as unknown as DocumentNode<DeEscalateMutation, DeEscalateMutationVariables>;
export const DecideEscalationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideEscalation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseEscalationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideEscalation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationPage_escalation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationGrounds_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationHistory_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"fromLevel"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationPage_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionAsked"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedById"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deciderBody"}},{"kind":"Field","name":{"kind":"Name","value":"decider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayDecide"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationHistory_escalation"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationGrounds_escalation"}}]}}]} as unknown as DocumentNode<DecideEscalationMutation, DecideEscalationMutationVariables>;
export const RaiseEscalationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseEscalation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseEscalationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseEscalation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RaiseEscalationMutation, RaiseEscalationMutationVariables>;
export const WithdrawEscalationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawEscalation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseEscalationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawEscalation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationPage_escalation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationGrounds_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationHistory_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"fromLevel"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationPage_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionAsked"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedById"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deciderBody"}},{"kind":"Field","name":{"kind":"Name","value":"decider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayDecide"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationHistory_escalation"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationGrounds_escalation"}}]}}]} as unknown as DocumentNode<WithdrawEscalationMutation, WithdrawEscalationMutationVariables>;
export const EscalationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Escalation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationPage_escalation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationGrounds_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationHistory_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"fromLevel"}},{"kind":"Field","name":{"kind":"Name","value":"toLevel"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationPage_escalation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escalation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionAsked"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedById"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"deciderBody"}},{"kind":"Field","name":{"kind":"Name","value":"decider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mayDecide"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationHistory_escalation"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationGrounds_escalation"}}]}}]} as unknown as DocumentNode<EscalationQuery, EscalationQueryVariables>;
export const FiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Figures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FiguresInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"normShare"}},{"kind":"Field","name":{"kind":"Name","value":"normLabel"}},{"kind":"Field","name":{"kind":"Name","value":"population"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"meetsNorm"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"per100k"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"per100k"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"meetsNorm"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"per100k"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"per100k"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FiguresQuery, FiguresQueryVariables>;
export const RiskChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskChecklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"watchFrom"}},{"kind":"Field","name":{"kind":"Name","value":"highFrom"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]} as unknown as DocumentNode<RiskChecklistQuery, RiskChecklistQueryVariables>;
export const ConfirmMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}}]} as unknown as DocumentNode<ConfirmMatchMutation, ConfirmMatchMutationVariables>;
export const DecideIntakeReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideIntakeReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideIntakeReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideIntakeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}}]} as unknown as DocumentNode<DecideIntakeReportMutation, DecideIntakeReportMutationVariables>;
export const RecordIntakeReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIntakeReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIntakeReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIntakeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}}]} as unknown as DocumentNode<RecordIntakeReportMutation, RecordIntakeReportMutationVariables>;
export const RejectMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}}]} as unknown as DocumentNode<RejectMatchMutation, RejectMatchMutationVariables>;
export const SaveAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}}]} as unknown as DocumentNode<SaveAssessmentMutation, SaveAssessmentMutationVariables>;
export const ScreenIntakeReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScreenIntakeReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScreenIntakeReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screenIntakeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}}]} as unknown as DocumentNode<ScreenIntakeReportMutation, ScreenIntakeReportMutationVariables>;
export const IntakeDeskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeDesk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeDesk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"crisis"}},{"kind":"Field","name":{"kind":"Name","value":"cbsCategory"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"screeningOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<IntakeDeskQuery, IntakeDeskQueryVariables>;
export const IntakeReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intakeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"reporterKind"}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterContact"}},{"kind":"Field","name":{"kind":"Name","value":"reporterAccount"}},{"kind":"Field","name":{"kind":"Name","value":"violenceNatures"}},{"kind":"Field","name":{"kind":"Name","value":"injury"}},{"kind":"Field","name":{"kind":"Name","value":"adviceTopic"}},{"kind":"Field","name":{"kind":"Name","value":"adviceGiven"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"crisis"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"cbsCategory"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"unsafety"}},{"kind":"Field","name":{"kind":"Name","value":"structuralUnsafety"}},{"kind":"Field","name":{"kind":"Name","value":"multiProblem"}},{"kind":"Field","name":{"kind":"Name","value":"helpRefused"}},{"kind":"Field","name":{"kind":"Name","value":"helpStagnating"}},{"kind":"Field","name":{"kind":"Name","value":"problemAreas"}},{"kind":"Field","name":{"kind":"Name","value":"intimateTerrorPerpetratorItems"}},{"kind":"Field","name":{"kind":"Name","value":"intimateTerrorVictimItems"}},{"kind":"Field","name":{"kind":"Name","value":"intimateTerrorConclusion"}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"meetsMdaCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"hasBsn"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"matchBasis"}},{"kind":"Field","name":{"kind":"Name","value":"earlierReportCount"}},{"kind":"Field","name":{"kind":"Name","value":"knownCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"hasBsn"}},{"kind":"Field","name":{"kind":"Name","value":"reportCount"}},{"kind":"Field","name":{"kind":"Name","value":"knownCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntakeReportQuery, IntakeReportQueryVariables>;
export const EndInvolvementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndInvolvement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endInvolvement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<EndInvolvementMutation, EndInvolvementMutationVariables>;
export const RegisterInvolvementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterInvolvement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInvolvementInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromCase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerInvolvement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alsoInvolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseInvolvements"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromCase"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationType"}},{"kind":"Field","name":{"kind":"Name","value":"contactPoint"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterInvolvementMutation, RegisterInvolvementMutationVariables>;
export const MyInvolvementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInvolvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInvolvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownReference"}},{"kind":"Field","name":{"kind":"Name","value":"contactPoint"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"alsoInvolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPoint"}}]}}]}}]}}]} as unknown as DocumentNode<MyInvolvementsQuery, MyInvolvementsQueryVariables>;
export const CaseMeetingHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseMeetingHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingTable_meeting"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingTable_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seriesName"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsChair"}}]}}]} as unknown as DocumentNode<CaseMeetingHistoryQuery, CaseMeetingHistoryQueryVariables>;
export const MeetingItemPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingItemPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionForm_plan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionForm_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"workingCopy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingItemPlanQuery, MeetingItemPlanQueryVariables>;
export const MeetingItemMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingItemMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingItemMembersQuery, MeetingItemMembersQueryVariables>;
export const AddItemContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddItemContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddItemContributionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addItemContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPage_meeting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItem_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"questionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"questionAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"considerations"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsCategory"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"safetyScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanContribute"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"planActionId"}},{"kind":"Field","name":{"kind":"Name","value":"planGoalId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPage_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"videoLink"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rhythm"}},{"kind":"Field","name":{"kind":"Name","value":"chairId"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItem_item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddItemContributionMutation, AddItemContributionMutationVariables>;
export const AgreeMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreeMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreeMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPage_meeting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItem_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"questionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"questionAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"considerations"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsCategory"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"safetyScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanContribute"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"planActionId"}},{"kind":"Field","name":{"kind":"Name","value":"planGoalId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPage_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"videoLink"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rhythm"}},{"kind":"Field","name":{"kind":"Name","value":"chairId"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItem_item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AgreeMinutesMutation, AgreeMinutesMutationVariables>;
export const MarkMeetingHeldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkMeetingHeld"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markMeetingHeld"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPage_meeting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItem_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"questionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"questionAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"considerations"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsCategory"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"safetyScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanContribute"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"planActionId"}},{"kind":"Field","name":{"kind":"Name","value":"planGoalId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPage_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"videoLink"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rhythm"}},{"kind":"Field","name":{"kind":"Name","value":"chairId"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItem_item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MarkMeetingHeldMutation, MarkMeetingHeldMutationVariables>;
export const MeetingLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MeetingLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingLive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPage_meeting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItem_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"questionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"questionAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"considerations"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsCategory"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"safetyScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanContribute"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"planActionId"}},{"kind":"Field","name":{"kind":"Name","value":"planGoalId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPage_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"videoLink"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rhythm"}},{"kind":"Field","name":{"kind":"Name","value":"chairId"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItem_item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingLiveSubscription, MeetingLiveSubscriptionVariables>;
export const MoveToItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveToItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveToItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveToItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPage_meeting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItem_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"questionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"questionAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"considerations"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsCategory"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"safetyScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanContribute"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"planActionId"}},{"kind":"Field","name":{"kind":"Name","value":"planGoalId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPage_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"videoLink"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rhythm"}},{"kind":"Field","name":{"kind":"Name","value":"chairId"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItem_item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MoveToItemMutation, MoveToItemMutationVariables>;
export const ProposePlanFromMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposePlanFromMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposePlanFromMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposePlanFromMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPage_meeting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItem_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"questionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"questionAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"considerations"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsCategory"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"safetyScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanContribute"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"planActionId"}},{"kind":"Field","name":{"kind":"Name","value":"planGoalId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPage_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"videoLink"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rhythm"}},{"kind":"Field","name":{"kind":"Name","value":"chairId"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItem_item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProposePlanFromMeetingMutation, ProposePlanFromMeetingMutationVariables>;
export const RecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPage_meeting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItem_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"questionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"questionAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"considerations"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsCategory"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"safetyScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanContribute"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"planActionId"}},{"kind":"Field","name":{"kind":"Name","value":"planGoalId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPage_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"videoLink"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rhythm"}},{"kind":"Field","name":{"kind":"Name","value":"chairId"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItem_item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const RecordDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPage_meeting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItem_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"questionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"questionAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"considerations"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsCategory"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"safetyScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanContribute"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"planActionId"}},{"kind":"Field","name":{"kind":"Name","value":"planGoalId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPage_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"videoLink"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rhythm"}},{"kind":"Field","name":{"kind":"Name","value":"chairId"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItem_item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecordDecisionMutation, RecordDecisionMutationVariables>;
export const SaveItemFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveItemForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveItemFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveItemForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPage_meeting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItem_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"questionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"questionAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"considerations"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsCategory"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"safetyScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanContribute"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"planActionId"}},{"kind":"Field","name":{"kind":"Name","value":"planGoalId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPage_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"videoLink"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rhythm"}},{"kind":"Field","name":{"kind":"Name","value":"chairId"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItem_item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SaveItemFormMutation, SaveItemFormMutationVariables>;
export const StartMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPage_meeting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItem_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"questionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"questionAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"considerations"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsCategory"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"safetyScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanContribute"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"planActionId"}},{"kind":"Field","name":{"kind":"Name","value":"planGoalId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPage_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"videoLink"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rhythm"}},{"kind":"Field","name":{"kind":"Name","value":"chairId"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItem_item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StartMeetingMutation, StartMeetingMutationVariables>;
export const MeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Meeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPage_meeting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItem_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"caseViewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"questionCategory"}},{"kind":"Field","name":{"kind":"Name","value":"questionAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"considerations"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsCategory"}},{"kind":"Field","name":{"kind":"Name","value":"considerationsAuthorOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"safetyScore"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanContribute"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"planActionId"}},{"kind":"Field","name":{"kind":"Name","value":"planGoalId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPage_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"videoLink"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentItemId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rhythm"}},{"kind":"Field","name":{"kind":"Name","value":"chairId"}},{"kind":"Field","name":{"kind":"Name","value":"chairName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItem_item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingQuery, MeetingQueryVariables>;
export const MyMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingTable_meeting"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingTable_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seriesName"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsChair"}}]}}]} as unknown as DocumentNode<MyMeetingsQuery, MyMeetingsQueryVariables>;
export const FailedMailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FailedMails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedMails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FailedMailTable_mail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FailedMailTable_mail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FailedMail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"recipientActive"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}}]}}]} as unknown as DocumentNode<FailedMailsQuery, FailedMailsQueryVariables>;
export const NotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationPreferences_preference"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferences_preference"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationList_notification"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationList_notification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"escalationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationList_notification"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationList_notification"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"escalationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const RetryFailedMailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryFailedMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryFailedMail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]} as unknown as DocumentNode<RetryFailedMailMutation, RetryFailedMailMutationVariables>;
export const SetNotificationPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"delivery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}}]}}]}}]} as unknown as DocumentNode<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const ActionHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workingCopy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActionHistoryQuery, ActionHistoryQueryVariables>;
export const PlanAssigneesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanAssignees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planAssignees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<PlanAssigneesQuery, PlanAssigneesQueryVariables>;
export const PlanVersionDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanVersionDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planVersionDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanVersionDiffQuery, PlanVersionDiffQueryVariables>;
export const AddActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddActionMutation, AddActionMutationVariables>;
export const AddCoerciveMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCoerciveMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCoerciveMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCoerciveMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddCoerciveMeasureMutation, AddCoerciveMeasureMutationVariables>;
export const AddGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddGoalMutation, AddGoalMutationVariables>;
export const AddPictureEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPictureEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPictureEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPictureEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddPictureEntryMutation, AddPictureEntryMutationVariables>;
export const AddPlanNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPlanNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddPlanNoteMutation, AddPlanNoteMutationVariables>;
export const AddSafetyPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSafetyPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSafetyPlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSafetyPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddSafetyPlanItemMutation, AddSafetyPlanItemMutationVariables>;
export const ProposePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ProposePlanMutation, ProposePlanMutationVariables>;
export const RemovePlanElementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePlanElement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemovePlanElementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePlanElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"removedIds"}}]}}]}}]} as unknown as DocumentNode<RemovePlanElementMutation, RemovePlanElementMutationVariables>;
export const SignOffPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agreedVersionNumber"}}]}}]}}]} as unknown as DocumentNode<SignOffPlanMutation, SignOffPlanMutationVariables>;
export const StartPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StartPlanMutation, StartPlanMutationVariables>;
export const UpdateActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]} as unknown as DocumentNode<UpdateActionMutation, UpdateActionMutationVariables>;
export const UpdateCoerciveMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCoerciveMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCoerciveMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCoerciveMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<UpdateCoerciveMeasureMutation, UpdateCoerciveMeasureMutationVariables>;
export const UpdateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"measurableEnd"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"lifeDomain"}}]}}]}}]} as unknown as DocumentNode<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const UpdatePictureEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePictureEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePictureEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePictureEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifeDomain"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<UpdatePictureEntryMutation, UpdatePictureEntryMutationVariables>;
export const UpdateSafetyPlanItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSafetyPlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSafetyPlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSafetyPlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}}]}}]}}]} as unknown as DocumentNode<UpdateSafetyPlanItemMutation, UpdateSafetyPlanItemMutationVariables>;
export const PlanEditorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanEditor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"viewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"justify"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingCopy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"picture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PictureSection_entry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GoalCard_goal"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhaseOverview_goal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyPlanSection_item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasuresSection_measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanNotes_note"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementSection_plan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionRow_action"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"interventionKind"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contraIndicationJustification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementSection_plan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"agreedVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"propose"}},{"kind":"Field","name":{"kind":"Name","value":"signOff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signOffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GoalCard_goal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"measurableEnd"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"lifeDomain"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"interventionKind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contraIndicationJustification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUserId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionRow_action"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasuresSection_measure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoerciveMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"endingSoon"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"extendableUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhaseOverview_goal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PictureSection_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanPictureEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lifeDomain"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanNotes_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyPlanSection_item"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyPlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlanEditorQuery, PlanEditorQueryVariables>;
export const AuditLogUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}}]}}]} as unknown as DocumentNode<AuditLogUsersQuery, AuditLogUsersQueryVariables>;
export const FindDataSubjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindDataSubjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DataSubjectSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findDataSubjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}}]}}]}}]} as unknown as DocumentNode<FindDataSubjectsQuery, FindDataSubjectsQueryVariables>;
export const PendingErasureRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingErasureRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingErasureRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"requestedById"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requesterOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"caseReferences"}},{"kind":"Field","name":{"kind":"Name","value":"affectedOrganisationIds"}},{"kind":"Field","name":{"kind":"Name","value":"affectedOrganisations"}}]}}]}}]} as unknown as DocumentNode<PendingErasureRequestsQuery, PendingErasureRequestsQueryVariables>;
export const ApproveErasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveErasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveErasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<ApproveErasureMutation, ApproveErasureMutationVariables>;
export const CurrentPurposeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentPurpose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]} as unknown as DocumentNode<CurrentPurposeQuery, CurrentPurposeQueryVariables>;
export const DataSubjectExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DataSubjectExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSubjectExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}}]}}]} as unknown as DocumentNode<DataSubjectExportMutation, DataSubjectExportMutationVariables>;
export const DataSubjectExportLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DataSubjectExportLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSubjectExportLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"pdfBase64"}}]}}]}}]} as unknown as DocumentNode<DataSubjectExportLetterMutation, DataSubjectExportLetterMutationVariables>;
export const DataSubjectByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataSubjectById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DataSubjectSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findDataSubjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}}]}}]}}]} as unknown as DocumentNode<DataSubjectByIdQuery, DataSubjectByIdQueryVariables>;
export const RequestBreakGlassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestBreakGlass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseReference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestBreakGlass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseReference"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}}]}}]}}]} as unknown as DocumentNode<RequestBreakGlassMutation, RequestBreakGlassMutationVariables>;
export const RequestErasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestErasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestErasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]} as unknown as DocumentNode<RequestErasureMutation, RequestErasureMutationVariables>;
export const ReviewBreakGlassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewBreakGlass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewBreakGlassInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewBreakGlass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]} as unknown as DocumentNode<ReviewBreakGlassMutation, ReviewBreakGlassMutationVariables>;
export const SetPurposeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPurpose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPurpose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]} as unknown as DocumentNode<SetPurposeMutation, SetPurposeMutationVariables>;
export const WithdrawErasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawErasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawErasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawErasureMutation, WithdrawErasureMutationVariables>;
export const AccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextBefore"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessLogTable_record"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessLogTable_record"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationType"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"breakGlassGrantId"}},{"kind":"Field","name":{"kind":"Name","value":"dataSubjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<AccessLogQuery, AccessLogQueryVariables>;
export const AuditAnomaliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditAnomalies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditAnomalies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"firstAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}}]}}]}}]} as unknown as DocumentNode<AuditAnomaliesQuery, AuditAnomaliesQueryVariables>;
export const BreakGlassReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BreakGlassReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BreakGlassReviewStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakGlassReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BreakGlassReviewTable_grant"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BreakGlassReviewTable_grant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BreakGlassGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]} as unknown as DocumentNode<BreakGlassReviewsQuery, BreakGlassReviewsQueryVariables>;
export const TodayActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodayActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPlanActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}}]}}]}}]} as unknown as DocumentNode<TodayActionsQuery, TodayActionsQueryVariables>;
export const TodayEscalationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodayEscalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEscalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mayDecide"}},{"kind":"Field","name":{"kind":"Name","value":"decisionAsked"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<TodayEscalationsQuery, TodayEscalationsQueryVariables>;
export const TodayProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodayProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDirectorAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}}]}}]} as unknown as DocumentNode<TodayProposalsQuery, TodayProposalsQueryVariables>;
export const TodayNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodayNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"escalationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<TodayNotificationsQuery, TodayNotificationsQueryVariables>;