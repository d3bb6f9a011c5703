import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/DataTable';
import { useEnumLabels } from '../../../app/i18n/labels';
import { formatDateTimeAsDate, formatLocalDate } from '../../../ui/formatDate';
import { RouterLink } from '../../../ui/RouterLink';

export const CaseTable_caseFragment = graphql(`
  fragment CaseTable_case on Case {
    id
    reference
    status
    profile
    openedAt
    nextDeadline
    caseDirectors {
      id
      displayName
    }
    municipality {
      code
      name
    }
  }
`);

export interface CaseTableProps {
  cases: readonly FragmentType<typeof CaseTable_caseFragment>[];
  caption: string;
  /** Today in the Netherlands (YYYY-MM-DD): a next deadline before it is marked late. */
  today: string;
}

/**
 * The case list. On a narrow screen each row becomes a card with its labels (`mda-table--stack`),
 * so the page never scrolls sideways (WCAG 1.4.10).
 */
export function CaseTable({ cases, caption, today }: CaseTableProps) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const rows = getFragmentData(CaseTable_caseFragment, cases);
  const columns = {
    status: t('cases.columns.status'),
    profile: t('cases.columns.profile'),
    municipality: t('cases.columns.municipality'),
    director: t('cases.columns.caseDirector'),
    deadline: t('cases.columns.nextDeadline'),
    openedAt: t('cases.columns.openedAt'),
  };
  return (
    <DataTable
      caption={caption}
      columns={[
        t('cases.columns.reference'),
        columns.status,
        columns.profile,
        columns.municipality,
        columns.director,
        columns.deadline,
        columns.openedAt,
      ]}
      layout="stack"
      data-testid="cases-table"
    >
      {rows.map((row) => {
        const late = row.nextDeadline !== null && row.nextDeadline !== undefined && row.nextDeadline < today;
        return (
          <TableRow key={row.id} data-testid="case-row" data-case-id={row.id}>
            <TableHeaderCell scope="row">
              <RouterLink to={`/cases/${encodeURIComponent(row.id)}`} data-testid="case-link">
                {row.reference}
              </RouterLink>
            </TableHeaderCell>
            <TableCell data-label={columns.status}>{labels.caseStatus(row.status)}</TableCell>
            <TableCell data-label={columns.profile}>{labels.householdProfile(row.profile)}</TableCell>
            <TableCell data-label={columns.municipality}>{row.municipality.name}</TableCell>
            <TableCell data-label={columns.director} data-testid="case-director">
              {row.caseDirectors.length > 0
                ? row.caseDirectors.map((d) => d.displayName).join(', ')
                : t('cases.noCaseDirector')}
            </TableCell>
            <TableCell data-label={columns.deadline} data-testid="case-deadline">
              {row.nextDeadline ? (
                <span className={late ? 'mda-late' : undefined}>
                  {formatLocalDate(row.nextDeadline, i18n.language)}
                  {late ? ` (${t('cases.deadlineLate')})` : ''}
                </span>
              ) : (
                t('cases.noDeadline')
              )}
            </TableCell>
            <TableCell data-label={columns.openedAt}>{formatDateTimeAsDate(row.openedAt, i18n.language)}</TableCell>
          </TableRow>
        );
      })}
    </DataTable>
  );
}
