/** Human-readable case reference, e.g. `MDA-2026-000123`. */
export function formatCaseReference(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError('year out of range');
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) throw new RangeError('sequence out of range');
  return `MDA-${year}-${String(sequence).padStart(6, '0')}`;
}

export const CASE_REFERENCE_PATTERN = /^MDA-\d{4}-\d{6}$/;
