import { Table, TableBody, TableCaption } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { ScrollRegion } from './ScrollRegion';
import { TableHead } from './TableHead';

export interface DataTableProps {
  /** Read by screen readers only; the visible heading is above the table. */
  caption: string;
  columns: readonly string[];
  'data-testid'?: string;
  /** The rows (TableRow elements). */
  children: ReactNode;
}

/** A table that scrolls sideways on a narrow screen (in a labelled region), with a caption and column headers. */
export function DataTable({ caption, columns, children, 'data-testid': testId }: DataTableProps) {
  return (
    <ScrollRegion label={caption}>
      <Table className="mda-table" data-testid={testId}>
        <TableCaption className="mda-visually-hidden">{caption}</TableCaption>
        <TableHead columns={columns} />
        <TableBody>{children}</TableBody>
      </Table>
    </ScrollRegion>
  );
}
