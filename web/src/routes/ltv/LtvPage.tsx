// /ltv: lifetime value — cumulative revenue or profit per customer by months since the first order,
// one curve per acquisition cohort, experiment arm or audience, and the expected value over a horizon
// (BG/NBD + Gamma-Gamma) with its interval.
import { LineChart } from '@mantine/charts';
import {
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { ChartCard } from '../../charts/ChartCard';
import { numberText } from '../../charts/format';
import { IntervalChart } from '../../charts/IntervalChart';
import { intervalColumns, pointRows } from '../experiment/experimentView';
import { ErrorNotice, Loading } from '../../app/states';
import type { LtvGroupBy, LtvReportQuery as LtvReportResult } from '../../gql/graphql';
import { LtvAudiencesQuery, LtvReportQuery, LtvRulesQuery } from './ltv.graphql';
import {
  type CurveMetric,
  cohortElapsed,
  curveColumns,
  curveRows,
  expectedPoints,
  seriesKey,
} from './ltvRows';

const GROUPINGS: { value: LtvGroupBy; label: string }[] = [
  { value: 'COHORT', label: 'By cohort' },
  { value: 'RULE_ARM', label: 'By experiment arm' },
  { value: 'AUDIENCE', label: 'By audience' },
];
const COLORS = [
  'blue.6',
  'teal.6',
  'orange.6',
  'grape.6',
  'red.6',
  'cyan.6',
  'lime.7',
  'pink.6',
  'indigo.6',
  'yellow.7',
  'gray.6',
  'violet.6',
];

export function LtvPage() {
  const [groupBy, setGroupBy] = useState<LtvGroupBy>('COHORT');
  const [ruleId, setRuleId] = useState<string | null>(null);
  const [audienceId, setAudienceId] = useState<string | null>(null);
  const [horizon, setHorizon] = useState(52);
  const [periods, setPeriods] = useState(12);
  const [metric, setMetric] = useState<CurveMetric>('revenuePerUser');
  const [rules] = useQuery({ query: LtvRulesQuery, pause: groupBy !== 'RULE_ARM' });
  // Audience names label the groups of every grouping that has them.
  const [audiences] = useQuery({ query: LtvAudiencesQuery, pause: groupBy !== 'AUDIENCE' });
  const needs = groupBy === 'RULE_ARM' ? ruleId : groupBy === 'AUDIENCE' ? audienceId : 'none';
  const [vars] = useDebouncedValue({ horizon, periods }, 400);
  const [{ data, error, fetching }] = useQuery({
    query: LtvReportQuery,
    variables: {
      groupBy,
      ruleId: groupBy === 'RULE_ARM' ? ruleId : null,
      audienceId: groupBy === 'AUDIENCE' ? audienceId : null,
      horizonWeeks: vars.horizon,
      periods: vars.periods,
    },
    pause: !needs,
  });
  return (
    <Stack p="lg" gap="lg" maw={1400}>
      <div>
        <Title order={1} size="h2">
          Lifetime value
        </Title>
        <Text c="dimmed" size="sm">
          Did coupons buy customers who stay? Value per customer so far by months since the first order, and
          the expected value over the horizon with its 95 % interval.
        </Text>
      </div>
      <Paper withBorder radius="md" p="sm">
        <Group gap="md" align="flex-end" wrap="wrap">
          <SegmentedControl
            aria-label="Group customers"
            data={GROUPINGS}
            value={groupBy}
            onChange={(v) => setGroupBy(v as LtvGroupBy)}
            mb={2}
          />
          {groupBy === 'RULE_ARM' ? (
            <Select
              label="Rule"
              placeholder="Pick a rule with a split"
              searchable
              data={(rules.data?.rules ?? []).map((r) => ({ value: r.id, label: r.name }))}
              value={ruleId}
              onChange={setRuleId}
              w={260}
            />
          ) : groupBy === 'AUDIENCE' ? (
            <Select
              label="Audience"
              placeholder="Pick an audience"
              searchable
              data={(audiences.data?.audiences ?? []).map((a) => ({ value: a.id, label: a.name }))}
              value={audienceId}
              onChange={setAudienceId}
              w={260}
            />
          ) : null}
          <NumberInput
            label="Months of history"
            value={periods}
            min={1}
            max={60}
            allowDecimal={false}
            onChange={(v) => typeof v === 'number' && v >= 1 && setPeriods(v)}
            w={150}
          />
          <NumberInput
            label="Horizon (weeks)"
            value={horizon}
            min={1}
            max={520}
            allowDecimal={false}
            onChange={(v) => typeof v === 'number' && v >= 1 && setHorizon(v)}
            w={150}
          />
          <SegmentedControl
            aria-label="Value"
            data={[
              { value: 'revenuePerUser', label: 'Revenue' },
              { value: 'profitPerUser', label: 'Profit' },
            ]}
            value={metric}
            onChange={(v) => setMetric(v === 'profitPerUser' ? 'profitPerUser' : 'revenuePerUser')}
            mb={2}
          />
          {fetching && data ? (
            <Text size="xs" c="dimmed" pb={8}>
              Refreshing…
            </Text>
          ) : null}
        </Group>
      </Paper>
      {!needs ? (
        <Text c="dimmed" size="sm">
          Pick {groupBy === 'RULE_ARM' ? 'a rule' : 'an audience'} to compare.
        </Text>
      ) : error && !data ? (
        <ErrorNotice error={error} title="The LTV could not be computed" />
      ) : !data ? (
        <Loading label="Fitting the model…" />
      ) : (
        <Report report={data.ltv} metric={metric} audiences={audiences.data?.audiences ?? []} />
      )}
    </Stack>
  );
}

type Report = LtvReportResult['ltv'];

function Report({
  report,
  metric,
  audiences,
}: {
  report: Report;
  metric: CurveMetric;
  audiences: readonly { id: string; name: string }[];
}) {
  const label = useMemo(() => {
    const names = new Map(audiences.map((a) => [a.id, a.name]));
    return (key: string) => names.get(key) ?? key;
  }, [audiences]);
  const groups = report.groups;
  const [now] = useState(() => Date.now());
  const rows = useMemo(() => curveRows(groups, metric, cohortElapsed(now)), [groups, metric, now]);
  const points = useMemo(() => expectedPoints(groups, label), [groups, label]);
  const what = metric === 'profitPerUser' ? 'Profit' : 'Revenue';
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {numberText(report.customers)} customers · {groups.length} {groups.length === 1 ? 'group' : 'groups'}{' '}
        · horizon {report.horizonWeeks} weeks
      </Text>
      {report.note ? (
        <Text size="sm" c="orange.8" role="note">
          {report.note}
        </Text>
      ) : null}
      <ChartCard
        title={`${what} per customer by months since the first order`}
        description="Cumulative per customer at the end of each 30-day period; a young cohort's curve stops where its history does."
        columns={curveColumns(groups, label)}
        rows={rows}
        emptyText="No customer with a paid order yet."
      >
        <LineChart
          h={300}
          data={rows}
          dataKey="period"
          withLegend
          curveType="linear"
          connectNulls={false}
          valueFormatter={(v) => numberText(v)}
          xAxisLabel="Months since first order"
          series={groups.map((g, i) => ({
            name: seriesKey(i),
            label: label(g.key),
            color: COLORS[i % COLORS.length]!,
          }))}
        />
      </ChartCard>
      <ChartCard
        title="Expected LTV per customer"
        description={`Expected value over ${report.horizonWeeks} weeks (BG/NBD purchases × Gamma-Gamma spend), 95 % interval; wider for small or young groups.`}
        columns={intervalColumns('money')}
        rows={pointRows(points)}
        emptyText={report.note ?? 'No fit yet.'}
      >
        <IntervalChart points={points} format={(v) => numberText(v)} labelWidth={180} />
      </ChartCard>
      {report.params.length ? (
        <Paper withBorder radius="md" p="md" aria-label="Model parameters">
          <Text size="sm" fw={600} mb={4}>
            Model parameters
          </Text>
          <Table fz="sm" verticalSpacing={2} w="auto">
            <Table.Tbody>
              {report.params.map((p) => (
                <Table.Tr key={p.name}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td ta="right">{p.value.toPrecision(4)}</Table.Td>
                  <Table.Td c="dimmed">{p.se != null ? `± ${p.se.toPrecision(3)}` : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : null}
    </Stack>
  );
}
