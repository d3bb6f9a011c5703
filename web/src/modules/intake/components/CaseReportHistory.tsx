import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/DataTable';
import { formatDateTime, formatDateTimeAsDate } from '../../../ui/formatDate';

export const CaseReportHistory_caseFragment = graphql(`
  fragment CaseReportHistory_case on Case {
    id
    reportCount
    firstReportedAt
    reports {
      receivedAt
      kind
      reporterKind
      cbsCategory
      crisis
    }
  }
`);

export interface CaseReportHistoryProps {
  case: FragmentType<typeof CaseReportHistory_caseFragment>;
}

/** The household's reports as its case team sees them: date, kind, reporter kind, CBS category; never who reported. */
export function CaseReportHistory({ case: caseRef }: CaseReportHistoryProps) {
  const { t, i18n } = useTranslation();
  const data = getFragmentData(CaseReportHistory_caseFragment, caseRef);
  return (
    <section aria-labelledby="case-reports-heading" className="mda-section" data-testid="case-reports">
      <Heading2 id="case-reports-heading">{t('intake.history.title')}</Heading2>
      {data.reports.length === 0 || !data.firstReportedAt ? (
        <Paragraph>{t('intake.history.none')}</Paragraph>
      ) : (
        <>
          <Paragraph data-testid="case-report-count">
            {t('intake.history.count', {
              count: data.reportCount,
              date: formatDateTimeAsDate(data.firstReportedAt, i18n.language),
            })}
          </Paragraph>
          <DataTable
            caption={t('intake.history.title')}
            columns={[
              t('intake.desk.col.received'),
              t('intake.desk.col.kind'),
              t('intake.history.reporterKind'),
              t('intake.desk.col.category'),
            ]}
          >
            {data.reports.map((r) => (
              <TableRow key={`${r.receivedAt}-${r.kind}-${r.reporterKind}`} data-testid="case-report-row">
                <TableCell>
                  {formatDateTime(r.receivedAt, i18n.language)}
                  {r.crisis ? <strong className="mda-intake-flag"> {t('intake.desk.crisis')}</strong> : null}
                </TableCell>
                <TableCell>{t(`enums.IntakeKind.${r.kind}`)}</TableCell>
                <TableCell>{t(`enums.ReporterKind.${r.reporterKind}`)}</TableCell>
                <TableCell>{t(`intake.cbs.${r.cbsCategory as 'FIRST_REPORT'}`)}</TableCell>
              </TableRow>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
