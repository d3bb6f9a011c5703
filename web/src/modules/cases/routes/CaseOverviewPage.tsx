import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorCode } from '../../../app/errors';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import { LoadingState } from '../../../ui/LoadingState';
import { RouterLink } from '../../../ui/RouterLink';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import { mayRequestBreakGlass } from '../../auth/permissions';
import { CaseDirectionSection } from '../../directors/components/CaseDirectionSection';
import { CaseEscalationsSection } from '../../escalations/components/CaseEscalationsSection';
import { CaseMeetingHistory } from '../../meetings/components/CaseMeetingHistory';
import { CaseReportHistory } from '../../intake/components/CaseReportHistory';
import { CaseInvolvementSection } from '../../involvements/components/CaseInvolvementSection';
import { CaseEntriesSection } from '../components/CaseEntriesSection';
import { CaseHeader } from '../components/CaseHeader';
import { CaseStatusSection } from '../components/CaseStatusSection';
import { CaseSummary } from '../components/CaseSummary';
import { CaseTeamTable } from '../components/CaseTeamTable';
import { HouseholdMemberList } from '../components/HouseholdMemberList';
import { RecordEntryForm } from '../components/RecordEntryForm';
import { LiveRegion } from '../../../ui/LiveRegion';
import { useCaseActivity, type CaseActivityEvent } from '../hooks/useCaseActivity';

const CaseOverviewQuery = graphql(`
  query CaseOverview($id: ID!) {
    case(id: $id) {
      id
      reference
      viewerAccess
      ...CaseSummary_case
      household {
        id
        ...HouseholdMemberList_household
      }
      ...CaseTeamTable_case
      ...CaseStatusSection_case
      ...CaseEntriesSection_case
      ...RecordEntryForm_case
      ...CaseReportHistory_case
      ...CaseInvolvementSection_case
    }
  }
`);

function CaseNotFound() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  return (
    <div data-testid="not-found">
      <PageTitle title={t('case.notFoundTitle')} />
      <Paragraph>{t('case.notFoundText')}</Paragraph>
      {mayRequestBreakGlass(ability) ? (
        <Paragraph data-testid="not-found-break-glass">
          {t('case.notFoundBreakGlass')}{' '}
          <RouterLink to="/noodtoegang" data-testid="not-found-break-glass-link">
            {t('case.notFoundBreakGlassLink')}
          </RouterLink>
        </Paragraph>
      ) : null}
      <Paragraph>
        <RouterLink to="/cases">{t('case.backToList')}</RouterLink>
      </Paragraph>
    </div>
  );
}

export function CaseOverviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CaseOverviewQuery, { variables: { id } });
  const [lastChange, setLastChange] = useState<CaseActivityEvent | null>(null);
  // A partner's change (entry, team, status) refreshes the overview without a reload; the
  // direction and escalation sections re-read themselves when the change is theirs.
  const { live } = useCaseActivity(data ? id : '', (event) => {
    setLastChange(event);
    void refetch();
  });

  if (errorCode(error) === 'NOT_FOUND') return <CaseNotFound />;
  if (error && !data) return <QueryError error={error} retry={() => refetch()} />;
  if (!data) return loading ? <LoadingState label={t('app.loading')} /> : <CaseNotFound />;

  const caseData = data.case;
  return (
    <article className="mda-case" aria-labelledby="case-title">
      <Paragraph>
        <RouterLink to="/cases">{t('case.backToList')}</RouterLink>
      </Paragraph>
      <PageTitle title={`${t('case.titlePrefix')} ${caseData.reference}`}>
        <span id="case-title">
          {t('case.titlePrefix')} <span data-testid="case-reference">{caseData.reference}</span>
        </span>
      </PageTitle>
      <CaseHeader caseId={caseData.id} />

      <section aria-labelledby="case-summary-heading" className="mda-section">
        <Heading2 id="case-summary-heading">{t('case.summaryTitle')}</Heading2>
        <CaseSummary case={caseData} />
      </section>

      <Paragraph>
        <RouterLink to={`/cases/${caseData.id}/plan`} data-testid="case-plan-link">
          {t('plan.openFromCase')}
        </RouterLink>
      </Paragraph>

      <section aria-labelledby="case-household-heading" className="mda-section">
        <Heading2 id="case-household-heading">{t('case.householdTitle')}</Heading2>
        <HouseholdMemberList household={caseData.household} caption={t('case.householdCaption')} />
      </section>

      <section aria-labelledby="case-team-heading" className="mda-section">
        <Heading2 id="case-team-heading">{t('case.teamTitle')}</Heading2>
        <CaseTeamTable case={caseData} />
      </section>

      <CaseReportHistory case={caseData} />

      <CaseInvolvementSection case={caseData} />

      <CaseDirectionSection caseId={caseData.id} reference={caseData.reference} activity={lastChange} />

      <CaseEscalationsSection caseId={caseData.id} activity={lastChange} />

      <CaseMeetingHistory caseId={caseData.id} />

      <Paragraph className="mda-live-status">
        {live ? (
          <span className="mda-live-badge" data-testid="case-live">
            {t('case.live.badge')}
          </span>
        ) : null}
      </Paragraph>
      <LiveRegion data-testid="case-live-update">
        {lastChange
          ? t('case.live.updated', { organisation: lastChange.byOrganisation?.name ?? t('case.live.partner') })
          : null}
      </LiveRegion>
      <CaseEntriesSection case={caseData} />

      <RecordEntryForm case={caseData} onRecorded={() => refetch()} />

      <CaseStatusSection case={caseData} onStale={() => refetch()} />
    </article>
  );
}
