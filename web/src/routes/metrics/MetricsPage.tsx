// /metrics: what coupons did in a scope and date range — the daily series, the issued → claimed →
// redeemed funnel, the coupon-order share, subsidy by funder, revenue and gross profit. The scope and
// range live in the URL (?kind=RULE&id=…&from=…&to=…), so a view can be linked and reloaded.
import { AreaChart, BarChart, DonutChart, LineChart } from '@mantine/charts';
import { ColorSwatch, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ChartCard } from '../../charts/ChartCard';
import { minorText, percentText } from '../../charts/format';
import { ErrorNotice, Loading } from '../../app/states';
import { count } from '../../lib/format';
import type {
  MetricsDashboardQuery as MetricsDashboardQueryResult,
  MetricsScopeKind,
} from '../../gql/graphql';
import {
  MetricsDashboardQuery,
  ScopeCampaignsQuery,
  ScopeRulesQuery,
  ScopeTemplatesQuery,
} from './metrics.graphql';
import {
  SCOPE_KINDS,
  couponColumns,
  customerColumns,
  dailyRows,
  funderColumns,
  funderRows,
  funnelColumns,
  funnelRows,
  isScopeKind,
  isoDay,
  moneyColumns,
  orderColumns,
  rangeOf,
} from './metricsRows';

const FUNDERS = [
  { value: 'PLATFORM', label: 'Platform' },
  { value: 'MERCHANT', label: 'Merchant' },
  { value: 'BRAND', label: 'Brand' },
];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const FUNDER_COLORS = ['indigo.6', 'orange.6', 'grape.6', 'teal.6', 'pink.6'];

export function MetricsPage() {
  const [params, setParams] = useSearchParams();
  const now = useMemo(() => new Date(), []);
  const kindParam = params.get('kind');
  const kind: MetricsScopeKind = isScopeKind(kindParam) ? kindParam : 'ALL';
  const id = kind === 'ALL' ? null : params.get('id') || null;
  const fromDate = DAY.test(params.get('from') ?? '') ? params.get('from')! : isoDay(now, 29);
  const toDate = DAY.test(params.get('to') ?? '') ? params.get('to')! : isoDay(now);

  const set = (patch: Record<string, string | null>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(patch))
          if (v) next.set(k, v);
          else next.delete(k);
        return next;
      },
      { replace: true },
    );

  const [rules] = useQuery({ query: ScopeRulesQuery, pause: kind !== 'RULE' });
  const [campaigns] = useQuery({ query: ScopeCampaignsQuery, pause: kind !== 'CAMPAIGN' });
  const [templates] = useQuery({ query: ScopeTemplatesQuery, pause: kind !== 'TEMPLATE' });
  const choices = kind === 'RULE' ? rules : kind === 'CAMPAIGN' ? campaigns : templates;
  const options =
    kind === 'RULE'
      ? (rules.data?.rules ?? [])
      : kind === 'CAMPAIGN'
        ? (campaigns.data?.campaigns.nodes ?? [])
        : kind === 'TEMPLATE'
          ? (templates.data?.templates.nodes ?? [])
          : [];

  const ready = kind === 'ALL' || Boolean(id);
  const range = rangeOf(fromDate, toDate);
  const [{ data, error, fetching }] = useQuery({
    query: MetricsDashboardQuery,
    variables: { scope: { kind, id }, from: range.from, to: range.to },
    pause: !ready || fromDate > toDate,
  });

  return (
    <Stack p="lg" gap="lg" maw={1400}>
      <div>
        <Title order={1} size="h2">
          Metrics
        </Title>
        <Text c="dimmed" size="sm">
          What coupons did: issued, claimed and redeemed, the orders that used them, what they cost and what
          they earned. Days are the deployment&apos;s time zone.
        </Text>
      </div>
      <Paper withBorder radius="md" p="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label="Scope"
            data={SCOPE_KINDS}
            value={kind}
            allowDeselect={false}
            onChange={(v) => isScopeKind(v) && set({ kind: v, id: null })}
            w={190}
          />
          {kind === 'RULE' || kind === 'CAMPAIGN' || kind === 'TEMPLATE' ? (
            <Select
              label={SCOPE_KINDS.find((k) => k.value === kind)!.label}
              placeholder={choices.fetching ? 'Loading…' : `Pick a ${kind.toLowerCase()}`}
              data={options.map((o) => ({ value: o.id, label: o.name }))}
              value={id}
              searchable
              nothingFoundMessage="Nothing found"
              onChange={(v) => set({ id: v })}
              w={280}
            />
          ) : kind === 'FUNDER' ? (
            <Select
              label="Funder"
              data={FUNDERS}
              value={id}
              placeholder="Pick a funder"
              onChange={(v) => set({ id: v })}
              w={190}
            />
          ) : kind === 'MERCHANT' ? (
            <TextInput
              label="Merchant id"
              defaultValue={id ?? ''}
              placeholder="e.g. m-42"
              onBlur={(e) => set({ id: e.currentTarget.value.trim() || null })}
              onKeyDown={(e) => e.key === 'Enter' && set({ id: e.currentTarget.value.trim() || null })}
              w={190}
            />
          ) : null}
          <TextInput
            type="date"
            label="From"
            value={fromDate}
            max={toDate}
            onChange={(e) => DAY.test(e.currentTarget.value) && set({ from: e.currentTarget.value })}
            w={160}
          />
          <TextInput
            type="date"
            label="To"
            value={toDate}
            min={fromDate}
            onChange={(e) => DAY.test(e.currentTarget.value) && set({ to: e.currentTarget.value })}
            w={160}
          />
          {fetching && data ? (
            <Text size="xs" c="dimmed" pb={8}>
              Refreshing…
            </Text>
          ) : null}
        </Group>
      </Paper>
      {fromDate > toDate ? (
        <Text c="red" size="sm">
          The range ends before it starts.
        </Text>
      ) : !ready ? (
        <Text c="dimmed" size="sm">
          Pick what to measure.
        </Text>
      ) : error && !data ? (
        <ErrorNotice error={error} title="The metrics could not be loaded" />
      ) : !data ? (
        <Loading label="Loading metrics…" />
      ) : (
        <Dashboard metrics={data.metrics} />
      )}
    </Stack>
  );
}

type Metrics = MetricsDashboardQueryResult['metrics'];

function Dashboard({ metrics }: { metrics: Metrics }) {
  const rows = useMemo(() => dailyRows(metrics.daily), [metrics.daily]);
  const funnel = useMemo(() => funnelRows(metrics.totals), [metrics.totals]);
  const funders = useMemo(() => funderRows(metrics.subsidyByFunder), [metrics.subsidyByFunder]);
  const t = metrics.totals;
  const noCoupons = t.issued === 0 && t.redeemed === 0 && t.claimed === 0;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Stat label="Issued" value={count.format(t.issued)} />
        <Stat
          label="Redeemed"
          value={count.format(t.redeemed)}
          hint={`${percentText(metrics.redemptionRate)} of issued`}
        />
        <Stat
          label="Coupon-order share"
          value={percentText(metrics.couponOrderShare)}
          hint={`${count.format(t.couponOrders)} of ${count.format(metrics.allPaidOrders)} paid orders`}
        />
        <Stat label="Subsidy" value={minorText(t.subsidy)} />
        <Stat label="Revenue" value={minorText(t.revenue)} />
        <Stat
          label="Gross profit"
          value={minorText(t.grossProfit)}
          hint={`margin known for ${count.format(t.marginOrders)} orders`}
        />
        <Stat
          label="New customers"
          value={count.format(t.newCustomers)}
          hint={`${count.format(t.newCustomersViaCoupon)} via a coupon`}
        />
        <Stat label="Refunds" value={count.format(t.refunds)} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ChartCard title="Coupons per day" columns={couponColumns} rows={rows}>
          <LineChart
            h={240}
            data={rows}
            dataKey="date"
            series={[
              { name: 'issued', label: 'Issued', color: 'blue.6' },
              { name: 'claimed', label: 'Claimed', color: 'cyan.6' },
              { name: 'redeemed', label: 'Redeemed', color: 'teal.6' },
              { name: 'expired', label: 'Expired', color: 'gray.5' },
            ]}
            withLegend
            curveType="linear"
            withDots={rows.length <= 31}
            lineChartProps={{ syncId: 'metrics' }}
          />
        </ChartCard>
        <ChartCard
          title="Funnel"
          description="Issued → claimed → redeemed over the range. Claimed counts coupons issued because the user asked (claim or code)."
          columns={funnelColumns}
          rows={noCoupons ? [] : funnel}
          emptyText="No coupon was issued in this range."
        >
          <BarChart
            h={240}
            data={funnel}
            dataKey="stage"
            orientation="vertical"
            yAxisProps={{ width: 80 }}
            withBarValueLabel
            valueFormatter={(v) => count.format(v)}
            series={[{ name: 'count', label: 'Coupons', color: 'blue.6' }]}
          />
        </ChartCard>
        <ChartCard
          title="Coupon-order share"
          description="Paid orders per day and those that used a coupon of this scope."
          columns={orderColumns}
          rows={rows}
        >
          <BarChart
            h={240}
            data={rows.map((r) => ({
              date: r.date,
              couponOrders: r.couponOrders,
              otherOrders: Number(r.paidOrders) - Number(r.couponOrders),
            }))}
            dataKey="date"
            type="stacked"
            withLegend
            series={[
              { name: 'couponOrders', label: 'With a coupon', color: 'teal.6' },
              { name: 'otherOrders', label: 'Without', color: 'gray.4' },
            ]}
          />
        </ChartCard>
        <ChartCard
          title="Subsidy by funder"
          description="Redeemed discounts net of refunds, split by who pays for them."
          columns={funderColumns}
          rows={funders}
          emptyText="No subsidy in this range."
        >
          <Group justify="center" gap="xl">
            <DonutChart
              size={200}
              thickness={28}
              withLabels
              withLabelsLine
              withTooltip
              valueFormatter={(v) => minorText(v * 100)}
              data={funders.map((f, i) => ({
                name: String(f.funder),
                value: Number(f.amount),
                color: FUNDER_COLORS[i % FUNDER_COLORS.length]!,
              }))}
            />
            <Stack gap={4} aria-hidden>
              {funders.map((f, i) => (
                <Group key={String(f.funder)} gap={6} wrap="nowrap">
                  <ColorSwatch
                    size={12}
                    color={`var(--mantine-color-${FUNDER_COLORS[i % FUNDER_COLORS.length]!.replace('.', '-')})`}
                  />
                  <Text size="sm">
                    {f.funder}: {minorText(Number(f.amount) * 100)}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Group>
        </ChartCard>
        <ChartCard
          title="Revenue and gross profit"
          description="Paid amounts net of refunds; gross profit is margin minus subsidy (orders with a known margin)."
          columns={moneyColumns}
          rows={rows}
        >
          <AreaChart
            h={240}
            data={rows}
            dataKey="date"
            withLegend
            curveType="linear"
            valueFormatter={(v) => minorText(v * 100)}
            series={[
              { name: 'revenue', label: 'Revenue', color: 'blue.6' },
              { name: 'grossProfit', label: 'Gross profit', color: 'green.6' },
              { name: 'subsidy', label: 'Subsidy', color: 'orange.6' },
            ]}
            areaChartProps={{ syncId: 'metrics' }}
          />
        </ChartCard>
        <ChartCard title="New customers" columns={customerColumns} rows={rows}>
          <BarChart
            h={240}
            data={rows}
            dataKey="date"
            withLegend
            series={[
              { name: 'newCustomers', label: 'New customers', color: 'violet.6' },
              { name: 'newCustomersViaCoupon', label: 'Via a coupon', color: 'teal.6' },
            ]}
          />
        </ChartCard>
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {metrics.daily.length} days · time zone {metrics.timeZone}
      </Text>
    </Stack>
  );
}

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder radius="md" p="sm" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="xl" data-stat={label}>
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Paper>
  );
}
