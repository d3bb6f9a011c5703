import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    myNotificationPreferences {
      ...NotificationPreferences_preference
    }
  }
`);

/** How I get each kind of notification by e-mail. */
export function useNotificationPreferences() {
  return useQuery(NotificationPreferencesQuery);
}
