import type { ReactNode } from 'react';

export interface LiveRegionProps {
  /** `assertive` for errors, `polite` for confirmations and status updates. */
  politeness?: 'polite' | 'assertive';
  children?: ReactNode;
  className?: string;
  'data-testid'?: string;
}

/**
 * A region that exists before its message does, so screen readers announce the
 * message when it appears (a live region inserted together with its text often is not).
 */
export function LiveRegion({ politeness = 'polite', children, className, 'data-testid': testId }: LiveRegionProps) {
  return (
    <div aria-live={politeness} aria-atomic="true" className={className} data-testid={testId}>
      {children}
    </div>
  );
}
