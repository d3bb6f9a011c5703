import { graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { failedOutcome, type MutationOutcome } from '../../../app/errors';

const RequestErasureMutation = graphql(`
  mutation RequestErasure($personId: ID!, $note: String!) {
    requestErasure(personId: $personId, note: $note) {
      outcome
      basis
      restrictedUntil
    }
  }
`);

export interface ErasureOutcome {
  /** ERASED (pseudonymised) or RESTRICTED (art. 18, while a retention duty runs). */
  outcome: 'ERASED' | 'RESTRICTED';
  basis: string;
  /** YYYY-MM-DD, or null (restricted while the case is open, or erased). */
  restrictedUntil: string | null;
}

export interface RequestErasureMutation {
  requestErasure(personId: string, note: string): Promise<MutationOutcome<ErasureOutcome>>;
  loading: boolean;
}

/** Handles an AVG art. 17 request in one transaction in the API: all of it happens, or nothing. */
export function useRequestErasureMutation(): RequestErasureMutation {
  const [mutate, { loading }] = useMutation(RequestErasureMutation);
  const requestErasure = useCallback(
    async (personId: string, note: string): Promise<MutationOutcome<ErasureOutcome>> => {
      try {
        const result = await mutate({ variables: { personId, note } });
        const data = result.data?.requestErasure;
        if (!data || (data.outcome !== 'ERASED' && data.outcome !== 'RESTRICTED')) return { ok: false, code: 'UNKNOWN', message: null };
        return { ok: true, data: { outcome: data.outcome, basis: data.basis, restrictedUntil: data.restrictedUntil ?? null } };
      } catch (error) {
        return failedOutcome(error);
      }
    },
    [mutate],
  );
  return { requestErasure, loading };
}
