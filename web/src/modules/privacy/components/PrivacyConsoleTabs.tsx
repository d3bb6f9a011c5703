import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const LINK_CLASS = 'utrecht-link utrecht-link--html-a';

/**
 * The console's two sections as real links: each has its own address, so the browser's
 * back button and bookmarks work; the current one carries aria-current="page".
 */
export function PrivacyConsoleTabs() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('fg.sections')} className="mda-tabs" data-testid="fg-sections">
      <ul className="mda-tabs__list">
        <li>
          <NavLink to="/fg" end className={LINK_CLASS} data-testid="fg-tab-reviews">
            {t('fg.tabReviews')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/fg/logboek" className={LINK_CLASS} data-testid="fg-tab-access-log">
            {t('fg.tabAccessLog')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
