import { auditActionLabel, auditFieldLabel, auditSubjectLabel, describeAuditReason } from '@mda/domain';
import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/DataTable';
import { useEnumLabels } from '../../../app/i18n/labels';
import { formatDateTime } from '../../../ui/formatDate';
import { RouterLink } from '../../../ui/RouterLink';
import {
  accessLogSearchParams,
  auditLanguage,
  EMPTY_ACCESS_LOG_SEARCH,
  isDataCategory,
  isOrganisationType,
  isUserRole,
} from '../accessLog';
import { isPurpose } from '../purposes';

// No case link: the privacy officer reviews the access, never the case content.
export const AccessLogTable_recordFragment = graphql(`
  fragment AccessLogTable_record on AuditRecord {
    seq
    occurredAt
    actorName
    actorUserId
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
    dataSubjects {
      id
      name
    }
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

  // Words from packages/domain (audit-labels.ts), never the class or field names the trail stores.
  const lang = auditLanguage(i18n.language);
  const action = (value: string) => auditActionLabel(value, lang);
  const organisationType = (value: string) => (isOrganisationType(value) ? labels.organisationType(value) : '');
  const role = (value: string) => (isUserRole(value) ? labels.userRole(value) : '');
  const category = (value: string) => (isDataCategory(value) ? labels.dataCategory(value) : '');
  const purpose = (value: string) => (isPurpose(value) ? labels.purpose(value) : '');
  const fields = (values: readonly string[]) => [...new Set(values.map((f) => auditFieldLabel(f, lang)))].join(', ');

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
            {/* The user's other accesses: the log filtered on this user (the API's userId filter). */}
            <RouterLink
              to={{
                search: `?${accessLogSearchParams({ ...EMPTY_ACCESS_LOG_SEARCH, userId: record.actorUserId }).toString()}`,
              }}
              aria-label={t('accessLog.byThisUser', { name: record.actorName ?? t('accessLog.unknownUser') })}
              data-testid="access-log-actor-filter"
              data-user-id={record.actorUserId}
            >
              {record.actorName ?? t('accessLog.unknownUser')}
            </RouterLink>
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
            <span data-testid="access-log-subject">{auditSubjectLabel(record.subjectType, lang)}</span>
            {record.fields.length > 0 ? (
              <>
                <br />
                <span className="mda-muted" data-testid="access-log-fields">
                  {fields(record.fields)}
                </span>
              </>
            ) : null}
            {record.dataSubjects.length > 0 ? (
              <>
                <br />
                <span className="mda-muted">{t('accessLog.dataSubjects')} </span>
                {record.dataSubjects.map((subject, index) => (
                  <span key={subject.id}>
                    {index > 0 ? ', ' : null}
                    <RouterLink
                      to={`/fg/inzage?persoon=${encodeURIComponent(subject.id)}`}
                      title={subject.id}
                      aria-label={
                        subject.name
                          ? t('accessLog.dataSubjectExportLabel', { id: subject.name })
                          : t('accessLog.dataSubjectExportLabel', { id: subject.id })
                      }
                      data-testid="access-log-data-subject"
                      data-person-id={subject.id}
                    >
                      {subject.name ?? t('accessLog.unnamedDataSubject', { id: subject.id.slice(0, 8) })}
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
                <span className="mda-muted mda-entry-body">
                  {t('accessLog.reason', { reason: describeAuditReason(record.reason, lang) })}
                </span>
              </>
            ) : null}
          </TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
