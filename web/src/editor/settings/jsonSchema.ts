// Reading the catalogue's JSON Schemas (draft 2020-12, as zod emits them) for form generation:
// the schema of one arg, whether it is required, its enum, bounds, default, and whether it allows a
// list. Only what the widgets need; the validator (schema/) stays the judge of what is valid.
import type { JsonValue } from '@couponflow/schema';
import type { CatalogueEntry } from '../model/catalogue';

export type JsonSchema = Record<string, unknown>;

const isRecord = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);

export function propertiesOf(schema: unknown): Record<string, JsonSchema> {
  if (!isRecord(schema) || !isRecord(schema.properties)) return {};
  const out: Record<string, JsonSchema> = {};
  for (const [k, v] of Object.entries(schema.properties)) if (isRecord(v)) out[k] = v;
  return out;
}

export function argSchema(entry: CatalogueEntry, name: string): JsonSchema {
  return propertiesOf(entry.args)[name] ?? {};
}

export function isRequired(schema: unknown, name: string): boolean {
  return isRecord(schema) && Array.isArray(schema.required) && schema.required.includes(name);
}

/** The alternatives of an `anyOf` (or the schema itself). */
export function alternatives(schema: JsonSchema): JsonSchema[] {
  return Array.isArray(schema.anyOf) ? schema.anyOf.filter(isRecord) : [schema];
}

export function enumOf(schema: JsonSchema): string[] {
  return Array.isArray(schema.enum) ? schema.enum.filter((v): v is string => typeof v === 'string') : [];
}

export function typesOf(schema: JsonSchema): string[] {
  return alternatives(schema).flatMap((s) =>
    typeof s.type === 'string'
      ? [s.type]
      : Array.isArray(s.type)
        ? s.type.filter((t) => typeof t === 'string')
        : [],
  );
}

export function allowsArray(schema: JsonSchema): boolean {
  return typesOf(schema).includes('array');
}

export function isInteger(schema: JsonSchema): boolean {
  const types = typesOf(schema);
  return types.includes('integer') && !types.includes('number');
}

export function numberBound(schema: JsonSchema, key: 'minimum' | 'maximum'): number | undefined {
  for (const s of alternatives(schema)) {
    const v = s[key];
    if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  }
  return undefined;
}

export function defaultOf(schema: JsonSchema): JsonValue | undefined {
  const d = schema.default;
  return d === undefined ? undefined : (d as JsonValue);
}

/** The schema of the items of an array schema. */
export function itemsOf(schema: JsonSchema): JsonSchema {
  for (const s of alternatives(schema)) if (isRecord(s.items)) return s.items;
  return {};
}
