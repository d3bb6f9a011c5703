import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../ui/ErrorAlert';
import { errorCode } from './errors';

export interface QueryErrorProps {
  error: unknown;
  /** Asks again (the query's refetch): offered unless the API refused, so a passing failure needs no page reload. */
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
  return (
    <ErrorAlert title={t('errors.genericTitle')} data-testid="query-error">
      <Paragraph>{forbidden ? t('errors.forbidden') : t('errors.generic')}</Paragraph>
      {retry && !forbidden ? (
        <Paragraph>
          <Button appearance="secondary-action-button" onClick={() => void retry()} data-testid="query-error-retry">
            {t('errors.retry')}
          </Button>
        </Paragraph>
      ) : null}
    </ErrorAlert>
  );
}
