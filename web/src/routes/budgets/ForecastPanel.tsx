// The forecast before issuing: pick a template, an audience and how it is offered; forecastIssue
// answers size × claim rate × redemption rate × mean discount, each figure with its source and range.
import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { toCsv, downloadCsv } from '../../charts/csv';
import { minorText } from '../../charts/format';
import { ErrorNotice, Loading } from '../../app/states';
import type { ForecastMode } from '../../gql/graphql';
import { ForecastChoicesQuery, ForecastIssueQuery } from './budgets.graphql';
import { FIGURE_LABEL, figureRows, figureText } from './budgetRows';

const SOURCE_COLOR: Record<string, string> = { EXACT: 'blue', HISTORY: 'green', PRIOR: 'yellow' };
const FIGURE_COLUMNS = [
  { key: 'figure', label: 'Figure' },
  { key: 'value', label: 'Value' },
  { key: 'low', label: 'Low' },
  { key: 'high', label: 'High' },
  { key: 'source', label: 'Source' },
  { key: 'basis', label: 'Basis' },
];

export function ForecastPanel() {
  const [choices] = useQuery({ query: ForecastChoicesQuery });
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [audienceId, setAudienceId] = useState<string | null>(null);
  const [mode, setMode] = useState<ForecastMode>('BULK');
  const [asked, setAsked] = useState<{ templateId: string; audienceId: string; mode: ForecastMode } | null>(
    null,
  );
  const [{ data, error, fetching }] = useQuery({
    query: ForecastIssueQuery,
    variables: asked ?? { templateId: '', audienceId: '' },
    pause: !asked,
  });
  const f = data?.forecastIssue;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Forecast">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">
            Forecast an issue
          </Title>
          <Text size="sm" c="dimmed">
            What issuing a template to an audience would cost: audience size × claim rate × redemption rate ×
            mean discount, each from history where there is enough, else a stated prior.
          </Text>
        </div>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label="Template"
            placeholder="Pick a template"
            searchable
            data={(choices.data?.templates.nodes ?? []).map((t) => ({ value: t.id, label: t.name }))}
            value={templateId}
            onChange={setTemplateId}
            w={260}
          />
          <Select
            label="Audience"
            placeholder="Pick an audience"
            searchable
            data={(choices.data?.audiences ?? []).map((a) => ({ value: a.id, label: a.name }))}
            value={audienceId}
            onChange={setAudienceId}
            w={260}
          />
          <SegmentedControl
            aria-label="How it is offered"
            data={[
              { value: 'BULK', label: 'Issued to everyone' },
              { value: 'CLAIM', label: 'Offered to claim' },
            ]}
            value={mode}
            onChange={(v) => setMode(v === 'CLAIM' ? 'CLAIM' : 'BULK')}
            mb={2}
          />
          <Button
            disabled={!templateId || !audienceId}
            loading={fetching}
            onClick={() => templateId && audienceId && setAsked({ templateId, audienceId, mode })}
          >
            Forecast
          </Button>
        </Group>
        {error ? (
          <ErrorNotice error={error} title="No forecast" />
        ) : fetching && !f ? (
          <Loading label="Forecasting…" />
        ) : f ? (
          <Stack gap="xs">
            <Group gap="lg" align="baseline">
              <div>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  Expected cost
                </Text>
                <Text fw={700} size="xl" data-testid="forecast-cost">
                  {minorText(f.cost.value)}
                </Text>
              </div>
              <Text size="sm" c="dimmed">
                range {minorText(f.cost.low)} to {minorText(f.cost.high)}
              </Text>
              <Button
                size="xs"
                variant="default"
                ml="auto"
                aria-label="Download Forecast as CSV"
                onClick={() => downloadCsv('forecast.csv', toCsv(FIGURE_COLUMNS, figureRows(f.figures)))}
              >
                CSV
              </Button>
            </Group>
            <Table verticalSpacing={4} fz="sm" aria-label="Forecast figures">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Figure</Table.Th>
                  <Table.Th ta="right">Value</Table.Th>
                  <Table.Th ta="right">Range</Table.Th>
                  <Table.Th>Source</Table.Th>
                  <Table.Th>Basis</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {f.figures.map((x) => (
                  <Table.Tr key={x.name}>
                    <Table.Td>{FIGURE_LABEL[x.name] ?? x.name}</Table.Td>
                    <Table.Td ta="right">{figureText(x.name, x.value)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {figureText(x.name, x.low)} – {figureText(x.name, x.high)}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={SOURCE_COLOR[x.source] ?? 'gray'}>
                        {x.source.toLowerCase()}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {x.basis}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
