import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Button, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import { DataTable } from '../../../ui/DataTable';
import { type Feedback, FeedbackRegions } from '../../../ui/FeedbackRegions';
import { formatDateTimeAsDate } from '../../../ui/formatDate';
import { LoadingState } from '../../../ui/LoadingState';
import { RouterLink } from '../../../ui/RouterLink';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { mayDoCasework, maySetWaitingListContact } from '../../auth/permissions';
import { ProposeDirectorForm } from '../components/ProposeDirectorForm';
import { WaitingContactForm } from '../components/WaitingContactForm';

const WaitingListQuery = graphql(`
  query WaitingList {
    waitingList {
      caseId
      caseViewerAccess
      reference
      profile
      municipality
      waitingSince
      waitingWorkingDays
      normWorkingDays
      overNorm
      contact {
        userId
        displayName
        organisationName
        explicit
      }
      pendingProposals {
        assignmentId
        displayName
        organisationName
      }
    }
  }
`);

/** The werkvoorraad: running cases without a case director, oldest first, red past the norm. */
export function WaitingListPage() {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const ability = useAppAbility();
  const linkCases = mayDoCasework(ability);
  const { data, loading, error, refetch } = useQuery(WaitingListQuery);
  const ownOrganisationId = useCurrentUser().user?.organisation.id ?? '';
  const [assigning, setAssigning] = useState<{ caseId: string; reference: string } | null>(null);
  const [naming, setNaming] = useState<{ caseId: string; reference: string; currentUserId: string | null } | null>(
    null,
  );
  const [feedback, setFeedback] = useState<Feedback>(null);

  return (
    <div className="mda-waiting-list">
      <PageTitle title={t('waitingList.title')} />
      <Paragraph>{t('waitingList.intro')}</Paragraph>
      <FeedbackRegions feedback={feedback} testId="waiting-list" />
      {error && !data ? <QueryError error={error} retry={() => refetch()} /> : null}
      {!data && loading ? <LoadingState label={t('app.loading')} /> : null}
      {data && data.waitingList.length === 0 ? (
        <Paragraph data-testid="waiting-list-empty">{t('waitingList.empty')}</Paragraph>
      ) : null}
      {data && data.waitingList.length > 0 ? (
        <DataTable
          caption={t('waitingList.caption')}
          columns={[
            t('waitingList.col.reference'),
            t('waitingList.col.profile'),
            t('waitingList.col.waitingSince'),
            t('waitingList.col.waited'),
            t('waitingList.col.contact'),
            t('waitingList.col.proposals'),
            t('waitingList.col.action'),
          ]}
          data-testid="waiting-list"
        >
          {data.waitingList.map((item) => (
            <TableRow
              key={item.caseId}
              data-testid="waiting-row"
              data-case-id={item.caseId}
              data-over-norm={item.overNorm}
              data-waiting-since={item.waitingSince}
            >
              <TableCell>
                {linkCases ? <RouterLink to={`/cases/${item.caseId}`}>{item.reference}</RouterLink> : item.reference}
              </TableCell>
              <TableCell>{labels.householdProfile(item.profile)}</TableCell>
              <TableCell>{formatDateTimeAsDate(item.waitingSince, i18n.language)}</TableCell>
              <TableCell className={item.overNorm ? 'mda-over-norm' : undefined} data-testid="waiting-days">
                {t('waitingList.waited', { count: item.waitingWorkingDays, norm: item.normWorkingDays })}
                {item.overNorm ? <strong> {t('waitingList.overNorm')}</strong> : null}
              </TableCell>
              <TableCell data-testid="waiting-contact" data-contact-id={item.contact?.userId ?? ''}>
                {item.contact
                  ? `${item.contact.displayName} (${item.contact.organisationName})`
                  : t('waitingList.noContact')}
                {maySetWaitingListContact(ability, item.caseId, ownOrganisationId) ? (
                  <>
                    {' '}
                    <Button
                      type="button"
                      appearance="subtle-button"
                      onClick={() => {
                        setFeedback(null);
                        setAssigning(null);
                        setNaming({
                          caseId: item.caseId,
                          reference: item.reference,
                          currentUserId: item.contact?.explicit ? item.contact.userId : null,
                        });
                      }}
                      aria-label={t('waitingList.contactFor', { reference: item.reference })}
                      data-testid="waiting-contact-open"
                    >
                      {item.contact?.explicit ? t('waitingList.changeContact') : t('waitingList.setContact')}
                    </Button>
                  </>
                ) : null}
              </TableCell>
              <TableCell data-testid="waiting-proposals">
                {item.pendingProposals.map((p) => `${p.displayName} (${p.organisationName})`).join(', ')}
              </TableCell>
              <TableCell>
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  onClick={() => {
                    setFeedback(null);
                    setNaming(null);
                    setAssigning({ caseId: item.caseId, reference: item.reference });
                  }}
                  aria-label={t('waitingList.assignFor', { reference: item.reference })}
                  data-testid="waiting-assign"
                >
                  {t('waitingList.assign')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      ) : null}
      {assigning ? (
        <ProposeDirectorForm
          key={assigning.caseId}
          caseId={assigning.caseId}
          reference={assigning.reference}
          onDone={(proposed) => {
            const reference = assigning.reference;
            setAssigning(null);
            if (proposed) {
              setFeedback({ kind: 'ok', text: t('waitingList.proposed', { reference }) });
              void refetch();
            }
          }}
        />
      ) : null}
      {naming ? (
        <WaitingContactForm
          key={naming.caseId}
          caseId={naming.caseId}
          reference={naming.reference}
          currentUserId={naming.currentUserId}
          onDone={(changed) => {
            const reference = naming.reference;
            setNaming(null);
            if (changed) {
              setFeedback({ kind: 'ok', text: t('waitingList.contactSet', { reference }) });
              void refetch();
            }
          }}
        />
      ) : null}
    </div>
  );
}
