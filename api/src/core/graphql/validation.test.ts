import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './connection.js';
import { addYears, InputCheck, todayInNetherlands } from './validation.js';

describe('dates', () => {
  it('adding a year to 29 February gives 28 February in a common year, and keeps it in a leap year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2024-02-29', -18)).toBe('2006-02-28');
    expect(addYears('2025-03-01', 1)).toBe('2026-03-01');
  });

  it('the Dutch calendar day, not the UTC one, around midnight', () => {
    expect(todayInNetherlands(new Date('2026-12-07T23:30:00Z'))).toBe('2026-12-08');
    expect(todayInNetherlands(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});

describe('cursors', () => {
  const id = '0b0e4f7e-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
  it('round-trips a cursor the API wrote', () => {
    const cursor = { at: '2026-12-07T10:00:00.000Z', id };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each(['-200000-01-01T00:00:00.000Z', '+275760-09-13T00:00:00.000Z', '2026-12-07', 'morgen'])(
    'refuses a cursor with the date %s as bad input',
    (at) => {
      const cursor = Buffer.from(JSON.stringify([at, id]), 'utf8').toString('base64url');
      expect(() => decodeCursor(cursor)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    },
  );
});

describe('text hygiene', () => {
  const problems = (value: string) => {
    try {
      new InputCheck().text('lastName', value, { max: 100 }).done();
      return [];
    } catch (error) {
      return (error as { extensions: { problems: { field: string; message: string }[] } }).extensions.problems;
    }
  };

  it.each([
    ['a right-to-left override', 'Jansen\u202Egpj.exe', /leesrichting/],
    ['an isolate', 'Jansen\u2067x\u2069', /leesrichting/],
    ['a lone high surrogate', 'Jansen\uD800', /los surrogaat/],
    ['a lone low surrogate', '\uDC00Jansen', /los surrogaat/],
  ])('refuses %s, naming the field', (_name, value, message) => {
    expect(problems(value)).toEqual([
      expect.objectContaining({ field: 'lastName', message: expect.stringMatching(message) }),
    ]);
  });

  it('accepts a proper surrogate pair, Arabic and Hebrew text', () => {
    expect(problems('Jansen 😀')).toEqual([]);
    expect(problems('محمد')).toEqual([]);
    expect(problems('כהן')).toEqual([]);
  });
});
