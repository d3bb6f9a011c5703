import { type FieldState, fieldState } from '../../ui/fieldState';

export interface NameFields {
  firstName?: string | null;
  lastName?: string | null;
  redactedFields: readonly string[];
}

/** A person's name as one field: withheld when either part is, else what is recorded. */
export function personName(person: NameFields): FieldState<string> {
  const first = fieldState('firstName', person.firstName, person.redactedFields);
  const last = fieldState('lastName', person.lastName, person.redactedFields);
  if (first.kind === 'notShared' || last.kind === 'notShared') return { kind: 'notShared' };
  const parts = [first, last].flatMap((part) => (part.kind === 'shared' ? [part.value.trim()] : []));
  return parts.length > 0 ? { kind: 'shared', value: parts.join(' ') } : { kind: 'notRecorded' };
}
