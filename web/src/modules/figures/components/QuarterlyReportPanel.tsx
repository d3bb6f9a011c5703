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
import { LoadingState } from '../../../ui/LoadingState';
import { quarterlyReportUrl, recentQuarters } from '../figures';

type Status =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed'; message: string };

/**
 * "Kwartaalrapportage" on /cijfers (docs/figures.md): pick a quarter, get the region's report as a
 * PDF or its tables as one CSV. The session cookie authorises the download like /graphql; while
 * the API renders, the buttons are disabled and a status line says so.
 */
export function QuarterlyReportPanel() {
  const { t } = useTranslation();
  const quarters = useMemo(() => recentQuarters(new Date()), []);
  const [quarter, setQuarter] = useState(quarters[1] ?? quarters[0] ?? '');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const download = async (format: 'pdf' | 'csv') => {
    setStatus({ kind: 'busy' });
    try {
      const response = await fetch(quarterlyReportUrl(quarter, format), { credentials: 'same-origin' });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
        throw new Error(body?.errors?.[0]?.message ?? String(response.status));
      }
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
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
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
      {busy ? <LoadingState label={t('figures.report.busy')} /> : null}
      {status.kind === 'done' ? (
        <Paragraph role="status" data-testid="quarterly-report-done">
          {t('figures.report.done', { file: status.file })}
        </Paragraph>
      ) : null}
      {status.kind === 'failed' ? (
        <Paragraph role="alert" data-testid="quarterly-report-failed">
          {t('figures.report.failed', { message: status.message })}
        </Paragraph>
      ) : null}
    </section>
  );
}
