import { describe, expect, it } from 'vitest';
import { personName } from './personName';

describe('personName', () => {
  it('joins first and last name', () => {
    expect(personName({ firstName: 'Sanne', lastName: 'de Vries', redactedFields: [] })).toEqual({
      kind: 'shared',
      value: 'Sanne de Vries',
    });
  });

  it('is withheld as a whole when a part is withheld', () => {
    expect(personName({ firstName: null, lastName: 'de Vries', redactedFields: ['firstName'] })).toEqual({
      kind: 'notShared',
    });
  });

  it('shows the part that is recorded, and "not recorded" when neither is', () => {
    expect(personName({ firstName: null, lastName: 'de Vries', redactedFields: [] })).toEqual({
      kind: 'shared',
      value: 'de Vries',
    });
    expect(personName({ firstName: null, lastName: null, redactedFields: [] })).toEqual({ kind: 'notRecorded' });
  });
});
