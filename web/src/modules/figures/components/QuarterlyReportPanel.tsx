import {
  Button,
  ButtonGroup,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LongTask, LongTaskStatus } from '../../../ui/LongTaskStatus';
import { quarterlyReportUrl, recentQuarters } from '../figures';

type Format = 'pdf' | 'csv';
type Status = LongTask | { kind: 'done'; file: string };

/** The API's own words when it sent some (a refusal, a bad quarter); otherwise a plain Dutch message. */
async function failureOf(response: Response): Promise<string | null> {
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
  return body?.errors?.[0]?.message ?? null;
}

/**
 * "Kwartaalrapportage" on /cijfers (docs/figures.md): pick a quarter, get the region's report as a
 * PDF or its tables as one CSV. The session cookie authorises the download like /graphql. The API
 * counts and renders the whole report in that one request: meanwhile the buttons wait and
 * LongTaskStatus says what is happening and for how long; a failure says so in Dutch, with a
 * retry of the same quarter and format.
 */
export function QuarterlyReportPanel() {
  const { t } = useTranslation();
  const quarters = useMemo(() => recentQuarters(new Date()), []);
  const [quarter, setQuarter] = useState(quarters[1] ?? quarters[0] ?? '');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [lastFormat, setLastFormat] = useState<Format>('pdf');

  const download = async (format: Format) => {
    setLastFormat(format);
    setStatus({ kind: 'busy', startedAt: Date.now() });
    const failed = (message: string | null) =>
      setStatus({
        kind: 'failed',
        message: message ? t('figures.report.failedBecause', { message }) : t('figures.report.failed'),
      });
    try {
      const response = await fetch(quarterlyReportUrl(quarter, format), { credentials: 'same-origin' });
      if (!response.ok) return failed(await failureOf(response));
      const file = `kwartaalrapportage-${quarter}.${format}`;
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = file;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus({ kind: 'done', file });
    } catch {
      // The network or the browser failed: nothing the user can read in it.
      failed(null);
    }
  };
  const busy = status.kind === 'busy';

  return (
    <section className="mda-figures__report" data-testid="quarterly-report" aria-busy={busy}>
      <Heading2>{t('figures.report.title')}</Heading2>
      <Paragraph>{t('figures.report.intro')}</Paragraph>
      <FormLabel htmlFor="quarterly-report-quarter">{t('figures.report.quarter')}</FormLabel>
      <Select
        id="quarterly-report-quarter"
        value={quarter}
        onChange={(e) => setQuarter(e.target.value)}
        disabled={busy}
        data-testid="quarterly-report-quarter"
      >
        {quarters.map((q) => (
          <SelectOption key={q} value={q}>
            {q}
          </SelectOption>
        ))}
      </Select>
      <ButtonGroup>
        <Button
          type="button"
          appearance="primary-action-button"
          disabled={busy}
          onClick={() => void download('pdf')}
          data-testid="quarterly-report-pdf"
        >
          {t('figures.report.pdf')}
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          disabled={busy}
          onClick={() => void download('csv')}
          data-testid="quarterly-report-csv"
        >
          {t('figures.report.csv')}
        </Button>
      </ButtonGroup>
      <LongTaskStatus
        task={status.kind === 'done' ? { kind: 'idle' } : status}
        busyText={lastFormat === 'pdf' ? t('figures.report.busy') : t('figures.report.busyCsv')}
        failedTitle={t('figures.report.failedTitle')}
        onRetry={() => void download(lastFormat)}
        testId="quarterly-report"
      />
      {status.kind === 'done' ? (
        <Paragraph role="status" data-testid="quarterly-report-done">
          {t('figures.report.done', { file: status.file })}
        </Paragraph>
      ) : null}
    </section>
  );
}
