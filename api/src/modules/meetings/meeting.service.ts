import { MEETING_LABEL } from './meeting-read.service.js';

/*
 * Writing the MDO (docs/meetings.md): the agenda, attendance, the MDO form, decisions that
 * become plan actions (through the plan service, in the same transaction), running the
 * meeting and agreeing the minutes. Rules come from packages/authz (meeting-rules.ts); every
 * change is audited in its own transaction; bad input names every problem and stores nothing.
 */
// The write services live in meeting-series, meeting-agenda, meeting-item and meeting-running
// (.service.ts); this file keeps every name importable from its old path.
export { createMeetingSeries, planMeeting } from './meeting-series.service.js';
export { addAgendaItem, recordAttendance } from './meeting-agenda.service.js';
export { saveItemForm, addItemContribution, recordDecision } from './meeting-item.service.js';
export { proposePlanFromMeeting } from './meeting-plan.service.js';
export { startMeeting, moveToItem, markMeetingHeld, agreeMinutes } from './meeting-running.service.js';

export { MEETING_LABEL };
