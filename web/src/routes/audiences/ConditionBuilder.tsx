// The condition builder of a dynamic audience: a nested AND / OR list of the rule builder's user-scoped
// condition blocks (from the server's catalogue), each item negatable, each block's settings drawn by
// the rule builder's own fields (ArgField). Keyboard-usable: every control is a labelled form control.
import type { JsonValue } from '@couponflow/schema';
import { ActionIcon, Button, Group, Paper, Select, Stack, Switch, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { type CatalogueEntry, initialArgs } from '../../editor/model/catalogue';
import { ArgField } from '../../editor/settings/ArgField';
import { argSchema, isRequired } from '../../editor/settings/jsonSchema';
import { type CondGroup, type CondLeaf, type CondNode, emptyGroup, leaf, updateNode } from './conditionTree';

/** The catalogue's blocks an audience may use: conditions over the user (not over one event). */
export function audienceBlocks(entries: readonly CatalogueEntry[]): CatalogueEntry[] {
  return entries.filter((e) => e.category === 'condition' && e.scope === 'user');
}

export interface ConditionBuilderProps {
  value: CondGroup;
  onChange: (next: CondGroup) => void;
  /** User-scoped condition blocks from the server's catalogue. */
  blocks: readonly CatalogueEntry[];
  readOnly?: boolean;
  /** A message for the whole expression (the server's), shown under the builder. */
  error?: string | undefined;
}

export function ConditionBuilder({
  value,
  onChange,
  blocks,
  readOnly = false,
  error,
}: ConditionBuilderProps) {
  const byCode = useMemo(() => new Map(blocks.map((b) => [b.code, b])), [blocks]);
  const update = (key: string, f: (n: CondNode) => CondNode | null) => onChange(updateNode(value, key, f));
  return (
    <Stack gap="xs">
      <GroupView node={value} depth={0} blocks={blocks} byCode={byCode} update={update} readOnly={readOnly} />
      {error ? (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}

interface ViewProps {
  depth: number;
  blocks: readonly CatalogueEntry[];
  byCode: ReadonlyMap<string, CatalogueEntry>;
  update: (key: string, f: (n: CondNode) => CondNode | null) => void;
  readOnly: boolean;
}

function GroupView({ node, ...p }: ViewProps & { node: CondGroup }) {
  const [adding, setAdding] = useState<string | null>(null);
  const label = p.depth === 0 ? 'All conditions' : `Group at level ${p.depth}`;
  const setGroup = (f: (g: CondGroup) => CondGroup) =>
    p.update(node.key, (n) => (n.kind === 'group' ? f(n) : n));
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      bg={p.depth % 2 ? 'gray.0' : undefined}
      role="group"
      aria-label={label}
      data-testid="condition-group"
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Select
            aria-label={`${label}: combine with`}
            size="xs"
            w={220}
            allowDeselect={false}
            disabled={p.readOnly}
            data={[
              { value: 'all', label: 'AND: all of these' },
              { value: 'any', label: 'OR: any of these' },
            ]}
            value={node.op}
            onChange={(v) => v && setGroup((g) => ({ ...g, op: v === 'any' ? 'any' : 'all' }))}
          />
          {p.depth > 0 ? (
            <>
              <NotSwitch node={node} {...p} />
              {!p.readOnly ? (
                <RemoveButton label={`Remove ${label.toLowerCase()}`} nodeKey={node.key} {...p} />
              ) : null}
            </>
          ) : null}
        </Group>
        {node.children.length === 0 ? (
          <Text size="sm" c="dimmed">
            {p.depth === 0
              ? 'No conditions yet: every known user is a member. Add a condition.'
              : node.op === 'any'
                ? 'Empty OR group: it matches nobody until it has a condition.'
                : 'Empty AND group: it matches everybody until it has a condition.'}
          </Text>
        ) : (
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', paddingLeft: 0, margin: 0 }}>
            {node.children.map((c, i) => (
              <li key={c.key}>
                {i > 0 ? (
                  <Text size="xs" fw={700} c="dimmed" mb={4} aria-hidden>
                    {node.op === 'all' ? 'AND' : 'OR'}
                  </Text>
                ) : null}
                {c.kind === 'group' ? (
                  <GroupView node={c} {...p} depth={p.depth + 1} />
                ) : (
                  <LeafView node={c} {...p} />
                )}
              </li>
            ))}
          </Stack>
        )}
        {!p.readOnly ? (
          <Group gap="xs">
            <Select
              aria-label={`${label}: add a condition`}
              placeholder="Add a condition…"
              size="xs"
              w={260}
              searchable
              data={p.blocks.map((b) => ({ value: b.code, label: b.label }))}
              value={adding}
              onChange={(code) => {
                const entry = code ? p.byCode.get(code) : undefined;
                if (!entry) return;
                setGroup((g) => ({ ...g, children: [...g.children, leaf(entry.code, initialArgs(entry))] }));
                setAdding(null);
              }}
            />
            <Button
              size="xs"
              variant="default"
              onClick={() =>
                setGroup((g) => ({
                  ...g,
                  children: [...g.children, emptyGroup(g.op === 'all' ? 'any' : 'all')],
                }))
              }
            >
              Add group
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

function NotSwitch({ node, update, readOnly }: ViewProps & { node: CondNode }) {
  return (
    <Switch
      size="xs"
      label="NOT"
      aria-label="Negate (NOT)"
      disabled={readOnly}
      checked={node.negate}
      onChange={(e) => {
        const negate = e.currentTarget.checked;
        update(node.key, (n) => ({ ...n, negate }));
      }}
    />
  );
}

function RemoveButton({ label, nodeKey, update }: ViewProps & { label: string; nodeKey: string }) {
  return (
    <ActionIcon variant="subtle" color="red" aria-label={label} onClick={() => update(nodeKey, () => null)}>
      ×
    </ActionIcon>
  );
}

function LeafView({ node, ...p }: ViewProps & { node: CondLeaf }) {
  const entry = p.byCode.get(node.block);
  const setArg = (name: string, v: JsonValue | undefined) =>
    p.update(node.key, (n) =>
      n.kind === 'leaf' ? { ...n, args: { ...n.args, [name]: v } as CondLeaf['args'] } : n,
    );
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="condition-leaf">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600}>
            {entry?.label ?? node.block}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <NotSwitch node={node} {...p} />
            {!p.readOnly ? (
              <RemoveButton label={`Remove ${entry?.label ?? node.block}`} nodeKey={node.key} {...p} />
            ) : null}
          </Group>
        </Group>
        {!entry ? (
          <Text size="xs" c="red">
            This console does not know the block {node.block}.
          </Text>
        ) : (
          <Group gap="sm" align="flex-start" wrap="wrap">
            {Object.entries(entry.ui).map(([name, hint]) => (
              <div key={name} style={{ minWidth: 180, flex: '1 1 180px' }}>
                <ArgField
                  widget={hint.widget}
                  id={`cond-${node.key}-${name}`}
                  label={hint.label}
                  {...(hint.help !== undefined && { description: hint.help })}
                  required={isRequired(entry.args, name)}
                  value={node.args[name]}
                  onChange={(v) => setArg(name, v)}
                  schema={argSchema(entry, name)}
                  ctx={{ nodeId: node.key, entry, args: node.args, triggerEventType: undefined }}
                  disabled={p.readOnly}
                />
              </div>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
