import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading3,
  Paragraph,
  TableCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useEnumLabels } from '../../../app/i18n/labels';
import { DataTable } from '../../../ui/DataTable';
import { type LongTask, LongTaskStatus } from '../../../ui/LongTaskStatus';
import { formatDateTime, formatLocalDate } from '../../../ui/formatDate';
import { auditLanguage, isDataCategory } from '../accessLog';
import { auditActionLabel } from '@mda/domain';
import { PersonIdField } from '../components/PersonIdField';
import { DataSubjectConfirmation } from '../components/DataSubjectConfirmation';
import { DataSubjectSearch } from '../components/DataSubjectSearch';
import { PrivacyConsoleSection } from '../components/PrivacyConsoleSection';
import { exportFileName, type ExportSummary, summariseExport } from '../dataSubject';
import { useDataSubjectExportMutation } from '../hooks/useDataSubjectExportMutation';
import { useDataSubjectLetterMutation } from '../hooks/useDataSubjectLetterMutation';
import { isPurpose } from '../purposes';

interface Result {
  summary: ExportSummary;
  document: string;
  generatedAt: string;
}

/** Offers the document as a file; nothing leaves the browser except to the FG's own disk. */
function download(document: string | Uint8Array<ArrayBuffer>, fileName: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([document], { type }));
  const link = window.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * AVG art. 15 (inzageverzoek): the privacy officer exports everything on record about
 * one person, checks the summary and downloads the document for the reply. The export
 * is recorded in the access log (EXPORT); other household members' data is left out.
 */
export function DataSubjectExportPage() {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  const [searchParams, setSearchParams] = useSearchParams();
  const [personId, setPersonId] = useState(searchParams.get('persoon') ?? '');
  const [fieldError, setFieldError] = useState<string | null>(null);
  // The export and the letter are each one request in which the API gathers everything on
  // record: LongTaskStatus says which is running and for how long, and retries the same one.
  const [task, setTask] = useState<LongTask>({ kind: 'idle' });
  const [running, setRunning] = useState<{ what: 'export' | 'letter'; retry: () => void }>({
    what: 'export',
    retry: () => undefined,
  });
  const setFailure = (message: string | null) => setTask(message ? { kind: 'failed', message } : { kind: 'idle' });
  const [result, setResult] = useState<Result | null>(null);
  const { exportPerson, loading } = useDataSubjectExportMutation();
  const { letter, loading: letterLoading } = useDataSubjectLetterMutation();
  const onLetter = async (id: string) => {
    setRunning({ what: 'letter', retry: () => void onLetter(id) });
    setTask({ kind: 'busy', startedAt: Date.now() });
    const outcome = await letter(id);
    if (!outcome.ok) return setFailure(outcome.message ?? t('dataSubject.letterFailed'));
    setTask({ kind: 'idle' });
    const bytes = Uint8Array.from(atob(outcome.data.pdfBase64), (c) => c.charCodeAt(0));
    download(bytes, outcome.data.fileName, 'application/pdf');
  };
  const inputRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFieldError(null);
    setFailure(null);
    setResult(null);
    const id = personId.trim();
    if (id === '') {
      setFieldError(t('dataSubject.personIdRequired'));
      return inputRef.current?.focus();
    }
    setSearchParams({ persoon: id }, { replace: true });
    setRunning({ what: 'export', retry: () => formRef.current?.requestSubmit() });
    setTask({ kind: 'busy', startedAt: Date.now() });
    const outcome = await exportPerson(id);
    setTask({ kind: 'idle' });
    if (outcome.ok) {
      try {
        setResult({
          summary: summariseExport(outcome.data.document),
          document: outcome.data.document,
          generatedAt: outcome.data.generatedAt,
        });
        resultRef.current?.focus();
      } catch {
        setFailure(t('dataSubject.exportFailed'));
      }
    } else if (outcome.code === 'NOT_FOUND' || outcome.code === 'BAD_USER_INPUT') {
      // The API's own words: no person with this id (a malformed id is answered alike).
      setFieldError(outcome.problems?.[0]?.message ?? outcome.message ?? t('dataSubject.exportFailed'));
      inputRef.current?.focus();
    } else {
      setFailure(outcome.message ?? t('dataSubject.exportFailed'));
    }
  };

  const summary = result?.summary;
  return (
    <PrivacyConsoleSection title={t('dataSubject.exportTitle')} headingId="export-heading">
      <Paragraph>{t('dataSubject.exportIntro')}</Paragraph>
      <Paragraph data-testid="export-logged-notice">
        <strong>{t('dataSubject.exportLogged')}</strong>
      </Paragraph>

      <DataSubjectSearch
        idPrefix="export"
        onChoose={(match) => {
          setPersonId(match.id);
          setResult(null);
          setFieldError(null);
          setSearchParams({ persoon: match.id }, { replace: true });
          inputRef.current?.focus();
        }}
      />

      <form
        ref={formRef}
        className="mda-form mda-section"
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        aria-labelledby="export-heading"
      >
        <PersonIdField
          id="export-person-id"
          value={personId}
          onChange={setPersonId}
          error={fieldError}
          inputRef={inputRef}
        />
        <DataSubjectConfirmation personId={personId} idPrefix="export" />
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={loading}
          disabled={loading}
          data-testid="export-submit"
        >
          {loading ? t('dataSubject.exporting') : t('dataSubject.exportSubmit')}
        </Button>
      </form>

      <LongTaskStatus
        task={task}
        busyText={running.what === 'export' ? t('dataSubject.exportBusy') : t('dataSubject.letterBusy')}
        failedTitle={
          running.what === 'export' ? t('dataSubject.exportFailedTitle') : t('dataSubject.letterFailedTitle')
        }
        onRetry={running.retry}
        testId="export-task"
      />

      <div ref={resultRef} tabIndex={-1} aria-labelledby={summary ? 'export-summary-heading' : undefined}>
        {summary && result ? (
          <section className="mda-section" data-testid="export-summary" data-person-id={summary.personId}>
            <Heading3 id="export-summary-heading">{t('dataSubject.summaryTitle', { name: summary.name })}</Heading3>
            <Alert type="info" className="mda-alert" data-testid="export-left-out">
              <Paragraph>{t('dataSubject.leftOut')}</Paragraph>
            </Alert>
            <DataList appearance="rows" className="mda-summary">
              <DataListItem>
                <DataListKey>{t('dataSubject.generatedAt')}</DataListKey>
                <DataListValue>{formatDateTime(result.generatedAt, i18n.language)}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('dataSubject.cases')}</DataListKey>
                <DataListValue>
                  <span data-testid="export-cases">{summary.caseReferences.join(', ') || '—'}</span>
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('dataSubject.categoriesHeld')}</DataListKey>
                <DataListValue>
                  <span data-testid="export-categories">
                    {summary.categories
                      .map(({ category, items }) =>
                        items > 0
                          ? `${labels.dataCategory(category)} (${t('dataSubject.items', { count: items })})`
                          : labels.dataCategory(category),
                      )
                      .join(', ')}
                  </span>
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('dataSubject.consultationCount')}</DataListKey>
                <DataListValue>
                  <span data-testid="export-consultation-count">{summary.consultationCount}</span>
                </DataListValue>
              </DataListItem>
              {summary.withheldItems > 0 ? (
                <DataListItem>
                  <DataListKey>{t('dataSubject.withheld')}</DataListKey>
                  <DataListValue>{t('dataSubject.withheldText', { count: summary.withheldItems })}</DataListValue>
                </DataListItem>
              ) : null}
            </DataList>
            <Button
              type="button"
              appearance="primary-action-button"
              onClick={() => download(result.document, exportFileName(summary.personId, result.generatedAt))}
              data-testid="export-download"
            >
              {t('dataSubject.download')}
            </Button>{' '}
            <Button
              type="button"
              appearance="secondary-action-button"
              busy={letterLoading}
              disabled={letterLoading}
              onClick={() => void onLetter(summary.personId)}
              data-testid="export-letter"
            >
              {t('dataSubject.downloadLetter')}
            </Button>
            <Heading3>{t('dataSubject.disclosuresTitle')}</Heading3>
            {summary.disclosures.length === 0 ? (
              <Paragraph>{t('dataSubject.noDisclosures')}</Paragraph>
            ) : (
              <DataTable
                caption={t('dataSubject.disclosuresTitle')}
                columns={[
                  t('dataSubject.organisation'),
                  t('dataSubject.case'),
                  t('dataSubject.legalBasis'),
                  t('dataSubject.period'),
                ]}
                data-testid="export-disclosures"
              >
                {summary.disclosures.map((d, index) => (
                  <TableRow key={`${d.caseReference}-${d.organisation}-${index}`} data-testid="export-disclosure-row">
                    <TableCell>{d.organisation}</TableCell>
                    <TableCell>{d.caseReference}</TableCell>
                    <TableCell data-testid="export-disclosure-basis">
                      {d.legalBasisKind ? labels.legalBasisKind(d.legalBasisKind) : '—'}
                      {d.legalBasisDetail ? ` (${d.legalBasisDetail})` : ''}
                    </TableCell>
                    <TableCell>
                      {d.validFrom ? formatLocalDate(d.validFrom, i18n.language) : '—'} –{' '}
                      {d.validUntil ? formatLocalDate(d.validUntil, i18n.language) : t('dataSubject.ongoing')}
                    </TableCell>
                  </TableRow>
                ))}
              </DataTable>
            )}
            <Heading3>{t('dataSubject.consultationsTitle')}</Heading3>
            {summary.consultations.length === 0 ? (
              <Paragraph>{t('dataSubject.noConsultations')}</Paragraph>
            ) : (
              <DataTable
                caption={t('dataSubject.consultationsTitle')}
                columns={[
                  t('dataSubject.day'),
                  t('dataSubject.organisation'),
                  t('accessLog.action'),
                  t('accessLog.purpose'),
                  t('accessLog.categories'),
                  t('dataSubject.times'),
                ]}
                data-testid="export-consultations"
              >
                {summary.consultations.map((c, index) => (
                  <TableRow
                    key={`${c.day}-${c.organisation}-${c.action}-${index}`}
                    data-testid="export-consultation-row"
                  >
                    <TableCell>{formatLocalDate(c.day, i18n.language)}</TableCell>
                    <TableCell>{c.organisation}</TableCell>
                    <TableCell>
                      {auditActionLabel(c.action, auditLanguage(i18n.language))}
                      {c.emergencyAccess ? ` (${t('dataSubject.emergency')})` : ''}
                    </TableCell>
                    <TableCell>
                      {c.purpose && isPurpose(c.purpose) ? labels.purpose(c.purpose) : (c.purpose ?? '—')}
                    </TableCell>
                    <TableCell>
                      {c.categories.map((x) => (isDataCategory(x) ? labels.dataCategory(x) : x)).join(', ') || '—'}
                    </TableCell>
                    <TableCell>{c.times}</TableCell>
                  </TableRow>
                ))}
              </DataTable>
            )}
          </section>
        ) : null}
      </div>
    </PrivacyConsoleSection>
  );
}
