// A long list renders a window of its rows in a real table (row count and each row's place told to
// assistive technology) and asks for the next page at its end; a short list renders every row.
import { MantineProvider, Table } from '@mantine/core';
import { act, cleanup, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ConnectionPage, useMorePages } from './useMorePages';
import { VirtualTable } from './VirtualTable';

afterEach(cleanup);

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `t${i}`, name: `Template ${i}` }));

function renderTable(n: number, onEndReached?: () => void) {
  return render(
    <MantineProvider>
      <VirtualTable
        label="Coupon templates"
        rows={rows(n)}
        totalCount={10_000}
        columns={1}
        onEndReached={onEndReached}
        head={
          <Table.Tr>
            <Table.Th>Template</Table.Th>
          </Table.Tr>
        }
        renderRow={(r, _i, props) => (
          <Table.Tr key={r.id} {...props}>
            <Table.Td>
              <a href={`/templates/${r.id}`}>{r.name}</a>
            </Table.Td>
          </Table.Tr>
        )}
      />
    </MantineProvider>,
  );
}

const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((r) => r.closest('tbody'));

describe('VirtualTable', () => {
  it('windows 10 000 rows: a table with a header, only some rows in the DOM, each with its index', () => {
    const onEnd = vi.fn();
    renderTable(10_000, onEnd);
    const table = screen.getByRole('table', { name: 'Coupon templates' });
    expect(table.getAttribute('aria-rowcount')).toBe('10001');
    expect(within(table).getByRole('columnheader', { name: 'Template' })).toBeTruthy();
    const shown = bodyRows(table);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(100);
    expect(shown[0]!.getAttribute('aria-rowindex')).toBe('2');
    expect(screen.getByText('Template 0')).toBeTruthy();
    expect(screen.queryByText('Template 9999')).toBeNull();
    // the scroll box is focusable, so the keyboard can scroll it
    expect(screen.getByRole('region', { name: 'Coupon templates, scrollable' }).tabIndex).toBe(0);
    expect(onEnd).not.toHaveBeenCalled();
  });

  it('asks for the next page when the window reaches the last loaded rows', () => {
    const onEnd = vi.fn();
    renderTable(70, onEnd);
    expect(onEnd).toHaveBeenCalled();
  });

  it('renders a short list whole, as a plain table', () => {
    renderTable(12);
    const table = screen.getByRole('table', { name: 'Coupon templates' });
    expect(bodyRows(table)).toHaveLength(12);
    expect(screen.queryByRole('region', { name: 'Coupon templates, scrollable' })).toBeNull();
  });
});

describe('useMorePages', () => {
  const page = (from: number, n: number, next: boolean): ConnectionPage<number> => ({
    nodes: Array.from({ length: n }, (_, i) => from + i),
    pageInfo: { endCursor: next ? `cursor-${from + n - 1}` : null, hasNextPage: next },
  });

  it('appends pages asked for with the endCursor of the page before, then starts over on a new first page', async () => {
    const fetchAfter = vi.fn(async (cursor: string) => {
      const last = Number(cursor.split('-')[1]);
      return last < 5 ? page(last + 1, 3, true) : page(last + 1, 1, false);
    });
    const first = page(0, 3, true);
    const { result, rerender } = renderHook(({ p }) => useMorePages(p, fetchAfter), {
      initialProps: { p: first },
    });
    expect(result.current.items).toEqual([0, 1, 2]);
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.items).toEqual([0, 1, 2, 3, 4, 5]));
    expect(fetchAfter).toHaveBeenLastCalledWith('cursor-2');
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.items).toEqual([0, 1, 2, 3, 4, 5, 6]));
    expect(fetchAfter).toHaveBeenLastCalledWith('cursor-5');
    expect(result.current.hasMore).toBe(false);
    act(() => result.current.loadMore());
    expect(fetchAfter).toHaveBeenCalledTimes(2);
    rerender({ p: page(100, 1, false) });
    expect(result.current.items).toEqual([100]);
  });

  it('asks once while a page is on its way, and shows a failure', async () => {
    let fail!: (e: Error) => void;
    const fetchAfter = vi.fn(() => new Promise<ConnectionPage<number>>((_, reject) => (fail = reject)));
    const { result } = renderHook(() => useMorePages(page(0, 2, true), fetchAfter));
    act(() => {
      result.current.loadMore();
      result.current.loadMore();
    });
    expect(fetchAfter).toHaveBeenCalledTimes(1);
    await act(async () => fail(new Error('the database is busy')));
    await waitFor(() => expect(result.current.error).toBe('the database is busy'));
  });
});
