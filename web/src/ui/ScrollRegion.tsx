import type { ReactNode } from 'react';

export interface ScrollRegionProps {
  /** What the region holds, for screen readers (usually the table's caption). */
  label: string;
  children: ReactNode;
}

/**
 * A wide table on a narrow screen scrolls inside this region instead of widening the page
 * (WCAG 1.4.10 reflow): a named region that takes keyboard focus, so it can be scrolled
 * without a mouse (axe `scrollable-region-focusable`).
 */
export function ScrollRegion({ label, children }: ScrollRegionProps) {
  return (
    <div className="mda-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
