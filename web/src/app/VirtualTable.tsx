// A table whose body renders only the rows in view once the list is long (windowed rendering with
// @tanstack/react-virtual): 10 000 rows cost the DOM a few dozen. Short lists render every row, as a
// plain table. Either way it stays a real <table> (header cells, row and cell roles; aria-rowcount and
// aria-rowindex tell assistive technology where a windowed row sits in the whole list), the rows keep
// their links and buttons in the tab order (focusing a row scrolls it into view, which renders the
// next ones), and the scroll box itself is focusable so arrow keys and Page Up / Down scroll it.
import { Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, type ReactNode, useEffect, useRef } from 'react';

/** Lists longer than this are windowed. */
export const WINDOW_FROM = 60;

export interface RowProps {
  /** Put on the row's <tr>: the windowed body measures and positions rows by them. */
  'data-index': number;
  'aria-rowindex': number;
  ref?: (el: HTMLTableRowElement | null) => void;
}

export interface VirtualTableProps<T> {
  /** The table's accessible name. */
  label: string;
  rows: readonly T[];
  /** All rows of the list, loaded or not (aria-rowcount); defaults to rows.length. */
  totalCount?: number;
  /** The header row: <Table.Tr> with <Table.Th> cells. */
  head?: ReactNode;
  /** Columns, for the spacer rows of the windowed body. */
  columns: number;
  /** One <Table.Tr> per row; spread `props` on it. */
  renderRow: (row: T, index: number, props: RowProps) => ReactNode;
  /** A row's height before it is measured (px). */
  estimateRowHeight?: number;
  /** The scroll box's height when windowed (CSS). */
  height?: CSSProperties['maxHeight'];
  /** Called when the window reaches the last loaded rows: load the next page. */
  onEndReached?: () => void;
  /** Windowed from this many rows (WINDOW_FROM). */
  windowFrom?: number;
  tableProps?: Omit<React.ComponentProps<typeof Table>, 'children'>;
  minWidth?: number;
}

export function VirtualTable<T>(props: VirtualTableProps<T>) {
  return props.rows.length > (props.windowFrom ?? WINDOW_FROM) ? (
    <WindowedTable {...props} />
  ) : (
    <PlainTable {...props} />
  );
}

function PlainTable<T>({
  label,
  rows,
  totalCount,
  head,
  renderRow,
  tableProps,
  minWidth,
}: VirtualTableProps<T>) {
  const table = (
    <Table aria-label={label} aria-rowcount={(totalCount ?? rows.length) + (head ? 1 : 0)} {...tableProps}>
      {head ? <Table.Thead>{head}</Table.Thead> : null}
      <Table.Tbody>
        {rows.map((r, i) => renderRow(r, i, { 'data-index': i, 'aria-rowindex': i + (head ? 2 : 1) }))}
      </Table.Tbody>
    </Table>
  );
  return minWidth ? <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer> : table;
}

function WindowedTable<T>({
  label,
  rows,
  totalCount,
  head,
  columns,
  renderRow,
  estimateRowHeight = 45,
  height = '70vh',
  onEndReached,
  tableProps,
  minWidth,
}: VirtualTableProps<T>) {
  const box = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => box.current,
    estimateSize: () => estimateRowHeight,
    overscan: 12,
    // jsdom-like environments measure nothing: show a first window anyway
    initialRect: { width: 1000, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1]?.index ?? 0;
  const near = last >= rows.length - 25;
  useEffect(() => {
    if (near) onEndReached?.();
  }, [near, rows.length, onEndReached]);
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const offset = head ? 2 : 1;
  return (
    <div
      ref={box}
      role="region"
      aria-label={`${label}, scrollable`}
      tabIndex={0}
      data-windowed="true"
      style={{ maxHeight: height, overflow: 'auto', minWidth: 0 }}
    >
      <Table
        aria-label={label}
        aria-rowcount={(totalCount ?? rows.length) + (head ? 1 : 0)}
        stickyHeader
        miw={minWidth}
        {...tableProps}
      >
        {head ? <Table.Thead>{head}</Table.Thead> : null}
        <Table.Tbody>
          {top > 0 ? (
            <tr aria-hidden="true" style={{ height: top }}>
              <td colSpan={columns} style={{ padding: 0, border: 0 }} />
            </tr>
          ) : null}
          {items.map((v) =>
            renderRow(rows[v.index]!, v.index, {
              'data-index': v.index,
              'aria-rowindex': v.index + offset,
              ref: virtualizer.measureElement,
            }),
          )}
          {bottom > 0 ? (
            <tr aria-hidden="true" style={{ height: bottom }}>
              <td colSpan={columns} style={{ padding: 0, border: 0 }} />
            </tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </div>
  );
}
