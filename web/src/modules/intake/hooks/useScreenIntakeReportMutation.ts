import { graphql, type ScreenIntakeReportInput } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const ScreenIntakeReportMutation = graphql(`
  mutation ScreenIntakeReport($input: ScreenIntakeReportInput!) {
    screenIntakeReport(input: $input) {
      id
      status
      version
      caseId
    }
  }
`);

export function useScreenIntakeReportMutation(): {
  run(
    input: ScreenIntakeReportInput,
  ): Promise<MutationOutcome<{ id: string; version: number; caseId?: string | null }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(ScreenIntakeReportMutation);
  const run = useCallback(
    (input: ScreenIntakeReportInput) =>
      outcomeOf(async () => (await mutate({ variables: { input } })).data?.screenIntakeReport),
    [mutate],
  );
  return { run, loading };
}
