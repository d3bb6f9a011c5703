import { graphql, type AddItemContributionInput } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const AddItemContributionMutation = graphql(`
  mutation AddItemContribution($input: AddItemContributionInput!) {
    addItemContribution(input: $input) {
      id
      ...MeetingPage_meeting
    }
  }
`);

/** Adds a partner's picture or a dissent with its reason to an item. */
export function useAddItemContributionMutation(): {
  contribute(input: AddItemContributionInput): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(AddItemContributionMutation);
  const contribute = useCallback(
    (input: AddItemContributionInput) =>
      outcomeOf(async () => (await mutate({ variables: { input } })).data?.addItemContribution),
    [mutate],
  );
  return { contribute, loading };
}
