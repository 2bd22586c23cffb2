// A chart with its data: every chart on the measurement pages can be read as a table and downloaded
// as CSV (the same columns and rows). Only lazy routes import this module, so the chart library
// (Recharts via @mantine/charts) stays out of the first bundle.
import '@mantine/charts/styles.css';
import { Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { type Column, type Row, csvFileName, downloadCsv, toCsv } from './csv';

export type ChartView = 'chart' | 'table';

export interface ChartCardProps {
  title: string;
  description?: ReactNode;
  columns: readonly Column[];
  rows: readonly Row[];
  /** The chart; rendered only in the chart view and when there are rows. */
  children: ReactNode;
  /** Shown instead of the chart when there are no rows. */
  emptyText?: string;
  /** The view to start with. */
  initialView?: ChartView;
}

export function ChartCard({
  title,
  description,
  columns,
  rows,
  children,
  emptyText = 'No data in this range.',
  initialView = 'chart',
}: ChartCardProps) {
  const [view, setView] = useState<ChartView>(initialView);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div style={{ flex: '1 1 220px', minWidth: 0 }}>
            <Title order={2} size="h5">
              {title}
            </Title>
            {description ? (
              <Text size="xs" c="dimmed" component="div">
                {description}
              </Text>
            ) : null}
          </div>
          <Group gap="xs" wrap="nowrap">
            <SegmentedControl
              size="xs"
              aria-label={`${title}: view`}
              data={[
                { value: 'chart', label: 'Chart' },
                { value: 'table', label: 'Table' },
              ]}
              value={view}
              onChange={(v) => setView(v === 'table' ? 'table' : 'chart')}
            />
            <Button
              size="xs"
              variant="default"
              aria-label={`Download ${title} as CSV`}
              disabled={rows.length === 0}
              onClick={() => downloadCsv(csvFileName(title), toCsv(columns, rows))}
            >
              CSV
            </Button>
          </Group>
        </Group>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed" py="lg" ta="center">
            {emptyText}
          </Text>
        ) : view === 'chart' ? (
          <div data-chart={title}>{children}</div>
        ) : (
          <DataTable title={title} columns={columns} rows={rows} />
        )}
      </Stack>
    </Paper>
  );
}

export function DataTable({
  title,
  columns,
  rows,
}: {
  title: string;
  columns: readonly Column[];
  rows: readonly Row[];
}) {
  return (
    <Table.ScrollContainer minWidth={columns.length * 110} maxHeight={360}>
      <Table striped stickyHeader verticalSpacing={4} fz="sm" aria-label={`${title} (table)`}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c, i) => (
              <Table.Th key={c.key} ta={i === 0 ? 'left' : 'right'} style={{ whiteSpace: 'nowrap' }}>
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, ri) => (
            <Table.Tr key={ri}>
              {columns.map((c, i) => {
                const v = r[c.key] ?? null;
                return (
                  <Table.Td key={c.key} ta={i === 0 ? 'left' : 'right'} style={{ whiteSpace: 'nowrap' }}>
                    {c.format ? c.format(v, r) : v == null ? '—' : String(v)}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
