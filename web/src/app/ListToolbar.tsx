// The top of a list screen, shared by the campaign and template lists: the title with its one-line
// explanation and the writer's "New …" button, then a search box (debounced) and the screen's filters.
import { Group, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';

export function ListHeader({
  title,
  description,
  action,
}: {
  title: string;
  description: ReactNode;
  /** The writer's create button (null for readers). */
  action?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <div>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed" size="sm">
          {description}
        </Text>
      </div>
      {action}
    </Group>
  );
}

/** The search box's text and its trimmed, debounced value (what the query uses). */
export function useListSearch(delayMs = 250) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), delayMs);
  return { search, setSearch, debounced };
}

export function ListToolbar({
  searchLabel,
  search,
  onSearch,
  searchWidth = 300,
  children,
}: {
  searchLabel: string;
  search: string;
  onSearch(value: string): void;
  searchWidth?: number;
  /** The filters beside the search box. */
  children?: ReactNode;
}) {
  return (
    <Group gap="sm" wrap="wrap" align="flex-end">
      <TextInput
        aria-label={searchLabel}
        placeholder="Search by name"
        value={search}
        onChange={(e) => onSearch(e.currentTarget.value)}
        w={searchWidth}
      />
      {children}
    </Group>
  );
}
