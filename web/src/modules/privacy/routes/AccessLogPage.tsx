import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { clientErrorMessage, errorCode } from '../../../app/errors';
import { QueryError } from '../../../app/QueryError';
import { LiveRegion } from '../../../ui/LiveRegion';
import { LoadingState } from '../../../ui/LoadingState';
import { RouterLink } from '../../../ui/RouterLink';
import { type AccessLogSearch, accessLogSearchParams, parseAccessLogSearch, toAuditLogFilter } from '../accessLog';
import { AccessLogFilterForm } from '../components/AccessLogFilterForm';
import { AccessLogTable } from '../components/AccessLogTable';
import { PrivacyConsoleSection } from '../components/PrivacyConsoleSection';

const AccessLogQuery = graphql(`
  query AccessLog($filter: AuditLogFilter, $before: String) {
    auditLog(filter: $filter, before: $before) {
      nextBefore
      records {
        seq
        ...AccessLogTable_record
      }
    }
  }
`);

/**
 * The privacy officer's access log (toegangslogboek, NEN 7513): who accessed whose data,
 * when, for which organisation and purpose. Every look at it is itself on record, so the
 * query runs on an explicit filter only and never from the cache.
 */
export function AccessLogPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = parseAccessLogSearch(searchParams);
  const { data, loading, error } = useQuery(AccessLogQuery, {
    variables: { filter: toAuditLogFilter(search), before: search.before || null },
    fetchPolicy: 'network-only',
  });
  const code = errorCode(error);
  const inputError = code === 'BAD_USER_INPUT' ? (clientErrorMessage(error) ?? t('errors.generic')) : null;
  const page = error ? undefined : data?.auditLog;

  const apply = (next: AccessLogSearch) => setSearchParams(accessLogSearchParams(next));
  // The form restarts from the address bar when the filter there changes (back button, "wissen").
  const filterKey = accessLogSearchParams({ ...search, before: '' }).toString();

  return (
    <PrivacyConsoleSection title={t('accessLog.title')} headingId="access-log-heading">
      <Paragraph>{t('accessLog.intro')}</Paragraph>
      <Paragraph data-testid="access-log-logged-notice">
        <strong>{t('accessLog.loggedNotice')}</strong>
      </Paragraph>

      <AccessLogFilterForm key={filterKey} initial={search} onApply={apply} />

      <LiveRegion politeness="assertive" data-testid="access-log-error-region">
        {inputError ? (
          <Alert type="error" data-testid="access-log-error">
            <Heading2 className="mda-alert__title">{t('accessLog.errorTitle')}</Heading2>
            <Paragraph>{inputError}</Paragraph>
          </Alert>
        ) : null}
      </LiveRegion>
      {error && !inputError ? <QueryError error={error} /> : null}
      {!page && loading ? <LoadingState label={t('app.loading')} /> : null}
      {page ? (
        <>
          {search.before ? (
            <Paragraph data-testid="access-log-older-page">
              {t('accessLog.olderPage')}{' '}
              <RouterLink to={{ search: `?${filterKey}` }} data-testid="access-log-newest">
                {t('accessLog.newest')}
              </RouterLink>
            </Paragraph>
          ) : null}
          <AccessLogTable records={page.records} />
          {page.nextBefore ? (
            <Button
              type="button"
              appearance="secondary-action-button"
              className="mda-pager"
              disabled={loading}
              onClick={() => apply({ ...search, before: page.nextBefore ?? '' })}
              data-testid="access-log-older"
            >
              {t('accessLog.older')}
            </Button>
          ) : null}
        </>
      ) : null}
    </PrivacyConsoleSection>
  );
}
