import { type AnswerDirectorAssignmentInput, graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const DeclineDirectorAssignmentMutation = graphql(`
  mutation DeclineDirectorAssignment($input: AnswerDirectorAssignmentInput!) {
    declineDirectorAssignment(input: $input) {
      id
      status
      declineReason
      version
    }
  }
`);

export function useDeclineDirectorAssignmentMutation(): {
  decline(input: AnswerDirectorAssignmentInput): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(DeclineDirectorAssignmentMutation);
  const decline = useCallback(
    (input: AnswerDirectorAssignmentInput) =>
      outcomeOf(async () => (await mutate({ variables: { input } })).data?.declineDirectorAssignment),
    [mutate],
  );
  return { decline, loading };
}
