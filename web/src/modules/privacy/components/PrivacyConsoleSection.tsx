import { Heading2 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../app/PageTitle';
import { PrivacyConsoleTabs } from './PrivacyConsoleTabs';

export interface PrivacyConsoleSectionProps {
  /** The section's title: the page's h1 says "Privacyconsole (FG)", this is its h2. */
  title: string;
  headingId: string;
  children: ReactNode;
}

/** A section of the privacy console: the console's title, its tabs, and the section. */
export function PrivacyConsoleSection({ title, headingId, children }: PrivacyConsoleSectionProps) {
  const { t } = useTranslation();
  return (
    <div className="mda-privacy-console">
      <PageTitle title={title}>{t('fg.title')}</PageTitle>
      <PrivacyConsoleTabs />
      <section aria-labelledby={headingId}>
        <Heading2 id={headingId}>{title}</Heading2>
        {children}
      </section>
    </div>
  );
}
