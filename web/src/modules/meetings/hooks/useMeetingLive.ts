import { graphql } from '@mda/graphql';
import { useSubscription } from '@apollo/client/react';

const MeetingLiveSubscription = graphql(`
  subscription MeetingLive($meetingId: ID!) {
    meetingLive(meetingId: $meetingId) {
      id
      ...MeetingPage_meeting
    }
  }
`);

/**
 * Follows the chair: each time the chair moves to another item or changes the status, the
 * meeting arrives again (read with this user's permissions) and updates the cache in place.
 */
export function useMeetingLive(meetingId: string): { live: boolean } {
  const { error } = useSubscription(MeetingLiveSubscription, { variables: { meetingId }, skip: meetingId === '' });
  return { live: meetingId !== '' && !error };
}
