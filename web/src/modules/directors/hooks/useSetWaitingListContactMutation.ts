import { graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const SetWaitingListContactMutation = graphql(`
  mutation SetWaitingListContact($caseId: ID!, $contactUserId: ID!) {
    setWaitingListContact(caseId: $caseId, contactUserId: $contactUserId) {
      userId
      displayName
      organisationName
      explicit
    }
  }
`);

export function useSetWaitingListContactMutation(): {
  setContact(caseId: string, contactUserId: string): Promise<MutationOutcome<{ userId: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(SetWaitingListContactMutation);
  const setContact = useCallback(
    (caseId: string, contactUserId: string) =>
      outcomeOf(async () => (await mutate({ variables: { caseId, contactUserId } })).data?.setWaitingListContact),
    [mutate],
  );
  return { setContact, loading };
}
