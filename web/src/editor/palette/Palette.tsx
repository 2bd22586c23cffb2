// The block palette, built from the server's catalogue (never a second list in web/): grouped by
// category, searchable; drag an item onto the canvas, or click it (Enter/Space) to add it at the
// centre of the canvas.
import { CloseButton, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { type DragEvent, useMemo, useState } from 'react';
import { BLOCK_MIME, useAddBlock } from '../canvas/addBlock';
import { type CatalogueEntry, categories, useCatalogue } from '../model/catalogue';
import './palette.css';

function matches(entry: CatalogueEntry, words: string[]): boolean {
  const text = `${entry.label} ${entry.description} ${entry.code}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

function PaletteItem({
  entry,
  disabled,
  onAdd,
}: {
  entry: CatalogueEntry;
  disabled: boolean;
  onAdd: () => void;
}) {
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(BLOCK_MIME, entry.code);
    event.dataTransfer.setData('text/plain', entry.label);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <UnstyledButton
      className="cf-palette-item"
      data-category={entry.category}
      draggable={!disabled}
      onDragStart={onDragStart}
      onClick={onAdd}
      disabled={disabled}
      aria-label={`Add ${entry.label}`}
      aria-description={entry.description}
      title={`${entry.description}\nDrag onto the canvas, or click to add.`}
      data-testid={`palette-${entry.code}`}
    >
      <Text size="sm" fw={600} lh={1.3}>
        {entry.label}
      </Text>
      <Text size="xs" c="dimmed" lineClamp={2} lh={1.3}>
        {entry.description}
      </Text>
    </UnstyledButton>
  );
}

export function Palette({ disabled = false }: { disabled?: boolean }) {
  const { entries } = useCatalogue();
  const addBlock = useAddBlock();
  const [search, setSearch] = useState('');
  const groups = useMemo(() => {
    const words = search.toLowerCase().split(/\s+/).filter(Boolean);
    return categories
      .map((c) => ({ ...c, entries: entries.filter((e) => e.category === c.value && matches(e, words)) }))
      .filter((g) => g.entries.length > 0);
  }, [entries, search]);

  return (
    <Stack gap="xs" h="100%" className="cf-palette" component="nav" aria-label="Block palette">
      <TextInput
        size="xs"
        placeholder="Search blocks"
        aria-label="Search blocks"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        rightSection={
          search ? (
            <CloseButton size="sm" aria-label="Clear the search" onClick={() => setSearch('')} />
          ) : null
        }
      />
      <ScrollArea style={{ flex: 1 }} type="auto" offsetScrollbars>
        <Stack gap="sm" pb="md">
          {groups.length === 0 && (
            <Text size="sm" c="dimmed">
              No block matches “{search}”.
            </Text>
          )}
          {groups.map((group) => (
            <section key={group.value} aria-labelledby={`palette-${group.value}`}>
              <Text
                id={`palette-${group.value}`}
                component="h3"
                size="xs"
                fw={700}
                tt="uppercase"
                c="dimmed"
                mb={4}
              >
                {group.label}
              </Text>
              <Stack gap={6}>
                {group.entries.map((entry) => (
                  <PaletteItem
                    key={entry.code}
                    entry={entry}
                    disabled={disabled}
                    onAdd={() => addBlock(entry.code)}
                  />
                ))}
              </Stack>
            </section>
          ))}
        </Stack>
      </ScrollArea>
    </Stack>
  );
}
