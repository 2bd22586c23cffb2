// Staff users: create with a role, change the role, deactivate or reactivate (confirmed). Admins only.
import { Badge, Button, Group, PasswordInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice, Loading, errorMessage } from '../../app/states';
import type { StaffRole } from '../../gql/graphql';
import { dateTime } from '../../lib/format';
import { useSession } from '../../lib/session';
import { fieldErrors } from './partners';
import { CreateStaffMutation, StaffUsersQuery, UpdateStaffMutation } from './partners.graphql';

const ROLES = [
  { value: 'admin', label: 'admin' },
  { value: 'growth', label: 'growth' },
  { value: 'analyst', label: 'analyst' },
];

export function StaffTab() {
  const me = useSession()?.staff.id;
  const context = useMemo(() => ({ additionalTypenames: ['StaffUser'] }), []);
  const [{ data, error }] = useQuery({ query: StaffUsersQuery, context });
  const [created, create] = useMutation(CreateStaffMutation);
  const [, update] = useMutation(UpdateStaffMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<string>('analyst');
  const errors = fieldErrors(created.error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await create({ input: { email: email.trim(), password, role: role as StaffRole } }, context);
    if (r.data) {
      notifications.show({
        color: 'green',
        title: 'Staff user created',
        message: r.data.createStaffUser.email,
      });
      setEmail('');
      setPassword('');
    }
  };
  const change = (id: string, input: { role?: StaffRole; disabled?: boolean }, what: string) =>
    void update({ input: { id, ...input } }, context).then((r) =>
      r.error
        ? notifications.show({ color: 'red', title: `Not ${what}`, message: errorMessage(r.error) })
        : notifications.show({ color: 'green', title: `Staff user ${what}`, message: '' }),
    );
  const confirmDisable = (u: { id: string; email: string; disabled: boolean }) =>
    modals.openConfirmModal({
      title: u.disabled ? `Reactivate ${u.email}?` : `Deactivate ${u.email}?`,
      children: (
        <Text size="sm">
          {u.disabled
            ? 'They can sign in again.'
            : 'They cannot sign in, and every session they have ends within seconds.'}
        </Text>
      ),
      labels: { confirm: u.disabled ? 'Reactivate' : 'Deactivate', cancel: 'Cancel' },
      confirmProps: { color: u.disabled ? 'blue' : 'red' },
      onConfirm: () => change(u.id, { disabled: !u.disabled }, u.disabled ? 'reactivated' : 'deactivated'),
    });
  const confirmRole = (u: { id: string; email: string }, next: string) =>
    modals.openConfirmModal({
      title: `Make ${u.email} ${next}?`,
      children: <Text size="sm">Their sessions take the new role within seconds.</Text>,
      labels: { confirm: 'Change role', cancel: 'Cancel' },
      onConfirm: () => change(u.id, { role: next as StaffRole }, 'changed'),
    });

  return (
    <Stack gap="md">
      <form onSubmit={submit} aria-label="New staff user">
        <Group align="flex-start">
          <TextInput
            label="E-mail"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
            w={260}
          />
          <PasswordInput
            label="Password"
            description="At least 10 characters, hard to guess"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
            w={260}
          />
          <Select
            label="Role"
            data={ROLES}
            value={role}
            onChange={(v) => v && setRole(v)}
            allowDeselect={false}
            w={140}
          />
          <Button type="submit" mt={24} loading={created.fetching} disabled={!email.trim() || !password}>
            Create staff user
          </Button>
        </Group>
        {errors.form && (
          <Text c="red" size="sm" role="alert">
            {errors.form}
          </Text>
        )}
      </form>
      {error && !data ? (
        <ErrorNotice error={error} title="The staff could not be loaded" />
      ) : !data ? (
        <Loading label="Loading staff…" />
      ) : (
        <Table striped aria-label="Staff users">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>E-mail</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.staffUsers.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.email}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`Role of ${u.email}`}
                    data={ROLES}
                    value={u.role}
                    onChange={(v) => v && v !== u.role && confirmRole(u, v)}
                    allowDeselect={false}
                    disabled={u.id === me}
                    w={130}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td>{dateTime(u.createdAt)}</Table.Td>
                <Table.Td>
                  <Badge color={u.disabled ? 'red' : 'green'} variant="light">
                    {u.disabled ? 'deactivated' : 'active'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {u.id !== me && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      color={u.disabled ? 'blue' : 'red'}
                      onClick={() => confirmDisable(u)}
                    >
                      {u.disabled ? 'Reactivate' : 'Deactivate'}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
