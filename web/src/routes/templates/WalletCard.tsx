// The coupon as a user sees it in the wallet, drawn live from the form's draft.
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { TemplateDraft } from './draft';
import { KINDS } from './kinds';
import { previewOf } from './preview';

export function WalletCard({ draft }: { draft: TemplateDraft }) {
  const p = previewOf(draft);
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        In the wallet
      </Text>
      <Card
        withBorder
        radius="md"
        padding="md"
        aria-label="Wallet preview"
        role="region"
        data-testid="wallet-preview"
        style={{ borderLeft: '6px solid var(--mantine-color-orange-6)' }}
      >
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text fw={700} size="xl" data-testid="preview-headline">
              {p.headline}
            </Text>
            {p.threshold ? (
              <Text size="sm" data-testid="preview-threshold">
                {p.threshold}
              </Text>
            ) : null}
          </Stack>
          <Badge variant="light" color="orange" style={{ flexShrink: 0, overflow: 'visible' }} maw="none">
            {KINDS[draft.kind].label}
          </Badge>
        </Group>
        <Text fw={500} mt="xs" lineClamp={2}>
          {draft.name.trim() || 'Untitled coupon'}
        </Text>
        <Text size="sm" c="dimmed" data-testid="preview-validity">
          {p.validity.charAt(0).toUpperCase() + p.validity.slice(1)}
        </Text>
        <Text size="sm" c="dimmed" data-testid="preview-scope">
          {p.scope}
        </Text>
        {p.sharing ? (
          <Text size="sm" mt={4} data-testid="preview-sharing">
            {p.sharing}
          </Text>
        ) : null}
        {p.limits ? (
          <Text size="xs" c="dimmed" mt={4}>
            {p.limits}
          </Text>
        ) : null}
      </Card>
    </Stack>
  );
}
