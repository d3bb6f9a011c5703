import { graphql, type SaveItemFormInput } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const SaveItemFormMutation = graphql(`
  mutation SaveItemForm($input: SaveItemFormInput!) {
    saveItemForm(input: $input) {
      id
      ...MeetingPage_meeting
    }
  }
`);

export function useSaveItemFormMutation(): {
  save(input: SaveItemFormInput): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(SaveItemFormMutation);
  const save = useCallback(
    (input: SaveItemFormInput) => outcomeOf(async () => (await mutate({ variables: { input } })).data?.saveItemForm),
    [mutate],
  );
  return { save, loading };
}
