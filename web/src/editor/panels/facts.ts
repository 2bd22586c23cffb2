// The simulator's form as data: which event properties to ask for (declared by the event type, or
// read by the rule's conditions), values that pass the rule's conditions (so the form opens ready to
// run), and the facts snapshot `simulateRule` takes, built from the typed inputs.
import type { RuleGraph } from '@couponflow/schema';

export type PropertyType = 'ARRAY' | 'BOOLEAN' | 'INTEGER' | 'NUMBER' | 'OBJECT' | 'STRING';

export interface PropertyField {
  name: string;
  type: PropertyType;
  required: boolean;
  /** Declared by the event type (else only read by a condition of the rule). */
  declared: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The draft's trigger event type, if it has a trigger with one. */
export function triggerEventType(graph: RuleGraph): string | undefined {
  const trigger = graph.nodes.find((n) => n.type === 'trigger.event');
  const t = trigger?.args.eventType;
  return typeof t === 'string' && t.length > 0 ? t : undefined;
}

/** A value for which `op value` holds (best effort; undefined when none can be guessed). */
export function passingValue(op: unknown, value: unknown): unknown {
  const first = Array.isArray(value) ? value[0] : value;
  switch (op) {
    case 'eq':
    case 'gte':
    case 'lte':
    case 'contains':
      return value;
    case 'in':
    case 'between':
      return first;
    case 'gt':
      return typeof value === 'number' ? value + 1 : value;
    case 'lt':
      return typeof value === 'number' ? value - 1 : value;
    case 'ne':
    case 'notIn':
      return typeof first === 'number' ? first + 1 : typeof first === 'string' ? `not-${first}` : undefined;
    case 'exists':
      return value === false ? undefined : true;
    default:
      return undefined;
  }
}

const typeOfValue = (v: unknown): PropertyType =>
  typeof v === 'number'
    ? Number.isInteger(v)
      ? 'INTEGER'
      : 'NUMBER'
    : typeof v === 'boolean'
      ? 'BOOLEAN'
      : Array.isArray(v)
        ? 'ARRAY'
        : isRecord(v)
          ? 'OBJECT'
          : 'STRING';

/** Values that pass the draft's conditions: event properties, user attributes, aggregates, audiences. */
export interface Suggestions {
  properties: Record<string, unknown>;
  attributes: Record<string, unknown>;
  aggregates: Record<string, unknown>[];
  audiences: string[];
  firstTime: boolean;
}

export function suggestFacts(graph: RuleGraph): Suggestions {
  const s: Suggestions = { properties: {}, attributes: {}, aggregates: [], audiences: [], firstTime: false };
  for (const node of graph.nodes) {
    const a = node.args;
    switch (node.type) {
      case 'condition.eventProperty': {
        const v = passingValue(a.op, a.value);
        // Top-level properties only; a dotted path is typed in the JSON of an object property.
        if (typeof a.property === 'string' && !a.property.includes('.') && v !== undefined)
          s.properties[a.property] ??= v;
        break;
      }
      case 'condition.userAttribute': {
        const v = passingValue(a.op, a.value);
        if (typeof a.attribute === 'string' && !a.attribute.includes('.') && v !== undefined)
          s.attributes[a.attribute] ??= v;
        break;
      }
      case 'condition.aggregate': {
        const v = passingValue(a.op, a.value);
        const { op: _op, value: _value, ...query } = a;
        if (typeof v === 'number') s.aggregates.push({ ...query, value: v });
        break;
      }
      case 'condition.audience':
        if (typeof a.audienceId === 'string' && !s.audiences.includes(a.audienceId))
          s.audiences.push(a.audienceId);
        break;
      case 'condition.firstTime':
        s.firstTime = true;
        break;
    }
  }
  return s;
}

/** The properties to ask for: the declared ones (in order), then those only the rule reads. */
export function propertyFields(
  declared: readonly { name: string; type: PropertyType; required: boolean }[],
  suggestions: Suggestions,
): PropertyField[] {
  const fields: PropertyField[] = declared.map((p) => ({ ...p, declared: true }));
  const names = new Set(fields.map((f) => f.name));
  for (const [name, value] of Object.entries(suggestions.properties))
    if (!names.has(name)) fields.push({ name, type: typeOfValue(value), required: false, declared: false });
  return fields;
}

/** A value as the text of its input: numbers and strings as typed, booleans true/false, JSON otherwise. */
export function toInputText(type: PropertyType, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (type === 'ARRAY' || type === 'OBJECT') return JSON.stringify(value);
  return String(value);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** An input's text as the property's JSON value; undefined for an empty input (not sent). */
export function parseInput(type: PropertyType, text: string): Parsed<unknown> {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  switch (type) {
    case 'INTEGER': {
      const n = Number(t);
      return Number.isSafeInteger(n) ? { ok: true, value: n } : { ok: false, error: 'a whole number' };
    }
    case 'NUMBER': {
      const n = Number(t);
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, error: 'a number' };
    }
    case 'BOOLEAN':
      return t === 'true' || t === 'false'
        ? { ok: true, value: t === 'true' }
        : { ok: false, error: 'true or false' };
    case 'STRING':
      return { ok: true, value: text };
    case 'ARRAY':
    case 'OBJECT': {
      try {
        const v: unknown = JSON.parse(t);
        if (type === 'ARRAY' ? Array.isArray(v) : isRecord(v)) return { ok: true, value: v };
        return { ok: false, error: type === 'ARRAY' ? 'a JSON array' : 'a JSON object' };
      } catch {
        return { ok: false, error: 'valid JSON' };
      }
    }
  }
}

/** A JSON text that must hold an object (attributes) or an array (aggregates). */
export function parseJsonText(text: string, shape: 'object' | 'array'): Parsed<unknown> {
  if (text.trim() === '') return { ok: true, value: shape === 'object' ? {} : [] };
  try {
    const v: unknown = JSON.parse(text);
    if (shape === 'object' ? isRecord(v) : Array.isArray(v)) return { ok: true, value: v };
    return { ok: false, error: shape === 'object' ? 'Expected a JSON object' : 'Expected a JSON array' };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : 'Invalid JSON' };
  }
}

/** ISO 8601 at second precision (the API's DateTime). */
export const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
