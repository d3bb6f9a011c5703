import { describe, expect, it } from 'vitest';
import { breakGlassProblems, normaliseCaseReference } from './breakGlass';

const REASON = 'Acute dreiging gemeld bij de meldkamer.';

describe('breakGlassProblems', () => {
  it('accepts a case reference and a reason of at least 20 characters', () => {
    expect(breakGlassProblems('MDA-2026-000123', REASON)).toEqual({});
    expect(breakGlassProblems(' mda-2026-000123 ', 'x'.repeat(20))).toEqual({});
  });

  it('refuses a reason shorter than 20 characters, not counting surrounding spaces', () => {
    expect(breakGlassProblems('MDA-2026-000123', 'spoed')).toEqual({ reason: 'tooShort' });
    expect(breakGlassProblems('MDA-2026-000123', `  ${'x'.repeat(19)}   `)).toEqual({ reason: 'tooShort' });
  });

  it('asks for a case reference in the MDA format', () => {
    expect(breakGlassProblems('', REASON)).toEqual({ caseReference: 'required' });
    expect(breakGlassProblems('2026-123', REASON)).toEqual({ caseReference: 'format' });
  });
});

describe('normaliseCaseReference', () => {
  it('trims and upper-cases', () => {
    expect(normaliseCaseReference(' mda-2026-000123 ')).toBe('MDA-2026-000123');
  });
});
