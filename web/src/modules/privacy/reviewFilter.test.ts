import { describe, expect, it } from 'vitest';
import { parseReviewFilter } from './reviewFilter';

describe('parseReviewFilter', () => {
  it('opens on the requests that still need a review', () => {
    expect(parseReviewFilter(null)).toBe('PENDING');
    expect(parseReviewFilter('nonsense')).toBe('PENDING');
  });

  it('keeps a known status or all', () => {
    expect(parseReviewFilter('FLAGGED')).toBe('FLAGGED');
    expect(parseReviewFilter('APPROVED')).toBe('APPROVED');
    expect(parseReviewFilter('ALL')).toBe('ALL');
  });
});
