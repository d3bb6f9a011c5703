import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { compareWithCurrent, planConflict, resolveConflict, type PlanConflict } from './conflict';

// Two professionals edit the same goal; the second save is stale. Whatever the second one
// chooses, nobody's text may silently disappear.
const FIELDS = ['description', 'measurableEnd', 'phase'] as const;
const TEXT = ['description', 'measurableEnd'] as const;

const conflict: PlanConflict = {
  currentVersion: 4,
  current: {
    description: 'Moeder en kinderen zijn veilig thuis; contactverbod wordt nageleefd',
    measurableEnd: 'Drie maanden geen incidenten',
    phase: 'DIRECT_SAFETY',
  },
  redactedFields: [],
};
const mine = {
  description: 'Moeder en kinderen zijn veilig thuis; AWARE is aangevraagd',
  measurableEnd: 'Drie maanden geen incidenten',
  phase: 'STABLE_SAFETY',
};

describe('reading the conflict from the API error', () => {
  it('takes the current version and fields from a CONFLICT error', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'gewijzigd',
          extensions: {
            code: 'CONFLICT',
            currentVersion: 4,
            current: { version: 4, fields: { description: 'Nu' }, redactedFields: ['concerns'] },
          },
        },
      ],
    });
    expect(planConflict(error)).toEqual({
      currentVersion: 4,
      current: { description: 'Nu' },
      redactedFields: ['concerns'],
    });
  });

  it('is null for other errors', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'fout', extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(planConflict(error)).toBeNull();
    expect(planConflict(new Error('netwerk'))).toBeNull();
  });
});

describe('side by side', () => {
  it('marks the fields where yours differs from the current one', () => {
    const rows = compareWithCurrent(mine, conflict, FIELDS);
    expect(rows.filter((row) => row.differs).map((row) => row.field)).toEqual(['description', 'phase']);
    expect(rows[0]).toMatchObject({ mine: mine.description, current: conflict.current['description'] });
  });

  it('shows a withheld current value as null, never as empty text', () => {
    const rows = compareWithCurrent(mine, { ...conflict, redactedFields: ['description'] }, FIELDS);
    expect(rows[0]).toMatchObject({ current: null, differs: true });
  });
});

describe('choosing', () => {
  it('yours: your values, sent with the current version', () => {
    expect(resolveConflict('mine', mine, conflict, FIELDS, TEXT)).toEqual({ values: mine, expectedVersion: 4 });
  });

  it('current: the stored values', () => {
    const { values } = resolveConflict('current', mine, conflict, FIELDS, TEXT);
    expect(values).toEqual(conflict.current);
  });

  it('merge: both texts stay in the field to edit; choices keep yours', () => {
    const { values, expectedVersion } = resolveConflict('merge', mine, conflict, FIELDS, TEXT);
    expect(values['description']).toContain('contactverbod wordt nageleefd');
    expect(values['description']).toContain('AWARE is aangevraagd');
    expect(values['measurableEnd']).toBe('Drie maanden geen incidenten');
    expect(values['phase']).toBe('STABLE_SAFETY');
    expect(expectedVersion).toBe(4);
  });

  it('merge keeps your value where the current one is withheld', () => {
    const { values } = resolveConflict('merge', mine, { ...conflict, redactedFields: ['description'] }, FIELDS, TEXT);
    expect(values['description']).toBe(mine.description);
  });
});
