// /templates: coupon templates, searchable by name and filterable by status and kind as the API
// allows. Pages of 100 follow one another with the server's cursors as the list is scrolled (or
// "Load more" is pressed); a long list is windowed, so 10 000 templates keep the page responsive.
// Writers get "New template".
import { Anchor, Button, MultiSelect, Stack, Table, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useClient, useQuery } from 'urql';
import { ListHeader, ListToolbar, useListSearch } from '../../app/ListToolbar';
import { ListFooter } from '../../app/ListFooter';
import { VirtualTable } from '../../app/VirtualTable';
import { useMorePages } from '../../app/useMorePages';
import { Empty, ErrorNotice, Loading } from '../../app/states';
import type { CouponKind, TemplateStatus } from '../../gql/graphql';
import { count, timeAgo } from '../../lib/format';
import { money } from '../../lib/money';
import { canWrite, useSession } from '../../lib/session';
import { KINDS, KIND_ORDER } from './kinds';
import { TEMPLATE_STATUSES, TemplateStatusBadge, templateStatusLabel } from './labels';
import { TemplatesQuery } from './templates.graphql';

export const TEMPLATES_PAGE = 100;

export function TemplatesPage() {
  const writer = canWrite(useSession());
  const navigate = useNavigate();
  const { search, setSearch, debounced } = useListSearch();
  const [status, setStatus] = useState<TemplateStatus[]>([]);
  const [kind, setKind] = useState<CouponKind[]>([]);
  const filter = useMemo(
    () => ({
      ...(debounced ? { search: debounced } : {}),
      ...(status.length ? { status } : {}),
      ...(kind.length ? { kind } : {}),
    }),
    [debounced, status, kind],
  );
  const context = useMemo(() => ({ additionalTypenames: ['CouponTemplate'] }), []);
  const [{ data, error, fetching }] = useQuery({
    query: TemplatesQuery,
    variables: { first: TEMPLATES_PAGE, filter },
    context,
  });
  const page = data?.templates;
  const client = useClient();
  const fetchAfter = useCallback(
    async (after: string) => {
      const r = await client
        .query(TemplatesQuery, { first: TEMPLATES_PAGE, after, filter }, context)
        .toPromise();
      if (r.error || !r.data) throw new Error(r.error?.message ?? 'no answer');
      return r.data.templates;
    },
    [client, filter, context],
  );
  const list = useMorePages(page, fetchAfter);

  return (
    <Stack p="lg" gap="lg" maw={1400}>
      <ListHeader
        title="Coupon templates"
        description="What a coupon is worth, when it is valid, where it applies and who may claim it."
        action={writer ? <Button onClick={() => void navigate('/templates/new')}>New template</Button> : null}
      />
      <ListToolbar searchLabel="Search templates" search={search} onSearch={setSearch}>
        <MultiSelect
          aria-label="Filter by status"
          placeholder={status.length ? undefined : 'Any status'}
          data={TEMPLATE_STATUSES.map((s) => ({ value: s, label: templateStatusLabel(s) }))}
          value={status}
          onChange={(v) => setStatus(v as TemplateStatus[])}
          w={260}
          clearable
        />
        <MultiSelect
          aria-label="Filter by kind"
          placeholder={kind.length ? undefined : 'Any kind'}
          data={KIND_ORDER.map((k) => ({ value: k, label: KINDS[k].label }))}
          value={kind}
          onChange={(v) => setKind(v as CouponKind[])}
          w={300}
          clearable
        />
      </ListToolbar>
      {error && !page ? <ErrorNotice error={error} title="The templates could not be loaded" /> : null}
      {!page && !error ? <Loading label="Loading templates…" /> : null}
      {page && page.totalCount === 0 ? (
        <Empty title={Object.keys(filter).length ? 'No template matches' : 'No templates yet'}>
          {Object.keys(filter).length
            ? 'Change the search or the filters.'
            : writer
              ? 'Create a template: a coupon users can claim or rules can issue.'
              : 'Growth staff create templates; they will appear here.'}
        </Empty>
      ) : null}
      {page && page.totalCount > 0 ? (
        <Stack gap="xs">
          <VirtualTable
            label="Coupon templates"
            rows={list.items}
            totalCount={page.totalCount}
            columns={7}
            minWidth={820}
            tableProps={{ highlightOnHover: true, verticalSpacing: 'sm' }}
            onEndReached={list.loadMore}
            head={
              <Table.Tr>
                <Table.Th>Template</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th ta="right">Max value</Table.Th>
                <Table.Th ta="right">Issued</Table.Th>
                <Table.Th ta="right">Quota left</Table.Th>
                <Table.Th>Updated</Table.Th>
              </Table.Tr>
            }
            renderRow={(t, _i, rowProps) => (
              <Table.Tr key={t.id} data-template-id={t.id} {...rowProps}>
                <Table.Td>
                  <Anchor component={Link} to={`/templates/${encodeURIComponent(t.id)}`} fw={600} c="inherit">
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
                  {t.quotaAvailable == null ? 'Unlimited' : count.format(t.quotaAvailable)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{timeAgo(t.updatedAt)}</Text>
                </Table.Td>
              </Table.Tr>
            )}
          />
          <ListFooter list={list} totalCount={page.totalCount} noun="templates" />
          {fetching ? (
            <Text size="xs" c="dimmed">
              Refreshing…
            </Text>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
