import { CombinedGraphQLErrors } from '@apollo/client';

/**
 * A save from a stale version: the API answers CONFLICT with the element's current version
 * and its current state as this viewer may see it (`extensions.currentVersion`, `extensions.current`).
 */
export interface PlanConflict {
  currentVersion: number;
  /** Current field values, as JSON-like values; withheld fields are named in `redactedFields`. */
  current: Record<string, unknown>;
  redactedFields: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The conflict carried by a failed save, or null when the error is something else. */
export function planConflict(error: unknown): PlanConflict | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const graphQLError of error.errors) {
    const extensions = graphQLError.extensions ?? {};
    if (extensions['code'] !== 'CONFLICT') continue;
    const currentVersion = extensions['currentVersion'];
    const current = extensions['current'];
    if (typeof currentVersion !== 'number' || !isRecord(current)) continue;
    const fields = isRecord(current['fields']) ? current['fields'] : {};
    const redacted = Array.isArray(current['redactedFields'])
      ? current['redactedFields'].filter((f): f is string => typeof f === 'string')
      : [];
    return { currentVersion, current: fields, redactedFields: redacted };
  }
  return null;
}

/** A form's values: every field as the text the user typed or chose. */
export type FormValues = Record<string, string>;

/** One field of the side-by-side view: what the user wrote and what is stored now. */
export interface ConflictField {
  field: string;
  mine: string;
  /** null when the current value is withheld from this viewer. */
  current: string | null;
  differs: boolean;
}

/** The current value of a field as form text (lists joined, absent as empty). */
export function currentText(conflict: PlanConflict, field: string): string | null {
  if (conflict.redactedFields.includes(field)) return null;
  const value = conflict.current[field];
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}

/** Yours next to the current one, field by field. */
export function compareWithCurrent(
  mine: FormValues,
  conflict: PlanConflict,
  fields: readonly string[],
): ConflictField[] {
  return fields.map((field) => {
    const current = currentText(conflict, field);
    const own = mine[field] ?? '';
    return { field, mine: own, current, differs: current === null || current.trim() !== own.trim() };
  });
}

export type ConflictChoice = 'mine' | 'current' | 'merge';

/**
 * What the form holds after a choice, and the version to send next:
 * - `mine`: your values over the current version (re-submitted with the new version);
 * - `current`: the stored values (your text stays visible beside the form, to copy from);
 * - `merge`: free-text fields hold the current text followed by yours, so nothing is lost
 *   and you edit the result; choice fields keep yours. Withheld values cannot be merged:
 *   your value stays.
 */
export function resolveConflict(
  choice: ConflictChoice,
  mine: FormValues,
  conflict: PlanConflict,
  fields: readonly string[],
  textFields: readonly string[],
): { values: FormValues; expectedVersion: number } {
  const values: FormValues = { ...mine };
  for (const field of fields) {
    const current = currentText(conflict, field);
    const own = mine[field] ?? '';
    if (choice === 'mine' || current === null) continue;
    if (choice === 'current') values[field] = current;
    else if (textFields.includes(field) && current.trim() !== own.trim()) {
      values[field] = [current.trim(), own.trim()].filter((text) => text !== '').join('\n');
    } else if (!textFields.includes(field) && own === '') values[field] = current;
  }
  return { values, expectedVersion: conflict.currentVersion };
}
