import type { AbilityBuilder } from '@casl/ability';
import { asSubject, type Actor, type AppAbility, type TaggedSubject } from './ability.js';
import { reachedVia } from './case-access.js';
import { categoriesNotWiderThan, DATA_CATEGORIES, type DataCategory } from './categories.js';

/**
 * The multidisciplinary meeting (MDO, docs/meetings.md). Deny unless a rule below allows.
 *
 * Subjects and the fields their conditions look at:
 * - MeetingSeries, Meeting { chairId, memberOrganisationIds }: a table (e.g. "ZVH casustafel")
 *   with its chair (a process director) and standing member organisations.
 * - MeetingItem { caseId | null, kind: 'CASE' | 'GENERAL', chairId, memberOrganisationIds }: an
 *   agenda item. Its content (the MDO form, decisions) is read only by an organisation on the
 *   case's team (or the accepted case director); a member organisation that is not sees only
 *   that the item exists. A general item is heard by every member organisation.
 * - MeetingAttendance { chairId, organisationId, mayHear }: marking an organisation present at
 *   the meeting or at one item. `mayHear` is true only when the organisation is on the case's
 *   active team (a case item) or a standing member (the meeting, a general item): an
 *   organisation present at an item it may not hear is refused by the system.
 * - MeetingItem, action `recategorise` { soleAuthorOrganisationId, category, newCategory }: giving
 *   an existing text of the item's MDO form (question, considerations) another data category. The organisation that alone wrote
 *   the text chooses its category freely (within what it may record); any other organisation that
 *   may edit the text, and anyone once several organisations wrote it, may keep or narrow its
 *   category, never widen it (`widensAudience`, categories.ts): one partner cannot disclose another
 *   partner's criminal data to the whole table. `soleAuthorOrganisationId` is null for a shared text.
 *
 * Actions: `create` (a series by a process director; an agenda item by the chair, a case only
 * when the chair reaches it as team or director; a case by its accepted case director),
 * `read`, `contribute` (fill in the MDO form of an item),
 * `decide` (record a decision), `run` (start, move to the next item, mark held, agree the
 * minutes: the chair only), `attend`, `recategorise` (a text of an item: its data category).
 */
export const MEETING_SUBJECTS = ['MeetingSeries', 'Meeting', 'MeetingItem', 'MeetingAttendance'] as const;

export function addMeetingRules(can: AbilityBuilder<AppAbility>['can'], actor: Actor): void {
  const chair = { chairId: actor.userId };
  const member = { memberOrganisationIds: { $all: [actor.organisationId] } };
  if (actor.roles.includes('PROCESS_DIRECTOR')) can('create', 'MeetingSeries');

  can('read', 'MeetingSeries', chair);
  can('read', 'MeetingSeries', member);
  can('read', 'Meeting', chair);
  can('read', 'Meeting', member);
  can('create', 'Meeting', chair);
  can('run', 'Meeting', chair);

  // The agenda: a general item by the chair; a case by the chair or by the case's accepted case
  // director, and only a case they reach as its team or its director (never another team's case).
  can('create', 'MeetingItem', { kind: 'GENERAL', ...chair });
  can('create', 'MeetingItem', { kind: 'CASE', ...chair, ...reachedVia('TEAM', 'DIRECTOR') });
  can('create', 'MeetingItem', { kind: 'CASE', ...member, ...reachedVia('DIRECTOR') });

  // Content of an item: the case team (and the case director); a general item: the table.
  const hearsCase = { kind: 'CASE', ...reachedVia('TEAM', 'DIRECTOR') };
  can('read', 'MeetingItem', hearsCase);
  can('read', 'MeetingItem', { kind: 'GENERAL', ...member });
  can('read', 'MeetingItem', { kind: 'GENERAL', ...chair });
  // The form is filled in by the organisations on the team (never under break-the-glass).
  can('contribute', 'MeetingItem', { kind: 'CASE', ...reachedVia('TEAM') });
  can('contribute', 'MeetingItem', { kind: 'GENERAL', ...member });
  // Decisions are recorded by the chair or the case director, on items they hear.
  can('decide', 'MeetingItem', { ...hearsCase, ...chair });
  can('decide', 'MeetingItem', { kind: 'CASE', ...reachedVia('DIRECTOR') });

  // Presence: the chair records it for any organisation, an organisation for itself; both only
  // where the organisation may hear (mayHear is decided by the case team, never by the actor).
  can('attend', 'MeetingAttendance', { ...chair, mayHear: true });
  can('attend', 'MeetingAttendance', { organisationId: actor.organisationId, mayHear: true });

  // A text's category: its sole author organisation chooses; anyone else only keeps or narrows it.
  // (Whether the category may be recorded at all is the case-entry write policy, checked beside this.)
  can('recategorise', 'MeetingItem', { soleAuthorOrganisationId: actor.organisationId });
  for (const category of DATA_CATEGORIES)
    can('recategorise', 'MeetingItem', { category, newCategory: { $in: categoriesNotWiderThan(category) } });
}

/**
 * The subject of `recategorise`, built alike by the API and the web: an existing MDO text written
 * by `authorOrganisationIds`, now of category `category`, to be given `newCategory`.
 */
export function meetingTextSubject(
  authorOrganisationIds: readonly string[],
  category: DataCategory,
  newCategory: DataCategory,
): TaggedSubject {
  return asSubject('MeetingItem', {
    id: 'mdo-text',
    soleAuthorOrganisationId: authorOrganisationIds.length === 1 ? authorOrganisationIds[0]! : null,
    category,
    newCategory,
  });
}
