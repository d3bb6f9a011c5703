import { describe, expect, it } from 'vitest';
import { textProblem } from './textRules';

describe('textProblem', () => {
  const rule = { min: 5, max: 10 };
  it('asks for a text that is empty or only spaces', () => {
    expect(textProblem('', rule)).toBe('required');
    expect(textProblem('   \n', rule)).toBe('required');
  });
  it('measures the trimmed text against the bounds, inclusive', () => {
    expect(textProblem('  abcd  ', rule)).toBe('tooShort');
    expect(textProblem('abcde', rule)).toBeNull();
    expect(textProblem('abcdefghij', rule)).toBeNull();
    expect(textProblem('abcdefghijk', rule)).toBe('tooLong');
  });
});
