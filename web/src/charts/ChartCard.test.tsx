// A chart card shows its chart, switches to a table of the same rows, and says when there is no data.
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartCard } from './ChartCard';

afterEach(cleanup);

const columns = [
  { key: 'date', label: 'Date' },
  { key: 'issued', label: 'Issued', format: (v: unknown) => `${String(v)} coupons` },
];

function renderCard(rows: Record<string, string | number | null>[]) {
  return render(
    <MantineProvider>
      <ChartCard title="Coupons per day" columns={columns} rows={rows}>
        <div data-testid="the-chart" />
      </ChartCard>
    </MantineProvider>,
  );
}

describe('ChartCard', () => {
  it('switches between the chart and a table of the same rows', () => {
    renderCard([
      { date: '2026-12-01', issued: 3 },
      { date: '2026-12-02', issued: 5 },
    ]);
    expect(screen.getByTestId('the-chart')).toBeTruthy();
    fireEvent.click(screen.getByText('Table'));
    expect(screen.queryByTestId('the-chart')).toBeNull();
    const table = screen.getByRole('table', { name: 'Coupons per day (table)' });
    const cells = within(table)
      .getAllByRole('row')
      .map((r) =>
        within(r)
          .queryAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(cells.slice(1)).toEqual([
      ['2026-12-01', '3 coupons'],
      ['2026-12-02', '5 coupons'],
    ]);
  });

  it('says there is no data and offers no CSV when there are no rows', () => {
    renderCard([]);
    expect(screen.getByText('No data in this range.')).toBeTruthy();
    expect(screen.queryByTestId('the-chart')).toBeNull();
    const csv = screen.getByRole('button', { name: 'Download Coupons per day as CSV' });
    expect(csv.hasAttribute('disabled')).toBe(true);
  });
});
