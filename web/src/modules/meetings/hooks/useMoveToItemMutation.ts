import { graphql, type MoveToItemInput } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const MoveToItemMutation = graphql(`
  mutation MoveToItem($input: MoveToItemInput!) {
    moveToItem(input: $input) {
      id
      ...MeetingPage_meeting
    }
  }
`);

export function useMoveToItemMutation(): {
  move(input: MoveToItemInput): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(MoveToItemMutation);
  const move = useCallback(
    (input: MoveToItemInput) => outcomeOf(async () => (await mutate({ variables: { input } })).data?.moveToItem),
    [mutate],
  );
  return { move, loading };
}
