import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { QueryError } from '../../../app/QueryError';
import { LoadingState } from '../../../ui/LoadingState';
import { useCurrentUser } from '../hooks/useCurrentUser';

/** Routes below need a session; without one, go to /login and come back afterwards. */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const { user, error, refetch } = useCurrentUser();
  if (error) return <QueryError error={error} retry={refetch} />;
  // Only while nobody is known yet: a refetch of `me` (after a new purpose, say) must not
  // unmount the page and lose what the user was typing.
  if (user === undefined) return <LoadingState label={t('app.loading')} />;
  if (user === null) return <Navigate to="/login" replace state={{ from: location }} />;
  return <Outlet />;
}
