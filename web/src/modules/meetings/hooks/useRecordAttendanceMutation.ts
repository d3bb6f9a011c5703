import { graphql, type RecordAttendanceInput } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      id
      ...MeetingPage_meeting
    }
  }
`);

/** Records the presence of an organisation (or one of its people) at the meeting. */
export function useRecordAttendanceMutation(): {
  record(input: RecordAttendanceInput): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(RecordAttendanceMutation);
  const record = useCallback(
    (input: RecordAttendanceInput) =>
      outcomeOf(async () => (await mutate({ variables: { input } })).data?.recordAttendance),
    [mutate],
  );
  return { record, loading };
}
