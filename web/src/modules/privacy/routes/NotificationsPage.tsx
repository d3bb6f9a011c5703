import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import { LoadingState } from '../../../ui/LoadingState';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { isCaseworkUser } from '../../auth/roles';
import { NotificationList } from '../components/NotificationList';
import { useNotifications } from '../hooks/useNotifications';

export function NotificationsPage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const { data, loading, error } = useNotifications();
  return (
    <div className="mda-notifications">
      <PageTitle title={t('notifications.title')} />
      <Paragraph>{t('notifications.intro')}</Paragraph>
      {error && !data ? <QueryError error={error} /> : null}
      {!data && loading ? <LoadingState label={t('app.loading')} /> : null}
      {data ? <NotificationList notifications={data.notifications} linkCases={user ? isCaseworkUser(user.roles) : false} /> : null}
    </div>
  );
}
