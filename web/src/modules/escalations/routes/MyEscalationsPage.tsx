import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../app/PageTitle';
import { MyEscalations } from '../components/MyEscalations';

/** "Mijn escalaties": open escalations I raised, must decide, or that are on cases I direct. */
export function MyEscalationsPage() {
  const { t } = useTranslation();
  return (
    <div className="mda-my-escalations">
      <PageTitle title={t('escalations.mineTitle')} />
      <Paragraph>{t('escalations.mineIntro')}</Paragraph>
      <MyEscalations showEmpty />
    </div>
  );
}
