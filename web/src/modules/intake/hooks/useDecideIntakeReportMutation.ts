import { graphql, type DecideIntakeReportInput } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const DecideIntakeReportMutation = graphql(`
  mutation DecideIntakeReport($input: DecideIntakeReportInput!) {
    decideIntakeReport(input: $input) {
      id
      status
      version
      caseId
    }
  }
`);

export function useDecideIntakeReportMutation(): {
  run(
    input: DecideIntakeReportInput,
  ): Promise<MutationOutcome<{ id: string; version: number; caseId?: string | null }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(DecideIntakeReportMutation);
  const run = useCallback(
    (input: DecideIntakeReportInput) =>
      outcomeOf(async () => (await mutate({ variables: { input } })).data?.decideIntakeReport),
    [mutate],
  );
  return { run, loading };
}
