import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { DataTable } from '../../../ui/DataTable';
import { formatDateTime } from '../../../ui/formatDate';
import { RouterLink } from '../../../ui/RouterLink';

const MyDirectorAssignmentsQuery = graphql(`
  query MyDirectorAssignments {
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

/** On "Mijn casussen": the cases I direct and the proposals waiting for my answer. */
export function MyDirectorAssignments() {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const { data } = useQuery(MyDirectorAssignmentsQuery);
  const rows = data?.myDirectorAssignments ?? [];
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="my-direction-heading" className="mda-section" data-testid="my-direction">
      <Heading2 id="my-direction-heading">{t('direction.mine.title')}</Heading2>
      <Paragraph>{t('direction.mine.intro')}</Paragraph>
      <DataTable
        caption={t('direction.mine.title')}
        columns={[
          t('direction.col.case'),
          t('direction.col.kind'),
          t('direction.col.status'),
          t('direction.col.proposedAt'),
        ]}
        data-testid="my-direction-table"
      >
        {rows.map((a) => (
          <TableRow key={a.id} data-testid="my-direction-row" data-case-id={a.caseId} data-status={a.status}>
            <TableCell>
              <RouterLink to={`/cases/${a.caseId}`}>{a.caseReference}</RouterLink>
            </TableCell>
            <TableCell>{labels.directorKind(a.kind)}</TableCell>
            <TableCell>
              {a.status === 'PROPOSED' ? (
                <strong>{t('direction.mine.awaitingAnswer')}</strong>
              ) : (
                labels.directorAssignmentStatus(a.status)
              )}
            </TableCell>
            <TableCell>{formatDateTime(a.proposedAt, i18n.language)}</TableCell>
          </TableRow>
        ))}
      </DataTable>
    </section>
  );
}
