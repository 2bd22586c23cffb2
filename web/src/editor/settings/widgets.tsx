// The plain widgets of the generated settings form: one Mantine input per widget kind of the UI hints.
// Compound values (window, hours, weekdays, arms, filter, comparison values) are edited as typed
// JSON, never as JSON text (only the `json` fallback is text).
import type { JsonObject, JsonValue } from '@couponflow/schema';
import {
  ActionIcon,
  Button,
  Checkbox,
  Chip,
  Group,
  Input,
  JsonInput,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { formatMoney, operatorLabels, weekdayNames } from '../model/summary';
import { type WidgetProps, comparedPath, pathSource } from './context';
import { allowsArray, defaultOf, enumOf, isInteger, itemsOf, numberBound, propertiesOf } from './jsonSchema';
import { PathPicker, usePathType } from './pickers';

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A labelled group of controls (the label names the group for assistive technology). */
export function FieldGroup({
  props,
  children,
}: {
  props: Pick<WidgetProps, 'id' | 'label' | 'description' | 'required' | 'error'>;
  children: ReactNode;
}) {
  const labelId = `${props.id}-label`;
  return (
    <Input.Wrapper
      label={props.label}
      description={props.description}
      error={props.error}
      required={props.required}
      labelElement="div"
      labelProps={{ id: labelId }}
    >
      <div role="group" aria-labelledby={labelId} style={{ marginTop: 4 }}>
        {children}
      </div>
    </Input.Wrapper>
  );
}

const common = (p: WidgetProps) => ({
  id: p.id,
  label: p.label,
  description: p.description,
  required: p.required,
  withAsterisk: p.required,
  error: p.error,
  disabled: p.disabled,
});

const numberOrUndefined = (v: string | number): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

export function SelectWidget(p: WidgetProps) {
  const options = enumOf(p.schema);
  return (
    <Select
      {...common(p)}
      data={options}
      value={typeof p.value === 'string' ? p.value : null}
      onChange={(v) => p.onChange(v ?? undefined)}
      clearable={!p.required}
      allowDeselect={!p.required}
      placeholder="Choose…"
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function NumberWidget(p: WidgetProps) {
  const min = numberBound(p.schema, 'minimum');
  const max = numberBound(p.schema, 'maximum');
  const integer = isInteger(p.schema);
  const range = allowsArray(p.schema) && (p.ctx.args.op === 'between' || Array.isArray(p.value));
  if (range) {
    const [lo, hi] = Array.isArray(p.value) ? p.value : [undefined, undefined];
    const set = (i: 0 | 1, v: number | undefined) => {
      const next: (number | null)[] = [
        typeof lo === 'number' ? lo : null,
        typeof hi === 'number' ? hi : null,
      ];
      next[i] = v ?? null;
      p.onChange(next.every((n) => n === null) ? undefined : next);
    };
    return (
      <FieldGroup props={p}>
        <Group gap="xs" grow>
          <NumberInput
            id={p.id}
            aria-label={`${p.label}: from`}
            placeholder="from"
            value={typeof lo === 'number' ? lo : ''}
            onChange={(v) => set(0, numberOrUndefined(v))}
            disabled={p.disabled}
          />
          <NumberInput
            aria-label={`${p.label}: to`}
            placeholder="to"
            value={typeof hi === 'number' ? hi : ''}
            onChange={(v) => set(1, numberOrUndefined(v))}
            disabled={p.disabled}
          />
        </Group>
      </FieldGroup>
    );
  }
  return (
    <NumberInput
      {...common(p)}
      value={typeof p.value === 'number' ? p.value : ''}
      onChange={(v) => p.onChange(numberOrUndefined(v))}
      min={min}
      max={max}
      allowDecimal={!integer}
      thousandSeparator=","
    />
  );
}

/** Money: integer minor units, edited as an amount with two decimals. */
export function MoneyWidget(p: WidgetProps) {
  return (
    <NumberInput
      {...common(p)}
      description={p.description ?? 'Amount with two decimals (stored in cents)'}
      leftSection={<Text size="sm">¤</Text>}
      value={typeof p.value === 'number' ? formatMoney(p.value) : ''}
      onChange={(v) => {
        const n = numberOrUndefined(typeof v === 'string' && v !== '' ? Number(v) : v);
        p.onChange(n === undefined ? undefined : Math.round(n * 100));
      }}
      decimalScale={2}
      fixedDecimalScale
      thousandSeparator=","
      min={0}
    />
  );
}

export function TextWidget(p: WidgetProps) {
  return (
    <TextInput
      {...common(p)}
      value={typeof p.value === 'string' ? p.value : ''}
      onChange={(e) => p.onChange(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
    />
  );
}

export function TagsWidget(p: WidgetProps) {
  const values = Array.isArray(p.value) ? p.value.map(String) : [];
  return (
    <TagsInput
      {...common(p)}
      value={values}
      onChange={(v) => p.onChange(v.length === 0 ? undefined : v)}
      placeholder="Type and press Enter"
      clearable
    />
  );
}

export function DateWidget(p: WidgetProps) {
  const value = typeof p.value === 'string' ? p.value : '';
  const withTime = value.includes('T');
  return (
    <TextInput
      {...common(p)}
      type={withTime ? 'datetime-local' : 'date'}
      value={withTime ? value.slice(0, 16) : value}
      onChange={(e) => p.onChange(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
    />
  );
}

export function BooleanWidget(p: WidgetProps) {
  const fallback = defaultOf(p.schema);
  const checked = typeof p.value === 'boolean' ? p.value : fallback === true;
  const helpId = `${p.id}-help`;
  return (
    <div>
      <Switch
        id={p.id}
        label={p.label}
        error={p.error}
        checked={checked}
        onChange={(e) => p.onChange(e.currentTarget.checked)}
        disabled={p.disabled}
        {...(p.description && { 'aria-describedby': helpId })}
      />
      {p.description && (
        <Text id={helpId} size="xs" c="dimmed" mt={2}>
          {p.description}
        </Text>
      )}
    </div>
  );
}

export function WeekdaysWidget(p: WidgetProps) {
  const days = Array.isArray(p.value) ? p.value.filter((d): d is number => typeof d === 'number') : [];
  return (
    <FieldGroup props={p}>
      <Chip.Group
        multiple
        value={days.map(String)}
        onChange={(v) => {
          const next = v.map(Number).sort((a, b) => a - b);
          p.onChange(next.length === 0 ? undefined : next);
        }}
      >
        <Group gap={4}>
          {weekdayNames.map((name, i) => (
            <Chip
              key={name}
              value={String(i + 1)}
              size="xs"
              id={i === 0 ? p.id : undefined}
              disabled={p.disabled}
            >
              {name}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </FieldGroup>
  );
}

export function HoursWidget(p: WidgetProps) {
  const hours = isObject(p.value) ? p.value : undefined;
  const from = typeof hours?.from === 'number' ? hours.from : undefined;
  const to = typeof hours?.to === 'number' ? hours.to : undefined;
  const set = (next: { from?: number; to?: number }) => {
    const f = 'from' in next ? next.from : from;
    const t = 'to' in next ? next.to : to;
    p.onChange(f === undefined && t === undefined ? undefined : { from: f ?? 0, to: t ?? 24 });
  };
  return (
    <FieldGroup props={p}>
      <Group gap="xs" wrap="nowrap" grow>
        <NumberInput
          id={p.id}
          aria-label={`${p.label}: from hour`}
          placeholder="from (0–23)"
          min={0}
          max={23}
          allowDecimal={false}
          value={from ?? ''}
          onChange={(v) => set({ from: numberOrUndefined(v) })}
          disabled={p.disabled}
        />
        <NumberInput
          aria-label={`${p.label}: to hour`}
          placeholder="to (1–24)"
          min={1}
          max={24}
          allowDecimal={false}
          value={to ?? ''}
          onChange={(v) => set({ to: numberOrUndefined(v) })}
          disabled={p.disabled}
        />
      </Group>
      <Button
        variant="subtle"
        size="compact-xs"
        mt={4}
        onClick={() => p.onChange(undefined)}
        disabled={p.disabled || !hours}
      >
        Any time
      </Button>
    </FieldGroup>
  );
}

export function WindowWidget(p: WidgetProps) {
  const win = isObject(p.value) ? p.value : undefined;
  const mode = win && 'since' in win ? 'since' : 'days';
  return (
    <FieldGroup props={p}>
      <Stack gap={6}>
        <SegmentedControl
          size="xs"
          aria-label={`${p.label}: kind`}
          value={mode}
          onChange={(v) => p.onChange(v === 'since' ? { since: '' } : { days: 30 })}
          data={[
            { value: 'days', label: 'Last N days' },
            { value: 'since', label: 'Since a date' },
          ]}
          disabled={p.disabled}
        />
        {mode === 'days' ? (
          <NumberInput
            id={p.id}
            aria-label={`${p.label}: days`}
            suffix=" days"
            min={1}
            max={3660}
            allowDecimal={false}
            value={typeof win?.days === 'number' ? win.days : ''}
            onChange={(v) => {
              const days = numberOrUndefined(v);
              p.onChange(days === undefined ? undefined : { days });
            }}
            disabled={p.disabled}
          />
        ) : (
          <TextInput
            id={p.id}
            aria-label={`${p.label}: since`}
            type="date"
            value={typeof win?.since === 'string' ? win.since.slice(0, 10) : ''}
            onChange={(e) => p.onChange({ since: e.currentTarget.value })}
            disabled={p.disabled}
          />
        )}
      </Stack>
    </FieldGroup>
  );
}

export function OperatorWidget(p: WidgetProps) {
  const ops = enumOf(p.schema);
  return (
    <Select
      {...common(p)}
      data={ops.map((op) => ({
        value: op,
        label: operatorLabels[op] ? `${operatorLabels[op].symbol} — ${operatorLabels[op].label}` : op,
      }))}
      value={typeof p.value === 'string' ? p.value : null}
      onChange={(v) => p.onChange(v ?? undefined)}
      allowDeselect={false}
      placeholder="Choose an operator"
      comboboxProps={{ withinPortal: true }}
    />
  );
}

type ValueType = 'string' | 'number' | 'boolean';

const typeOfDeclared = (declared: string | undefined): ValueType | undefined =>
  declared === 'INTEGER' || declared === 'NUMBER'
    ? 'number'
    : declared === 'BOOLEAN'
      ? 'boolean'
      : declared === 'STRING'
        ? 'string'
        : undefined;

function typeOfValue(v: JsonValue | undefined): ValueType | undefined {
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'number'
    ? 'number'
    : typeof first === 'boolean'
      ? 'boolean'
      : typeof first === 'string'
        ? 'string'
        : undefined;
}

function coerce(text: string, type: ValueType): JsonValue {
  if (type === 'number') {
    const n = Number(text);
    return text.trim() !== '' && Number.isFinite(n) ? n : text;
  }
  if (type === 'boolean') return text === 'true';
  return text;
}

/** One scalar of the chosen type. */
function ScalarInput({
  type,
  value,
  onChange,
  id,
  label,
  disabled,
  error,
  description,
  placeholder,
}: {
  type: ValueType;
  value: JsonValue | undefined;
  onChange: (v: JsonValue | undefined) => void;
  id?: string;
  label: string;
  disabled: boolean;
  error?: string;
  description?: string;
  placeholder?: string;
}) {
  if (type === 'number')
    return (
      <NumberInput
        id={id}
        aria-label={label}
        description={description}
        error={error}
        placeholder={placeholder}
        value={typeof value === 'number' ? value : ''}
        onChange={(v) => onChange(numberOrUndefined(v))}
        disabled={disabled}
      />
    );
  if (type === 'boolean')
    return (
      <SegmentedControl
        id={id}
        aria-label={label}
        value={value === false ? 'false' : 'true'}
        onChange={(v) => onChange(v === 'true')}
        data={[
          { value: 'true', label: 'Yes (true)' },
          { value: 'false', label: 'No (false)' },
        ]}
        disabled={disabled}
      />
    );
  return (
    <TextInput
      id={id}
      aria-label={label}
      description={description}
      error={error}
      placeholder={placeholder}
      value={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
      onChange={(e) => onChange(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
      disabled={disabled}
    />
  );
}

/** The compared value, typed by the operator (list, range, presence) and the property's type. */
export function ValueWidget(p: WidgetProps) {
  const op = typeof p.ctx.args.op === 'string' ? p.ctx.args.op : undefined;
  const declared = typeOfDeclared(usePathType(pathSource(p.ctx), comparedPath(p.ctx)));
  const [chosen, setChosen] = useState<ValueType | undefined>(undefined);
  const type: ValueType = chosen ?? declared ?? typeOfValue(p.value) ?? 'string';
  const typeId = useId();

  if (!op)
    return (
      <TextInput
        id={p.id}
        label={p.label}
        description={p.description}
        error={p.error}
        placeholder="Choose an operator first"
        value=""
        disabled
        readOnly
      />
    );
  if (op === 'exists')
    return (
      <FieldGroup props={p}>
        <SegmentedControl
          id={p.id}
          aria-label={p.label}
          value={p.value === false ? 'false' : 'true'}
          onChange={(v) => p.onChange(v === 'true')}
          data={[
            { value: 'true', label: 'is present' },
            { value: 'false', label: 'is missing' },
          ]}
          disabled={p.disabled}
        />
      </FieldGroup>
    );

  const typeSwitch =
    declared === undefined ? (
      <SegmentedControl
        size="xs"
        id={typeId}
        aria-label={`${p.label}: type`}
        value={type}
        onChange={(v) => {
          const t = v as ValueType;
          setChosen(t);
          if (Array.isArray(p.value)) p.onChange(p.value.map((x) => coerce(String(x), t)));
          else if (p.value !== undefined) p.onChange(coerce(String(p.value), t));
        }}
        data={[
          { value: 'string', label: 'Text' },
          { value: 'number', label: 'Number' },
          { value: 'boolean', label: 'Yes/No' },
        ]}
        disabled={p.disabled}
      />
    ) : null;

  if (op === 'in' || op === 'notIn') {
    const values = Array.isArray(p.value) ? p.value : p.value === undefined ? [] : [p.value];
    return (
      <FieldGroup props={p}>
        <Stack gap={6}>
          {typeSwitch}
          <TagsInput
            id={p.id}
            aria-label={`${p.label}: values`}
            placeholder="Type a value and press Enter"
            value={values.map(String)}
            onChange={(v) => p.onChange(v.map((x) => coerce(x, type)))}
            disabled={p.disabled}
            clearable
          />
        </Stack>
      </FieldGroup>
    );
  }
  if (op === 'between') {
    const [lo, hi] = Array.isArray(p.value) ? p.value : [undefined, undefined];
    const set = (i: 0 | 1, v: JsonValue | undefined) => {
      const next: JsonValue[] = [lo ?? null, hi ?? null];
      next[i] = v ?? null;
      p.onChange(next);
    };
    const rangeType = type === 'boolean' ? 'number' : type;
    return (
      <FieldGroup props={p}>
        <Stack gap={6}>
          {typeSwitch}
          <Group gap="xs" grow>
            <ScalarInput
              id={p.id}
              type={rangeType}
              label={`${p.label}: min`}
              placeholder="min"
              value={lo ?? undefined}
              onChange={(v) => set(0, v)}
              disabled={p.disabled}
            />
            <ScalarInput
              type={rangeType}
              label={`${p.label}: max`}
              placeholder="max"
              value={hi ?? undefined}
              onChange={(v) => set(1, v)}
              disabled={p.disabled}
            />
          </Group>
        </Stack>
      </FieldGroup>
    );
  }
  const scalar = Array.isArray(p.value) ? undefined : p.value;
  return (
    <FieldGroup props={p}>
      <Stack gap={6}>
        {typeSwitch}
        <ScalarInput
          id={p.id}
          type={type}
          label={p.label}
          value={scalar}
          onChange={p.onChange}
          disabled={p.disabled}
        />
      </Stack>
    </FieldGroup>
  );
}

/** An optional `{ property, op, value }` filter (aggregates: only events where …). */
export function FilterWidget(p: WidgetProps) {
  const filter = isObject(p.value) ? p.value : undefined;
  const schema = propertiesOf(p.schema);
  const nestedCtx = {
    ...p.ctx,
    args: {
      ...(filter ?? {}),
      ...(typeof p.ctx.args.eventType === 'string' && { eventType: p.ctx.args.eventType }),
    },
  };
  const set = (key: string, v: JsonValue | undefined) => {
    const next: JsonObject = { ...(filter ?? {}) };
    if (v === undefined) delete next[key];
    else next[key] = v;
    p.onChange(next);
  };
  return (
    <FieldGroup props={p}>
      <Stack gap="xs">
        <Switch
          id={p.id}
          label="Only count some events"
          checked={!!filter}
          onChange={(e) => p.onChange(e.currentTarget.checked ? { property: '', op: 'eq' } : undefined)}
          disabled={p.disabled}
        />
        {filter && (
          <Stack gap="xs" pl="sm" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
            <PathPicker
              id={`${p.id}-property`}
              label="Property"
              required
              value={filter.property}
              onChange={(v) => set('property', v)}
              schema={schema.property ?? {}}
              ctx={nestedCtx}
              disabled={p.disabled}
            />
            <OperatorWidget
              id={`${p.id}-op`}
              label="Operator"
              required
              value={filter.op}
              onChange={(v) => set('op', v)}
              schema={schema.op ?? {}}
              ctx={nestedCtx}
              disabled={p.disabled}
            />
            <ValueWidget
              id={`${p.id}-value`}
              label="Value"
              required={false}
              value={filter.value}
              onChange={(v) => set('value', v)}
              schema={schema.value ?? {}}
              ctx={nestedCtx}
              disabled={p.disabled}
            />
          </Stack>
        )}
      </Stack>
    </FieldGroup>
  );
}

interface Arm {
  id: string;
  label: string;
  percent: number | undefined;
  control: boolean;
}

function readArms(value: JsonValue | undefined): Arm[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((a) => ({
    id: typeof a.id === 'string' ? a.id : '',
    label: typeof a.label === 'string' ? a.label : '',
    percent: typeof a.percent === 'number' ? a.percent : undefined,
    control: a.control === true,
  }));
}

const writeArms = (arms: Arm[]): JsonValue =>
  arms.map((a) => ({
    id: a.id,
    label: a.label,
    ...(a.percent !== undefined && { percent: a.percent }),
    ...(a.control && { control: true }),
  }));

/** Split arms: id, label, percent (summing to 100) and the control flag, one row each. */
export function ArmsWidget(p: WidgetProps) {
  const arms = readArms(p.value);
  const itemSchema = propertiesOf(itemsOf(p.schema));
  const maxArms = numberBound(p.schema, 'maximum') ?? 20;
  const total = arms.reduce((s, a) => s + (a.percent ?? 0), 0);
  const set = (next: Arm[]) => p.onChange(writeArms(next));
  const update = (i: number, patch: Partial<Arm>) =>
    set(arms.map((a, k) => (k === i ? { ...a, ...patch } : a)));
  const freshId = () => {
    for (let n = arms.length + 1; ; n++) if (!arms.some((a) => a.id === `arm-${n}`)) return `arm-${n}`;
  };
  const even = () => {
    const share = Math.floor((100 / arms.length) * 100) / 100;
    set(
      arms.map((a, i) => ({
        ...a,
        percent: i === arms.length - 1 ? Math.round((100 - share * (arms.length - 1)) * 100) / 100 : share,
      })),
    );
  };
  return (
    <FieldGroup props={p}>
      <Stack gap={6}>
        {arms.map((arm, i) => (
          <Group key={i} gap={4} wrap="nowrap" align="center">
            <TextInput
              id={i === 0 ? p.id : undefined}
              aria-label={`Arm ${i + 1} id`}
              placeholder="id"
              value={arm.id}
              onChange={(e) => update(i, { id: e.currentTarget.value })}
              maxLength={typeof itemSchema.id?.maxLength === 'number' ? itemSchema.id.maxLength : 64}
              style={{ flex: 1.4 }}
              disabled={p.disabled}
            />
            <TextInput
              aria-label={`Arm ${i + 1} label`}
              placeholder="label"
              value={arm.label}
              onChange={(e) => update(i, { label: e.currentTarget.value })}
              style={{ flex: 1.2 }}
              disabled={p.disabled}
            />
            <NumberInput
              aria-label={`Arm ${i + 1} percent`}
              suffix="%"
              min={0}
              max={100}
              value={arm.percent ?? ''}
              onChange={(v) => update(i, { percent: numberOrUndefined(v) })}
              style={{ flex: 0.9 }}
              hideControls
              disabled={p.disabled}
            />
            <Checkbox
              aria-label={`Arm ${i + 1} is a control group`}
              title="Control group: actions after this arm are recorded, not performed"
              checked={arm.control}
              onChange={(e) => update(i, { control: e.currentTarget.checked })}
              disabled={p.disabled}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Remove arm ${i + 1}`}
              onClick={() => set(arms.filter((_, k) => k !== i))}
              disabled={p.disabled || arms.length <= 2}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group justify="space-between" gap="xs">
          <Text size="xs" c={Math.abs(total - 100) < 1e-9 ? 'teal' : 'red'} fw={600} aria-live="polite">
            Total {Math.round(total * 100) / 100}% {Math.abs(total - 100) < 1e-9 ? '' : '(must be 100%)'}
          </Text>
          <Group gap={4}>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={even}
              disabled={p.disabled || arms.length === 0}
            >
              Split evenly
            </Button>
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => set([...arms, { id: freshId(), label: '', percent: 0, control: false }])}
              disabled={p.disabled || arms.length >= maxArms}
            >
              Add arm
            </Button>
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          Tick the box of a control arm: its users are measured but get nothing.
        </Text>
      </Stack>
    </FieldGroup>
  );
}

/** The fallback: the value as JSON text, applied when it parses. */
export function JsonWidget(p: WidgetProps) {
  const [text, setText] = useState(() => (p.value === undefined ? '' : JSON.stringify(p.value, null, 2)));
  const [parseError, setParseError] = useState<string>();
  return (
    <JsonInput
      {...common(p)}
      error={parseError ?? p.error}
      value={text}
      onChange={(t) => {
        setText(t);
        if (t.trim() === '') {
          setParseError(undefined);
          p.onChange(undefined);
          return;
        }
        try {
          const parsed = JSON.parse(t) as JsonValue;
          setParseError(undefined);
          p.onChange(parsed);
        } catch {
          setParseError('Not valid JSON yet');
        }
      }}
      rows={5}
      formatOnBlur
      placeholder="{ }"
    />
  );
}
