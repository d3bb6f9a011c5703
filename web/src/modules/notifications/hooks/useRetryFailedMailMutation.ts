import { graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';
import { FailedMailsQuery } from './useFailedMails';

const RetryFailedMailMutation = graphql(`
  mutation RetryFailedMail($id: ID!) {
    retryFailedMail(id: $id) {
      id
      attempts
    }
  }
`);

/** Puts a given-up mail back in the queue; the list is fetched again (the row leaves it). */
export function useRetryFailedMailMutation(): {
  retry(id: string): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(RetryFailedMailMutation, {
    refetchQueries: [FailedMailsQuery],
    awaitRefetchQueries: true,
  });
  const retry = useCallback(
    (id: string) => outcomeOf(async () => (await mutate({ variables: { id } })).data?.retryFailedMail),
    [mutate],
  );
  return { retry, loading };
}
