/**
 * How a disclosed field is shown. The API answers a field the viewer may not read with
 * null and names it in `redactedFields`; a field that is simply empty is null too, but not
 * named. The two must never look alike: "niet gedeeld met uw organisatie" is a decision
 * about this viewer, "niet vastgelegd" is a fact about the case.
 */
export type FieldState<T> = { kind: 'shared'; value: T } | { kind: 'notShared' } | { kind: 'notRecorded' };

export function fieldState<T>(
  field: string,
  value: T | null | undefined,
  redactedFields: readonly string[],
): FieldState<T> {
  // A redaction wins even over a value: never show what the API says it withheld.
  if (redactedFields.includes(field)) return { kind: 'notShared' };
  if (value === null || value === undefined) return { kind: 'notRecorded' };
  if (typeof value === 'string' && value.trim() === '') return { kind: 'notRecorded' };
  return { kind: 'shared', value };
}

/** True when any of the fields is withheld from the viewer. */
export function anyRedacted(fields: readonly string[], redactedFields: readonly string[]): boolean {
  return fields.some((field) => redactedFields.includes(field));
}
