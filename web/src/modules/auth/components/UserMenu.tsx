import { graphql } from '@mda/graphql';
import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useEnumLabels } from '../../../app/i18n/labels';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { useLogoutMutation } from '../hooks/useLogoutMutation';

export const UserMenu_userFragment = graphql(`
  fragment UserMenu_user on User {
    id
    displayName
    roles
    organisation {
      id
      name
      type
    }
  }
`);

/** Who is logged in, for which organisation, and the logout button. */
export function UserMenu() {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const navigate = useNavigate();
  const { user } = useCurrentUser();
  const { logout, loading } = useLogoutMutation();
  if (!user) return null;
  const roles = user.roles.map(labels.userRole).join(', ');
  return (
    <div className="mda-user-menu">
      <p className="mda-user-menu__who" data-testid="current-user">
        <span className="mda-user-menu__name">{user.displayName}</span>
        <span className="mda-user-menu__org">
          {user.organisation.name} · {roles}
        </span>
      </p>
      <Button
        type="button"
        appearance="secondary-action-button"
        data-testid="logout"
        busy={loading}
        disabled={loading}
        onClick={() => {
          void logout().then(() => navigate('/login', { replace: true }));
        }}
      >
        {t('auth.logout')}
      </Button>
    </div>
  );
}
