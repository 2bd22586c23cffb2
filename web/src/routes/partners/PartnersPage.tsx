// /partners: API keys, webhook endpoints and staff users. Admins manage all three; other staff see
// the webhook endpoints and their delivery log read-only (the server refuses them the rest).
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useSession } from '../../lib/session';
import { ApiKeysTab } from './ApiKeysTab';
import { StaffTab } from './StaffTab';
import { WebhooksTab } from './WebhooksTab';

export function PartnersPage() {
  const admin = useSession()?.staff.role === 'admin';
  return (
    <Stack p="lg" gap="lg" maw={1400}>
      <div>
        <Title order={1} size="h2">
          Partners
        </Title>
        <Text c="dimmed" size="sm">
          {admin
            ? 'Who may call the API, where coupon events are delivered, and who works in this console.'
            : 'Where coupon events are delivered. Only an admin manages keys, endpoints and staff.'}
        </Text>
      </div>
      <Tabs defaultValue="webhooks" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="webhooks">Webhook endpoints</Tabs.Tab>
          {admin && <Tabs.Tab value="keys">API keys</Tabs.Tab>}
          {admin && <Tabs.Tab value="staff">Staff users</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="webhooks" pt="md">
          <WebhooksTab admin={admin} />
        </Tabs.Panel>
        {admin && (
          <Tabs.Panel value="keys" pt="md">
            <ApiKeysTab />
          </Tabs.Panel>
        )}
        {admin && (
          <Tabs.Panel value="staff" pt="md">
            <StaffTab />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
