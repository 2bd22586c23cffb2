// /budgets: a campaign's budget — spent, reserved and liability against it, the burn-down (budget
// remaining after each day's subsidy) — and the forecast of issuing a template to an audience.
import { AreaChart, BarChart } from '@mantine/charts';
import { Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ChartCard } from '../../charts/ChartCard';
import { minorText, percentText } from '../../charts/format';
import { Empty, ErrorNotice, Loading } from '../../app/states';
import type { CampaignBudgetQuery as CampaignBudgetResult } from '../../gql/graphql';
import { isoDay, rangeOf } from '../metrics/metricsRows';
import { BudgetCampaignsQuery, CampaignBudgetQuery, CampaignSubsidyQuery } from './budgets.graphql';
import { budgetColumns, budgetRows, burnDownColumns, burnDownRows } from './budgetRows';
import { ForecastPanel } from './ForecastPanel';

type Campaign = CampaignBudgetResult['campaign'];

export function BudgetsPage() {
  const [params, setParams] = useSearchParams();
  const [{ data, error }] = useQuery({ query: BudgetCampaignsQuery });
  const campaigns = data?.campaigns.nodes;
  const selected = campaigns?.find((c) => c.id === params.get('campaign')) ?? campaigns?.[0] ?? null;

  return (
    <Stack p="lg" gap="lg" maw={1400}>
      <div>
        <Title order={1} size="h2">
          Budgets
        </Title>
        <Text c="dimmed" size="sm">
          What each campaign has spent, reserved and may still owe against its budget, and what an issue would
          cost before you start it.
        </Text>
      </div>
      {error && !data ? (
        <ErrorNotice error={error} title="The campaigns could not be loaded" />
      ) : !campaigns ? (
        <Loading label="Loading campaigns…" />
      ) : campaigns.length === 0 || !selected ? (
        <Empty title="No campaign yet">A campaign holds the budget its templates spend.</Empty>
      ) : (
        <Stack gap="md">
          <Select
            label="Campaign"
            data={campaigns.map((c) => ({ value: c.id, label: c.name }))}
            value={selected.id}
            allowDeselect={false}
            searchable
            onChange={(v) => v && setParams({ campaign: v }, { replace: true })}
            w={320}
          />
          <CampaignBudgetLoader key={selected.id} id={selected.id} />
        </Stack>
      )}
      <ForecastPanel />
    </Stack>
  );
}

function CampaignBudgetLoader({ id }: { id: string }) {
  const [{ data, error }] = useQuery({ query: CampaignBudgetQuery, variables: { id } });
  if (error && !data) return <ErrorNotice error={error} title="The budget could not be loaded" />;
  if (!data) return <Loading label="Loading the budget…" />;
  return <CampaignBudget campaign={data.campaign} />;
}

function CampaignBudget({ campaign }: { campaign: Campaign }) {
  const s = campaign.budgetStatus;
  const now = useMemo(() => new Date(), []);
  const start = (campaign.startsAt ?? campaign.createdAt).slice(0, 10);
  const end = isoDay(now);
  const range = rangeOf(start <= end ? start : end, end);
  const [{ data, error }] = useQuery({
    query: CampaignSubsidyQuery,
    variables: { id: campaign.id, from: range.from, to: range.to },
  });
  const burn = useMemo(() => burnDownRows(s.budget ?? null, data?.metrics.daily ?? []), [s.budget, data]);
  const parts = budgetRows({
    budget: s.budget ?? null,
    spent: s.spent,
    reserved: s.reserved,
    liability: s.liability,
    headroom: s.headroom ?? null,
  });
  const committed = s.spent + s.reserved + s.liability;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
        <Stat label="Budget" value={s.budget == null ? 'Unlimited' : minorText(s.budget)} />
        <Stat label="Spent" value={minorText(s.spent)} />
        <Stat label="Reserved" value={minorText(s.reserved)} hint="locked in open orders" />
        <Stat
          label="Liability"
          value={minorText(s.liability)}
          hint={`outstanding coupons × ${percentText(s.redemptionRateBp / 10_000)} redemption`}
        />
        <Stat
          label="Headroom"
          value={s.headroom == null ? '—' : minorText(s.headroom)}
          hint={s.budget ? `${percentText(committed / s.budget)} committed` : undefined}
          danger={s.headroom != null && s.headroom <= 0}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ChartCard
          title="Budget burn-down"
          description="Budget remaining after each day's subsidy (redeemed discounts net of refunds)."
          columns={burnDownColumns}
          rows={burn}
          emptyText={error ? 'The daily subsidy could not be loaded.' : 'No day to show yet.'}
        >
          <AreaChart
            h={260}
            data={burn}
            dataKey="date"
            curveType="stepAfter"
            withLegend
            valueFormatter={(v) => minorText(v * 100)}
            series={
              s.budget == null
                ? [{ name: 'spent', label: 'Spent to date', color: 'orange.6' }]
                : [
                    { name: 'remaining', label: 'Budget remaining', color: 'blue.6' },
                    { name: 'spent', label: 'Spent to date', color: 'orange.6' },
                  ]
            }
            referenceLines={[{ y: 0, color: 'red.6', label: 'Budget exhausted' }]}
          />
        </ChartCard>
        <ChartCard
          title="Budget committed"
          description="Spent, reserved in open orders and the expected liability of outstanding coupons."
          columns={budgetColumns}
          rows={parts}
        >
          <BarChart
            h={260}
            data={[
              {
                campaign: campaign.name,
                spent: s.spent / 100,
                reserved: s.reserved / 100,
                liability: s.liability / 100,
                headroom: Math.max(0, s.headroom ?? 0) / 100,
              },
            ]}
            dataKey="campaign"
            type="stacked"
            orientation="vertical"
            yAxisProps={{ width: 120 }}
            withLegend
            valueFormatter={(v) => minorText(v * 100)}
            series={[
              { name: 'spent', label: 'Spent', color: 'orange.6' },
              { name: 'reserved', label: 'Reserved', color: 'yellow.5' },
              { name: 'liability', label: 'Liability', color: 'grape.5' },
              ...(s.budget == null ? [] : [{ name: 'headroom', label: 'Headroom', color: 'gray.3' }]),
            ]}
          />
        </ChartCard>
      </SimpleGrid>
    </Stack>
  );
}

function Stat({
  label,
  value,
  hint,
  danger,
}: {
  label: string;
  value: string;
  hint?: string;
  danger?: boolean;
}) {
  return (
    <Paper withBorder radius="md" p="sm" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="xl" c={danger ? 'red' : undefined}>
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
