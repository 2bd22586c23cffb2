// /users?id=…: one user as the platform sees them: attributes, behaviour aggregates, audiences, the
// wallet by status, the claim history with what they may not claim now and why, and every rule
// decision with its trace on the rule graph. Read-only for every role.
import {
  Badge,
  Button,
  Card,
  Code,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { Empty, ErrorNotice, Loading } from '../../app/states';
import { count, dateTime } from '../../lib/format';
import { byStatus } from './lookup';
import { RuleDecisions } from './RuleDecisions';
import type { UserLookupCouponsQuery, UserLookupRefusalsQuery } from '../../gql/graphql';
import { type LoadMore, useLoadMore } from './useLoadMore';
import { useMorePages } from '../../app/useMorePages';
import { VirtualTable } from '../../app/VirtualTable';
import { refusalWords } from './lookup';
import {
  LiveRulesQuery,
  UserCouponsQuery,
  UserDecisionsQuery,
  UserEventLogPageQuery,
  UserFactsQuery,
  UserRefusalPageQuery,
  UserRefusalsQuery,
  UserWalletPageQuery,
} from './users.graphql';

/** Coupons and events asked for at a time (the server's most for the wallet). */
const PAGE = 100;

const statusColour: Record<string, string> = {
  AVAILABLE: 'green',
  LOCKED: 'yellow',
  REDEEMED: 'blue',
  EXPIRED: 'gray',
  REVOKED: 'red',
};

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** COUPON_CLAIMED → coupon.claimed, as partners receive it. */
const eventName = (type: string) => type.toLowerCase().replace('_', '.');

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function UserView({ userId }: { userId: string }) {
  const variables = { userId };
  const [facts, refetchFacts] = useQuery({
    query: UserFactsQuery,
    variables,
    requestPolicy: 'cache-and-network',
  });
  const paged = { userId, first: PAGE };
  const [coupons, refetchCoupons] = useQuery({
    query: UserCouponsQuery,
    variables: paged,
    requestPolicy: 'cache-and-network',
  });
  const [refusedClaims, refetchRefusals] = useQuery({
    query: UserRefusalsQuery,
    variables: paged,
    requestPolicy: 'cache-and-network',
  });
  const [decisions, refetchDecisions] = useQuery({
    query: UserDecisionsQuery,
    variables,
    requestPolicy: 'cache-and-network',
  });
  const [live] = useQuery({ query: LiveRulesQuery });
  const templateNames = useMemo(
    () => new Map((coupons.data?.walletConnection.nodes ?? []).map((c) => [c.template.id, c.template.name])),
    [coupons.data],
  );
  const error = facts.error ?? coupons.error ?? refusedClaims.error ?? decisions.error ?? live.error;
  const fetching = facts.fetching || coupons.fetching || refusedClaims.fetching || decisions.fetching;
  const data =
    facts.data && coupons.data && refusedClaims.data && decisions.data && live.data
      ? { ...facts.data, ...coupons.data, ...refusedClaims.data, ...decisions.data, ...live.data }
      : undefined;
  const refetch = (opts: { requestPolicy: 'network-only' }) => {
    refetchFacts(opts);
    refetchCoupons(opts);
    refetchRefusals(opts);
    refetchDecisions(opts);
  };
  if (error && !data)
    return (
      <Stack maw={720}>
        <ErrorNotice error={error} title="This user could not be loaded" />
        <Group>
          <Button variant="default" onClick={() => refetch({ requestPolicy: 'network-only' })}>
            Try again
          </Button>
        </Group>
      </Stack>
    );
  if (!data) return <Loading label={`Looking up ${userId}…`} />;
  const attributes = data.userProfile?.attributes;
  const attributeEntries = attributes && typeof attributes === 'object' ? Object.entries(attributes) : [];
  const refusals = data.couponCenter.filter((c) => !c.claimable);
  const known =
    data.userProfile ||
    data.walletConnection.totalCount > 0 ||
    data.refusedClaims.totalCount > 0 ||
    data.trackedEvents.length > 0 ||
    data.couponEventLog.length > 0;
  if (!known)
    return (
      <Empty title={`Nothing is known about “${userId}”`}>
        No profile, events, coupons or rule decisions for this id. Check the spelling: user ids are the app’s
        own.
      </Empty>
    );
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Section title="Attributes">
          {attributeEntries.length === 0 ? (
            <Text size="sm" c="dimmed">
              No attributes stored.
            </Text>
          ) : (
            <Table aria-label="Attributes">
              <Table.Tbody>
                {attributeEntries.map(([k, v]) => (
                  <Table.Tr key={k}>
                    <Table.Td>{k}</Table.Td>
                    <Table.Td>
                      <Code>{show(v)}</Code>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Section>
        <Section title="Behaviour">
          {data.userBehaviour.counts.length === 0 ? (
            <Text size="sm" c="dimmed">
              No events yet.
            </Text>
          ) : (
            <Table aria-label="Behaviour aggregates">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Event</Table.Th>
                  <Table.Th ta="right">All time</Table.Th>
                  <Table.Th ta="right">{data.userBehaviour.days} days</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.userBehaviour.counts.map((c) => (
                  <Table.Tr key={c.eventType}>
                    <Table.Td>{c.eventType}</Table.Td>
                    <Table.Td ta="right">{count.format(c.total)}</Table.Td>
                    <Table.Td ta="right">{count.format(c.recent)}</Table.Td>
                  </Table.Tr>
                ))}
                {data.userBehaviour.sums.map((s) => (
                  <Table.Tr key={`${s.eventType}.${s.property}`}>
                    <Table.Td>
                      Σ {s.eventType}.{s.property}
                    </Table.Td>
                    <Table.Td ta="right">{count.format(s.total)}</Table.Td>
                    <Table.Td ta="right">{count.format(s.recent)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Section>
        <Section title="Audiences">
          {data.userAudiences.length === 0 ? (
            <Text size="sm" c="dimmed">
              In no audience.
            </Text>
          ) : (
            <Group gap={6}>
              {data.userAudiences.map((a) => (
                <Badge key={a.id} variant="light" title={a.kind}>
                  {a.name}
                </Badge>
              ))}
            </Group>
          )}
        </Section>
      </SimpleGrid>

      <WalletSection userId={userId} firstPage={data.walletConnection} />

      <ClaimHistorySection
        userId={userId}
        firstPage={data.couponEventLog}
        firstRefusals={data.refusedClaims}
      />
      <Section title="Refused now">
        {refusals.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing in the coupon centre is refused to this user.
          </Text>
        ) : (
          <Table aria-label="Refusals">
            <Table.Tbody>
              {refusals.map((c) => (
                <Table.Tr key={c.template.id}>
                  <Table.Td>{c.template.name}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c="red.8" fw={600} title={c.reason ?? undefined}>
                      {c.reason ? refusalWords(c.reason) : 'Refused'}
                    </Text>
                  </Table.Td>
                  <Table.Td>{c.claimedCount} held or used</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>

      <Section title="Rule decisions">
        <RuleDecisions
          firings={data.ruleFirings}
          events={data.trackedEvents}
          rules={data.rules}
          attributes={attributes}
          templateNames={templateNames}
        />
      </Section>
      {fetching && (
        <Text size="xs" c="dimmed">
          refreshing…
        </Text>
      )}
    </Stack>
  );
}

type WalletPage = UserLookupCouponsQuery['walletConnection'];
type RefusalPage = UserLookupRefusalsQuery['refusedClaims'];
type CouponEvent = UserLookupCouponsQuery['couponEventLog'][number];

/** More of a list: the button while the last page was full, or how many are shown. */
function MoreButton({
  list,
  noun,
  order,
  total,
}: {
  list: Pick<LoadMore<unknown>, 'items' | 'hasMore' | 'loading' | 'error' | 'loadMore'>;
  noun: string;
  order: string;
  total?: number;
}) {
  const n = list.items.length;
  return (
    <Group gap="sm">
      {list.hasMore ? (
        <Button size="compact-sm" variant="default" loading={list.loading} onClick={list.loadMore}>
          Load {PAGE} more
        </Button>
      ) : null}
      <Text size="xs" c="dimmed" aria-live="polite">
        {count.format(n)}
        {total != null && list.hasMore ? ` of ${count.format(total)}` : ''} {noun}
        {(total ?? n) === 1 ? '' : 's'} {list.hasMore ? 'shown so far' : '(all)'}, {order}
      </Text>
      {list.error ? (
        <Text size="xs" c="red" role="alert">
          {list.error}
        </Text>
      ) : null}
    </Group>
  );
}

function WalletSection({ userId, firstPage }: { userId: string; firstPage: WalletPage }) {
  const client = useClient();
  const fetchAfter = useCallback(
    async (after: string) => {
      const r = await client.query(UserWalletPageQuery, { userId, first: PAGE, after }).toPromise();
      if (r.error || !r.data) throw new Error(r.error?.message ?? 'no answer');
      return r.data.walletConnection;
    },
    [client, userId],
  );
  const wallet = useMorePages(firstPage, fetchAfter);
  const groups = byStatus(wallet.items);
  return (
    <Section title="Wallet">
      {groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          No coupons.
        </Text>
      ) : (
        <Stack gap="sm">
          {groups.map((g) => (
            <div key={g.status}>
              <Badge color={statusColour[g.status] ?? 'gray'} mb={4}>
                {g.status} · {g.coupons.length}
              </Badge>
              <VirtualTable
                label={`${g.status} coupons`}
                rows={g.coupons}
                columns={5}
                height="50vh"
                renderRow={(c, _i, rowProps) => (
                  <Table.Tr key={c.id} {...rowProps}>
                    <Table.Td>
                      <Code>{c.code}</Code>
                    </Table.Td>
                    <Table.Td>{c.template.name}</Table.Td>
                    <Table.Td>{c.source}</Table.Td>
                    <Table.Td>issued {dateTime(c.issuedAt)}</Table.Td>
                    <Table.Td>
                      {c.redeemedAt
                        ? `redeemed ${dateTime(c.redeemedAt)}`
                        : `valid until ${dateTime(c.validUntil)}`}
                    </Table.Td>
                  </Table.Tr>
                )}
              />
            </div>
          ))}
          <MoreButton
            list={wallet}
            total={firstPage.totalCount}
            noun="coupon"
            order="soonest-expiring first"
          />
        </Stack>
      )}
    </Section>
  );
}

function ClaimHistorySection({
  userId,
  firstPage,
  firstRefusals,
}: {
  userId: string;
  firstPage: readonly CouponEvent[];
  firstRefusals: RefusalPage;
}) {
  const client = useClient();
  const fetchAfter = useCallback(
    async (last: CouponEvent) => {
      const r = await client
        .query(UserEventLogPageQuery, { userId, first: PAGE, afterId: last.id })
        .toPromise();
      if (r.error || !r.data) throw new Error(r.error?.message ?? 'no answer');
      return r.data.couponEventLog;
    },
    [client, userId],
  );
  const log = useLoadMore(firstPage, PAGE, fetchAfter);
  const refusalsAfter = useCallback(
    async (after: string) => {
      const r = await client.query(UserRefusalPageQuery, { userId, first: PAGE, after }).toPromise();
      if (r.error || !r.data) throw new Error(r.error?.message ?? 'no answer');
      return r.data.refusedClaims;
    },
    [client, userId],
  );
  const refused = useMorePages(firstRefusals, refusalsAfter);
  return (
    <Section title="Claim history">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div>
          <Title order={3} size="h6" mb={4}>
            Claims and coupon events
          </Title>
          {log.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              No coupon events.
            </Text>
          ) : (
            <Stack gap="xs">
              <VirtualTable
                label="Coupon events"
                rows={log.items}
                columns={3}
                height="50vh"
                estimateRowHeight={37}
                onEndReached={log.hasMore ? log.loadMore : undefined}
                renderRow={(e, _i, rowProps) => (
                  <Table.Tr key={e.id} {...rowProps}>
                    <Table.Td>{dateTime(e.createdAt)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {eventName(e.type)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {e.couponId}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
              />
              <MoreButton list={log} noun="event" order="oldest first" />
            </Stack>
          )}
        </div>
        <div>
          <Title order={3} size="h6" mb={4}>
            Refused claims
          </Title>
          {refused.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              No refused claims are kept for this user.
            </Text>
          ) : (
            <Stack gap="xs">
              <VirtualTable
                label="Refused claims"
                rows={refused.items}
                totalCount={firstRefusals.totalCount}
                columns={4}
                height="50vh"
                onEndReached={refused.loadMore}
                head={
                  <Table.Tr>
                    <Table.Th>When</Table.Th>
                    <Table.Th>Template</Table.Th>
                    <Table.Th>Why</Table.Th>
                    <Table.Th>From</Table.Th>
                  </Table.Tr>
                }
                renderRow={(r, _i, rowProps) => (
                  <Table.Tr key={r.id} data-testid="refused-claim" {...rowProps}>
                    <Table.Td>{dateTime(r.createdAt)}</Table.Td>
                    <Table.Td>{r.template.name}</Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        <Text size="sm" c="red.8" fw={600} title={r.reason}>
                          {refusalWords(r.reason)}
                        </Text>
                        <Text size="xs">{r.message}</Text>
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {[r.source === 'CODE' ? 'code' : 'claim', r.placement?.toLowerCase(), r.deviceId]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
              />
              <MoreButton
                list={refused}
                total={firstRefusals.totalCount}
                noun="refusal"
                order="newest first"
              />
            </Stack>
          )}
        </div>
      </SimpleGrid>
    </Section>
  );
}

export function UserLookupPage() {
  const [params, setParams] = useSearchParams();
  const userId = params.get('id')?.trim() ?? '';
  const [typed, setTyped] = useState(userId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = typed.trim();
    if (id) setParams({ id });
  };
  return (
    <Stack p="lg" gap="lg" maw={1400}>
      <div>
        <Title order={1} size="h2">
          User lookup
        </Title>
        <Text c="dimmed" size="sm">
          Why did this user get this coupon, or not? Everything the platform knows about one user id.
        </Text>
      </div>
      <form onSubmit={submit}>
        <Group align="flex-end">
          <TextInput
            label="User id"
            placeholder="the app’s user id, e.g. u-1001"
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            w={320}
            maxLength={128}
          />
          <Button type="submit" disabled={!typed.trim()}>
            Look up
          </Button>
        </Group>
      </form>
      {userId ? (
        <UserView key={userId} userId={userId} />
      ) : (
        <Empty title="Enter a user id">
          The profile, wallet, claims and rule decisions of that user appear here.
        </Empty>
      )}
    </Stack>
  );
}
