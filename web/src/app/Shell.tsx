// The app shell: navigation that later screens plug into (one entry in `nav`), the signed-in staff
// member, sign-out. Screens render in the outlet.
import { AppShell, Badge, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { Navigate, NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { setSession, useSession } from '../lib/session';
import { Loading } from './states';

/** Navigation entries: a new screen adds one line here and one route in routes.tsx. */
export const nav = [{ to: '/rules', label: 'Rules' }] as const;

export function Shell() {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 200, breakpoint: 0 }} padding={0}>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between">
          <Title order={4}>Couponflow</Title>
          <Group gap="sm">
            <Text size="sm">{session.staff.email}</Text>
            <Badge variant="light">{session.staff.role}</Badge>
            <Button variant="subtle" size="xs" onClick={() => setSession(null)}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <Stack gap={2}>
          {nav.map((n) => (
            <NavLink key={n.to} component={RouterLink} to={n.to} label={n.label} />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
