import { useLayoutEffect, useRef, type ReactNode } from 'react';

interface DataTableProps<T> {
  /** The column headings, each a `<th scope="col">`. */
  columns?: readonly ReactNode[];
  /** The heading row's cells as they are, where a column needs more than its heading (sorting). */
  head?: ReactNode;
  rows: readonly T[];
  /** One `<tr>` (with its key) for a row. */
  row(item: T, index: number): ReactNode;
  /** Shown instead of the table when there are no rows; without it an empty table stays. */
  empty?: ReactNode;
  caption?: ReactNode;
  /** The caption for assistive technology only. */
  hideCaption?: boolean;
  /** More classes after `data`. */
  className?: string;
  /** In a box that scrolls sideways when the table is wider than the page. */
  scroll?: boolean;
}

/**
 * Gives each cell its column's heading as `data-label`: on a narrow screen the stylesheet shows
 * each row as a card, every cell under its heading, where a table's columns would be crushed.
 */
function labelCells(table: HTMLTableElement) {
  const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.replace(/[▲▼]/g, '').trim() ?? '');
  for (const row of table.tBodies[0]?.rows ?? []) {
    [...row.cells].forEach((cell, i) => {
      const label = headings[i] ?? '';
      if (cell.dataset.label !== label) cell.dataset.label = label;
    });
  }
}

/** A table of records: headings, a row for each, and what to say when there is none. */
export function DataTable<T>({ columns = [], head, rows, row, empty, caption, hideCaption, className, scroll }: DataTableProps<T>) {
  const ref = useRef<HTMLTableElement>(null);
  // After every render: rows and headings (a language switch, a sort) change without new props of their own.
  useLayoutEffect(() => {
    if (ref.current) labelCells(ref.current);
  });
  if (empty !== undefined && rows.length === 0) return <>{empty}</>;
  const table = (
    <table ref={ref} className={className ? `data ${className}` : 'data'}>
      {caption ? <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption> : null}
      <thead>
        <tr>
          {head ??
            columns.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the headings are any nodes, in a fixed order: a column is its position
              <th key={i} scope="col">
                {c}
              </th>
            ))}
        </tr>
      </thead>
      <tbody>{rows.map(row)}</tbody>
    </table>
  );
  return scroll ? <div className="table-wrap">{table}</div> : table;
}
