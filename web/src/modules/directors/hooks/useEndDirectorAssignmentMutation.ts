import { type AnswerDirectorAssignmentInput, graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const EndDirectorAssignmentMutation = graphql(`
  mutation EndDirectorAssignment($input: AnswerDirectorAssignmentInput!) {
    endDirectorAssignment(input: $input) {
      id
      status
      responsible
      endedAt
      endReason
      version
    }
  }
`);

export function useEndDirectorAssignmentMutation(): {
  end(input: AnswerDirectorAssignmentInput): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(EndDirectorAssignmentMutation);
  const end = useCallback(
    (input: AnswerDirectorAssignmentInput) =>
      outcomeOf(async () => (await mutate({ variables: { input } })).data?.endDirectorAssignment),
    [mutate],
  );
  return { end, loading };
}
