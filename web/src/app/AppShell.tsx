import {
  Button,
  Page,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { UserMenu } from '../modules/auth/components/UserMenu';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { PermissionsProvider } from '../modules/auth/components/PermissionsProvider';
import { useAppAbility } from '../modules/auth/hooks/useAppAbility';
import { mayDeclarePurpose } from '../modules/auth/permissions';
import { PurposePicker } from '../modules/privacy/components/PurposePicker';
import { RouterLink } from '../ui/RouterLink';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNavigation } from './MainNavigation';

/** Layout shell for every page, with the session's permission rules for everything below. */
export function AppShell() {
  return (
    <PermissionsProvider>
      <Layout />
    </PermissionsProvider>
  );
}

/**
 * Skip link, header, the main landmark, footer. On a narrow screen (a phone, 320 CSS px) the
 * header's tools and the navigation fold behind a "Menu" button; every navigation folds it again.
 */
function Layout() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const ability = useAppAbility();
  const location = useLocation();
  // Open for the page it was opened on: any navigation (a link in it, back, a redirect) folds it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === location.key;
  return (
    <Page className="mda-page">
      <SkipLink href="#main">{t('app.skipLink')}</SkipLink>
      <PageHeader className="mda-header">
        <div className="mda-header__brand">
          <RouterLink to="/cases" className="mda-header__title">
            {t('app.name')}
          </RouterLink>
          <span className="mda-header__tagline">{t('app.tagline')}</span>
        </div>
        {user ? (
          <Button
            type="button"
            appearance="secondary-action-button"
            className="mda-menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="mda-header-menu"
            onClick={() => setOpenOn(menuOpen ? null : location.key)}
            data-testid="menu-toggle"
          >
            {t('app.menu')}
          </Button>
        ) : null}
        <div id="mda-header-menu" className={`mda-header__menu${menuOpen || !user ? ' mda-header__menu--open' : ''}`}>
          <div className="mda-header__tools">
            {user && mayDeclarePurpose(ability) ? <PurposePicker /> : null}
            <UserMenu />
            <LanguageSwitch />
          </div>
          {user ? <MainNavigation /> : null}
        </div>
      </PageHeader>
      <PageContent>
        <main id="main" tabIndex={-1} className="utrecht-page-content__main mda-main">
          <Outlet />
        </main>
      </PageContent>
      <PageFooter className="mda-footer">
        <Paragraph appearance="small">{t('app.footer')}</Paragraph>
      </PageFooter>
    </Page>
  );
}
