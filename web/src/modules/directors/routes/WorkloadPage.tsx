import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../app/PageTitle';
import { QueryError } from '../../../app/QueryError';
import { DataTable } from '../../../ui/DataTable';
import { LoadingState } from '../../../ui/LoadingState';

const WorkloadQuery = graphql(`
  query Workload {
    workload {
      userId
      displayName
      organisationName
      activeCases
      proposedCases
      overdueActions
      openEscalations
      overdueEscalations
      awaitingDecision
    }
  }
`);

/** Per director: running cases, proposals, overdue plan actions and escalations, to balance the work. */
export function WorkloadPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(WorkloadQuery);
  return (
    <div className="mda-workload">
      <PageTitle title={t('workload.title')} />
      <Paragraph>{t('workload.intro')}</Paragraph>
      {error && !data ? <QueryError error={error} retry={() => refetch()} /> : null}
      {!data && loading ? <LoadingState label={t('app.loading')} /> : null}
      {data ? (
        <DataTable
          caption={t('workload.caption')}
          columns={[
            t('workload.col.director'),
            t('workload.col.organisation'),
            t('workload.col.activeCases'),
            t('workload.col.proposedCases'),
            t('workload.col.overdueActions'),
            t('workload.col.openEscalations'),
            t('workload.col.awaitingDecision'),
          ]}
          data-testid="workload"
        >
          {data.workload.map((w) => (
            <TableRow key={w.userId} data-testid="workload-row" data-user-id={w.userId}>
              <TableCell>{w.displayName}</TableCell>
              <TableCell>{w.organisationName}</TableCell>
              <TableCell data-testid="workload-active">{w.activeCases}</TableCell>
              <TableCell>{w.proposedCases}</TableCell>
              <TableCell className={w.overdueActions > 0 ? 'mda-over-norm' : undefined}>{w.overdueActions}</TableCell>
              <TableCell>
                {w.openEscalations}
                {w.overdueEscalations > 0 ? ` (${t('workload.overdue', { count: w.overdueEscalations })})` : ''}
              </TableCell>
              <TableCell>{w.awaitingDecision}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      ) : null}
    </div>
  );
}
