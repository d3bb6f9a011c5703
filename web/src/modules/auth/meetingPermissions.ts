import { type AppAbility, asSubject, type DataCategory } from '@mda/authz';
import { recordableCategories } from './permissions';

/*
 * The MDO in the web (docs/meetings.md), decided with the session's packed rules exactly as the
 * API decides (packages/authz/src/meeting-rules.ts). A case item's rules speak of how the viewer
 * reaches its case: the web learns that from `MeetingItem.caseViewerAccess` (caseAccess.ts); an
 * item it may not hear carries no case and no facts, so every case-bound rule denies.
 */

/** The table a meeting belongs to, as the rules look at it. */
export interface MeetingTable {
  id: string;
  chairId: string;
  memberOrganisationIds: readonly string[];
}

/** An agenda item as the rules look at it. */
export interface MeetingItemRef {
  id: string;
  kind: string;
  caseId?: string | null | undefined;
}

const tableFields = (m: MeetingTable) => ({ chairId: m.chairId, memberOrganisationIds: [...m.memberOrganisationIds] });

const itemSubject = (m: MeetingTable, item: MeetingItemRef) =>
  asSubject('MeetingItem', { id: item.id, kind: item.kind, caseId: item.caseId ?? null, ...tableFields(m) });

/** Runs the meeting (start, next item, mark held, agree the minutes): the chair. */
export function mayRunMeeting(ability: AppAbility, m: MeetingTable): boolean {
  return ability.can('run', asSubject('Meeting', { id: m.id, ...tableFields(m) }));
}

/**
 * Records the presence of this organisation at the meeting (a standing member, so it may hear
 * it): the chair for any organisation, an organisation for itself.
 */
export function mayRecordAttendance(ability: AppAbility, m: MeetingTable, organisationId: string): boolean {
  return ability.can(
    'attend',
    asSubject('MeetingAttendance', { id: '', chairId: m.chairId, organisationId, mayHear: true }),
  );
}

/** Fills in the MDO form of this item (question, considerations, its picture, a dissent): the case team. */
export function mayContributeToItem(ability: AppAbility, m: MeetingTable, item: MeetingItemRef): boolean {
  return ability.can('contribute', itemSubject(m, item));
}

/** Records a decision on this item (and with it a plan action): the chair or the case director, on items they hear. */
export function mayDecideOnItem(ability: AppAbility, m: MeetingTable, item: MeetingItemRef): boolean {
  return ability.can('decide', itemSubject(m, item));
}

/**
 * The data categories this organisation may give an MDO text (question, considerations, picture,
 * dissent) on this item: those of `candidates` it may record on the item's case, as for a case
 * entry (the API's rule, meeting-write.checks.ts); on a general item only PLAN.
 */
export function meetingTextCategories(
  ability: AppAbility,
  caseId: string | null | undefined,
  candidates: readonly DataCategory[],
): DataCategory[] {
  if (!caseId) return candidates.filter((c) => c === 'PLAN');
  return recordableCategories(ability, caseId, candidates);
}
