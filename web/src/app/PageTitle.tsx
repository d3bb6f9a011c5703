import { Heading1 } from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

export interface PageTitleProps {
  /** Plain text for the document title. */
  title: string;
  /** What the heading shows; defaults to the title. */
  children?: ReactNode;
  'data-testid'?: string;
}

/**
 * The page's one h1. After a client-side navigation it takes focus, so screen reader
 * and keyboard users start at the new page's heading instead of a stale link; on the
 * first load (location key "default") focus stays where the browser put it.
 */
export function PageTitle({ title, children, 'data-testid': testId }: PageTitleProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const { t } = useTranslation();

  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    if (location.key !== 'default') ref.current?.focus();
  }, [location.key]);

  return (
    <Heading1 ref={ref} tabIndex={-1} className="mda-page-title" data-testid={testId}>
      {children ?? title}
    </Heading1>
  );
}
