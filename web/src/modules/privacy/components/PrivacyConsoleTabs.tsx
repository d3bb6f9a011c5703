import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const LINK_CLASS = 'utrecht-link utrecht-link--html-a';

const TABS = [
  { to: '/fg', label: 'fg.tabReviews', testId: 'fg-tab-reviews', end: true },
  { to: '/fg/logboek', label: 'fg.tabAccessLog', testId: 'fg-tab-access-log', end: false },
  { to: '/fg/signalen', label: 'fg.tabSignals', testId: 'fg-tab-signals', end: false },
  { to: '/fg/inzage', label: 'fg.tabExport', testId: 'fg-tab-export', end: false },
  { to: '/fg/verwijderen', label: 'fg.tabErasure', testId: 'fg-tab-erasure', end: false },
] as const;

/**
 * The console's sections as real links: each has its own address, so the browser's
 * back button and bookmarks work; the current one carries aria-current="page".
 */
export function PrivacyConsoleTabs() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('fg.sections')} className="mda-tabs" data-testid="fg-sections">
      <ul className="mda-tabs__list">
        {TABS.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end} className={LINK_CLASS} data-testid={tab.testId}>
              {t(tab.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
