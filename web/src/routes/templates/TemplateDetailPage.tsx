// /templates/:id: the template as users see it (wallet preview), its figures from the server (maximum
// value, issued, quota left, codes), every attribute, life cycle buttons and codes for writers.
import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Empty, ErrorNotice, Loading } from '../../app/states';
import type { TemplateQuery as TemplateData } from '../../gql/graphql';
import { count, dateTime } from '../../lib/format';
import { money, percent } from '../../lib/money';
import { canWrite, useSession } from '../../lib/session';
import { CodesPanel } from './CodesPanel';
import { draftOf } from './draft';
import { KINDS } from './kinds';
import { TemplateStatusBadge } from './labels';
import { scopeText, validityText } from './preview';
import { TemplateQuery } from './templates.graphql';
import { TemplateLifecycle } from './useTemplateLifecycle';
import { WalletCard } from './WalletCard';

export function TemplateDetailPage() {
  const { id = '' } = useParams();
  const writer = canWrite(useSession());
  const [{ data, error }, refetch] = useQuery({ query: TemplateQuery, variables: { id } });
  const t = data?.template;
  const draft = useMemo(() => (t ? draftOf(t) : null), [t]);

  if (error && !t)
    return (
      <Stack p="lg" maw={900}>
        <ErrorNotice error={error} title="The template could not be loaded" />
      </Stack>
    );
  if (!t || !draft) return <Loading label="Loading the template…" />;

  return (
    <Stack p="lg" gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Anchor component={Link} to="/templates" size="sm">
            ← Coupon templates
          </Anchor>
          <Group gap="sm">
            <Title order={1} size="h2">
              {t.name}
            </Title>
            <TemplateStatusBadge status={t.status} />
            <Badge variant="outline">{KINDS[t.kind].label}</Badge>
          </Group>
          {t.description ? (
            <Text c="dimmed" size="sm">
              {t.description}
            </Text>
          ) : null}
        </div>
        {writer ? (
          <Group gap="xs">
            {t.status === 'ENDED' ? null : (
              <Button component={Link} to={`/templates/${encodeURIComponent(t.id)}/edit`} variant="default">
                Edit
              </Button>
            )}
            <TemplateLifecycle id={t.id} name={t.name} status={t.status} />
          </Group>
        ) : null}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <WalletCard draft={draft} />
            <Paper withBorder p="md" radius="md">
              <Table withRowBorders={false} verticalSpacing={4} fz="sm" aria-label="Figures">
                <Table.Tbody>
                  <Row right label="Most one coupon is worth" value={money(t.maxValue)} />
                  <Row right label="Issued" value={count.format(t.issuedCount)} />
                  <Row
                    right
                    label="Quota"
                    value={t.quotaTotal == null ? 'Unlimited' : count.format(t.quotaTotal)}
                  />
                  <Row
                    right
                    label="Claimable now"
                    value={t.quotaAvailable == null ? 'Unlimited' : count.format(t.quotaAvailable)}
                  />
                  <Row
                    right
                    label="At full quota, every coupon used"
                    value={t.quotaTotal == null ? '—' : money(t.maxValue * t.quotaTotal)}
                  />
                </Table.Tbody>
              </Table>
            </Paper>
            <CodesPanel
              templateId={t.id}
              templateName={t.name}
              counts={t.codes}
              writer={writer}
              ended={t.status === 'ENDED'}
              onMinted={() => refetch({ requestPolicy: 'network-only' })}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Attributes t={t} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Row({ label, value, right }: { label: string; value: ReactNode; right?: boolean }) {
  return (
    <Table.Tr>
      <Table.Td c="dimmed" w={right ? undefined : '40%'}>
        {label}
      </Table.Td>
      <Table.Td ta={right ? 'right' : undefined} fw={right ? 600 : undefined}>
        {value}
      </Table.Td>
    </Table.Tr>
  );
}

const none = (list: readonly string[], empty = 'None') => (list.length ? list.join(', ') : empty);

function Attributes({ t }: { t: TemplateData['template'] }) {
  const funding = [
    t.funding.platformBp ? `platform ${percent(t.funding.platformBp)}` : null,
    t.funding.merchantBp ? `merchant ${t.funding.merchantId ?? ''} ${percent(t.funding.merchantBp)}` : null,
    t.funding.brandBp ? `brand ${t.funding.brandId ?? ''} ${percent(t.funding.brandBp)}` : null,
  ].filter(Boolean);
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="xs">
        Definition
      </Title>
      {t.campaignId ? (
        <Text size="sm" mb="xs">
          Campaign:{' '}
          <Anchor component={Link} to={`/campaigns/${encodeURIComponent(t.campaignId)}`}>
            {t.campaignId}
          </Anchor>
        </Text>
      ) : (
        <Empty title="Not in a campaign">No budget limits it.</Empty>
      )}
      <Table withRowBorders verticalSpacing={6} fz="sm" aria-label="Definition">
        <Table.Tbody>
          <Row label="Validity" value={validityText(t)} />
          <Row
            label="Claimable"
            value={
              t.claimStartsAt || t.claimEndsAt
                ? `${t.claimStartsAt ? dateTime(t.claimStartsAt) : 'once active'} – ${t.claimEndsAt ? dateTime(t.claimEndsAt) : 'until ended'}`
                : 'While active'
            }
          />
          <Row label="Where" value={scopeText(t.scope)} />
          <Row label="Audiences" value={none(t.audienceIds, 'Anyone')} />
          <Row
            label="Limits"
            value={
              [
                t.limitFrequency ? `frequency ${t.limitFrequency.toLowerCase().replace('_', ' ')}` : null,
                t.limitPerAccount ? `${t.limitPerAccount} per account` : null,
                t.limitPerDevice ? `${t.limitPerDevice} per device or cookie` : null,
              ]
                .filter(Boolean)
                .join(' · ') || 'None'
            }
          />
          <Row label="Placements" value={none(t.placements)} />
          <Row label="Stacking" value={`${t.stackGroup} group${t.exclusive ? ' · exclusive' : ''}`} />
          <Row label="Funding" value={funding.join(' · ')} />
          <Row
            label="Quota batches"
            value={
              t.quotaBatches.length
                ? t.quotaBatches
                    .map(
                      (b) =>
                        `${count.format(b.units)} at ${dateTime(b.releaseAt)}${b.releasedAt ? ' (released)' : ''}`,
                    )
                    .join('; ')
                : 'None'
            }
          />
          <Row label="Expired coupons return to the pool" value={t.restoreOnExpiry ? 'Yes' : 'No'} />
          <Row label="Refund returns the coupon" value={t.refundable ? 'Yes' : 'No'} />
          <Row label="Created" value={dateTime(t.createdAt)} />
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
