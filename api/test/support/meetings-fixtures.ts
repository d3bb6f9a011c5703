// Shared by api/test/meetings.int.test.ts and meetings-decisions.int.test.ts: the personas, the
// meeting GraphQL documents, the meeting view and the active-membership condition.

import { activeMembershipSql } from './nl-today.js';

export const CHAIR = 'procesregisseur.veiligthuis@demo.mda.test';
export const POLICE = 'politie@demo.mda.test';
export const CARE = 'ggz@demo.mda.test';
export const DECISION = 'politie: rapport over het contactverbod vóór vrijdag';

export const MEETING_FIELDS = `id status currentItemId version heldAt minutesAgreedAt viewerCan { run addItem }
  series { id name chairId members { id type } }
  items { id position kind visible label caseId caseReference title question questionCategory considerations safetyScore version redactedFields
    viewerCanContribute viewerCanDecide
    participants { organisation { id type } legalBasisKind legalBasis }
    contributions { kind category body redactedFields organisation { type } }
    decisions { id text planActionId ownerOrganisation { id type } dueOn notifiedAt } }
  attendance { itemId organisation { id } status }`;
export const MEETING = `query ($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`;
export const MY_MEETINGS = '{ myMeetings { id seriesName startsAt place status itemCount viewerIsChair } }';
export const CREATE_SERIES = 'mutation ($i: CreateMeetingSeriesInput!) { createMeetingSeries(input: $i) { id name } }';
export const PLAN_MEETING = `mutation ($i: PlanMeetingInput!) { planMeeting(input: $i) { ${MEETING_FIELDS} } }`;
export const ADD_ITEM = `mutation ($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { ${MEETING_FIELDS} } }`;
export const ATTEND = `mutation ($i: RecordAttendanceInput!) { recordAttendance(input: $i) { ${MEETING_FIELDS} } }`;
export const FORM = `mutation ($i: SaveItemFormInput!) { saveItemForm(input: $i) { ${MEETING_FIELDS} } }`;
export const CONTRIBUTE = `mutation ($i: AddItemContributionInput!) { addItemContribution(input: $i) { ${MEETING_FIELDS} } }`;
export const DECIDE = `mutation ($i: RecordDecisionInput!) { recordDecision(input: $i) { ${MEETING_FIELDS} } }`;
export const START = `mutation ($id: ID!) { startMeeting(meetingId: $id) { ${MEETING_FIELDS} } }`;
export const NEXT = `mutation ($i: MoveToItemInput!) { moveToItem(input: $i) { ${MEETING_FIELDS} } }`;
export const HELD = `mutation ($id: ID!) { markMeetingHeld(meetingId: $id) { ${MEETING_FIELDS} } }`;
export const AGREE = `mutation ($id: ID!) { agreeMinutes(meetingId: $id) { ${MEETING_FIELDS} } }`;
export const HISTORY = 'query ($id: ID!) { case(id: $id) { id meetingHistory { id seriesName status } } }';

export interface ItemView {
  id: string;
  position: number;
  visible: boolean;
  label: string;
  caseId: string | null;
  caseReference: string | null;
  question: string | null;
  questionCategory: string;
  considerations: string | null;
  safetyScore: number | null;
  version: number | null;
  redactedFields: string[];
  viewerCanContribute: boolean;
  participants: { organisation: { id: string; type: string }; legalBasisKind: string; legalBasis: string }[];
  contributions: {
    kind: string;
    category: string;
    body: string | null;
    redactedFields: string[];
    organisation: { type: string };
  }[];
  decisions: {
    id: string;
    text: string | null;
    planActionId: string | null;
    ownerOrganisation: { id: string; type: string } | null;
    dueOn: string | null;
    notifiedAt: string | null;
  }[];
}
export interface MeetingView {
  id: string;
  status: string;
  currentItemId: string | null;
  viewerCan: { run: boolean; addItem: boolean };
  items: ItemView[];
  attendance: { itemId: string | null; organisation: { id: string }; status: string }[];
}

export const ACTIVE = activeMembershipSql();
