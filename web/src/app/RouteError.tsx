// What a screen shows when it cannot be shown: an unknown address, or a screen that failed to load
// or render (e.g. its chunk is gone after a deploy). Both say what to do next.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, isRouteErrorResponse, useLocation, useRouteError } from 'react-router';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <Stack p="lg" maw={600} gap="sm">
      <Title order={2}>Page not found</Title>
      <Text c="dimmed">
        There is no page at <code>{pathname}</code>. It may have moved, or the link may be mistyped.
      </Text>
      <Group>
        <Button component={Link} to="/rules">
          Go to rules
        </Button>
      </Group>
    </Stack>
  );
}

export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Stack p="lg" maw={640} gap="sm">
      <Title order={2}>This screen could not be shown</Title>
      <Alert color="red" role="alert" title="Error">
        {message}
      </Alert>
      <Text c="dimmed" size="sm">
        Reloading fetches the latest version of the console.
      </Text>
      <Group>
        <Button onClick={() => globalThis.location.reload()}>Reload</Button>
        <Button variant="default" component={Link} to="/rules">
          Go to rules
        </Button>
      </Group>
    </Stack>
  );
}
