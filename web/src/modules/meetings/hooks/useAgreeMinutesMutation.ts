import { graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MutationOutcome } from '../../../app/errors';
import { outcomeOf } from '../../../app/mutationOutcome';

// Answers with everything the meeting page shows, so the cache updates it in place.
const AgreeMinutesMutation = graphql(`
  mutation AgreeMinutes($meetingId: ID!) {
    agreeMinutes(meetingId: $meetingId) {
      id
      ...MeetingPage_meeting
    }
  }
`);

export function useAgreeMinutesMutation(): {
  agree(meetingId: string): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(AgreeMinutesMutation);
  const agree = useCallback(
    (meetingId: string) => outcomeOf(async () => (await mutate({ variables: { meetingId } })).data?.agreeMinutes),
    [mutate],
  );
  return { agree, loading };
}
