import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/DataTable';
import { formatDateTime } from '../../../ui/formatDate';
import { RouterLink } from '../../../ui/RouterLink';

export const NotificationList_notificationFragment = graphql(`
  fragment NotificationList_notification on Notification {
    id
    kind
    message
    caseId
    escalationId
    createdAt
    readAt
  }
`);

export interface NotificationListProps {
  notifications: readonly FragmentType<typeof NotificationList_notificationFragment>[];
  /** Case links only for users who work on cases. */
  linkCases: boolean;
}

export function NotificationList({ notifications: refs, linkCases }: NotificationListProps) {
  const { t, i18n } = useTranslation();
  const notifications = refs.map((ref) => getFragmentData(NotificationList_notificationFragment, ref));
  if (notifications.length === 0)
    return <Paragraph data-testid="notifications-empty">{t('notifications.empty')}</Paragraph>;
  // An escalation's decider need not work on cases (safety-house management): its link is for everyone it reached.
  const linkColumn = linkCases || notifications.some((n) => n.escalationId);
  return (
    <DataTable
      caption={t('notifications.caption')}
      columns={[
        t('notifications.createdAt'),
        t('notifications.message'),
        t('notifications.state'),
        ...(linkColumn ? [t('notifications.case')] : []),
      ]}
      data-testid="notifications"
    >
      {notifications.map((notification) => (
        <TableRow key={notification.id} data-testid="notification-row" data-kind={notification.kind}>
          <TableCell>{formatDateTime(notification.createdAt, i18n.language)}</TableCell>
          <TableCell>{notification.message}</TableCell>
          <TableCell>
            {notification.readAt ? t('notifications.read') : <strong>{t('notifications.unread')}</strong>}
          </TableCell>
          {linkColumn ? (
            <TableCell>
              {linkCases && notification.caseId ? (
                <RouterLink to={`/cases/${notification.caseId}`} data-testid="notification-case-link">
                  {t('notifications.openCase')}
                </RouterLink>
              ) : null}
              {notification.escalationId ? (
                <>
                  {linkCases && notification.caseId ? ' · ' : null}
                  <RouterLink
                    to={`/escalaties/${notification.escalationId}`}
                    data-testid="notification-escalation-link"
                  >
                    {t('notifications.openEscalation')}
                  </RouterLink>
                </>
              ) : null}
            </TableCell>
          ) : null}
        </TableRow>
      ))}
    </DataTable>
  );
}
