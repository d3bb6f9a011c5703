import type { AppAbility } from '@mda/authz';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageTitle } from '../../../app/PageTitle';
import { RouterLink } from '../../../ui/RouterLink';
import { useAppAbility } from '../hooks/useAppAbility';

export interface RequirePermissionProps {
  /** Decides with the session's rules whether the routes below are for this user. */
  allows(ability: AppAbility): boolean;
}

/**
 * Routes below are only for users the session's rules allow; others get "no access"
 * instead of a page that the API would answer with FORBIDDEN anyway.
 */
export function RequirePermission({ allows }: RequirePermissionProps) {
  const ability = useAppAbility();
  return allows(ability) ? <Outlet /> : <NoAccess />;
}

function NoAccess() {
  const { t } = useTranslation();
  return (
    <div data-testid="no-access">
      <PageTitle title={t('errors.noAccessTitle')} />
      <Paragraph>{t('errors.noAccessText')}</Paragraph>
      <Paragraph>
        <RouterLink to="/cases">{t('case.backToList')}</RouterLink>
      </Paragraph>
    </div>
  );
}
