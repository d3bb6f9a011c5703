import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../ui/ErrorAlert';
import { errorCode } from './errors';

export interface QueryErrorProps {
  error: unknown;
  /** Asks again (the query's refetch): offered after a failure that may pass, so it needs no page reload. */
  retry?: () => unknown;
}

/** The fallback for a query that failed in a way the page itself does not handle. */
export function QueryError({ error, retry }: QueryErrorProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const code = errorCode(error);
  if (code === 'UNAUTHENTICATED') {
    return <Navigate to="/login" replace state={{ from: location, expired: true }} />;
  }
  const forbidden = code === 'FORBIDDEN';
  // Asking again changes nothing after a refusal or for something that is not there.
  const mayRetry = retry !== undefined && code !== 'FORBIDDEN' && code !== 'NOT_FOUND';
  return (
    <ErrorAlert title={t('errors.genericTitle')} data-testid="query-error">
      <Paragraph>{forbidden ? t('errors.forbidden') : t('errors.generic')}</Paragraph>
      {mayRetry ? (
        <Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              // A failure again shows through the query's own error: nothing to handle here.
              void Promise.resolve(retry?.()).catch(() => undefined);
            }}
            data-testid="query-error-retry"
          >
            {t('errors.retry')}
          </Button>
        </Paragraph>
      ) : null}
    </ErrorAlert>
  );
}
