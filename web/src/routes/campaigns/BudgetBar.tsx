// The campaign's budget at a glance: spent, reserved and outstanding liability stacked against the
// budget, with the redemption rate the liability uses and where it comes from (the campaign's own
// history, or the worst case of every outstanding coupon being redeemed). Figures are the server's
// (campaign.budgetStatus), computed by the same rule issuance uses.
import { Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { money, percent } from '../../lib/money';

export interface BudgetFigures {
  budget: number | null;
  spent: number;
  reserved: number;
  liability: number;
  headroom: number | null;
  redemptionRateBp: number;
}

/** Where the rate comes from: below 100 % it can only be observed; at 100 % it is the worst case. */
export const rateSource = (rateBp: number): 'history' | 'worst case' =>
  rateBp < 10_000 ? 'history' : 'worst case';

const share = (part: number, whole: number) => (whole > 0 ? Math.min(100, (part / whole) * 100) : 0);

export function BudgetBar({ b, compact = false }: { b: BudgetFigures; compact?: boolean }) {
  const source = rateSource(b.redemptionRateBp);
  const rate = (
    <Text size="xs" c="dimmed" data-testid="redemption-rate">
      Liability at {percent(b.redemptionRateBp)} redemption (
      {source === 'history' ? 'from this campaign’s history' : 'worst case: no history yet'})
    </Text>
  );
  if (b.budget == null)
    return (
      <Stack gap={2} data-testid="budget-bar">
        <Text size="sm">
          No budget · spent {money(b.spent)} · reserved {money(b.reserved)} · liability {money(b.liability)}
        </Text>
        {compact ? null : rate}
      </Stack>
    );
  const used = b.spent + b.reserved + b.liability;
  const over = used > b.budget;
  return (
    <Stack gap={4} data-testid="budget-bar" aria-label="Budget use">
      <Progress.Root
        size={compact ? 'md' : 'xl'}
        aria-label={`Budget ${money(b.budget)}: ${money(used)} committed or owed`}
      >
        <Tooltip label={`Spent ${money(b.spent)}`}>
          <Progress.Section value={share(b.spent, b.budget)} color="red" />
        </Tooltip>
        <Tooltip label={`Reserved ${money(b.reserved)}`}>
          <Progress.Section value={share(b.reserved, b.budget)} color="orange" />
        </Tooltip>
        <Tooltip label={`Outstanding liability ${money(b.liability)}`}>
          <Progress.Section value={share(b.liability, Math.max(b.budget, used))} color="yellow" />
        </Tooltip>
      </Progress.Root>
      <Group gap="md" wrap="wrap">
        <Legend color="red" label="Spent" value={money(b.spent)} />
        <Legend color="orange" label="Reserved" value={money(b.reserved)} />
        <Legend color="yellow" label="Liability" value={money(b.liability)} />
        <Text size="xs" c={over ? 'red' : undefined} fw={600}>
          {b.headroom != null && b.headroom >= 0 ? `${money(b.headroom)} left` : 'Budget exhausted'} of{' '}
          {money(b.budget)}
        </Text>
      </Group>
      {compact ? null : rate}
    </Stack>
  );
}

function Legend({ color, label, value }: { color: string; label: string; value: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <span
        aria-hidden
        style={{ width: 10, height: 10, borderRadius: 2, background: `var(--mantine-color-${color}-6)` }}
      />
      <Text size="xs">
        {label} {value}
      </Text>
    </Group>
  );
}
