// Comparisons shared by the condition blocks (event property, user attribute, aggregate filter):
// the operator list, the arg schema of an `{ op, value }` pair, dot paths, and the compiled comparator.
//
// Semantics (the interpreter implements the same rules independently, as the test oracle):
// - A missing value (absent, or null) fails every operator except `exists`.
// - No coercion: 1 and "1" are different values (so `ne` holds); an operator whose types do not fit
//   fails (an array or object is never eq, ne, in or notIn anything; a string is never lt a number).
// - eq/ne: strict equality on number | string | boolean. lt/lte/gt/gte: both numbers or both strings
//   (strings compare by code unit, so ISO dates order correctly). in/notIn: the value is a scalar
//   listed (not listed) in the array. contains: an array value holds the element, or a string value
//   holds the substring. between: min <= value <= max, both ends included. exists: present (true,
//   the default) or missing (false).
import { z } from 'zod';
import type { UiHint } from './block';

export const comparisonOps = [
  'eq',
  'ne',
  'lt',
  'lte',
  'gt',
  'gte',
  'in',
  'notIn',
  'contains',
  'between',
  'exists',
] as const;
export type ComparisonOp = (typeof comparisonOps)[number];

/** Operators that make sense on a number (aggregates). */
export const numericOps = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'between'] as const;

export const scalarSchema = z.union([z.number(), z.string(), z.boolean()]);
export type Scalar = z.infer<typeof scalarSchema>;

export const comparisonValueSchema = z.union([scalarSchema, z.array(scalarSchema)]);
export type ComparisonValue = z.infer<typeof comparisonValueSchema>;

/** Names inherited by every object: never path segments, so that reading a path sees own properties only. */
const inheritedNames = new Set(Object.getOwnPropertyNames(Object.prototype));

/** A dot path into a JSON object: `amount`, `address.country`, `items.0.sku`. */
export const pathSchema = z
  .string()
  .regex(/^[^.\s]+(\.[^.\s]+)*$/, 'a dot path such as "amount" or "address.country"')
  .refine((p) => !p.split('.').some((s) => inheritedNames.has(s)), {
    message: `path segments cannot be ${[...inheritedNames].join(', ')}`,
  });

export const isScalar = (v: unknown): v is Scalar =>
  typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';

/** The reason an `{ op, value }` pair is invalid, or undefined when it is fine. */
export function opValueProblem(op: ComparisonOp, value: ComparisonValue | undefined): string | undefined {
  switch (op) {
    case 'eq':
    case 'ne':
    case 'contains':
      return isScalar(value) ? undefined : `${op} needs a number, string or boolean value`;
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return typeof value === 'number' || typeof value === 'string'
        ? undefined
        : `${op} needs a number or string value`;
    case 'in':
    case 'notIn':
      return Array.isArray(value) ? undefined : `${op} needs an array of values`;
    case 'between': {
      if (!Array.isArray(value) || value.length !== 2) return 'between needs [min, max]';
      const [lo, hi] = value;
      const sameType =
        (typeof lo === 'number' && typeof hi === 'number') ||
        (typeof lo === 'string' && typeof hi === 'string');
      if (!sameType) return 'between needs two numbers or two strings';
      return lo! <= hi! ? undefined : 'between needs min <= max';
    }
    case 'exists':
      return value === undefined || typeof value === 'boolean' ? undefined : 'exists takes true or false';
  }
}

/** Adds a zod issue at `value` when the op/value pair does not fit (use in `.superRefine`). */
export function checkOpValue(
  args: { op: ComparisonOp; value?: ComparisonValue | undefined },
  ctx: z.RefinementCtx,
  path: (string | number)[] = [],
): void {
  const problem = opValueProblem(args.op, args.value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [...path, 'value'] });
}

/** The `{ op, value }` part of a comparison, as a zod shape to spread into an object. */
export const comparisonShape = {
  op: z.enum(comparisonOps),
  value: comparisonValueSchema.optional(),
};

/** UI hints of the `{ op, value }` pair. */
export const compareUi = {
  op: { label: 'Operator', widget: 'operator' },
  value: {
    label: 'Value',
    widget: 'value',
    help: 'A number, string or boolean; a list for in/notIn; [min, max] for between; true/false for exists',
  },
} satisfies Record<string, UiHint>;

/**
 * Reads a dot path (split into segments) from JSON. It reads own properties only: segments never name
 * an Object.prototype member (see pathSchema), and an inherited array method reads as missing.
 * One plain function (not a closure per path) so that the engine inlines it.
 */
export function readPath(segments: readonly string[], root: unknown): unknown {
  if (segments.length === 1 && typeof root === 'object' && root !== null) {
    const value = (root as Record<string, unknown>)[segments[0]!];
    return typeof value === 'function' ? undefined : value;
  }
  let value = root;
  for (let i = 0; i < segments.length && value !== undefined; i++) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[segments[i]!]
        : undefined;
  }
  return typeof value === 'function' ? undefined : value;
}

/** Operator codes for `compare`: a switch over small integers is faster than over strings. */
const enum Op {
  Eq,
  Ne,
  Lt,
  Lte,
  Gt,
  Gte,
  In,
  NotIn,
  Contains,
  Between,
  Exists,
}

/** A compiled `{ op, value }`. */
export interface Comparator {
  op: Op;
  /** The value; for exists: whether the value must be present. */
  value: unknown;
  /** in/notIn: the listed values. */
  list: readonly unknown[];
  /** between: the bounds. */
  lo: unknown;
  hi: unknown;
}

/** Prepares an `{ op, value }` pair (already validated) for `compare`. */
export function compileComparison(op: ComparisonOp, value: ComparisonValue | undefined): Comparator {
  const pair = op === 'between' ? (value as [number, number] | [string, string]) : undefined;
  return {
    op: comparisonOps.indexOf(op) as Op,
    value: op === 'exists' ? value !== false : value,
    list: Array.isArray(value) ? value : [],
    lo: pair?.[0],
    hi: pair?.[1],
  };
}

/** Whether `list` holds `value` (lists in rules are short: a scan beats hashing). */
function holds(list: readonly unknown[], value: unknown): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === value) return true;
  return false;
}

/** Applies a compiled comparison to an actual value. One function with a switch, so that it inlines. */
export function compare(c: Comparator, a: unknown): boolean {
  if (a === undefined || a === null) return c.op === Op.Exists && c.value === false;
  const v = c.value;
  switch (c.op) {
    case Op.Eq:
      return a === v;
    case Op.Ne:
      return isScalar(a) && a !== v;
    case Op.Lt:
      return typeof a === typeof v && (a as number) < (v as number);
    case Op.Lte:
      return typeof a === typeof v && (a as number) <= (v as number);
    case Op.Gt:
      return typeof a === typeof v && (a as number) > (v as number);
    case Op.Gte:
      return typeof a === typeof v && (a as number) >= (v as number);
    case Op.In:
      return isScalar(a) && holds(c.list, a);
    case Op.NotIn:
      return isScalar(a) && !holds(c.list, a);
    case Op.Contains:
      return Array.isArray(a) ? holds(a, v) : typeof a === 'string' && typeof v === 'string' && a.includes(v);
    case Op.Between:
      return (
        typeof a === typeof c.lo && (a as number) >= (c.lo as number) && (a as number) <= (c.hi as number)
      );
    case Op.Exists:
      return v === true;
  }
}
