// The experiment of a job with a holdout: the arms side by side and the lift of each outcome with its
// 95 % interval, over a chosen window after exposure (the full experiment page is the rules' one).
import { Alert, Badge, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../app/states';
import { count } from '../../lib/format';
import { JobExperimentQuery } from './issuing.graphql';

const WINDOWS = [
  { value: String(3_600), label: '1 hour' },
  { value: String(86_400), label: '1 day' },
  { value: String(7 * 86_400), label: '7 days' },
  { value: String(30 * 86_400), label: '30 days' },
];

const METRIC_LABEL: Record<string, string> = {
  CONVERSION: 'Conversion',
  REVENUE_PER_USER: 'Revenue per user',
  NET_CONTRIBUTION_PER_USER: 'Net contribution per user',
};

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const money = (minor: number) =>
  (minor / 100).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const fmt = (metric: string, x: number) =>
  metric === 'CONVERSION' ? `${(x * 100).toFixed(2)} pp` : money(x);

export function JobExperimentPanel({ jobId }: { jobId: string }) {
  const [window, setWindow] = useState(WINDOWS[1]!.value);
  const [{ data, error, fetching }] = useQuery({
    query: JobExperimentQuery,
    variables: { jobId, windowSeconds: Number(window) },
    requestPolicy: 'network-only',
  });
  const e = data?.jobExperiment;
  return (
    <Paper
      withBorder
      p="md"
      radius="sm"
      component="section"
      aria-label="Experiment result"
      data-testid="job-experiment"
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            Experiment: treated users against the holdout
          </Title>
          <Select
            label="Window after exposure"
            size="xs"
            w={170}
            data={WINDOWS}
            value={window}
            allowDeselect={false}
            onChange={(v) => v && setWindow(v)}
          />
        </Group>
        {error ? (
          <Alert color="orange" title="No result for this window" role="alert">
            {errorMessage(error).replace(/^windowSeconds: /, '')}
          </Alert>
        ) : !e ? (
          <Text size="sm" c="dimmed">
            {fetching ? 'Measuring…' : ''}
          </Text>
        ) : (
          <>
            {e.srm.mismatch ? (
              <Alert color="red" title="Sample ratio mismatch">
                The groups are not the sizes the holdout implies (p = {e.srm.p.toExponential(2)}): the result
                is not trustworthy.
              </Alert>
            ) : null}
            <Text size="sm" c="dimmed">
              {count.format(e.exposedUsers)} users exposed, {count.format(e.measuredUsers)} measured (their
              window has elapsed); holdout {e.holdoutPercent} %.
            </Text>
            <Table withTableBorder aria-label="Arms">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Arm</Table.Th>
                  <Table.Th ta="right">Users</Table.Th>
                  <Table.Th ta="right">Conversion</Table.Th>
                  <Table.Th ta="right">Revenue / user</Table.Th>
                  <Table.Th ta="right">Net / user</Table.Th>
                  <Table.Th ta="right">Subsidy</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {e.arms.map((a) => (
                  <Table.Tr key={a.arm}>
                    <Table.Td>
                      {a.arm}{' '}
                      {a.control ? (
                        <Badge size="xs" variant="light" color="gray">
                          control
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td ta="right">{count.format(a.users)}</Table.Td>
                    <Table.Td ta="right">{pct(a.conversion)}</Table.Td>
                    <Table.Td ta="right">{money(a.revenuePerUser)}</Table.Td>
                    <Table.Td ta="right">{money(a.netContributionPerUser)}</Table.Td>
                    <Table.Td ta="right">{money(a.subsidy)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Table withTableBorder aria-label="Lift">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Lift of</Table.Th>
                  <Table.Th ta="right">Absolute</Table.Th>
                  <Table.Th ta="right">95 % interval</Table.Th>
                  <Table.Th ta="right">Relative</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {e.lifts.map((l) => (
                  <Table.Tr key={l.metric}>
                    <Table.Td>{METRIC_LABEL[l.metric] ?? l.metric}</Table.Td>
                    <Table.Td
                      ta="right"
                      fw={600}
                      c={l.absolute.low > 0 ? 'teal' : l.absolute.high < 0 ? 'red' : undefined}
                    >
                      {fmt(l.metric, l.absolute.estimate)}
                    </Table.Td>
                    <Table.Td ta="right">
                      {fmt(l.metric, l.absolute.low)} to {fmt(l.metric, l.absolute.high)}
                    </Table.Td>
                    <Table.Td ta="right">{l.relative ? pct(l.relative.estimate) : '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {e.incrementalProfit ? (
              <Text size="sm">
                Incremental profit over {count.format(e.incrementalProfit.treatedUsers)} treated users:{' '}
                <b>{money(e.incrementalProfit.estimate)}</b> ({money(e.incrementalProfit.low)} to{' '}
                {money(e.incrementalProfit.high)})
              </Text>
            ) : null}
            <Text size="sm" component="div">
              Recommendation:{' '}
              <Badge variant="light">{e.recommendation.replace('_', ' ').toLowerCase()}</Badge>
            </Text>
            <Stack gap={2}>
              {e.evidence.map((line) => (
                <Text key={line} size="xs" c="dimmed">
                  {line}
                </Text>
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}
