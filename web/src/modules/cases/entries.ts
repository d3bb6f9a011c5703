import { needsPurpose } from '@mda/authz';
import type { DataCategory, OrganisationType, Purpose } from '@mda/graphql';

/** AVG art. 9 and 10 (the purpose rule lives in packages/authz: `needsPurpose`). */
export { PURPOSE_BOUND_CATEGORIES } from '@mda/authz';

/** Categories of shared information (entries); the others are fields of a person. */
export const ENTRY_CATEGORIES: readonly DataCategory[] = [
  'PLAN',
  'CHILD_PROTECTION',
  'HEALTH',
  'CRIMINAL',
  'RESTRICTED_NOTE',
];

export interface EntryRedaction {
  category: DataCategory;
  redactedFields: readonly string[];
}

/**
 * Whether to suggest declaring a purpose: some health or criminal content is withheld
 * and no purpose is declared. With a purpose, what is still withheld is withheld by the
 * organisation's rights, and a purpose would not change it.
 */
export function needsPurposeHint(entries: readonly EntryRedaction[], purpose: Purpose | null | undefined): boolean {
  return entries.some((entry) => needsPurpose(entry.category, purpose) && entry.redactedFields.length > 0);
}

/** Every partner organisation type: who a restricted note may be shared with. */
export const ORGANISATION_TYPES: readonly OrganisationType[] = [
  'POLICE',
  'PROSECUTION',
  'PROBATION',
  'CHILD_PROTECTION_BOARD',
  'YOUTH_PROTECTION',
  'LOCAL_TEAM',
  'SAFE_HOME',
  'CENTRE',
  'SAFETY_HOUSE',
  'CARE',
  'MUNICIPALITY',
];

/** Fields of an entry that carry its content; the rest is visible to the whole team. */
export const ENTRY_CONTENT_FIELDS = ['title', 'body'] as const;

export interface EntryDraft {
  category: DataCategory;
  title: string;
  body: string;
  concerns: readonly string[];
  audience: readonly OrganisationType[];
}

export interface EntryProblems {
  title?: 'required';
  body?: 'required';
  concerns?: 'required';
  audience?: 'required';
}

/** What the form can tell before sending; the API checks everything again. */
export function entryProblems(draft: EntryDraft): EntryProblems {
  const problems: EntryProblems = {};
  if (draft.title.trim() === '') problems.title = 'required';
  if (draft.body.trim() === '') problems.body = 'required';
  // The API wants every entry tied to at least one household member.
  if (draft.concerns.length === 0) problems.concerns = 'required';
  if (draft.category === 'RESTRICTED_NOTE' && draft.audience.length === 0) problems.audience = 'required';
  return problems;
}

/** Newest first, by when the entry was recorded. */
export function newestFirst<T extends { recordedAt: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
}
