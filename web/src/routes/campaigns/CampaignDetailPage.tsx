// /campaigns/:id: the campaign's budget bar (spent, reserved, liability; the redemption rate and its
// source), its figures, edit (writers), pause/resume/end (confirmed) and its templates (a server page
// at a time), with "New template" preset to this campaign.
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { ConfirmButton } from '../../app/ConfirmButton';
import { Paged, useCursorPager } from '../../app/Paged';
import { Empty, ErrorNotice, Loading, errorMessage } from '../../app/states';
import { count, dateTime } from '../../lib/format';
import { money } from '../../lib/money';
import { canWrite, useSession } from '../../lib/session';
import { KINDS } from '../templates/kinds';
import { TemplateStatusBadge } from '../templates/labels';
import { BudgetBar } from './BudgetBar';
import { CampaignFormModal, campaignInput, campaignValues } from './CampaignForm';
import {
  CampaignQuery,
  CampaignTemplatesQuery,
  EndCampaignMutation,
  PauseCampaignMutation,
  ResumeCampaignMutation,
  UpdateCampaignMutation,
} from './campaigns.graphql';
import { CampaignStatusBadge } from './labels';

const TEMPLATES_PAGE = 20;

export function CampaignDetailPage() {
  const { id = '' } = useParams();
  const writer = canWrite(useSession());
  const client = useClient();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [{ data, error }] = useQuery({ query: CampaignQuery, variables: { id } });
  const c = data?.campaign;

  if (error && !c)
    return (
      <Stack p="lg" maw={900}>
        <ErrorNotice error={error} title="The campaign could not be loaded" />
      </Stack>
    );
  if (!c) return <Loading label="Loading the campaign…" />;

  async function transition(kind: 'pause' | 'resume' | 'end') {
    const r =
      kind === 'pause'
        ? await client.mutation(PauseCampaignMutation, { id })
        : kind === 'resume'
          ? await client.mutation(ResumeCampaignMutation, { id })
          : await client.mutation(EndCampaignMutation, { id });
    if (r.error)
      notifications.show({
        color: 'red',
        title: 'The campaign did not change',
        message: errorMessage(r.error),
      });
    else
      notifications.show({
        color: 'green',
        title: `Campaign ${kind === 'end' ? 'ended' : kind === 'pause' ? 'paused' : 'resumed'}`,
        message: `“${c?.name}”`,
      });
  }

  return (
    <Stack p="lg" gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Anchor component={Link} to="/campaigns" size="sm">
            ← Campaigns
          </Anchor>
          <Group gap="sm">
            <Title order={1} size="h2">
              {c.name}
            </Title>
            <CampaignStatusBadge status={c.status} />
          </Group>
          {c.description ? (
            <Text c="dimmed" size="sm">
              {c.description}
            </Text>
          ) : null}
        </div>
        {writer && c.status !== 'ENDED' ? (
          <Group gap="xs">
            <Button variant="default" onClick={() => setEditing(true)}>
              Edit
            </Button>
            {c.status === 'ACTIVE' ? (
              <ConfirmButton
                variant="light"
                color="yellow"
                title={`Pause “${c.name}”?`}
                message="Claims of its templates are refused until you resume it; issued coupons stay valid."
                onConfirm={() => transition('pause')}
              >
                Pause
              </ConfirmButton>
            ) : (
              <ConfirmButton
                variant="light"
                color="green"
                title={`Resume “${c.name}”?`}
                message="Its templates can be claimed and issued again."
                onConfirm={() => transition('resume')}
              >
                Resume
              </ConfirmButton>
            )}
            <ConfirmButton
              variant="light"
              color="red"
              danger
              title={`End “${c.name}”?`}
              message="Ending cannot be undone: its templates stop issuing for good. Coupons already issued stay valid until they expire."
              confirmLabel="End campaign"
              onConfirm={() => transition('end')}
            >
              End
            </ConfirmButton>
          </Group>
        ) : null}
      </Group>

      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Budget
          </Title>
          <BudgetBar b={c.budgetStatus} />
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Figure label="Issued" value={count.format(c.issuedCount)} />
            <Figure label="Redeemed" value={count.format(c.redeemedCount)} />
            <Figure label="Expired" value={count.format(c.expiredCount)} />
            <Figure label="Outstanding at most" value={money(c.outstandingMax)} />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {c.startsAt ? `Starts ${dateTime(c.startsAt)}` : 'No start date'} ·{' '}
            {c.endsAt ? `ends ${dateTime(c.endsAt)}` : 'no end date'}
            {c.exhaustedAt ? ` · budget ran out ${dateTime(c.exhaustedAt)}` : ''}
          </Text>
        </Stack>
      </Paper>

      <CampaignTemplates
        campaignId={c.id}
        writer={writer && c.status !== 'ENDED'}
        onNew={() => void navigate(`/templates/new?campaign=${encodeURIComponent(c.id)}`)}
      />

      {writer && editing ? (
        <CampaignFormModal
          opened
          editing
          title={`Edit “${c.name}”`}
          submitLabel="Save"
          initial={campaignValues(c)}
          onClose={() => setEditing(false)}
          onSubmit={async (v) => {
            const { startsAt: _s, ...input } = campaignInput(v);
            const r = await client.mutation(UpdateCampaignMutation, { id: c.id, input });
            if (r.error) return r.error;
            setEditing(false);
            notifications.show({ color: 'green', title: 'Campaign saved', message: `“${v.name}”` });
            return null;
          }}
        />
      ) : null}
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}

function CampaignTemplates({
  campaignId,
  writer,
  onNew,
}: {
  campaignId: string;
  writer: boolean;
  onNew(): void;
}) {
  const pager = useCursorPager();
  const context = useMemo(() => ({ additionalTypenames: ['CouponTemplate'] }), []);
  const [{ data, error }] = useQuery({
    query: CampaignTemplatesQuery,
    variables: { campaignId, first: TEMPLATES_PAGE, after: pager.after },
    context,
  });
  const page = data?.templates;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Templates
          </Title>
          {writer ? (
            <Button size="xs" variant="light" onClick={onNew}>
              New template in this campaign
            </Button>
          ) : null}
        </Group>
        {error && !page ? <ErrorNotice error={error} title="The templates could not be loaded" /> : null}
        {!page && !error ? <Loading /> : null}
        {page && page.totalCount === 0 ? (
          <Empty title="No templates yet">Templates in this campaign are paid from its budget.</Empty>
        ) : null}
        {page && page.totalCount > 0 ? (
          <>
            <Table verticalSpacing="xs" aria-label="Campaign templates">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Template</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th ta="right">Max value</Table.Th>
                  <Table.Th ta="right">Issued</Table.Th>
                  <Table.Th ta="right">Quota</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.nodes.map((t) => (
                  <Table.Tr key={t.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/templates/${encodeURIComponent(t.id)}`}>
                        {t.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{KINDS[t.kind].label}</Table.Td>
                    <Table.Td>
                      <TemplateStatusBadge status={t.status} />
                    </Table.Td>
                    <Table.Td ta="right">{money(t.maxValue)}</Table.Td>
                    <Table.Td ta="right">{count.format(t.issuedCount)}</Table.Td>
                    <Table.Td ta="right">
                      {t.quotaTotal == null ? 'Unlimited' : count.format(t.quotaTotal)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Paged
              pager={pager}
              pageSize={TEMPLATES_PAGE}
              shown={page.nodes.length}
              totalCount={page.totalCount}
              hasNextPage={page.pageInfo.hasNextPage}
              endCursor={page.pageInfo.endCursor}
              noun="templates"
            />
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
