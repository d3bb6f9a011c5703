import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../ui/ErrorAlert';
import { errorCode } from './errors';

export interface QueryErrorProps {
  error: unknown;
}

/** The fallback for a query that failed in a way the page itself does not handle. */
export function QueryError({ error }: QueryErrorProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const code = errorCode(error);
  if (code === 'UNAUTHENTICATED') {
    return <Navigate to="/login" replace state={{ from: location, expired: true }} />;
  }
  return (
    <ErrorAlert title={t('errors.genericTitle')}>
      <Paragraph>{code === 'FORBIDDEN' ? t('errors.forbidden') : t('errors.generic')}</Paragraph>
    </ErrorAlert>
  );
}
