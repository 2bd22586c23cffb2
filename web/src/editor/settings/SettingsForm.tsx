// The settings form of one node, generated from its catalogue entry: one ArgField per arg (in the
// order of the UI hints), each change dispatched as `updateArgs`, and the validator's messages for
// an arg shown under its field. Issues that name no arg are listed above the form.
import type { JsonObject, JsonValue, RuleGraphIssue } from '@couponflow/schema';
import { Alert, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { memo, useCallback, useMemo } from 'react';
import type { CatalogueEntry } from '../model/catalogue';
import { describeIssue, shortMessage } from '../model/validation';
import { ArgField } from './ArgField';
import type { FieldContext } from './context';
import { argSchema, isRequired } from './jsonSchema';

export interface SettingsFormProps {
  nodeId: string;
  /** The node's args (the same object while only its position changes, so a drag does not re-render). */
  args: JsonObject;
  entry: CatalogueEntry;
  issues: readonly RuleGraphIssue[];
  triggerEventType: string | undefined;
  disabled?: boolean;
  onArgsChange: (nodeId: string, args: Record<string, unknown>) => void;
}

const categoryColour: Record<string, string> = {
  trigger: 'violet',
  condition: 'blue',
  logic: 'cyan',
  split: 'orange',
  action: 'teal',
};

function SettingsFormView({
  nodeId,
  args,
  entry,
  issues,
  triggerEventType,
  disabled = false,
  onArgsChange,
}: SettingsFormProps) {
  const argNames = Object.keys(entry.ui);
  const { fieldErrors, general } = useMemo(() => {
    const fieldErrors = new Map<string, string[]>();
    const general: RuleGraphIssue[] = [];
    for (const issue of issues) {
      const arg = issue.path?.[0];
      if (
        typeof arg === 'string' &&
        argNames.includes(arg) &&
        (issue.code === 'ARG_INVALID' || issue.code === 'ARG_REQUIRED')
      ) {
        const text =
          issue.code === 'ARG_REQUIRED' && issue.path!.length === 1 ? 'Required' : shortMessage(issue);
        fieldErrors.set(arg, [...(fieldErrors.get(arg) ?? []), text]);
      } else general.push(issue);
    }
    return { fieldErrors, general };
  }, [issues, argNames]);

  const ctx: FieldContext = { nodeId, entry, args, triggerEventType };
  const setArg = useCallback(
    (name: string, value: JsonValue | undefined) => onArgsChange(nodeId, { ...args, [name]: value }),
    [onArgsChange, nodeId, args],
  );

  return (
    <Stack
      gap="sm"
      component="form"
      aria-label={`Settings of ${entry.label}`}
      onSubmit={(e) => e.preventDefault()}
    >
      <div>
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Title order={4}>{entry.label}</Title>
          <Badge variant="light" color={categoryColour[entry.category] ?? 'gray'}>
            {entry.category}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {entry.description}
        </Text>
        <Text size="xs" c="dimmed" mt={2}>
          Node <code>{nodeId}</code>
        </Text>
      </div>
      {general.length > 0 && (
        <Alert
          color="red"
          variant="light"
          title={
            general.length === 1 ? 'A problem with this block' : `${general.length} problems with this block`
          }
          p="xs"
        >
          <List size="sm" spacing={2}>
            {general.map((issue, i) => (
              <List.Item key={i}>{describeIssue(issue, entry.ui)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {argNames.length === 0 && (
        <Text size="sm" c="dimmed">
          This block has no settings: connect{' '}
          {entry.ports.inputs === 'operand' ? 'one condition' : 'the conditions'} it combines to its input.
        </Text>
      )}
      {argNames.map((name) => {
        const hint = entry.ui[name]!;
        const errors = fieldErrors.get(name);
        return (
          <ArgField
            key={name}
            widget={hint.widget}
            id={`arg-${nodeId}-${name}`}
            label={hint.label}
            {...(hint.help !== undefined && { description: hint.help })}
            required={isRequired(entry.args, name)}
            {...(errors && { error: errors.join('; ') })}
            value={args[name]}
            onChange={(value) => setArg(name, value)}
            schema={argSchema(entry, name)}
            ctx={ctx}
            disabled={disabled}
          />
        );
      })}
    </Stack>
  );
}

/** Memoised: re-renders when the node's args, issues or entry change, not when the node moves. */
export const SettingsForm = memo(SettingsFormView);
