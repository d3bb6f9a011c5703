import { Paragraph } from '@utrecht/component-library-react';
import { ErrorAlert } from './ErrorAlert';
import { LiveRegion } from './LiveRegion';

export interface ErrorRegionProps {
  title: string;
  /** The error to show, or null for none (the region stays, so the next one is announced). */
  message: string | null;
  'data-testid'?: string;
}

/** An error alert in a live region that exists before the error does. */
export function ErrorRegion({ title, message, 'data-testid': testId }: ErrorRegionProps) {
  return (
    <LiveRegion politeness="assertive">
      {message ? (
        <ErrorAlert title={title} data-testid={testId}>
          <Paragraph>{message}</Paragraph>
        </ErrorAlert>
      ) : null}
    </LiveRegion>
  );
}
