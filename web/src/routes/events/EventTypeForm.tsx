// Create or edit a custom event type and its property schema (defineEventType, which replaces the
// type's schema). A built-in type's own properties are locked: it may only gain optional ones, as the
// server says. Each server message lands beside its field (the name, or a property's row).
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useClient } from 'urql';
import type { EventPropertyType } from '../../gql/graphql';
import { DefineEventTypeMutation } from './events.graphql';

const TYPES: EventPropertyType[] = ['STRING', 'INTEGER', 'NUMBER', 'BOOLEAN', 'ARRAY', 'OBJECT'];

export interface EventTypeValue {
  name: string;
  description: string | null;
  builtin: boolean;
  properties: readonly { name: string; type: EventPropertyType; required: boolean }[];
}

interface Row {
  name: string;
  type: EventPropertyType;
  required: boolean;
  /** A built-in type's own property: shown, not changeable. */
  fixed: boolean;
}

/** Where a server path points: "input.name" → name, "input.properties.2.type" → row 2, else the form. */
export function eventTypeErrorPlace(field: string | undefined): 'name' | 'description' | number | null {
  if (!field) return null;
  if (field === 'input.name') return 'name';
  if (field === 'input.description') return 'description';
  const m = /^input\.properties[.[](\d+)/.exec(field);
  return m ? Number(m[1]) : null;
}

export function EventTypeForm({
  initial,
  onClose,
  onSaved,
}: {
  /** null: a new custom type. */
  initial: EventTypeValue | null;
  onClose(): void;
  onSaved(name: string): void;
}) {
  const client = useClient();
  const [name, setName] = useState(initial?.name ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [rows, setRows] = useState<Row[]>(
    (initial?.properties ?? []).map((p) => ({ ...p, fixed: !!initial?.builtin })),
  );
  const [errors, setErrors] = useState<{ name?: string; description?: string; rows: Record<number, string> }>(
    {
      rows: {},
    },
  );
  const [formError, setFormError] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const setRow = (i: number, patch: Partial<Row>) => {
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
    setErrors((e) => {
      const rest = { ...e.rows };
      delete rest[i];
      return { ...e, rows: rest };
    });
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    // The console's own checks: a name, and every property named once.
    const found: typeof errors = { rows: {} };
    if (!name.trim()) found.name = 'Give the event type a name, e.g. subscription.renewed';
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      if (!r.name.trim()) found.rows[i] = 'Name the property';
      else if (seen.has(r.name.trim())) found.rows[i] = `${r.name.trim()} is declared twice`;
      seen.add(r.name.trim());
    });
    setErrors(found);
    setFormError([]);
    if (found.name || Object.keys(found.rows).length) return;
    setSaving(true);
    const r = await client.mutation(DefineEventTypeMutation, {
      input: {
        name: name.trim(),
        description: description.trim() || null,
        properties: rows.map((p) => ({ name: p.name.trim(), type: p.type, required: p.required })),
      },
    });
    setSaving(false);
    if (r.data) {
      onSaved(r.data.defineEventType.name);
      return;
    }
    const next: typeof errors = { rows: {} };
    const other: string[] = [];
    for (const g of r.error?.graphQLErrors ?? []) {
      const field = typeof g.extensions?.field === 'string' ? g.extensions.field : undefined;
      const place = g.extensions?.code === 'BAD_USER_INPUT' ? eventTypeErrorPlace(field) : null;
      const message =
        field && g.message.startsWith(`${field}: `) ? g.message.slice(field.length + 2) : g.message;
      if (place === 'name' || place === 'description') next[place] = message;
      else if (typeof place === 'number') next.rows[place] = message;
      else other.push(g.message);
    }
    if (r.error?.networkError) other.push(`Network error: ${r.error.networkError.message}`);
    setErrors(next);
    setFormError(other);
  }

  const editing = initial != null;
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={editing ? `Edit ${initial.name}` : 'New custom event type'}
    >
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Event type">
        <Stack gap="sm">
          {formError.length ? (
            <Alert color="red" title="The event type was not saved" role="alert">
              {formError.join('; ')}
            </Alert>
          ) : null}
          <TextInput
            label="Name"
            description="area.action, lower case, e.g. subscription.renewed"
            required
            disabled={editing}
            value={name}
            error={errors.name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setErrors((x) => ({ ...x, name: undefined }));
            }}
          />
          <TextInput
            label="Description"
            value={description}
            error={errors.description}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
          <Text size="sm" fw={500}>
            Properties
          </Text>
          {initial?.builtin ? (
            <Text size="xs" c="dimmed">
              A built-in type keeps its own properties; it may only gain optional ones.
            </Text>
          ) : null}
          {rows.length === 0 ? (
            <Text size="xs" c="dimmed">
              No declared properties: events of this type may carry any.
            </Text>
          ) : null}
          {rows.map((r, i) => (
            <Stack key={i} gap={2}>
              <Group gap="xs" align="flex-end" wrap="nowrap">
                <TextInput
                  label={`Property ${i + 1} name`}
                  style={{ flex: 1 }}
                  disabled={r.fixed}
                  value={r.name}
                  error={!!errors.rows[i]}
                  onChange={(e) => setRow(i, { name: e.currentTarget.value })}
                />
                <Select
                  label={`Property ${i + 1} type`}
                  w={130}
                  disabled={r.fixed}
                  allowDeselect={false}
                  data={TYPES.map((t) => ({ value: t, label: t.toLowerCase() }))}
                  value={r.type}
                  onChange={(v) => v && setRow(i, { type: v as EventPropertyType })}
                />
                <Checkbox
                  mb={8}
                  label="Required"
                  disabled={r.fixed || !!initial?.builtin}
                  checked={r.required}
                  onChange={(e) => setRow(i, { required: e.currentTarget.checked })}
                />
                <ActionIcon
                  variant="default"
                  size="lg"
                  disabled={r.fixed}
                  aria-label={`Remove property ${i + 1}`}
                  onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                >
                  ×
                </ActionIcon>
              </Group>
              {errors.rows[i] ? (
                <Text size="xs" c="red" role="alert">
                  {errors.rows[i]}
                </Text>
              ) : null}
            </Stack>
          ))}
          <Group>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() =>
                setRows((rs) => [...rs, { name: '', type: 'STRING', required: false, fixed: false }])
              }
            >
              Add a property
            </Button>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              {editing ? 'Save event type' : 'Create event type'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
