import { Alert, Heading2 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface ErrorAlertProps {
  title?: string;
  children: ReactNode;
  'data-testid'?: string;
}

/** An error that is announced at once (role="alert" is assertive). */
export function ErrorAlert({ title, children, 'data-testid': testId }: ErrorAlertProps) {
  return (
    <Alert type="error" role="alert" data-testid={testId}>
      {title ? <Heading2 className="mda-alert__title">{title}</Heading2> : null}
      {children}
    </Alert>
  );
}
