import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { entryProblems, ENTRY_CATEGORIES, needsPurposeHint, newestFirst, ORGANISATION_TYPES } from './entries';

const schema = buildSchema(
  readFileSync(new URL('../../../../packages/graphql/schema.graphql', import.meta.url), 'utf8'),
);
const enumValues = (name: string) => {
  const type = schema.getType(name);
  return isEnumType(type) ? type.getValues().map((value) => value.name) : [];
};

const redactedHealth = { category: 'HEALTH' as const, redactedFields: ['title', 'body'] };
const redactedCriminal = { category: 'CRIMINAL' as const, redactedFields: ['body'] };
const readablePlan = { category: 'PLAN' as const, redactedFields: [] };
const redactedNote = { category: 'RESTRICTED_NOTE' as const, redactedFields: ['title', 'body'] };

describe('needsPurposeHint', () => {
  it('suggests a purpose when health or criminal content is withheld and none is declared', () => {
    expect(needsPurposeHint([readablePlan, redactedHealth], null)).toBe(true);
    expect(needsPurposeHint([redactedCriminal], undefined)).toBe(true);
  });

  it('does not suggest one once a purpose is declared', () => {
    expect(needsPurposeHint([redactedHealth, redactedCriminal], 'CRISIS')).toBe(false);
  });

  it('does not suggest one for other withheld categories: a purpose would not help', () => {
    expect(needsPurposeHint([redactedNote, readablePlan], null)).toBe(false);
    expect(needsPurposeHint([], null)).toBe(false);
  });
});

describe('entry choices', () => {
  it('offers every organisation type of the schema as an audience', () => {
    expect([...ORGANISATION_TYPES].sort()).toEqual(enumValues('OrganisationType').sort());
  });

  it('offers only categories of the schema, and not the person fields', () => {
    expect(enumValues('DataCategory')).toEqual(expect.arrayContaining([...ENTRY_CATEGORIES]));
    expect(ENTRY_CATEGORIES).not.toContain('SECRET_LOCATION');
  });
});

describe('entryProblems', () => {
  const draft = {
    category: 'PLAN' as const,
    title: 'Afspraak',
    body: 'Huisbezoek dinsdag.',
    concerns: ['p1'],
    audience: [],
  };

  it('accepts a complete entry', () => {
    expect(entryProblems(draft)).toEqual({});
  });

  it('asks for a title and content', () => {
    expect(entryProblems({ ...draft, title: '  ', body: '' })).toEqual({ title: 'required', body: 'required' });
  });

  it('asks which household member it is about', () => {
    expect(entryProblems({ ...draft, concerns: [] })).toEqual({ concerns: 'required' });
  });

  it('asks for an audience for a restricted note only', () => {
    expect(entryProblems({ ...draft, category: 'RESTRICTED_NOTE' })).toEqual({ audience: 'required' });
    expect(entryProblems({ ...draft, category: 'RESTRICTED_NOTE', audience: ['POLICE'] })).toEqual({});
  });
});

describe('newestFirst', () => {
  it('sorts by recordedAt, newest first, without changing the input', () => {
    const input = [
      { recordedAt: '2026-01-01T10:00:00Z' },
      { recordedAt: '2026-03-01T10:00:00Z' },
      { recordedAt: '2026-02-01T10:00:00Z' },
    ];
    expect(newestFirst(input).map((e) => e.recordedAt.slice(0, 7))).toEqual(['2026-03', '2026-02', '2026-01']);
    expect(input[0]!.recordedAt).toBe('2026-01-01T10:00:00Z');
  });
});
