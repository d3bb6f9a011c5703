import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, Heading3, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../app/QueryError';
import { DataTable } from '../../../ui/DataTable';
import { ErrorRegion } from '../../../ui/ErrorRegion';
import { formatDateTime } from '../../../ui/formatDate';
import { LiveRegion } from '../../../ui/LiveRegion';
import { LoadingState } from '../../../ui/LoadingState';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import { mayApproveErasure, mayWithdrawErasure } from '../../auth/permissions';
import { useApproveErasureMutation } from '../hooks/useApproveErasureMutation';
import { useWithdrawErasureMutation } from '../hooks/useWithdrawErasureMutation';

const PendingErasureRequestsQuery = graphql(`
  query PendingErasureRequests {
    pendingErasureRequests {
      id
      personId
      requestedById
      requestedBy
      requesterOrganisation
      requestedAt
      status
      note
      caseReferences
      affectedOrganisationIds
      affectedOrganisations
    }
  }
`);

/**
 * Four eyes: erasure requests that touch another organisation's data wait here for a second
 * privacy officer (one of an affected organisation, or the coordinating one), never the
 * requester, who may withdraw the request until then. Which buttons show is the API's rules.
 */
export function PendingErasureRequests() {
  const { t, i18n } = useTranslation();
  const ability = useAppAbility();
  const { data, loading, error } = useQuery(PendingErasureRequestsQuery, { fetchPolicy: 'network-only' });
  const { approve, loading: approving } = useApproveErasureMutation();
  const { withdraw, loading: withdrawing } = useWithdrawErasureMutation();
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const busy = approving || withdrawing;

  const onApprove = async (id: string) => {
    setDone(null);
    setFailure(null);
    const result = await approve(id);
    if (result.ok)
      setDone(result.data.outcome === 'ERASED' ? t('erasure.approvedErased') : t('erasure.approvedRestricted'));
    else setFailure(result.message ?? t('erasure.failed'));
  };
  const onWithdraw = async (id: string) => {
    setDone(null);
    setFailure(null);
    const result = await withdraw(id);
    if (result.ok) setDone(t('erasure.withdrawn'));
    else setFailure(result.message ?? t('erasure.failed'));
  };

  return (
    <section aria-labelledby="erasure-pending-heading" className="mda-section" data-testid="erasure-pending">
      <Heading3 id="erasure-pending-heading">{t('erasure.pendingTitle')}</Heading3>
      <Paragraph className="mda-muted">{t('erasure.pendingIntro')}</Paragraph>
      <LiveRegion politeness="polite">
        {done ? (
          <Alert type="ok" className="mda-alert" data-testid="erasure-decision-ok">
            <Paragraph>{done}</Paragraph>
          </Alert>
        ) : null}
      </LiveRegion>
      <ErrorRegion title={t('erasure.failedTitle')} message={failure} data-testid="erasure-decision-error" />
      {error ? <QueryError error={error} /> : null}
      {!data && loading ? <LoadingState label={t('app.loading')} /> : null}
      {data && data.pendingErasureRequests.length === 0 ? (
        <Paragraph data-testid="erasure-pending-none">{t('erasure.pendingNone')}</Paragraph>
      ) : null}
      {data && data.pendingErasureRequests.length > 0 ? (
        <DataTable
          caption={t('erasure.pendingTitle')}
          columns={[
            t('erasure.columns.requested'),
            t('erasure.columns.person'),
            t('erasure.columns.cases'),
            t('erasure.columns.affected'),
            t('erasure.columns.note'),
            t('erasure.columns.decide'),
          ]}
          data-testid="erasure-pending-table"
        >
          {data.pendingErasureRequests.map((request) => (
            <TableRow
              key={request.id}
              data-testid="erasure-pending-row"
              data-request-id={request.id}
              data-person-id={request.personId}
            >
              <TableCell>
                {formatDateTime(request.requestedAt, i18n.language)} · {request.requestedBy} (
                {request.requesterOrganisation})
              </TableCell>
              <TableCell>
                <code>{request.personId}</code>
              </TableCell>
              <TableCell>{request.caseReferences.join(', ')}</TableCell>
              <TableCell data-testid="erasure-pending-affected">{request.affectedOrganisations.join(', ')}</TableCell>
              <TableCell>{request.note ?? '—'}</TableCell>
              <TableCell>
                <ButtonGroup>
                  {mayApproveErasure(ability, request) ? (
                    <Button
                      type="button"
                      appearance="primary-action-button"
                      disabled={busy}
                      onClick={() => void onApprove(request.id)}
                      data-testid="erasure-approve"
                    >
                      {t('erasure.approve')}
                    </Button>
                  ) : null}
                  {mayWithdrawErasure(ability, request) ? (
                    <Button
                      type="button"
                      appearance="secondary-action-button"
                      disabled={busy}
                      onClick={() => void onWithdraw(request.id)}
                      data-testid="erasure-withdraw"
                    >
                      {t('erasure.withdraw')}
                    </Button>
                  ) : null}
                </ButtonGroup>
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
