import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';

export const NotificationsQuery = graphql(`
  query Notifications {
    notifications {
      id
      readAt
      ...NotificationList_notification
    }
  }
`);

/** How often the header's count is refreshed while the app is open. */
const POLL_MS = 60_000;

export function useNotifications() {
  return useQuery(NotificationsQuery, { pollInterval: POLL_MS });
}
