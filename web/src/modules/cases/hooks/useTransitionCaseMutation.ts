import { type CaseStatus, graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { type ClientErrorCode, errorCode } from '../../../app/errors';

// Everything a transition can change, so the normalised cache updates every view of
// the case (summary, status section, list rows) without a refetch.
const TransitionCaseMutation = graphql(`
  mutation TransitionCase($input: TransitionCaseInput!) {
    transitionCase(input: $input) {
      id
      status
      version
      allowedTransitions
      closedAt
    }
  }
`);

export type TransitionResult =
  { ok: true; status: CaseStatus } | { ok: false; code: ClientErrorCode | 'UNKNOWN'; message: string | null };

export interface TransitionCaseMutation {
  transition(input: { caseId: string; to: CaseStatus; expectedVersion: number }): Promise<TransitionResult>;
  loading: boolean;
}

export function useTransitionCaseMutation(): TransitionCaseMutation {
  const [mutate, { loading }] = useMutation(TransitionCaseMutation);
  const transition = useCallback(
    async (input: { caseId: string; to: CaseStatus; expectedVersion: number }): Promise<TransitionResult> => {
      try {
        const result = await mutate({ variables: { input } });
        const status = result.data?.transitionCase.status;
        return status ? { ok: true, status } : { ok: false, code: 'UNKNOWN', message: null };
      } catch (error) {
        return {
          ok: false,
          code: errorCode(error) ?? 'UNKNOWN',
          message: error instanceof Error ? error.message : null,
        };
      }
    },
    [mutate],
  );
  return { transition, loading };
}
