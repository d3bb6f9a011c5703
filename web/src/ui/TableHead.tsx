import { TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';

export interface TableHeadProps {
  /** The column headings, left to right. */
  columns: readonly string[];
}

/** A table's header row: one column header (scope="col") per heading. */
export function TableHead({ columns }: TableHeadProps) {
  return (
    <TableHeader>
      <TableRow>
        {columns.map((column) => (
          <TableHeaderCell key={column} scope="col">
            {column}
          </TableHeaderCell>
        ))}
      </TableRow>
    </TableHeader>
  );
}
