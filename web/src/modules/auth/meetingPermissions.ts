import { type AppAbility, asSubject, type DataCategory, meetingTextSubject } from '@mda/authz';
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

/**
 * The categories offered for one MDO text (question or considerations): for a new text (no writers
 * yet) every category of `allowed` (meetingTextCategories); for an existing one its own category
 * plus those of `allowed` the rules let this organisation give it: any for the text's sole author,
 * only a category that does not widen its audience for anyone else (meeting-rules.ts `recategorise`,
 * the API's rule). `narrowOnly` says that some of `allowed` were left out for that reason.
 */
export function meetingTextCategoryChoices(
  ability: AppAbility,
  authorOrganisationIds: readonly string[],
  current: DataCategory,
  allowed: readonly DataCategory[],
): { options: DataCategory[]; narrowOnly: boolean } {
  if (authorOrganisationIds.length === 0)
    return { options: allowed.includes(current) ? [...allowed] : [current, ...allowed], narrowOnly: false };
  const permitted = allowed.filter(
    (c) => c === current || ability.can('recategorise', meetingTextSubject(authorOrganisationIds, current, c)),
  );
  return {
    options: permitted.includes(current) ? permitted : [current, ...permitted],
    narrowOnly: allowed.some((c) => !permitted.includes(c)),
  };
}
