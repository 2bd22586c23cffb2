// Before saving: the most one coupon can be worth, and what the whole quota could cost the campaign
// (worst case: every coupon redeemed at its maximum; expected: at the campaign's redemption rate, the
// server's own figure) against what its budget has left.
import { Alert, Paper, Stack, Table, Text } from '@mantine/core';
import { count } from '../../lib/format';
import { money, percent } from '../../lib/money';
import { type TemplateDraft, denominated, quotaUnits } from './draft';
import { KINDS } from './kinds';

export interface CampaignOption {
  id: string;
  name: string;
  budget?: number | null;
  budgetStatus?: { headroom?: number | null; redemptionRateBp: number } | null;
}

export interface Impact {
  maxValue: number | null;
  quota: number | null;
  worstCase: number | null;
  expected: number | null;
  headroom: number | null;
}

/** The figures shown beside the form (pure, for the tests). */
export function impactOf(draft: TemplateDraft, campaign: CampaignOption | null): Impact {
  const maxValue = KINDS[draft.kind].maxValue(denominated(draft));
  const quota = quotaUnits(draft);
  const worstCase = maxValue != null && quota != null ? maxValue * quota : null;
  const rate = campaign?.budgetStatus?.redemptionRateBp ?? 10_000;
  const expected = worstCase != null ? Math.ceil((worstCase * rate) / 10_000) : null;
  return { maxValue, quota, worstCase, expected, headroom: campaign?.budgetStatus?.headroom ?? null };
}

export function TemplateFigures({
  draft,
  campaign,
}: {
  draft: TemplateDraft;
  campaign: CampaignOption | null;
}) {
  const f = impactOf(draft, campaign);
  const rate = campaign?.budgetStatus?.redemptionRateBp ?? 10_000;
  const over = f.expected != null && f.headroom != null && f.expected > f.headroom;
  return (
    <Paper withBorder p="md" radius="md" aria-label="Budget impact" role="region">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          Cost before saving
        </Text>
        <Table withRowBorders={false} verticalSpacing={4} fz="sm">
          <Table.Tbody>
            <Table.Tr>
              <Table.Td c="dimmed">Most one coupon is worth</Table.Td>
              <Table.Td ta="right" fw={600} data-testid="max-value">
                {f.maxValue == null ? 'No limit' : money(f.maxValue)}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td c="dimmed">Quota</Table.Td>
              <Table.Td ta="right">{f.quota == null ? 'Unlimited' : count.format(f.quota)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td c="dimmed">At full quota, every coupon used</Table.Td>
              <Table.Td ta="right" data-testid="full-quota">
                {f.worstCase == null ? '—' : money(f.worstCase)}
              </Table.Td>
            </Table.Tr>
            {campaign ? (
              <>
                <Table.Tr>
                  <Table.Td c="dimmed">At the campaign’s redemption rate ({percent(rate)})</Table.Td>
                  <Table.Td ta="right" data-testid="expected-impact">
                    {f.expected == null ? '—' : money(f.expected)}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Td c="dimmed">Budget left in “{campaign.name}”</Table.Td>
                  <Table.Td ta="right">{f.headroom == null ? 'Unlimited' : money(f.headroom)}</Table.Td>
                </Table.Tr>
              </>
            ) : null}
          </Table.Tbody>
        </Table>
        {over ? (
          <Alert color="yellow" p="xs">
            At full quota this template could cost more than the campaign has left; issuing stops when the
            budget runs out.
          </Alert>
        ) : null}
        {!campaign ? (
          <Text size="xs" c="dimmed">
            Not in a campaign: no budget limits it.
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
