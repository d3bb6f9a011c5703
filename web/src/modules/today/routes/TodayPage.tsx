import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import { formatDateTime, formatDateTimeAsDate, formatLocalDate } from '../../../ui/formatDate';
import { LoadingState } from '../../../ui/LoadingState';
import { RouterLink } from '../../../ui/RouterLink';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import { mayReadEscalations } from '../../auth/permissions';
import { EscalationDeadline } from '../../escalations/components/EscalationDeadline';
import { splitActions } from '../today';

const TodayActionsQuery = graphql(`
  query TodayActions {
    myPlanActions {
      id
      caseId
      caseReference
      description
      dueOn
      status
      ownerOrganisation
      reason
      workingDaysLate
    }
  }
`);

const TodayEscalationsQuery = graphql(`
  query TodayEscalations {
    myEscalations {
      id
      caseReference
      trigger
      level
      deadline
      overdue
      status
      mayDecide
      decisionAsked
      grounds {
        at
      }
    }
  }
`);

const TodayProposalsQuery = graphql(`
  query TodayProposals {
    myDirectorAssignments {
      id
      caseId
      caseReference
      kind
      status
      proposedAt
    }
  }
`);

const TodayNotificationsQuery = graphql(`
  query TodayNotifications {
    notifications {
      id
      kind
      message
      caseId
      escalationId
      createdAt
      readAt
    }
  }
`);

interface SectionProps {
  id: string;
  title: string;
  count: number | null;
  children: ReactNode;
}

/** One block of "Vandaag": a heading with the number of items, then the items or a truthful empty state. */
function TodaySection({ id, title, count, children }: SectionProps) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="mda-section mda-today__section"
      data-testid={id}
      data-count={count ?? ''}
    >
      <Heading2 id={`${id}-heading`}>
        {title}
        {count !== null ? <span className="mda-today__count"> ({count})</span> : null}
      </Heading2>
      {children}
    </section>
  );
}

/** A block's content once its query has answered; the page frame and the other blocks stay while it loads. */
function Loading({
  data,
  loading,
  error,
  refetch,
  children,
}: {
  data?: unknown;
  loading: boolean;
  refetch?: () => unknown;
  error?: Parameters<typeof QueryError>[0]['error'];
  children: () => ReactNode;
}) {
  const { t } = useTranslation();
  if (error && !data) return <QueryError error={error} retry={refetch ? () => refetch() : undefined} />;
  if (!data) return loading ? <LoadingState label={t('app.loading')} /> : null;
  return <>{children()}</>;
}

function EscalationsToDecide() {
  const { t } = useTranslation();
  const labels = useEnumLabels();
  const query = useQuery(TodayEscalationsQuery, { fetchPolicy: 'cache-and-network' });
  const rows = (query.data?.myEscalations ?? []).filter((e) => e.status === 'OPEN' && e.mayDecide);
  return (
    <TodaySection id="today-escalations" title={t('today.escalations.title')} count={query.data ? rows.length : null}>
      <Loading {...query}>
        {() =>
          rows.length === 0 ? (
            <Paragraph data-testid="today-escalations-empty">{t('today.escalations.empty')}</Paragraph>
          ) : (
            <ul className="mda-today__list">
              {rows.map((e) => (
                <li
                  key={e.id}
                  className={e.overdue ? 'mda-today__item mda-today__item--late' : 'mda-today__item'}
                  data-testid="today-escalation"
                  data-overdue={e.overdue}
                >
                  <RouterLink to={`/escalaties/${e.id}`}>
                    {t('today.escalations.link', {
                      reference: e.caseReference,
                      trigger: labels.escalationTrigger(e.trigger),
                    })}
                  </RouterLink>
                  <span className="mda-today__meta">
                    {t('escalations.level', { level: e.level })} ·{' '}
                    {t('today.escalations.grounds', { count: e.grounds.length })} ·{' '}
                    <EscalationDeadline deadline={e.deadline} overdue={e.overdue} open />
                  </span>
                  <span className="mda-today__detail">{e.decisionAsked}</span>
                </li>
              ))}
            </ul>
          )
        }
      </Loading>
    </TodaySection>
  );
}

function MyActions() {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const query = useQuery(TodayActionsQuery, { fetchPolicy: 'cache-and-network' });
  const { late, soon } = splitActions(query.data?.myPlanActions ?? []);
  const item = (a: (typeof late)[number]) => (
    <li
      key={a.id}
      className={a.workingDaysLate > 0 ? 'mda-today__item mda-today__item--late' : 'mda-today__item'}
      data-testid="today-action"
      data-late={a.workingDaysLate > 0}
    >
      <RouterLink to={`/cases/${a.caseId}/plan`}>
        {t('today.actions.link', { reference: a.caseReference, description: a.description })}
      </RouterLink>
      <span className="mda-today__meta">
        {a.workingDaysLate > 0 ? (
          <strong className="mda-over-norm">{t('today.actions.late', { count: a.workingDaysLate })}</strong>
        ) : (
          t('today.actions.due')
        )}{' '}
        {formatLocalDate(a.dueOn, i18n.language)} · {a.ownerOrganisation} · {labels.actionStatus(a.status)} ·{' '}
        {t(`today.actions.reason.${a.reason}`)}
      </span>
    </li>
  );
  return (
    <>
      <TodaySection
        id="today-late-actions"
        title={t('today.actions.lateTitle')}
        count={query.data ? late.length : null}
      >
        <Loading {...query}>
          {() =>
            late.length === 0 ? (
              <Paragraph data-testid="today-late-empty">{t('today.actions.lateEmpty')}</Paragraph>
            ) : (
              <ul className="mda-today__list">{late.map(item)}</ul>
            )
          }
        </Loading>
      </TodaySection>
      <TodaySection id="today-due-actions" title={t('today.actions.soonTitle')} count={query.data ? soon.length : null}>
        <Loading {...query}>
          {() =>
            soon.length === 0 ? (
              <Paragraph data-testid="today-due-empty">{t('today.actions.soonEmpty')}</Paragraph>
            ) : (
              <ul className="mda-today__list">{soon.map(item)}</ul>
            )
          }
        </Loading>
      </TodaySection>
    </>
  );
}

function ProposalsToAnswer() {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const query = useQuery(TodayProposalsQuery, { fetchPolicy: 'cache-and-network' });
  const rows = (query.data?.myDirectorAssignments ?? []).filter((a) => a.status === 'PROPOSED');
  return (
    <TodaySection id="today-proposals" title={t('today.proposals.title')} count={query.data ? rows.length : null}>
      <Loading {...query}>
        {() =>
          rows.length === 0 ? (
            <Paragraph data-testid="today-proposals-empty">{t('today.proposals.empty')}</Paragraph>
          ) : (
            <ul className="mda-today__list">
              {rows.map((a) => (
                <li key={a.id} className="mda-today__item" data-testid="today-proposal">
                  <RouterLink to={`/cases/${a.caseId}`}>
                    {t('today.proposals.link', { reference: a.caseReference, kind: labels.directorKind(a.kind) })}
                  </RouterLink>
                  <span className="mda-today__meta">
                    {t('today.proposals.since', { date: formatDateTime(a.proposedAt, i18n.language) })}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </Loading>
    </TodaySection>
  );
}

function NewNotifications() {
  const { t, i18n } = useTranslation();
  const query = useQuery(TodayNotificationsQuery, { fetchPolicy: 'cache-and-network' });
  const unread = (query.data?.notifications ?? []).filter((n) => !n.readAt);
  const shown = unread.slice(0, 10);
  return (
    <TodaySection
      id="today-notifications"
      title={t('today.notifications.title')}
      count={query.data ? unread.length : null}
    >
      <Loading {...query}>
        {() =>
          shown.length === 0 ? (
            <Paragraph data-testid="today-notifications-empty">{t('today.notifications.empty')}</Paragraph>
          ) : (
            <>
              <ul className="mda-today__list">
                {shown.map((n) => (
                  <li key={n.id} className="mda-today__item" data-testid="today-notification">
                    <RouterLink
                      to={
                        n.escalationId
                          ? `/escalaties/${n.escalationId}`
                          : n.caseId
                            ? `/cases/${n.caseId}`
                            : '/meldingen'
                      }
                    >
                      {n.message.split(' / ')[0]}
                    </RouterLink>
                    <span className="mda-today__meta">{formatDateTime(n.createdAt, i18n.language)}</span>
                  </li>
                ))}
              </ul>
              <Paragraph>
                <RouterLink to="/meldingen">{t('today.notifications.all', { count: unread.length })}</RouterLink>
              </Paragraph>
            </>
          )
        }
      </Loading>
    </TodaySection>
  );
}

/**
 * "Vandaag": the start page for casework. What waits for me, most urgent first: escalations
 * awaiting my decision (with their working-day clock), my late plan actions, those due this
 * week, director proposals to answer and new notifications. Each row links to where the work
 * is done; every empty block says what is true.
 */
export function TodayPage() {
  const { t, i18n } = useTranslation();
  const ability = useAppAbility();
  return (
    <div className="mda-today" data-testid="today">
      <PageTitle title={t('today.title')} />
      <Paragraph className="mda-today__date">
        {t('today.intro', { date: formatDateTimeAsDate(new Date().toISOString(), i18n.language) })}
      </Paragraph>
      {mayReadEscalations(ability) ? <EscalationsToDecide /> : null}
      <MyActions />
      <ProposalsToAnswer />
      <NewNotifications />
    </div>
  );
}
