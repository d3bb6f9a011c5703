import { graphql, type NotificationDelivery } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';
import { NotificationPreferencesQuery } from './useNotificationPreferences';

const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($kind: String!, $delivery: NotificationDelivery!) {
    setNotificationPreference(kind: $kind, delivery: $delivery) {
      kind
      delivery
      urgent
    }
  }
`);

export function useSetNotificationPreferenceMutation(): {
  setPreference(kind: string, delivery: NotificationDelivery): Promise<MutationOutcome<{ kind: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(SetNotificationPreferenceMutation, {
    refetchQueries: [NotificationPreferencesQuery],
    awaitRefetchQueries: true,
  });
  const setPreference = useCallback(
    (kind: string, delivery: NotificationDelivery) =>
      outcomeOf(async () => (await mutate({ variables: { kind, delivery } })).data?.setNotificationPreference),
    [mutate],
  );
  return { setPreference, loading };
}
