// API keys: create with scopes (the key shown once), revoke (confirmed). Admins only.
import { Badge, Button, Checkbox, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Empty, ErrorNotice, Loading, errorMessage } from '../../app/states';
import type { ApiScope } from '../../gql/graphql';
import { dateTime } from '../../lib/format';
import { ALL_SCOPES, fieldErrors, scopeLabel } from './partners';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from './partners.graphql';
import { ShownOnce } from './ShownOnce';

export function ApiKeysTab() {
  const context = useMemo(() => ({ additionalTypenames: ['ApiKey'] }), []);
  const [{ data, error }] = useQuery({ query: ApiKeysQuery, context });
  const [created, create] = useMutation(CreateApiKeyMutation);
  const [, revoke] = useMutation(RevokeApiKeyMutation);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [merchants, setMerchants] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const errors = fieldErrors(created.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await create(
      {
        input: {
          name: name.trim(),
          scopes: scopes as ApiScope[],
          merchantIds: merchants
            .split(',')
            .map((m) => m.trim())
            .filter(Boolean),
        },
      },
      context,
    );
    if (r.data) {
      setShown(r.data.createApiKey.key);
      setName('');
      setScopes([]);
      setMerchants('');
    }
  };

  const confirmRevoke = (key: { id: string; name: string }) =>
    modals.openConfirmModal({
      title: `Revoke “${key.name}”?`,
      children: (
        <Text size="sm">
          Every call with this key, and every user token it minted, is refused from now on. This cannot be
          undone.
        </Text>
      ),
      labels: { confirm: 'Revoke key', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void revoke({ id: key.id }, context).then((r) =>
          r.error
            ? notifications.show({ color: 'red', title: 'Not revoked', message: errorMessage(r.error) })
            : notifications.show({ color: 'green', title: 'Key revoked', message: key.name }),
        ),
    });

  return (
    <Stack gap="md">
      {shown && <ShownOnce title="The new API key" value={shown} onDone={() => setShown(null)} />}
      <form onSubmit={submit} aria-label="New API key">
        <Stack gap="xs" maw={640}>
          <Group align="flex-start">
            <TextInput
              label="Name"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
              w={260}
            />
            <TextInput
              label="Merchants (empty = all)"
              description="Comma-separated merchant ids"
              value={merchants}
              onChange={(e) => setMerchants(e.currentTarget.value)}
              error={errors.merchantIds}
              w={300}
            />
          </Group>
          <Checkbox.Group label="Scopes" value={scopes} onChange={setScopes} error={errors.scopes}>
            <Group gap="md" mt={4}>
              {ALL_SCOPES.map((s) => (
                <Checkbox key={s} value={s} label={scopeLabel[s]} />
              ))}
            </Group>
          </Checkbox.Group>
          {errors.form && (
            <Text c="red" size="sm" role="alert">
              {errors.form}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={created.fetching} disabled={!name.trim() || scopes.length === 0}>
              Create key
            </Button>
          </Group>
        </Stack>
      </form>
      {error && !data ? (
        <ErrorNotice error={error} title="The keys could not be loaded" />
      ) : !data ? (
        <Loading label="Loading keys…" />
      ) : data.apiKeys.length === 0 ? (
        <Empty title="No API keys">
          App backends and partners call the API with a key; create the first one above.
        </Empty>
      ) : (
        <Table striped aria-label="API keys">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Scopes</Table.Th>
              <Table.Th>Merchants</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.apiKeys.map((k) => (
              <Table.Tr key={k.id}>
                <Table.Td>{k.name}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {k.scopes.map((s) => (
                      <Badge key={s} variant="light" tt="none">
                        {scopeLabel[s] ?? s}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{k.merchantIds.length ? k.merchantIds.join(', ') : 'all'}</Table.Td>
                <Table.Td>{dateTime(k.createdAt)}</Table.Td>
                <Table.Td>
                  {k.revokedAt ? (
                    <Badge color="red" variant="light">
                      revoked {dateTime(k.revokedAt)}
                    </Badge>
                  ) : (
                    <Button size="compact-xs" color="red" variant="light" onClick={() => confirmRevoke(k)}>
                      Revoke
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="xs" c="dimmed">
        The newest 100 keys are listed.
      </Text>
    </Stack>
  );
}
