import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { formatDateTimeAsDate } from '../../../ui/formatDate';
import { RouterLink } from '../../../ui/RouterLink';

export const CaseTable_caseFragment = graphql(`
  fragment CaseTable_case on Case {
    id
    reference
    status
    profile
    openedAt
    municipality {
      code
      name
    }
  }
`);

export interface CaseTableProps {
  cases: readonly FragmentType<typeof CaseTable_caseFragment>[];
  caption: string;
}

export function CaseTable({ cases, caption }: CaseTableProps) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const rows = getFragmentData(CaseTable_caseFragment, cases);
  return (
    <Table data-testid="cases-table" className="mda-table">
      <TableCaption className="mda-visually-hidden">{caption}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('cases.columns.reference')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('cases.columns.status')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('cases.columns.profile')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('cases.columns.municipality')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('cases.columns.openedAt')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} data-testid="case-row" data-case-id={row.id}>
            <TableHeaderCell scope="row">
              <RouterLink to={`/cases/${encodeURIComponent(row.id)}`} data-testid="case-link">
                {row.reference}
              </RouterLink>
            </TableHeaderCell>
            <TableCell>{labels.caseStatus(row.status)}</TableCell>
            <TableCell>{labels.householdProfile(row.profile)}</TableCell>
            <TableCell>{row.municipality.name}</TableCell>
            <TableCell>{formatDateTimeAsDate(row.openedAt, i18n.language)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
