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
import type { JsonObject } from './json';
import type { UiHint } from './ui';

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

/**
 * A compiled `{ op, value }`: whether an actual value (read from the facts) satisfies it. The operator
 * and the type of the constant are settled when the rule compiles, so each closure below does only the
 * work its operator needs: no dispatch on the operator, no `typeof` of the constant per evaluation.
 */
export type Comparison = (actual: unknown) => boolean;

/** Lists longer than this are hashed; shorter ones are scanned (cheaper for the short lists rules hold). */
const SCAN_LIMIT = 8;

/** Whether `list` holds `value` by `===`. */
function holds(list: readonly unknown[], value: unknown): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === value) return true;
  return false;
}

/**
 * Membership in a list of scalars. A Set agrees with `===` here: the lists hold validated scalars (never
 * NaN, the one value where SameValueZero and `===` differ), and a non-scalar is in neither.
 */
function listMember(list: readonly Scalar[]): Comparison {
  if (list.length === 0) return () => false;
  if (list.length === 1) {
    const only = list[0];
    return (a) => a === only;
  }
  if (list.length <= SCAN_LIMIT) return (a) => holds(list, a);
  const set = new Set<unknown>(list);
  return (a) => set.has(a);
}

/**
 * Prepares an `{ op, value }` pair (already validated, see opValueProblem) into a Comparison.
 * Every operator but `exists` fails on a missing value without testing for it: a missing value is never
 * `===` a scalar, never of the constant's type, never a scalar, an array or a string.
 */
export function compileComparison(op: ComparisonOp, value: ComparisonValue | undefined): Comparison {
  switch (op) {
    case 'eq': {
      const v = value as Scalar;
      return (a) => a === v;
    }
    case 'ne': {
      const v = value as Scalar;
      return (a) => a !== v && isScalar(a);
    }
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return typeof value === 'number' ? orderNumber(op, value) : orderString(op, value as string);
    case 'in':
      return listMember(value as Scalar[]);
    case 'notIn': {
      const member = listMember(value as Scalar[]);
      return (a) => isScalar(a) && !member(a);
    }
    case 'contains': {
      const v = value as Scalar;
      if (typeof v !== 'string') return (a) => Array.isArray(a) && holds(a, v);
      return (a) => (Array.isArray(a) ? holds(a, v) : typeof a === 'string' && a.includes(v));
    }
    case 'between': {
      const bounds = value as [number, number] | [string, string];
      if (typeof bounds[0] === 'number') {
        const [lo, hi] = bounds as [number, number];
        return (a) => typeof a === 'number' && a >= lo && a <= hi;
      }
      const [lo, hi] = bounds as [string, string];
      return (a) => typeof a === 'string' && a >= lo && a <= hi;
    }
    case 'exists':
      return value === false ? (a) => a === undefined || a === null : (a) => a !== undefined && a !== null;
  }
}

/** Where a property condition reads: the event's properties or the user's attributes. */
export type PropertySource = 'event' | 'user';

/** What a property test reads of the facts (facts.ts's Facts and UserFacts have these). */
interface UserPart {
  user: { attributes: JsonObject };
}
interface EventPart {
  event: { properties: JsonObject };
}
/** `event` only for the `event` source. */
type PropertyFacts = UserPart & Partial<EventPart>;
type PropertyTest = (facts: PropertyFacts) => boolean;

/**
 * Prepares `{ op, value }` on the property at `path` of the event or of the user: the test of the
 * eventProperty and userAttribute conditions, `compileComparison` fused with `readPath`.
 *
 * For a one-segment path (the usual case) the common operators' closures read the property themselves,
 * by a read written out once per source: `ev ? f.event.properties[key] : f.user.attributes[key]`. That
 * is for the engine's inline caches: a property read caches the names it meets per source location,
 * and a location that meets many names (one reader shared by every condition) falls back to a generic
 * lookup several times slower. Written this way, a location meets only the names compared with one
 * operator on one source. Each closure is made by a small function of its own, so that it keeps
 * exactly what it reads (one small context: less memory to touch per evaluation).
 *
 * A property holding a function (not JSON) reads as missing, as in readPath: only `exists` can tell,
 * every other operator fails on it anyway.
 */
export function compilePropertyTest(
  source: 'event',
  path: string,
  op: ComparisonOp,
  value: ComparisonValue | undefined,
): (facts: UserPart & EventPart) => boolean;
export function compilePropertyTest(
  source: 'user',
  path: string,
  op: ComparisonOp,
  value: ComparisonValue | undefined,
): (facts: UserPart) => boolean;
export function compilePropertyTest(
  source: PropertySource,
  path: string,
  op: ComparisonOp,
  value: ComparisonValue | undefined,
): PropertyTest {
  const ev = source === 'event';
  const segments = path.split('.');
  if (segments.length > 1) return deepPropertyTest(ev, segments, compileComparison(op, value));
  const key = segments[0]!;
  switch (op) {
    case 'eq':
      return propertyEq(ev, key, value as Scalar);
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      if (typeof value === 'number') return propertyOrder[op](ev, key, value);
      break;
    case 'in': {
      const list = value as Scalar[];
      if (list.length === 1) return propertyEq(ev, key, list[0]!);
      if (list.length <= SCAN_LIMIT) return propertyInList(ev, key, list);
      break;
    }
    case 'exists':
      return value === false ? propertyMissing(ev, key) : propertyPresent(ev, key);
  }
  // The rarer operators (ne, notIn, contains, between, string order, long lists) read here.
  return propertyCompared(ev, key, compileComparison(op, value));
}

const deepPropertyTest =
  (ev: boolean, segments: readonly string[], holds: Comparison): PropertyTest =>
  (f) =>
    holds(readPath(segments, ev ? f.event!.properties : f.user.attributes));

const propertyCompared =
  (ev: boolean, key: string, holds: Comparison): PropertyTest =>
  (f) =>
    holds(ev ? f.event!.properties[key] : f.user.attributes[key]);

const propertyEq =
  (ev: boolean, key: string, v: Scalar): PropertyTest =>
  (f) =>
    (ev ? f.event!.properties[key] : f.user.attributes[key]) === v;

const propertyInList =
  (ev: boolean, key: string, list: readonly Scalar[]): PropertyTest =>
  (f) =>
    holds(list, ev ? f.event!.properties[key] : f.user.attributes[key]);

const propertyPresent =
  (ev: boolean, key: string): PropertyTest =>
  (f) => {
    const a = ev ? f.event!.properties[key] : f.user.attributes[key];
    return a !== undefined && a !== null && typeof a !== 'function';
  };

const propertyMissing =
  (ev: boolean, key: string): PropertyTest =>
  (f) => {
    const a = ev ? f.event!.properties[key] : f.user.attributes[key];
    return a === undefined || a === null || typeof a === 'function';
  };

/** Number order, one closure per operator. */
const propertyOrder: Record<
  'lt' | 'lte' | 'gt' | 'gte',
  (ev: boolean, key: string, v: number) => PropertyTest
> = {
  lt: (ev, key, v) => (f) => {
    const a = ev ? f.event!.properties[key] : f.user.attributes[key];
    return typeof a === 'number' && a < v;
  },
  lte: (ev, key, v) => (f) => {
    const a = ev ? f.event!.properties[key] : f.user.attributes[key];
    return typeof a === 'number' && a <= v;
  },
  gt: (ev, key, v) => (f) => {
    const a = ev ? f.event!.properties[key] : f.user.attributes[key];
    return typeof a === 'number' && a > v;
  },
  gte: (ev, key, v) => (f) => {
    const a = ev ? f.event!.properties[key] : f.user.attributes[key];
    return typeof a === 'number' && a >= v;
  },
};

function orderNumber(op: 'lt' | 'lte' | 'gt' | 'gte', v: number): Comparison {
  switch (op) {
    case 'lt':
      return (a) => typeof a === 'number' && a < v;
    case 'lte':
      return (a) => typeof a === 'number' && a <= v;
    case 'gt':
      return (a) => typeof a === 'number' && a > v;
    case 'gte':
      return (a) => typeof a === 'number' && a >= v;
  }
}

/** Strings order by UTF-16 code unit (so ISO dates order correctly). */
function orderString(op: 'lt' | 'lte' | 'gt' | 'gte', v: string): Comparison {
  switch (op) {
    case 'lt':
      return (a) => typeof a === 'string' && a < v;
    case 'lte':
      return (a) => typeof a === 'string' && a <= v;
    case 'gt':
      return (a) => typeof a === 'string' && a > v;
    case 'gte':
      return (a) => typeof a === 'string' && a >= v;
  }
}
