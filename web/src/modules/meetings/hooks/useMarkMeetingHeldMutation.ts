import { graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

// Answers with everything the meeting page shows, so the cache updates it in place.
const MarkMeetingHeldMutation = graphql(`
  mutation MarkMeetingHeld($meetingId: ID!) {
    markMeetingHeld(meetingId: $meetingId) {
      id
      ...MeetingPage_meeting
    }
  }
`);

export function useMarkMeetingHeldMutation(): {
  markHeld(meetingId: string): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(MarkMeetingHeldMutation);
  const markHeld = useCallback(
    (meetingId: string) => outcomeOf(async () => (await mutate({ variables: { meetingId } })).data?.markMeetingHeld),
    [mutate],
  );
  return { markHeld, loading };
}
