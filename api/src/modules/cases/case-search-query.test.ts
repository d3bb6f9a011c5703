import { describe, expect, it } from 'vitest';
import { normaliseName, parseSearchText } from './case-search-query.js';

describe('parseSearchText', () => {
  it('reads each word as a reference piece, a date of birth, a BSN or part of a name', () => {
    expect(parseSearchText('MDA-2026-000123')).toMatchObject({
      reference: ['MDA-2026-000123'],
      criteria: ['REFERENCE'],
    });
    expect(parseSearchText('000123')).toMatchObject({ reference: ['000123'] });
    expect(parseSearchText('de Vries 3-7-1984')).toMatchObject({
      name: ['de', 'vries'],
      dateOfBirth: '1984-07-03',
      criteria: ['NAME', 'DATE_OF_BIRTH'],
    });
    expect(parseSearchText('111222333')).toMatchObject({ bsn: '111222333', criteria: ['BSN'] });
    expect(parseSearchText("J. van 't Hof")).toMatchObject({ name: ['van', 'hof'] });
  });

  it('names every problem at once and never echoes a BSN', () => {
    const attempt = () => parseSearchText('123456780 30-02-1990 x$y');
    expect(attempt).toThrowError(/elfproef/);
    try {
      attempt();
    } catch (error) {
      const problems = (error as { extensions: { problems: unknown[] } }).extensions.problems;
      expect(problems).toHaveLength(3);
      expect(JSON.stringify(problems)).not.toContain('123456780');
    }
    expect(() => parseSearchText(' a ')).toThrowError(/minstens 2/);
    expect(() => parseSearchText('J K')).toThrowError(/naam/);
  });
});

describe('normaliseName', () => {
  it('drops diacritics, case and punctuation', () => {
    expect(normaliseName("Ëssen-Ölçer  O'Neill")).toBe('essen olcer o neill');
  });
});
