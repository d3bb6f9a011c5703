import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../ui/RouterLink';
import { PageTitle } from './PageTitle';

export function PageNotFound() {
  const { t } = useTranslation();
  return (
    <div data-testid="page-not-found">
      <PageTitle title={t('errors.pageNotFoundTitle')} />
      <Paragraph>{t('errors.pageNotFoundText')}</Paragraph>
      <Paragraph>
        <RouterLink to="/cases">{t('case.backToList')}</RouterLink>
      </Paragraph>
    </div>
  );
}
