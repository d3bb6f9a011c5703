import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAppAbility } from '../modules/auth/hooks/useAppAbility';
import {
  mayDoCasework,
  mayManageMailDelivery,
  mayReadEscalations,
  mayReadMeetings,
  mayReadFigures,
  mayReadWaitingList,
  mayReadWorkload,
  mayRequestBreakGlass,
  mayUseIntakeDesk,
  mayUseInvolvementIndex,
  mayUsePrivacyConsole,
} from '../modules/auth/permissions';
import { NotificationLink } from '../modules/notifications/components/NotificationLink';

const LINK_CLASS = 'utrecht-link utrecht-link--html-a';

/**
 * The header's links, by the session's permission rules (the API's own): casework,
 * emergency access, the FG console, notifications.
 */
export function MainNavigation() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const casework = mayDoCasework(ability);
  return (
    <nav aria-label={t('app.mainNavigation')} className="mda-nav" data-testid="main-navigation">
      <ul className="mda-nav__list">
        {casework ? (
          <li>
            <NavLink to="/vandaag" className={LINK_CLASS} data-testid="nav-today">
              {t('nav.today')}
            </NavLink>
          </li>
        ) : null}
        {casework ? (
          <li>
            <NavLink to="/cases" end className={LINK_CLASS} data-testid="nav-cases">
              {t('nav.myCases')}
            </NavLink>
          </li>
        ) : null}
        {mayUseIntakeDesk(ability) ? (
          <li>
            <NavLink to="/intake" className={LINK_CLASS} data-testid="nav-intake">
              {t('nav.intake')}
            </NavLink>
          </li>
        ) : null}
        {mayUseInvolvementIndex(ability) ? (
          <li>
            <NavLink to="/verwijsindex" className={LINK_CLASS} data-testid="nav-involvement-index">
              {t('nav.involvementIndex')}
            </NavLink>
          </li>
        ) : null}
        {casework ? (
          <li>
            <NavLink to="/zoeken" className={LINK_CLASS} data-testid="nav-search">
              {t('nav.search')}
            </NavLink>
          </li>
        ) : null}
        {mayReadMeetings(ability) ? (
          <li>
            <NavLink to="/overleggen" className={LINK_CLASS} data-testid="nav-meetings">
              {t('nav.meetings')}
            </NavLink>
          </li>
        ) : null}
        {mayReadEscalations(ability) ? (
          <li>
            <NavLink to="/escalaties" className={LINK_CLASS} data-testid="nav-escalations">
              {t('nav.escalations')}
            </NavLink>
          </li>
        ) : null}
        {mayReadWaitingList(ability) ? (
          <li>
            <NavLink to="/werkvoorraad" className={LINK_CLASS} data-testid="nav-waiting-list">
              {t('nav.waitingList')}
            </NavLink>
          </li>
        ) : null}
        {mayReadWorkload(ability) ? (
          <li>
            <NavLink to="/werklast" className={LINK_CLASS} data-testid="nav-workload">
              {t('nav.workload')}
            </NavLink>
          </li>
        ) : null}
        {mayReadFigures(ability) ? (
          <li>
            <NavLink to="/cijfers" className={LINK_CLASS} data-testid="nav-figures">
              {t('nav.figures')}
            </NavLink>
          </li>
        ) : null}
        {mayRequestBreakGlass(ability) ? (
          <li>
            <NavLink to="/noodtoegang" className={LINK_CLASS} data-testid="nav-break-glass">
              {t('nav.breakGlass')}
            </NavLink>
          </li>
        ) : null}
        {mayUsePrivacyConsole(ability) ? (
          <li>
            <NavLink to="/fg" className={LINK_CLASS} data-testid="nav-privacy-console">
              {t('nav.privacyConsole')}
            </NavLink>
          </li>
        ) : null}
        {mayManageMailDelivery(ability) ? (
          <li>
            <NavLink to="/beheer/e-mail" className={LINK_CLASS} data-testid="nav-failed-mails">
              {t('nav.failedMails')}
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
