import { graphql, type RecordIntakeReportInput } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const RecordIntakeReportMutation = graphql(`
  mutation RecordIntakeReport($input: RecordIntakeReportInput!) {
    recordIntakeReport(input: $input) {
      id
      status
      version
      caseId
    }
  }
`);

export function useRecordIntakeReportMutation(): {
  run(
    input: RecordIntakeReportInput,
  ): Promise<MutationOutcome<{ id: string; version: number; caseId?: string | null }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(RecordIntakeReportMutation);
  const run = useCallback(
    (input: RecordIntakeReportInput) =>
      outcomeOf(async () => (await mutate({ variables: { input } })).data?.recordIntakeReport),
    [mutate],
  );
  return { run, loading };
}
