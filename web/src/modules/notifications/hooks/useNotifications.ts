import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';

export const NotificationsQuery = graphql(`
  query Notifications {
    notifications {
      id
      readAt
      ...NotificationList_notification
    }
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      readAt
      ...NotificationList_notification
    }
  }
`);

/** A safety net only: new notifications arrive live (notificationAdded). */
const POLL_MS = 5 * 60_000;

/** My notifications; a new one is prepended as soon as it is created, so the header's badge updates live. */
export function useNotifications() {
  const result = useQuery(NotificationsQuery, { pollInterval: POLL_MS });
  const { subscribeToMore } = result;
  useEffect(
    () =>
      subscribeToMore({
        document: NotificationAddedSubscription,
        updateQuery: (_previous, { subscriptionData, complete, previousData }) => {
          const added = subscriptionData.data?.notificationAdded;
          // Until the list itself has loaded there is nothing to add to (it will include the new one).
          if (!complete || !added) return undefined;
          if (previousData.notifications.some((n) => n.id === added.id)) return previousData;
          return { ...previousData, notifications: [added, ...previousData.notifications] };
        },
      }),
    [subscribeToMore],
  );
  return result;
}
