// /events: the catalogue of tracked event types (built-in and custom) with their declared properties,
// and for the chosen type the newest events the server stored (a user id opens the user lookup).
import {
  Badge,
  Button,
  Card,
  Code,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { notifications } from '@mantine/notifications';
import { useQuery } from 'urql';
import { Empty, ErrorNotice, Loading } from '../../app/states';
import { canWrite, useSession } from '../../lib/session';
import { EventTypeForm, type EventTypeValue } from './EventTypeForm';
import { dateTime, timeAgo } from '../../lib/format';
import { EventCatalogueQuery, RecentEventsQuery } from './events.graphql';

const PAGE_SIZES = ['20', '50', '100'];

function RecentEvents({ type }: { type: string }) {
  const [first, setFirst] = useState('20');
  const [{ data, error, fetching }, refetch] = useQuery({
    query: RecentEventsQuery,
    variables: { type, first: Number(first) },
    requestPolicy: 'cache-and-network',
  });
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h4">
          Last events of {type}
        </Title>
        <Group gap="xs">
          <Select
            aria-label="Events shown"
            data={PAGE_SIZES}
            value={first}
            onChange={(v) => v && setFirst(v)}
            w={90}
            allowDeselect={false}
          />
          <Button
            variant="default"
            size="xs"
            onClick={() => refetch({ requestPolicy: 'network-only' })}
            loading={fetching}
          >
            Refresh
          </Button>
        </Group>
      </Group>
      {error && !data ? (
        <ErrorNotice error={error} title="The events could not be loaded" />
      ) : !data ? (
        <Loading label="Loading events…" />
      ) : data.trackedEvents.length === 0 ? (
        <Empty title={`No ${type} event yet`}>
          Apps send events with the track mutation; they appear here as they arrive.
        </Empty>
      ) : (
        <Table striped aria-label={`Last events of ${type}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Event id</Table.Th>
              <Table.Th>User</Table.Th>
              <Table.Th>Properties</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.trackedEvents.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td title={dateTime(e.occurredAt)}>{timeAgo(e.occurredAt)}</Table.Td>
                <Table.Td>{e.id}</Table.Td>
                <Table.Td>
                  <Link to={`/users?id=${encodeURIComponent(e.userId)}`}>{e.userId}</Link>
                </Table.Td>
                <Table.Td>
                  <Code>{JSON.stringify(e.properties)}</Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function EventTypesPage() {
  const [{ data, error }, refetch] = useQuery({ query: EventCatalogueQuery });
  const [params, setParams] = useSearchParams();
  const types = data ? [...data.eventTypes].sort((a, b) => a.name.localeCompare(b.name)) : [];
  const selected = params.get('type') ?? types[0]?.name ?? null;
  const writer = canWrite(useSession());
  /** The form: undefined closed, null a new type, else the type edited. */
  const [editing, setEditing] = useState<EventTypeValue | null | undefined>(undefined);
  const selectedType = types.find((t) => t.name === selected) ?? null;

  let body;
  if (error && !data)
    body = (
      <Stack maw={720}>
        <ErrorNotice error={error} title="The event types could not be loaded" />
        <Group>
          <Button variant="default" onClick={() => refetch({ requestPolicy: 'network-only' })}>
            Try again
          </Button>
        </Group>
      </Stack>
    );
  else if (!data) body = <Loading label="Loading event types…" />;
  else
    body = (
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="xs" role="list" aria-label="Event types">
          {types.map((t) => (
            <UnstyledButton
              key={t.name}
              role="listitem"
              onClick={() => setParams({ type: t.name })}
              aria-current={t.name === selected ? 'true' : undefined}
            >
              <Card
                withBorder
                padding="sm"
                style={t.name === selected ? { borderColor: 'var(--mantine-color-blue-6)' } : undefined}
              >
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600}>{t.name}</Text>
                  <Badge variant="light" color={t.builtin ? 'gray' : 'grape'}>
                    {t.builtin ? 'built-in' : 'custom'}
                  </Badge>
                </Group>
                {t.description && (
                  <Text size="sm" c="dimmed">
                    {t.description}
                  </Text>
                )}
                <Group gap={6} mt={6}>
                  {t.properties.length === 0 ? (
                    <Text size="xs" c="dimmed">
                      no declared properties
                    </Text>
                  ) : (
                    t.properties.map((p) => (
                      <Badge key={p.name} variant="outline" color={p.required ? 'blue' : 'gray'} tt="none">
                        {p.name}: {p.type.toLowerCase()}
                        {p.required ? ' *' : ''}
                      </Badge>
                    ))
                  )}
                </Group>
              </Card>
            </UnstyledButton>
          ))}
          <Text size="xs" c="dimmed">
            {types.length} event types · * required property
          </Text>
        </Stack>
        <Stack gap="sm">
          {writer && selectedType ? (
            <Group justify="flex-end">
              <Button size="xs" variant="default" onClick={() => setEditing(selectedType)}>
                Edit {selectedType.name}
              </Button>
            </Group>
          ) : null}
          {selected ? <RecentEvents key={selected} type={selected} /> : null}
        </Stack>
      </SimpleGrid>
    );

  return (
    <Stack p="lg" gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={1} size="h2">
            Event types
          </Title>
          <Text c="dimmed" size="sm">
            What apps track, with the properties each type declares. Rules trigger on these types; behaviour
            aggregates count them.
          </Text>
        </div>
        {writer ? <Button onClick={() => setEditing(null)}>New event type</Button> : null}
      </Group>
      {body}
      {editing !== undefined ? (
        <EventTypeForm
          initial={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(name) => {
            setEditing(undefined);
            notifications.show({ color: 'green', title: 'Event type saved', message: `${name} is defined.` });
            refetch({ requestPolicy: 'network-only' });
            setParams({ type: name });
          }}
        />
      ) : null}
    </Stack>
  );
}
