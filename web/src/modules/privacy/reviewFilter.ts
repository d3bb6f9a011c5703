import type { BreakGlassReviewStatus } from '@mda/graphql';

/** The queue's filter: one review status, or all of them. */
export type ReviewFilter = BreakGlassReviewStatus | 'ALL';

export const REVIEW_FILTERS: readonly ReviewFilter[] = ['PENDING', 'APPROVED', 'FLAGGED', 'ALL'];

function isReviewFilter(value: string): value is ReviewFilter {
  return (REVIEW_FILTERS as readonly string[]).includes(value);
}

/** The filter from the address bar; the queue opens on what still needs a review. */
export function parseReviewFilter(value: string | null): ReviewFilter {
  return value !== null && isReviewFilter(value) ? value : 'PENDING';
}
