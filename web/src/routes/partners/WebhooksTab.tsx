// Webhook endpoints: create with event filters (the signing secret shown once), enable/disable, rotate
// the secret, delete (confirmed), and each endpoint's delivery log with its attempts (response codes,
// latency), replay one delivery or a time range. Admins manage; every staff role reads.
import { Badge, Button, Card, Group, MultiSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { type FormEvent, Fragment, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Empty, ErrorNotice, Loading, errorMessage } from '../../app/states';
import type { CouponEventType } from '../../gql/graphql';
import { dateTime, timeAgo } from '../../lib/format';
import { attemptText, fieldErrors, replayRange } from './partners';
import {
  CreateWebhookEndpointMutation,
  DeleteWebhookEndpointMutation,
  ReplayDeliveryMutation,
  ReplayRangeMutation,
  RotateWebhookSecretMutation,
  UpdateWebhookEndpointMutation,
  WebhookAttemptsQuery,
  WebhookDeliveriesQuery,
  WebhookEndpointsQuery,
} from './partners.graphql';
import { ShownOnce } from './ShownOnce';

const EVENT_TYPES: CouponEventType[] = [
  'COUPON_ISSUED',
  'COUPON_CLAIMED',
  'COUPON_LOCKED',
  'COUPON_REDEEMED',
  'COUPON_RELEASED',
  'COUPON_EXPIRED',
  'COUPON_REVOKED',
  'RULE_FIRED',
  'BUDGET_EXHAUSTED',
  'BUDGET_THRESHOLD',
  'EXPERIMENT_UPDATED',
  'WEBHOOK_DISABLED',
];
const context = { additionalTypenames: ['WebhookEndpoint', 'WebhookDelivery'] };
const statusColour: Record<string, string> = {
  SUCCEEDED: 'green',
  PENDING: 'yellow',
  SENDING: 'blue',
  DEAD: 'red',
};

function Attempts({ endpointId, deliveryId }: { endpointId: string; deliveryId: string }) {
  const [{ data, error }] = useQuery({ query: WebhookAttemptsQuery, variables: { endpointId, deliveryId } });
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <Loading label="Loading attempts…" />;
  return (
    <Table aria-label={`Attempts of ${deliveryId}`}>
      <Table.Tbody>
        {data.webhookAttempts.nodes.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Td>#{a.attempt}</Table.Td>
            <Table.Td>{dateTime(a.startedAt)}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={a.outcome === 'SUCCEEDED' ? 'green' : 'red'}>
                {a.outcome}
              </Badge>
            </Table.Td>
            <Table.Td data-testid="attempt-result">{attemptText(a)}</Table.Td>
            <Table.Td>{a.error}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function DeliveryLog({ endpointId, admin }: { endpointId: string; admin: boolean }) {
  const [after, setAfter] = useState<string[]>([]);
  const cursor = after[after.length - 1] ?? null;
  const [{ data, error, fetching }, refetch] = useQuery({
    query: WebhookDeliveriesQuery,
    variables: { endpointId, after: cursor },
    context: useMemo(() => context, []),
  });
  const [open, setOpen] = useState<string | null>(null);
  const [, replayOne] = useMutation(ReplayDeliveryMutation);
  const [range, replayMany] = useMutation(ReplayRangeMutation);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [rangeError, setRangeError] = useState<{ field: string; message: string } | null>(null);

  const replay = (id: string) =>
    modals.openConfirmModal({
      title: 'Send this delivery again?',
      children: <Text size="sm">The receiver gets the event again with the same webhook-id.</Text>,
      labels: { confirm: 'Replay', cancel: 'Cancel' },
      onConfirm: () =>
        void replayOne({ id }, context).then((r) =>
          r.error
            ? notifications.show({ color: 'red', title: 'Not replayed', message: errorMessage(r.error) })
            : notifications.show({ color: 'green', title: 'Delivery queued again', message: id }),
        ),
    });
  const submitRange = (e: FormEvent) => {
    e.preventDefault();
    const r = replayRange(from, to);
    if (!r.ok) return setRangeError({ field: r.field, message: r.message });
    setRangeError(null);
    modals.openConfirmModal({
      title: 'Replay this range?',
      children: <Text size="sm">Every event of the range whose delivery is dead is queued again.</Text>,
      labels: { confirm: 'Replay range', cancel: 'Cancel' },
      onConfirm: () =>
        void replayMany({ input: { endpointId, from: r.from, to: r.to, onlyFailed: true } }, context).then(
          (x) =>
            x.error
              ? notifications.show({ color: 'red', title: 'Not replayed', message: errorMessage(x.error) })
              : notifications.show({
                  color: 'green',
                  title: 'Replay queued',
                  message: `${x.data?.replayWebhookDeliveries.queued ?? 0} deliveries`,
                }),
        ),
    });
  };

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h5">
          Delivery log {data ? `(${data.webhookDeliveries.totalCount})` : ''}
        </Title>
        <Button
          size="compact-xs"
          variant="default"
          onClick={() => refetch({ requestPolicy: 'network-only' })}
          loading={fetching}
        >
          Refresh
        </Button>
      </Group>
      {admin && (
        <form onSubmit={submitRange} aria-label="Replay a range">
          <Group align="flex-start" gap="xs">
            <TextInput
              type="datetime-local"
              label="From"
              size="xs"
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              error={rangeError?.field === 'from' ? rangeError.message : undefined}
            />
            <TextInput
              type="datetime-local"
              label="To"
              size="xs"
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
              error={rangeError?.field === 'to' ? rangeError.message : undefined}
            />
            <Button type="submit" size="xs" mt={22} variant="light" loading={range.fetching}>
              Replay failed in range
            </Button>
          </Group>
        </form>
      )}
      {error && !data ? (
        <ErrorNotice error={error} />
      ) : !data ? (
        <Loading label="Loading deliveries…" />
      ) : data.webhookDeliveries.nodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No deliveries yet: events matching the filters are sent as they happen.
        </Text>
      ) : (
        <Table aria-label="Deliveries">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Created</Table.Th>
              <Table.Th>Event</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Attempts</Table.Th>
              <Table.Th>Last code</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.webhookDeliveries.nodes.map((d) => (
              <Fragment key={d.id}>
                <Table.Tr data-testid="delivery-row">
                  <Table.Td title={dateTime(d.createdAt)}>{timeAgo(d.createdAt)}</Table.Td>
                  <Table.Td>
                    {d.eventType}{' '}
                    <Text span size="xs" c="dimmed">
                      #{d.eventId}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={statusColour[d.status] ?? 'gray'} variant="light">
                      {d.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{d.attempts}</Table.Td>
                  <Table.Td>{d.lastStatusCode ?? d.lastError ?? '–'}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setOpen(open === d.id ? null : d.id)}
                        aria-expanded={open === d.id}
                      >
                        Attempts
                      </Button>
                      {admin && (d.status === 'SUCCEEDED' || d.status === 'DEAD') && (
                        <Button size="compact-xs" variant="light" onClick={() => replay(d.id)}>
                          Replay
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {open === d.id && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <Attempts endpointId={endpointId} deliveryId={d.id} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group gap="xs">
        {after.length > 0 && (
          <Button size="compact-xs" variant="default" onClick={() => setAfter(after.slice(0, -1))}>
            Newer
          </Button>
        )}
        {data?.webhookDeliveries.pageInfo.hasNextPage && (
          <Button
            size="compact-xs"
            variant="default"
            onClick={() => setAfter([...after, data.webhookDeliveries.pageInfo.endCursor ?? ''])}
          >
            Older
          </Button>
        )}
      </Group>
    </Stack>
  );
}

interface Endpoint {
  id: string;
  url: string;
  description?: string | null;
  enabled: boolean;
  disabledReason?: string | null;
  eventTypes: string[];
  lastSuccessAt?: string | null;
  failingSince?: string | null;
}

function EndpointCard({ endpoint, admin }: { endpoint: Endpoint; admin: boolean }) {
  const [, update] = useMutation(UpdateWebhookEndpointMutation);
  const [, remove] = useMutation(DeleteWebhookEndpointMutation);
  const [, rotate] = useMutation(RotateWebhookSecretMutation);
  const [secret, setSecret] = useState<string | null>(null);
  const [showLog, setShowLog] = useState(false);
  const fail = (title: string) => (r: { error?: Parameters<typeof errorMessage>[0] }) =>
    r.error && notifications.show({ color: 'red', title, message: errorMessage(r.error) });

  const toggle = () =>
    modals.openConfirmModal({
      title: endpoint.enabled ? `Disable ${endpoint.url}?` : `Enable ${endpoint.url}?`,
      children: (
        <Text size="sm">
          {endpoint.enabled
            ? 'No delivery is sent while it is disabled; events keep queueing for it.'
            : 'Waiting deliveries resume and its failure state is cleared.'}
        </Text>
      ),
      labels: { confirm: endpoint.enabled ? 'Disable' : 'Enable', cancel: 'Cancel' },
      confirmProps: { color: endpoint.enabled ? 'red' : 'blue' },
      onConfirm: () =>
        void update({ id: endpoint.id, input: { enabled: !endpoint.enabled } }, context).then(
          fail('Not changed'),
        ),
    });
  const doRotate = () =>
    modals.openConfirmModal({
      title: 'Rotate the signing secret?',
      children: (
        <Text size="sm">
          A new secret signs from now on; the old one keeps signing as a second signature for 24 hours.
        </Text>
      ),
      labels: { confirm: 'Rotate', cancel: 'Cancel' },
      onConfirm: () =>
        void rotate({ id: endpoint.id }, context).then((r) => {
          fail('Not rotated')(r);
          if (r.data) setSecret(r.data.rotateWebhookSecret.secret);
        }),
    });
  const doDelete = () =>
    modals.openConfirmModal({
      title: `Delete ${endpoint.url}?`,
      children: (
        <Text size="sm">The endpoint, its deliveries and its log are deleted. This cannot be undone.</Text>
      ),
      labels: { confirm: 'Delete endpoint', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => void remove({ id: endpoint.id }, context).then(fail('Not deleted')),
    });

  return (
    <Card withBorder padding="sm" data-testid="webhook-endpoint">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Text fw={600}>{endpoint.url}</Text>
            {endpoint.description && (
              <Text size="sm" c="dimmed">
                {endpoint.description}
              </Text>
            )}
          </div>
          <Badge color={endpoint.enabled ? 'green' : 'red'} variant="light">
            {endpoint.enabled
              ? 'enabled'
              : `disabled${endpoint.disabledReason ? ` (${endpoint.disabledReason})` : ''}`}
          </Badge>
        </Group>
        <Group gap={4}>
          {endpoint.eventTypes.length === 0 ? (
            <Badge variant="outline" color="gray">
              every event type
            </Badge>
          ) : (
            endpoint.eventTypes.map((t) => (
              <Badge key={t} variant="outline">
                {t}
              </Badge>
            ))
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {endpoint.lastSuccessAt ? `last success ${timeAgo(endpoint.lastSuccessAt)}` : 'no success yet'}
          {endpoint.failingSince ? ` · failing since ${dateTime(endpoint.failingSince)}` : ''}
        </Text>
        {secret && <ShownOnce title="The new signing secret" value={secret} onDone={() => setSecret(null)} />}
        <Group gap="xs">
          <Button size="xs" variant="light" onClick={() => setShowLog(!showLog)} aria-expanded={showLog}>
            {showLog ? 'Hide delivery log' : 'Delivery log'}
          </Button>
          {admin && (
            <>
              <Button size="xs" variant="default" onClick={toggle}>
                {endpoint.enabled ? 'Disable' : 'Enable'}
              </Button>
              <Button size="xs" variant="default" onClick={doRotate}>
                Rotate secret
              </Button>
              <Button size="xs" variant="light" color="red" onClick={doDelete}>
                Delete
              </Button>
            </>
          )}
        </Group>
        {showLog && <DeliveryLog endpointId={endpoint.id} admin={admin} />}
      </Stack>
    </Card>
  );
}

function CreateEndpoint({ onSecret }: { onSecret: (s: string) => void }) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [types, setTypes] = useState<string[]>([]);
  const [created, create] = useMutation(CreateWebhookEndpointMutation);
  const errors = fieldErrors(created.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await create(
      {
        input: {
          url: url.trim(),
          description: description.trim() || null,
          eventTypes: types as CouponEventType[],
        },
      },
      context,
    );
    if (r.data) {
      onSecret(r.data.createWebhookEndpoint.secret);
      setUrl('');
      setDescription('');
      setTypes([]);
    }
  };
  return (
    <form onSubmit={submit} aria-label="New webhook endpoint">
      <Group align="flex-start">
        <TextInput
          label="URL"
          required
          placeholder="https://partner.example/webhooks"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={errors.url}
          w={300}
        />
        <TextInput
          label="Description"
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors.description}
          w={180}
        />
        <MultiSelect
          label="Event types (empty = all)"
          data={EVENT_TYPES}
          value={types}
          onChange={setTypes}
          error={errors.eventTypes}
          w={280}
          searchable
          clearable
        />
        <Button type="submit" mt={24} loading={created.fetching} disabled={!url.trim()}>
          Create endpoint
        </Button>
      </Group>
      {errors.form && (
        <Text c="red" size="sm" role="alert">
          {errors.form}
        </Text>
      )}
    </form>
  );
}

export function WebhooksTab({ admin }: { admin: boolean }) {
  const [after, setAfter] = useState<string[]>([]);
  const cursor = after[after.length - 1] ?? null;
  const [{ data, error }] = useQuery({
    query: WebhookEndpointsQuery,
    variables: { after: cursor },
    context: useMemo(() => context, []),
  });
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <Stack gap="md">
      {admin && <CreateEndpoint onSecret={setSecret} />}
      {secret && (
        <ShownOnce title="The endpoint's signing secret" value={secret} onDone={() => setSecret(null)} />
      )}
      {error && !data ? (
        <ErrorNotice error={error} title="The endpoints could not be loaded" />
      ) : !data ? (
        <Loading label="Loading endpoints…" />
      ) : data.webhookEndpoints.nodes.length === 0 ? (
        <Empty title="No webhook endpoints">
          {admin
            ? 'Partners receive signed coupon events at an endpoint; create one above.'
            : 'An admin connects partners here.'}
        </Empty>
      ) : (
        <Stack gap="sm">
          {data.webhookEndpoints.nodes.map((e) => (
            <EndpointCard key={e.id} endpoint={e} admin={admin} />
          ))}
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {data.webhookEndpoints.totalCount} endpoints
            </Text>
            {after.length > 0 && (
              <Button size="compact-xs" variant="default" onClick={() => setAfter(after.slice(0, -1))}>
                Previous
              </Button>
            )}
            {data.webhookEndpoints.pageInfo.hasNextPage && (
              <Button
                size="compact-xs"
                variant="default"
                onClick={() => setAfter([...after, data.webhookEndpoints.pageInfo.endCursor ?? ''])}
              >
                Next
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
