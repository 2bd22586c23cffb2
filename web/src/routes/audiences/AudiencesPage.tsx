// /audiences and /audiences/:id: the list of audiences (search by name), creating one (writers), and
// an audience's editor. One route (`audiences/:id?`), two views.
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Empty, ErrorNotice, Loading } from '../../app/states';
import type { AudienceKind } from '../../gql/graphql';
import { fieldErrorsOf } from '../../lib/fieldErrors';
import { count, dateTime } from '../../lib/format';
import { canWrite, useSession } from '../../lib/session';
import { AudienceEditor } from './AudienceEditor';
import { AudiencesQuery, CreateAudienceMutation } from './audiences.graphql';

export function AudiencesPage() {
  const { id } = useParams();
  return id ? <AudienceEditor id={id} /> : <AudienceList />;
}

function AudienceList() {
  const writer = canWrite(useSession());
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const context = useMemo(() => ({ additionalTypenames: ['Audience'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: AudiencesQuery,
    variables: { search: debounced || null },
    context,
  });
  const [creating, setCreating] = useState(false);
  const audiences = data?.audiences;

  let body;
  if (error && !audiences)
    body = (
      <Stack maw={720}>
        <ErrorNotice error={error} title="The audiences could not be loaded" />
        <Group>
          <Button variant="default" onClick={() => refetch({ requestPolicy: 'network-only' })}>
            Try again
          </Button>
        </Group>
      </Stack>
    );
  else if (!audiences) body = <Loading label="Loading audiences…" />;
  else if (audiences.length === 0)
    body = (
      <Empty title={debounced ? 'No audience matches' : 'No audiences yet'}>
        {debounced
          ? `Nothing is named like “${debounced}”.`
          : writer
            ? 'An audience is a user group: conditions over what users are and do, or an uploaded list of ids.'
            : 'Growth staff define the audiences; they will appear here.'}
      </Empty>
    );
  else
    body = (
      <Table.ScrollContainer minWidth={640}>
        <Table highlightOnHover verticalSpacing="sm" aria-label="Audiences">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Audience</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th ta="right">Members</Table.Th>
              <Table.Th>Updated</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {audiences.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/audiences/${encodeURIComponent(a.id)}`} fw={600}>
                    {a.name}
                  </Anchor>
                  {a.description ? (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {a.description}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={a.kind === 'STATIC' ? 'grape' : 'blue'}>
                    {a.kind === 'STATIC' ? 'Uploaded list' : 'Conditions'}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">
                  {a.kind === 'STATIC' ? (
                    count.format(a.size)
                  ) : (
                    <Text c="dimmed" size="sm">
                      live
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{dateTime(String(a.updatedAt))}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Stack p="lg" gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={1} size="h2">
            Audiences
          </Title>
          <Text c="dimmed" size="sm">
            User groups for templates, rules and issuing by hand.
          </Text>
        </div>
        {writer ? <Button onClick={() => setCreating(true)}>New audience</Button> : null}
      </Group>
      <TextInput
        aria-label="Search audiences"
        placeholder="Search by name"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        w={320}
      />
      {error && audiences ? <ErrorNotice error={error} title="The list may be out of date" /> : null}
      {body}
      <Text size="xs" c="dimmed" aria-live="polite">
        {audiences ? `${audiences.length} ${audiences.length === 1 ? 'audience' : 'audiences'}` : ''}
        {fetching && audiences ? ' · refreshing…' : ''}
      </Text>
      {writer ? <CreateAudienceModal opened={creating} onClose={() => setCreating(false)} /> : null}
    </Stack>
  );
}

function CreateAudienceModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AudienceKind>('DYNAMIC');
  const [{ fetching, error }, create] = useMutation(CreateAudienceMutation);
  const errors = fieldErrorsOf(error, { 'input.name': 'name', name: 'name', 'input.kind': 'kind' });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await create({
      input: { name: name.trim(), kind, ...(kind === 'DYNAMIC' && { expression: { all: [] } }) },
    });
    if (r.data) {
      onClose();
      setName('');
      void navigate(`/audiences/${encodeURIComponent(r.data.createAudience.id)}`);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="New audience">
      <form onSubmit={(e) => void submit(e)} aria-label="New audience" noValidate>
        <Stack>
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.byField.name}
          />
          <div>
            <Text size="sm" fw={500} mb={4} id="audience-kind-label">
              Kind
            </Text>
            <SegmentedControl
              aria-labelledby="audience-kind-label"
              value={kind}
              onChange={(v) => setKind(v === 'STATIC' ? 'STATIC' : 'DYNAMIC')}
              data={[
                { value: 'DYNAMIC', label: 'Conditions' },
                { value: 'STATIC', label: 'Uploaded list (CSV)' },
              ]}
            />
            {errors.byField.kind ? (
              <Text size="xs" c="red">
                {errors.byField.kind}
              </Text>
            ) : null}
          </div>
          {errors.other.length ? (
            <Text size="sm" c="red" role="alert">
              {errors.other.join('; ')}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={fetching} disabled={!name.trim()}>
              Create
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
