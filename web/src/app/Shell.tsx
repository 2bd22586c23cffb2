// The app shell: navigation that later screens plug into (one entry in `nav`), the signed-in staff
// member, sign-out. Screens render in the outlet. Without a session it sends the user to the login
// screen, remembering where they were going.
import { AppShell, Badge, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { Suspense, useEffect } from 'react';
import { Navigate, NavLink as RouterLink, Outlet, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { type Session, setSession, useSession } from '../lib/session';
import { setCurrency } from '../lib/money';
import { Loading } from './states';

/** Navigation entries: a new screen adds one line here and one route in routes.tsx. */
export const nav = [
  { to: '/campaigns', label: 'Campaigns' },
  { to: '/templates', label: 'Coupon templates' },
  { to: '/audiences', label: 'Audiences' },
  { to: '/issuing', label: 'Issuing' },
  { to: '/rules', label: 'Rules' },
  { to: '/metrics', label: 'Metrics' },
  { to: '/budgets', label: 'Budgets' },
  { to: '/ltv', label: 'LTV' },
  { to: '/users', label: 'User lookup' },
  { to: '/events', label: 'Event types' },
  { to: '/partners', label: 'Partners' },
] as const;

const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      role
    }
    settings {
      currency
    }
  }
`);

export function Shell() {
  const session = useSession();
  const location = useLocation();
  if (!session)
    return (
      <Navigate to="/login" replace state={{ from: location.pathname + location.search + location.hash }} />
    );
  return <SignedIn session={session} />;
}

function SignedIn({ session }: { session: Session }) {
  const location = useLocation();
  // Checks the stored token once per session: a refused one ends the session (see lib/client.ts);
  // a changed role or e-mail is taken over.
  const [me] = useQuery({ query: MeQuery, requestPolicy: 'network-only' });
  const fresh = me.data?.me;
  // Money is shown in the server's currency: screens wait for it (or for the answer to fail).
  const currency = me.data?.settings.currency;
  if (currency) setCurrency(currency);
  const ready = !!me.data || !!me.error;
  useEffect(() => {
    if (fresh && (fresh.role !== session.staff.role || fresh.email !== session.staff.email))
      setSession({ token: session.token, staff: { id: fresh.id, email: fresh.email, role: fresh.role } });
  }, [fresh, session]);

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 200, breakpoint: 0 }} padding={0}>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Text fw={700} size="lg">
            Couponflow
          </Text>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" data-testid="signed-in-as">
              {session.staff.email}
            </Text>
            <Badge variant="light" aria-label={`role: ${session.staff.role}`}>
              {session.staff.role}
            </Badge>
            <Button variant="default" size="xs" onClick={() => setSession(null)}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <Stack gap={2}>
          {nav.map((n) => (
            <NavLink
              key={n.to}
              component={RouterLink}
              to={n.to}
              label={n.label}
              active={location.pathname === n.to || location.pathname.startsWith(`${n.to}/`)}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<Loading />}>{ready ? <Outlet /> : <Loading />}</Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
