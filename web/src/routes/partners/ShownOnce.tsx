// A secret shown once (an API key, a webhook signing secret) with a copy button.
import { Alert, Button, Code, CopyButton, Group, Text } from '@mantine/core';

export function ShownOnce({ title, value, onDone }: { title: string; value: string; onDone: () => void }) {
  return (
    <Alert color="yellow" title={title} role="status">
      <Text size="sm" mb={6}>
        Copy it now: it is shown only once and cannot be read again.
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Code data-testid="shown-once" style={{ wordBreak: 'break-all' }}>
          {value}
        </Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" onClick={copy}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
        <Button size="xs" variant="default" onClick={onDone}>
          Done
        </Button>
      </Group>
    </Alert>
  );
}
