import { Table, TableBody, TableCaption } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { ScrollRegion } from './ScrollRegion';
import { TableHead } from './TableHead';

export interface DataTableProps {
  /** Read by screen readers only; the visible heading is above the table. */
  caption: string;
  columns: readonly string[];
  /**
   * How a narrow screen shows the table without widening the page (WCAG 1.4.10):
   * `scroll` (default) scrolls it sideways in a labelled, focusable region; `stack` turns each
   * row into a card whose cells show their `data-label` (`mda-table--stack`).
   */
  layout?: 'scroll' | 'stack';
  'data-testid'?: string;
  /** The rows (TableRow elements). */
  children: ReactNode;
}

/** A table with a caption and column headers that reflows on a narrow screen (see `layout`). */
export function DataTable({ caption, columns, layout = 'scroll', children, 'data-testid': testId }: DataTableProps) {
  const table = (
    <Table className={layout === 'stack' ? 'mda-table mda-table--stack' : 'mda-table'} data-testid={testId}>
      <TableCaption className="mda-visually-hidden">{caption}</TableCaption>
      <TableHead columns={columns} />
      <TableBody>{children}</TableBody>
    </Table>
  );
  return layout === 'stack' ? table : <ScrollRegion label={caption}>{table}</ScrollRegion>;
}
