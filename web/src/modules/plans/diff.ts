import type { DataCategory, PlanElementKind } from '@mda/graphql';

/** A diff entry as `planVersionDiff` returns it. */
export interface PlanDiffEntryInput {
  elementId: string;
  kind: PlanElementKind;
  category: DataCategory;
  change: string;
  withheld: boolean;
  changedBy?: { name?: string | null; organisation?: { name: string } | null } | null;
  fields: readonly { field: string; from?: string | null; to?: string | null }[];
}

export type DiffChange = 'ADDED' | 'CHANGED' | 'REMOVED';

export interface DiffRow {
  elementId: string;
  kind: PlanElementKind;
  category: DataCategory;
  change: DiffChange;
  withheld: boolean;
  /** "Name (Organisation)", or the organisation alone, or null when unknown. */
  by: string | null;
  fields: { field: string; from: string | null; to: string | null }[];
}

const CHANGE_ORDER: Record<DiffChange, number> = { ADDED: 0, CHANGED: 1, REMOVED: 2 };
const KIND_ORDER: Record<PlanElementKind, number> = { PICTURE: 0, GOAL: 1, ACTION: 2, SAFETY_ITEM: 3, MEASURE: 4 };

function isChange(value: string): value is DiffChange {
  return value === 'ADDED' || value === 'CHANGED' || value === 'REMOVED';
}

/**
 * A field value of the diff as text: the API sends JSON (strings quoted, lists as arrays);
 * null means withheld or absent and stays null, so the page can say which.
 */
export function diffValue(json: string | null | undefined): string | null {
  if (json === null || json === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (value === null) return null;
  if (Array.isArray(value)) return value.map((item) => String(item)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Rows to render: added first, then changed, then removed; within each, in BOB order. */
export function diffRows(entries: readonly PlanDiffEntryInput[]): DiffRow[] {
  return entries
    .map((entry): DiffRow => {
      const author = entry.changedBy;
      const organisation = author?.organisation?.name ?? null;
      const by = author?.name ? (organisation ? `${author.name} (${organisation})` : author.name) : organisation;
      return {
        elementId: entry.elementId,
        kind: entry.kind,
        category: entry.category,
        change: isChange(entry.change) ? entry.change : 'CHANGED',
        withheld: entry.withheld,
        by,
        fields: entry.fields.map((f) => ({ field: f.field, from: diffValue(f.from), to: diffValue(f.to) })),
      };
    })
    .sort((a, b) => CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/** How many elements were added, changed and removed. */
export function diffCounts(rows: readonly DiffRow[]): Record<DiffChange, number> {
  const counts: Record<DiffChange, number> = { ADDED: 0, CHANGED: 0, REMOVED: 0 };
  for (const row of rows) counts[row.change] += 1;
  return counts;
}
