// /campaigns: campaigns a server page at a time (cursor pagination), searchable by name and filtered
// by status as the API allows, each with its budget bar. Writers create one in a modal.
import { Anchor, Button, SegmentedControl, Stack, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useClient, useQuery } from 'urql';
import { ListHeader, ListToolbar, useListSearch } from '../../app/ListToolbar';
import { Paged, useCursorPager } from '../../app/Paged';
import { Empty, ErrorNotice, Loading } from '../../app/states';
import type { CampaignStatus } from '../../gql/graphql';
import { count } from '../../lib/format';
import { canWrite, useSession } from '../../lib/session';
import { BudgetBar } from './BudgetBar';
import { CampaignFormModal, campaignInput, campaignValues } from './CampaignForm';
import { CampaignsQuery, CreateCampaignMutation } from './campaigns.graphql';
import { CampaignStatusBadge } from './labels';

export const CAMPAIGNS_PAGE = 25;

type StatusFilter = 'ALL' | CampaignStatus;
const FILTERS: { value: StatusFilter; label: string }[] = [
  { value: 'ALL', label: 'All' },
  { value: 'ACTIVE', label: 'Active' },
  { value: 'PAUSED', label: 'Paused' },
  { value: 'ENDED', label: 'Ended' },
];

export function CampaignsPage() {
  const writer = canWrite(useSession());
  const navigate = useNavigate();
  const client = useClient();
  const { search, setSearch, debounced } = useListSearch();
  const [status, setStatus] = useState<StatusFilter>('ALL');
  const [creating, setCreating] = useState(false);
  const pager = useCursorPager();
  const { reset } = pager;
  useEffect(reset, [debounced, status, reset]);
  const filter = useMemo(
    () => ({
      ...(debounced ? { search: debounced } : {}),
      ...(status !== 'ALL' ? { status: [status] } : {}),
    }),
    [debounced, status],
  );
  const context = useMemo(() => ({ additionalTypenames: ['Campaign'] }), []);
  const [{ data, error }] = useQuery({
    query: CampaignsQuery,
    variables: { first: CAMPAIGNS_PAGE, after: pager.after, filter },
    context,
  });
  const page = data?.campaigns;
  const filtered = Object.keys(filter).length > 0;

  return (
    <Stack p="lg" gap="lg" maw={1400}>
      <ListHeader
        title="Campaigns"
        description="A campaign’s budget pays for the coupons of its templates; issuing stops before it is overspent."
        action={writer ? <Button onClick={() => setCreating(true)}>New campaign</Button> : null}
      />
      <ListToolbar searchLabel="Search campaigns" search={search} onSearch={setSearch}>
        <SegmentedControl
          aria-label="Filter by status"
          data={FILTERS}
          value={status}
          onChange={(v) => setStatus(v as StatusFilter)}
        />
      </ListToolbar>
      {error && !page ? <ErrorNotice error={error} title="The campaigns could not be loaded" /> : null}
      {!page && !error ? <Loading label="Loading campaigns…" /> : null}
      {page && page.totalCount === 0 ? (
        <Empty title={filtered ? 'No campaign matches' : 'No campaigns yet'}>
          {filtered
            ? 'Change the search or the status filter.'
            : writer
              ? 'Create a campaign with a budget, then add coupon templates to it.'
              : 'Growth staff create campaigns; they will appear here.'}
        </Empty>
      ) : null}
      {page && page.totalCount > 0 ? (
        <Stack gap="xs">
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="sm" highlightOnHover aria-label="Campaigns">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Campaign</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th w="45%">Budget</Table.Th>
                  <Table.Th ta="right">Issued</Table.Th>
                  <Table.Th ta="right">Redeemed</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.nodes.map((c) => (
                  <Table.Tr key={c.id} data-campaign-id={c.id}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/campaigns/${encodeURIComponent(c.id)}`}
                        fw={600}
                        c="inherit"
                      >
                        {c.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <CampaignStatusBadge status={c.status} />
                    </Table.Td>
                    <Table.Td>
                      <BudgetBar b={c.budgetStatus} compact />
                    </Table.Td>
                    <Table.Td ta="right">{count.format(c.issuedCount)}</Table.Td>
                    <Table.Td ta="right">{count.format(c.redeemedCount)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Paged
            pager={pager}
            pageSize={CAMPAIGNS_PAGE}
            shown={page.nodes.length}
            totalCount={page.totalCount}
            hasNextPage={page.pageInfo.hasNextPage}
            endCursor={page.pageInfo.endCursor}
            noun="campaigns"
          />
        </Stack>
      ) : null}
      {writer && creating ? (
        <CampaignFormModal
          opened
          title="New campaign"
          submitLabel="Create campaign"
          initial={campaignValues()}
          onClose={() => setCreating(false)}
          onSubmit={async (v) => {
            const r = await client.mutation(CreateCampaignMutation, { input: campaignInput(v) });
            if (r.error || !r.data) return r.error ?? null;
            setCreating(false);
            notifications.show({
              color: 'green',
              title: 'Campaign created',
              message: `“${r.data.createCampaign.name}” is active.`,
            });
            void navigate(`/campaigns/${encodeURIComponent(r.data.createCampaign.id)}`);
            return null;
          }}
        />
      ) : null}
    </Stack>
  );
}
