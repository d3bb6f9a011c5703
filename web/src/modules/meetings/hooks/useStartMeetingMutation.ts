import { graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

// Answers with everything the meeting page shows, so the cache updates it in place.
const StartMeetingMutation = graphql(`
  mutation StartMeeting($meetingId: ID!) {
    startMeeting(meetingId: $meetingId) {
      id
      ...MeetingPage_meeting
    }
  }
`);

export function useStartMeetingMutation(): {
  start(meetingId: string): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(StartMeetingMutation);
  const start = useCallback(
    (meetingId: string) => outcomeOf(async () => (await mutate({ variables: { meetingId } })).data?.startMeeting),
    [mutate],
  );
  return { start, loading };
}
