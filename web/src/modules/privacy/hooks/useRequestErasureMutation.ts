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
      requestId
    }
  }
`);

export interface ErasureOutcome {
  /** ERASED (pseudonymised), RESTRICTED (art. 18, while a retention duty runs) or PENDING_APPROVAL (four eyes). */
  outcome: 'ERASED' | 'RESTRICTED' | 'PENDING_APPROVAL';
  basis: string;
  /** YYYY-MM-DD, or null (restricted while the case is open, or erased). */
  restrictedUntil: string | null;
}

/** The outcomes the API names; anything else is not understood (and not shown as success). */
export function erasureOutcomeOf(value: string): ErasureOutcome['outcome'] | null {
  return value === 'ERASED' || value === 'RESTRICTED' || value === 'PENDING_APPROVAL' ? value : null;
}

export interface RequestErasureMutation {
  requestErasure(personId: string, note: string): Promise<MutationOutcome<ErasureOutcome>>;
  loading: boolean;
}

/** Handles an AVG art. 17 request in one transaction in the API: all of it happens, or nothing. */
export function useRequestErasureMutation(): RequestErasureMutation {
  const [mutate, { loading }] = useMutation(RequestErasureMutation, { refetchQueries: ['PendingErasureRequests'] });
  const requestErasure = useCallback(
    async (personId: string, note: string): Promise<MutationOutcome<ErasureOutcome>> => {
      try {
        const result = await mutate({ variables: { personId, note } });
        const data = result.data?.requestErasure;
        const outcome = data ? erasureOutcomeOf(data.outcome) : null;
        if (!data || !outcome) return { ok: false, code: 'UNKNOWN', message: null };
        return { ok: true, data: { outcome, basis: data.basis, restrictedUntil: data.restrictedUntil ?? null } };
      } catch (error) {
        return failedOutcome(error);
      }
    },
    [mutate],
  );
  return { requestErasure, loading };
}
