import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  FormLabel,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  TableCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryError } from '../../../app/QueryError';
import { formatDateTime } from '../../../ui/formatDate';
import { LoadingState } from '../../../ui/LoadingState';
import { RouterLink } from '../../../ui/RouterLink';
import { DataTable } from '../../../ui/DataTable';
import { accessLogLinkFor, DEFAULT_SIGNAL_PERIOD, parseSignalPeriod, SIGNAL_KINDS, SIGNAL_PERIODS } from '../anomalies';
import { PrivacyConsoleSection } from '../components/PrivacyConsoleSection';

const AuditAnomaliesQuery = graphql(`
  query AuditAnomalies($days: Int!) {
    auditAnomalies(days: $days) {
      kind
      userId
      userName
      organisationName
      count
      firstAt
      lastAt
    }
  }
`);

/**
 * Signals over the access log (signalen): patterns worth a look, never a verdict. One
 * table per kind of signal; each row leads into the access log for that user and period.
 * Looking at the signals is itself on record.
 */
export function AnomalySignalsPage() {
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const days = parseSignalPeriod(searchParams.get('dagen'));
  const [draft, setDraft] = useState(days);
  const { data, loading, error } = useQuery(AuditAnomaliesQuery, { variables: { days }, fetchPolicy: 'network-only' });

  const onApply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearchParams(draft === DEFAULT_SIGNAL_PERIOD ? {} : { dagen: String(draft) });
  };

  return (
    <PrivacyConsoleSection title={t('signals.title')} headingId="signals-heading">
      <Paragraph>{t('signals.intro')}</Paragraph>
      <Paragraph>
        <strong>{t('accessLog.loggedNotice')}</strong>
      </Paragraph>

      <form className="mda-filter" onSubmit={onApply} aria-label={t('signals.period')}>
        <div className="mda-filter__field">
          <FormLabel htmlFor="signals-period">{t('signals.period')}</FormLabel>
          <Select
            id="signals-period"
            name="dagen"
            value={String(draft)}
            onChange={(event) => setDraft(parseSignalPeriod(event.target.value))}
            data-testid="signals-period"
          >
            {SIGNAL_PERIODS.map((value) => (
              <SelectOption key={value} value={String(value)}>
                {t('signals.lastDays', { count: value })}
              </SelectOption>
            ))}
          </Select>
        </div>
        <Button type="submit" appearance="secondary-action-button" data-testid="signals-apply">
          {t('fg.filterApply')}
        </Button>
      </form>

      {error ? <QueryError error={error} /> : null}
      {!data && loading ? <LoadingState label={t('app.loading')} /> : null}
      {data && !error
        ? SIGNAL_KINDS.map((kind) => {
            const signals = data.auditAnomalies.filter((signal) => signal.kind === kind);
            const headingId = `signals-${kind}`;
            return (
              <section
                key={kind}
                aria-labelledby={headingId}
                className="mda-section"
                data-testid="signal-section"
                data-kind={kind}
              >
                <Heading3 id={headingId}>{t(`signals.kinds.${kind}.title`)}</Heading3>
                <Paragraph className="mda-muted">{t(`signals.kinds.${kind}.explanation`)}</Paragraph>
                {signals.length === 0 ? (
                  <Paragraph data-testid="signals-none">{t('signals.none', { count: days })}</Paragraph>
                ) : (
                  <DataTable
                    caption={t(`signals.kinds.${kind}.title`)}
                    columns={[
                      t('signals.user'),
                      t('signals.organisation'),
                      t(`signals.kinds.${kind}.count`),
                      t('signals.period'),
                      t('signals.inspect'),
                    ]}
                    data-testid="signals-table"
                  >
                    {signals.map((signal) => (
                      <TableRow
                        key={signal.userId}
                        data-testid="signal-row"
                        data-user-id={signal.userId}
                        data-count={signal.count}
                      >
                        <TableCell>{signal.userName ?? t('accessLog.unknownUser')}</TableCell>
                        <TableCell>{signal.organisationName ?? '—'}</TableCell>
                        <TableCell data-testid="signal-count">{signal.count}</TableCell>
                        <TableCell>
                          {t('signals.between', {
                            from: formatDateTime(signal.firstAt, i18n.language),
                            to: formatDateTime(signal.lastAt, i18n.language),
                          })}
                        </TableCell>
                        <TableCell>
                          <RouterLink
                            to={accessLogLinkFor({
                              kind,
                              userId: signal.userId,
                              firstAt: signal.firstAt,
                              lastAt: signal.lastAt,
                            })}
                            aria-label={t('signals.inspectLabel', {
                              user: signal.userName ?? t('accessLog.unknownUser'),
                            })}
                            data-testid="signal-access-log-link"
                          >
                            {t('signals.inspect')}
                          </RouterLink>
                        </TableCell>
                      </TableRow>
                    ))}
                  </DataTable>
                )}
              </section>
            );
          })
        : null}
    </PrivacyConsoleSection>
  );
}
