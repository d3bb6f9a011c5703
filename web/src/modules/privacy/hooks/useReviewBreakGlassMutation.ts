import { type BreakGlassReviewStatus, graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { failedOutcome, type MutationOutcome } from '../../../app/errors';

const ReviewBreakGlassMutation = graphql(`
  mutation ReviewBreakGlass($input: ReviewBreakGlassInput!) {
    reviewBreakGlass(input: $input) {
      id
      reviewStatus
      reviewComment
      reviewedAt
    }
  }
`);

export interface ReviewBreakGlassInput {
  grantId: string;
  decision: Exclude<BreakGlassReviewStatus, 'PENDING'>;
  comment?: string | null;
}

export interface ReviewBreakGlassMutation {
  review(input: ReviewBreakGlassInput): Promise<MutationOutcome<BreakGlassReviewStatus>>;
  loading: boolean;
}

export function useReviewBreakGlassMutation(): ReviewBreakGlassMutation {
  const [mutate, { loading }] = useMutation(ReviewBreakGlassMutation);
  const review = useCallback(
    async (input: ReviewBreakGlassInput): Promise<MutationOutcome<BreakGlassReviewStatus>> => {
      try {
        const result = await mutate({ variables: { input: { ...input, comment: input.comment ?? null } } });
        const status = result.data?.reviewBreakGlass.reviewStatus;
        return status ? { ok: true, data: status } : { ok: false, code: 'UNKNOWN', message: null };
      } catch (error) {
        return failedOutcome(error);
      }
    },
    [mutate],
  );
  return { review, loading };
}
