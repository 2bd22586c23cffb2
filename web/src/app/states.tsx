// The four honest states of every async view (STYLE item 18): loading, empty (with what to do next),
// error (the API's own message, in place) and data.
import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import type { CombinedError } from 'urql';
import type { ReactNode } from 'react';

/** The message a person should read for a failed operation: the API's, never a stack trace. */
export function errorMessage(error: CombinedError | Error | null | undefined): string {
  if (!error) return '';
  if ('graphQLErrors' in error && error.graphQLErrors.length)
    return error.graphQLErrors.map((e) => e.message).join('; ');
  if ('networkError' in error && error.networkError) return `Network error: ${error.networkError.message}`;
  return error.message;
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}

export function ErrorNotice({
  error,
  title = 'Something went wrong',
}: {
  error: CombinedError | Error;
  title?: string;
}) {
  return (
    <Alert color="red" title={title} role="alert">
      {errorMessage(error)}
    </Alert>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Center py="xl">
      <Stack align="center" gap={4} maw={420} ta="center">
        <Text fw={600}>{title}</Text>
        {children ? (
          <Text size="sm" c="dimmed" component="div">
            {children}
          </Text>
        ) : null}
      </Stack>
    </Center>
  );
}
