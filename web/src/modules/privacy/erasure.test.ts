import { describe, expect, it } from 'vitest';
import { erasureDraftProblems } from './erasure';

const messages = { personIdRequired: 'id nodig', noteRequired: 'notitie nodig' };

describe('erasureDraftProblems', () => {
  it('asks for both fields at once', () => {
    expect(erasureDraftProblems(' ', '', messages)).toEqual({ personId: 'id nodig', note: 'notitie nodig' });
  });
  it('wants a note of a few words, not blanks', () => {
    expect(erasureDraftProblems('p-1', '  ab  ', messages)).toEqual({ note: 'notitie nodig' });
    expect(erasureDraftProblems('p-1', 'Brief van 3 maart', messages)).toEqual({});
  });
});
