import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/DataTable';
import { useEnumLabels } from '../../../app/i18n/labels';
import { formatDateTime } from '../../../ui/formatDate';
import { RouterLink } from '../../../ui/RouterLink';
import { isAuditAction, isDataCategory, isOrganisationType, isUserRole } from '../accessLog';
import { isPurpose } from '../purposes';

// No case link: the privacy officer reviews the access, never the case content.
export const AccessLogTable_recordFragment = graphql(`
  fragment AccessLogTable_record on AuditRecord {
    seq
    occurredAt
    actorName
    organisationType
    organisationName
    roles
    action
    subjectType
    caseReference
    fields
    categories
    purpose
    breakGlassGrantId
    dataSubjectIds
    outcome
    reason
  }
`);

export interface AccessLogTableProps {
  records: readonly FragmentType<typeof AccessLogTable_recordFragment>[];
}

/** One row per access on record, newest first: who did what to which data, and why. */
export function AccessLogTable({ records: refs }: AccessLogTableProps) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const records = refs.map((ref) => getFragmentData(AccessLogTable_recordFragment, ref));
  if (records.length === 0) return <Paragraph data-testid="access-log-empty">{t('accessLog.empty')}</Paragraph>;

  const action = (value: string) => (isAuditAction(value) ? t(`accessLog.actions.${value}`) : value);
  const organisationType = (value: string) => (isOrganisationType(value) ? labels.organisationType(value) : value);
  const role = (value: string) => (isUserRole(value) ? labels.userRole(value) : value);
  const category = (value: string) => (isDataCategory(value) ? labels.dataCategory(value) : value);
  const purpose = (value: string) => (isPurpose(value) ? labels.purpose(value) : value);

  return (
    <DataTable
      caption={t('accessLog.caption')}
      columns={[
        t('accessLog.occurredAt'),
        t('accessLog.who'),
        t('accessLog.action'),
        t('accessLog.what'),
        t('accessLog.categories'),
        t('accessLog.caseReference'),
        t('accessLog.purpose'),
        t('accessLog.marks'),
      ]}
      data-testid="access-log"
    >
      {records.map((record) => (
        <TableRow
          key={record.seq}
          data-testid="access-log-row"
          data-seq={record.seq}
          data-action={record.action}
          data-outcome={record.outcome}
          data-case-reference={record.caseReference ?? ''}
        >
          <TableHeaderCell scope="row" data-testid="access-log-time">
            <time dateTime={record.occurredAt}>{formatDateTime(record.occurredAt, i18n.language)}</time>
          </TableHeaderCell>
          <TableCell data-testid="access-log-who">
            {record.actorName ?? t('accessLog.unknownUser')}
            <br />
            <span className="mda-muted">
              {record.organisationName
                ? `${record.organisationName} (${organisationType(record.organisationType)})`
                : organisationType(record.organisationType)}
            </span>
            {record.roles.length > 0 ? (
              <>
                <br />
                <span className="mda-muted">{record.roles.map(role).join(', ')}</span>
              </>
            ) : null}
          </TableCell>
          <TableCell data-testid="access-log-action">{action(record.action)}</TableCell>
          <TableCell data-testid="access-log-what">
            {record.subjectType}
            {record.fields.length > 0 ? (
              <>
                <br />
                <span className="mda-muted">{record.fields.join(', ')}</span>
              </>
            ) : null}
            {record.dataSubjectIds.length > 0 ? (
              <>
                <br />
                <span className="mda-muted">{t('accessLog.dataSubjects')} </span>
                {record.dataSubjectIds.map((id, index) => (
                  <span key={id}>
                    {index > 0 ? ', ' : null}
                    <RouterLink
                      to={`/fg/inzage?persoon=${encodeURIComponent(id)}`}
                      title={id}
                      aria-label={t('accessLog.dataSubjectExportLabel', { id })}
                      data-testid="access-log-data-subject"
                    >
                      {id.slice(0, 8)}
                    </RouterLink>
                  </span>
                ))}
              </>
            ) : null}
          </TableCell>
          <TableCell data-testid="access-log-categories">{record.categories.map(category).join(', ')}</TableCell>
          <TableCell data-testid="access-log-case">{record.caseReference ?? ''}</TableCell>
          <TableCell data-testid="access-log-purpose">{record.purpose ? purpose(record.purpose) : ''}</TableCell>
          <TableCell data-testid="access-log-marks">
            {record.breakGlassGrantId ? (
              <span className="mda-mark" data-testid="access-log-mark-break-glass">
                {t('accessLog.markBreakGlass')}
              </span>
            ) : null}
            {record.outcome === 'DENIED' ? (
              <span className="mda-mark" data-testid="access-log-mark-denied">
                {t('accessLog.markDenied')}
              </span>
            ) : null}
            {record.reason ? (
              <>
                <br />
                <span className="mda-muted mda-entry-body">{t('accessLog.reason', { reason: record.reason })}</span>
              </>
            ) : null}
          </TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
