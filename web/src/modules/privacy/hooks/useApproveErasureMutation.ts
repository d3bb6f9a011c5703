import { graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { failedOutcome, type MutationOutcome } from '../../../app/errors';
import { erasureOutcomeOf, type ErasureOutcome } from './useRequestErasureMutation';

const ApproveErasureMutation = graphql(`
  mutation ApproveErasure($requestId: ID!) {
    approveErasure(requestId: $requestId) {
      outcome
      basis
      restrictedUntil
      requestId
    }
  }
`);

export interface ApproveErasureMutation {
  approve(requestId: string): Promise<MutationOutcome<ErasureOutcome>>;
  loading: boolean;
}

/** The second privacy officer approves (four eyes): the API applies the erasure in the same transaction. */
export function useApproveErasureMutation(): ApproveErasureMutation {
  const [mutate, { loading }] = useMutation(ApproveErasureMutation, { refetchQueries: ['PendingErasureRequests'] });
  const approve = useCallback(
    async (requestId: string): Promise<MutationOutcome<ErasureOutcome>> => {
      try {
        const result = await mutate({ variables: { requestId } });
        const data = result.data?.approveErasure;
        const outcome = data ? erasureOutcomeOf(data.outcome) : null;
        if (!data || !outcome) return { ok: false, code: 'UNKNOWN', message: null };
        return { ok: true, data: { outcome, basis: data.basis, restrictedUntil: data.restrictedUntil ?? null } };
      } catch (error) {
        return failedOutcome(error);
      }
    },
    [mutate],
  );
  return { approve, loading };
}
