import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useNotifications } from '../hooks/useNotifications';
import { unreadCount } from '../unread';

/** "Meldingen" in the header, with the number of unread notifications as a badge. */
export function NotificationLink() {
  const { t } = useTranslation();
  const { data } = useNotifications();
  const unread = data ? unreadCount(data.notifications) : 0;
  return (
    <NavLink to="/meldingen" className="utrecht-link utrecht-link--html-a" data-testid="nav-notifications">
      {t('nav.notifications')}
      {unread > 0 ? (
        <>
          <span className="mda-count-badge" aria-hidden="true" data-testid="notification-count">
            {unread}
          </span>
          <span className="mda-visually-hidden">, {t('nav.notificationsUnread', { count: unread })}</span>
        </>
      ) : null}
    </NavLink>
  );
}
