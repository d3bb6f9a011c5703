import type { UserRole } from '@mda/graphql';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { isCaseworkUser, isPrivacyOfficer } from '../modules/auth/roles';
import { NotificationLink } from '../modules/privacy/components/NotificationLink';

export interface MainNavigationProps {
  roles: readonly UserRole[];
}

const LINK_CLASS = 'utrecht-link utrecht-link--html-a';

/** The header's links, by role: casework, emergency access, the FG console, notifications. */
export function MainNavigation({ roles }: MainNavigationProps) {
  const { t } = useTranslation();
  const casework = isCaseworkUser(roles);
  return (
    <nav aria-label={t('app.mainNavigation')} className="mda-nav" data-testid="main-navigation">
      <ul className="mda-nav__list">
        {casework ? (
          <li>
            <NavLink to="/cases" end className={LINK_CLASS} data-testid="nav-cases">
              {t('nav.myCases')}
            </NavLink>
          </li>
        ) : null}
        {casework ? (
          <li>
            <NavLink to="/noodtoegang" className={LINK_CLASS} data-testid="nav-break-glass">
              {t('nav.breakGlass')}
            </NavLink>
          </li>
        ) : null}
        {isPrivacyOfficer(roles) ? (
          <li>
            <NavLink to="/fg" className={LINK_CLASS} data-testid="nav-privacy-console">
              {t('nav.privacyConsole')}
            </NavLink>
          </li>
        ) : null}
        <li>
          <NotificationLink />
        </li>
      </ul>
    </nav>
  );
}
