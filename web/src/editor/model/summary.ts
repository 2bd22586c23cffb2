// A one-line summary of a node's args for the canvas ("amount ≥ 10000", "order.paid count last 30
// days ≥ 3"), generated from the catalogue's UI hints: one formatter per widget, none per block.
import type { JsonValue, UiHint } from '@couponflow/schema';

export const operatorLabels: Record<string, { symbol: string; label: string }> = {
  eq: { symbol: '=', label: 'equals' },
  ne: { symbol: '≠', label: 'does not equal' },
  lt: { symbol: '<', label: 'less than' },
  lte: { symbol: '≤', label: 'at most' },
  gt: { symbol: '>', label: 'greater than' },
  gte: { symbol: '≥', label: 'at least' },
  in: { symbol: 'in', label: 'is one of' },
  notIn: { symbol: 'not in', label: 'is none of' },
  contains: { symbol: 'contains', label: 'contains' },
  between: { symbol: 'between', label: 'between (inclusive)' },
  exists: { symbol: 'exists', label: 'exists' },
};

export const weekdayNames = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

const isObject = (v: unknown): v is Record<string, JsonValue> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const scalar = (v: JsonValue | undefined): string =>
  v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

export function formatMoney(minor: number): string {
  return (minor / 100).toFixed(2);
}

function formatComparison(op: JsonValue | undefined, value: JsonValue | undefined): string {
  const symbol = typeof op === 'string' ? (operatorLabels[op]?.symbol ?? op) : '';
  if (op === 'exists') return value === false ? 'is missing' : 'exists';
  if (op === 'between' && Array.isArray(value))
    return `${symbol} ${scalar(value[0])} and ${scalar(value[1])}`;
  if (Array.isArray(value)) return `${symbol} ${value.map(scalar).join(', ')}`;
  return [symbol, scalar(value)].filter(Boolean).join(' ');
}

function formatArg(
  hint: UiHint,
  value: JsonValue,
  args: Record<string, JsonValue>,
  names: ReadonlyMap<string, string> | undefined,
): string {
  switch (hint.widget) {
    case 'template':
    case 'audience':
      return typeof value === 'string' ? (names?.get(value) ?? value) : scalar(value);
    case 'operator':
      return formatComparison(value, args.value);
    case 'value':
      return typeof args.op === 'string' ? '' : scalar(value); // shown with its operator
    case 'number':
      if (typeof args.op === 'string') return ''; // the aggregate's value, shown with its operator
      return scalar(value);
    case 'money':
      return typeof value === 'number' ? formatMoney(value) : scalar(value);
    case 'boolean':
      return value === false ? `not: ${hint.label.toLowerCase()}` : '';
    case 'window':
      if (isObject(value) && typeof value.days === 'number') return `last ${value.days} days`;
      if (isObject(value) && typeof value.since === 'string') return `since ${value.since}`;
      return '';
    case 'filter':
      return isObject(value)
        ? `where ${scalar(value.property)} ${formatComparison(value.op, value.value)}`
        : '';
    case 'weekdays':
      return Array.isArray(value)
        ? value.map((d) => (typeof d === 'number' ? (weekdayNames[d - 1] ?? d) : d)).join(' ')
        : '';
    case 'hours':
      return isObject(value) ? `${scalar(value.from)}–${scalar(value.to)} h` : '';
    case 'date':
      return `${hint.label.toLowerCase()} ${scalar(value)}`;
    case 'arms':
      return Array.isArray(value)
        ? value
            .map((arm) =>
              isObject(arm) ? `${scalar(arm.label) || scalar(arm.id)} ${scalar(arm.percent)}%` : '',
            )
            .join(' · ')
        : '';
    case 'tags':
      return Array.isArray(value) ? value.map(scalar).join(', ') : scalar(value);
    case 'json':
      return '';
    default:
      return scalar(value);
  }
}

/** The args in one line; `names` turns template and audience ids into their names. */
export function summarizeArgs(
  ui: Readonly<Record<string, UiHint>>,
  args: Record<string, JsonValue>,
  names?: ReadonlyMap<string, string>,
): string {
  const parts: string[] = [];
  for (const [name, hint] of Object.entries(ui)) {
    const value = args[name];
    if (value === undefined || value === null || value === '') continue;
    const text = formatArg(hint, value, args, names);
    if (text) parts.push(text);
  }
  return parts.join(' ');
}
