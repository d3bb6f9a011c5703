import { type AnswerDirectorAssignmentInput, graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const AcceptDirectorAssignmentMutation = graphql(`
  mutation AcceptDirectorAssignment($input: AnswerDirectorAssignmentInput!) {
    acceptDirectorAssignment(input: $input) {
      id
      status
      responsible
      version
    }
  }
`);

export function useAcceptDirectorAssignmentMutation(): {
  accept(input: AnswerDirectorAssignmentInput): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(AcceptDirectorAssignmentMutation);
  const accept = useCallback(
    (input: AnswerDirectorAssignmentInput) =>
      outcomeOf(async () => (await mutate({ variables: { input } })).data?.acceptDirectorAssignment),
    [mutate],
  );
  return { accept, loading };
}
