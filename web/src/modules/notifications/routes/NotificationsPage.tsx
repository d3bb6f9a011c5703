import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import { LoadingState } from '../../../ui/LoadingState';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import { mayDoCasework } from '../../auth/permissions';
import { NotificationList } from '../components/NotificationList';
import { NotificationPreferences } from '../components/NotificationPreferences';
import { useNotificationPreferences } from '../hooks/useNotificationPreferences';
import { useNotifications } from '../hooks/useNotifications';

export function NotificationsPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const { data, loading, error } = useNotifications();
  const preferences = useNotificationPreferences();
  return (
    <div className="mda-notifications">
      <PageTitle title={t('notifications.title')} />
      <Paragraph>{t('notifications.intro')}</Paragraph>
      {error && !data ? <QueryError error={error} /> : null}
      {!data && loading ? <LoadingState label={t('app.loading')} /> : null}
      {data ? <NotificationList notifications={data.notifications} linkCases={mayDoCasework(ability)} /> : null}
      {preferences.error && !preferences.data ? <QueryError error={preferences.error} /> : null}
      {preferences.data ? <NotificationPreferences preferences={preferences.data.myNotificationPreferences} /> : null}
    </div>
  );
}
