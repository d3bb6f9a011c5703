import { graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { failedOutcome, type MutationOutcome } from '../../../app/errors';

const RequestBreakGlassMutation = graphql(`
  mutation RequestBreakGlass($caseReference: String!, $reason: String!) {
    requestBreakGlass(caseReference: $caseReference, reason: $reason) {
      id
      caseId
      caseReference
      grantedAt
      expiresAt
      reviewStatus
    }
  }
`);

export interface BreakGlassGranted {
  caseId: string;
  caseReference: string;
  expiresAt: string;
}

export interface RequestBreakGlassMutation {
  requestBreakGlass(caseReference: string, reason: string): Promise<MutationOutcome<BreakGlassGranted>>;
  loading: boolean;
}

export function useRequestBreakGlassMutation(): RequestBreakGlassMutation {
  const [mutate, { loading }] = useMutation(RequestBreakGlassMutation);
  const requestBreakGlass = useCallback(
    async (caseReference: string, reason: string): Promise<MutationOutcome<BreakGlassGranted>> => {
      try {
        const result = await mutate({ variables: { caseReference, reason } });
        const grant = result.data?.requestBreakGlass;
        if (!grant) return { ok: false, code: 'UNKNOWN', message: null };
        return {
          ok: true,
          data: { caseId: grant.caseId, caseReference: grant.caseReference, expiresAt: grant.expiresAt },
        };
      } catch (error) {
        return failedOutcome(error);
      }
    },
    [mutate],
  );
  return { requestBreakGlass, loading };
}
