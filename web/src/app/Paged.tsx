// Cursor pagination as the API gives it (first/after, pageInfo.endCursor/hasNextPage): a stack of the
// cursors seen, so "Previous" goes back without the server offering a `before`. Reset it whenever
// the filter changes.
import { Button, Group, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { count } from '../lib/format';

export interface CursorPager {
  /** The cursor of the page shown (undefined: the first page). */
  after: string | undefined;
  /** 1-based. */
  page: number;
  next(endCursor: string | null | undefined): void;
  previous(): void;
  reset(): void;
}

export function useCursorPager(): CursorPager {
  const [stack, setStack] = useState<(string | undefined)[]>([undefined]);
  const next = useCallback((c: string | null | undefined) => {
    if (c) setStack((s) => [...s, c]);
  }, []);
  const previous = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const reset = useCallback(() => setStack([undefined]), []);
  return { after: stack[stack.length - 1], page: stack.length, next, previous, reset };
}

export function Paged({
  pager,
  pageSize,
  shown,
  totalCount,
  hasNextPage,
  endCursor,
  noun,
}: {
  pager: CursorPager;
  pageSize: number;
  shown: number;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  noun: string;
}) {
  const from = shown === 0 ? 0 : (pager.page - 1) * pageSize + 1;
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text size="xs" c="dimmed" aria-live="polite">
        {shown === 0
          ? `No ${noun}`
          : `${count.format(from)}–${count.format(from + shown - 1)} of ${count.format(totalCount)} ${noun}`}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Button size="compact-sm" variant="default" disabled={pager.page <= 1} onClick={pager.previous}>
          Previous
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          disabled={!hasNextPage}
          onClick={() => pager.next(endCursor)}
        >
          Next
        </Button>
      </Group>
    </Group>
  );
}
