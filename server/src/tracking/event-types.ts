// Event types: property schemas and the per-event validation `track` applies.
import type { PropertyDef, PropertyType } from './tracking.entity';

export const DEFAULT_EVENT_TYPES: { name: string; description: string; properties: PropertyDef[] }[] = [
  {
    name: 'user.signed_up',
    description: 'A user created an account.',
    properties: [{ name: 'channel', type: 'STRING', required: false }],
  },
  {
    name: 'order.paid',
    description: 'An order was paid (amount in minor units).',
    properties: [
      { name: 'orderId', type: 'STRING', required: false },
      { name: 'amount', type: 'INTEGER', required: true },
      { name: 'currency', type: 'STRING', required: false },
      { name: 'merchantId', type: 'STRING', required: false },
    ],
  },
  {
    name: 'cart.abandoned',
    description: 'A cart was left without checkout (value in minor units).',
    properties: [
      { name: 'cartId', type: 'STRING', required: false },
      { name: 'value', type: 'INTEGER', required: false },
    ],
  },
  {
    name: 'page.viewed',
    description: 'A page was viewed.',
    properties: [
      { name: 'path', type: 'STRING', required: true },
      { name: 'referrer', type: 'STRING', required: false },
    ],
  },
];

export const EVENT_TYPE_NAME_RE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
export const PROPERTY_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

const matches = (type: PropertyType, v: unknown): boolean => {
  switch (type) {
    case 'STRING':
      return typeof v === 'string';
    case 'NUMBER':
      return typeof v === 'number' && Number.isFinite(v);
    case 'INTEGER':
      return typeof v === 'number' && Number.isSafeInteger(v);
    case 'BOOLEAN':
      return typeof v === 'boolean';
    case 'OBJECT':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'ARRAY':
      return Array.isArray(v);
  }
};

/** The first problem with an event's properties, naming the property; undeclared properties are kept. */
export function propertyProblem(
  defs: readonly PropertyDef[],
  properties: Record<string, unknown>,
): { field: string; message: string; code: 'MISSING_PROPERTY' | 'INVALID_PROPERTY' } | null {
  for (const d of defs) {
    const v = properties[d.name];
    if (v === undefined || v === null) {
      if (d.required)
        return { code: 'MISSING_PROPERTY', field: `properties.${d.name}`, message: `${d.name} is required` };
      continue;
    }
    if (!matches(d.type, v))
      return {
        code: 'INVALID_PROPERTY',
        field: `properties.${d.name}`,
        message: `${d.name} must be ${d.type.toLowerCase()}, got ${Array.isArray(v) ? 'array' : typeof v}`,
      };
  }
  return null;
}

/** Declared numeric top-level properties: their daily sums are kept incrementally. */
export const numericProperties = (defs: readonly PropertyDef[]): string[] =>
  defs.filter((d) => d.type === 'NUMBER' || d.type === 'INTEGER').map((d) => d.name);
