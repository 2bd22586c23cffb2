// Under a list that grows by pages: how many are shown of how many, and "Load more" (the keyboard's
// and screen reader's way to the next page; scrolling a windowed list loads it too).
import { Button, Group, Text } from '@mantine/core';
import { count } from '../lib/format';
import type { MorePages } from './useMorePages';

export function ListFooter({
  list,
  totalCount,
  noun,
}: {
  list: Pick<MorePages<unknown>, 'items' | 'hasMore' | 'loading' | 'error' | 'loadMore'>;
  totalCount: number;
  noun: string;
}) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text size="xs" c="dimmed" aria-live="polite" data-testid="list-count">
        {count.format(list.items.length)} of {count.format(totalCount)} {noun}
      </Text>
      <Group gap="xs" wrap="nowrap">
        {list.error ? (
          <Text size="xs" c="red" role="alert">
            {list.error}
          </Text>
        ) : null}
        {list.hasMore ? (
          <Button size="compact-sm" variant="default" loading={list.loading} onClick={list.loadMore}>
            Load more
          </Button>
        ) : null}
      </Group>
    </Group>
  );
}
