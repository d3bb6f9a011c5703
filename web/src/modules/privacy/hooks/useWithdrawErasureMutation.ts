import { graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { failedOutcome, type MutationOutcome } from '../../../app/errors';

const WithdrawErasureMutation = graphql(`
  mutation WithdrawErasure($requestId: ID!) {
    withdrawErasure(requestId: $requestId) {
      id
      status
    }
  }
`);

export interface WithdrawErasureMutation {
  withdraw(requestId: string): Promise<MutationOutcome<string>>;
  loading: boolean;
}

/** The requester withdraws a request no second privacy officer approved yet: nothing was applied. */
export function useWithdrawErasureMutation(): WithdrawErasureMutation {
  const [mutate, { loading }] = useMutation(WithdrawErasureMutation, { refetchQueries: ['PendingErasureRequests'] });
  const withdraw = useCallback(
    async (requestId: string): Promise<MutationOutcome<string>> => {
      try {
        const result = await mutate({ variables: { requestId } });
        const status = result.data?.withdrawErasure.status;
        return status ? { ok: true, data: status } : { ok: false, code: 'UNKNOWN', message: null };
      } catch (error) {
        return failedOutcome(error);
      }
    },
    [mutate],
  );
  return { withdraw, loading };
}
