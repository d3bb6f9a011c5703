import { graphql, type SaveAssessmentInput } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const SaveAssessmentMutation = graphql(`
  mutation SaveAssessment($input: SaveAssessmentInput!) {
    saveAssessment(input: $input) {
      id
      status
      version
      caseId
    }
  }
`);

export function useSaveAssessmentMutation(): {
  run(input: SaveAssessmentInput): Promise<MutationOutcome<{ id: string; version: number; caseId?: string | null }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(SaveAssessmentMutation);
  const run = useCallback(
    (input: SaveAssessmentInput) =>
      outcomeOf(async () => (await mutate({ variables: { input } })).data?.saveAssessment),
    [mutate],
  );
  return { run, loading };
}
