// A dynamic audience's expression (`{all:[…]} | {any:[…]} | {not:…} | {block, args}`) as an editable
// tree: groups (AND / OR) of conditions and nested groups, each item optionally negated. Pure: the
// builder renders it, the tests check the round trip.
import type { JsonObject, JsonValue } from '@couponflow/schema';

export type GroupOp = 'all' | 'any';

export interface CondLeaf {
  kind: 'leaf';
  key: string;
  negate: boolean;
  block: string;
  args: JsonObject;
}

export interface CondGroup {
  kind: 'group';
  key: string;
  negate: boolean;
  op: GroupOp;
  children: CondNode[];
}

export type CondNode = CondLeaf | CondGroup;

let counter = 0;
export const newKey = (): string => `c${++counter}`;

export const emptyGroup = (op: GroupOp = 'all'): CondGroup => ({
  kind: 'group',
  key: newKey(),
  negate: false,
  op,
  children: [],
});

export const leaf = (block: string, args: JsonObject = {}): CondLeaf => ({
  kind: 'leaf',
  key: newKey(),
  negate: false,
  block,
  args,
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads an expression; the root is always a group (a lone condition becomes a group of one). */
export function fromExpression(expression: unknown): CondGroup {
  const node = readNode(expression, false);
  if (!node) return emptyGroup();
  if (node.kind === 'group' && !node.negate) return node;
  return { ...emptyGroup(), children: [node] };
}

function readNode(v: unknown, negate: boolean): CondNode | null {
  if (!isRecord(v)) return null;
  if ('not' in v) return readNode(v.not, !negate);
  for (const op of ['all', 'any'] as const)
    if (Array.isArray(v[op]))
      return {
        kind: 'group',
        key: newKey(),
        negate,
        op,
        children: (v[op] as unknown[]).map((c) => readNode(c, false)).filter((c) => c !== null),
      };
  if (typeof v.block === 'string')
    return {
      kind: 'leaf',
      key: newKey(),
      negate,
      block: v.block,
      args: isRecord(v.args) ? (v.args as JsonObject) : {},
    };
  return null;
}

/** The expression the server reads. */
export function toExpression(node: CondNode): JsonValue {
  const inner: JsonValue =
    node.kind === 'leaf'
      ? { block: node.block, args: node.args }
      : { [node.op]: node.children.map((c) => toExpression(c)) };
  return node.negate ? { not: inner } : inner;
}

/** Number of conditions (leaves) in a tree. */
export const countLeaves = (node: CondNode): number =>
  node.kind === 'leaf' ? 1 : node.children.reduce((n, c) => n + countLeaves(c), 0);

/** The tree with the node of `key` replaced by `f(node)` (null removes it). */
export function updateNode(root: CondGroup, key: string, f: (n: CondNode) => CondNode | null): CondGroup {
  const walk = (n: CondNode): CondNode | null => {
    if (n.key === key) return f(n);
    if (n.kind === 'leaf') return n;
    const children = n.children.map(walk).filter((c): c is CondNode => c !== null);
    return children.length === n.children.length && children.every((c, i) => c === n.children[i])
      ? n
      : { ...n, children };
  };
  const out = walk(root);
  return out && out.kind === 'group' ? out : emptyGroup();
}

/** Reads an item in words: "NOT (A AND B)". */
export function describe(node: CondNode, label: (block: string) => string): string {
  const text =
    node.kind === 'leaf'
      ? label(node.block)
      : node.children.length === 0
        ? '(nothing)'
        : `(${node.children.map((c) => describe(c, label)).join(node.op === 'all' ? ' AND ' : ' OR ')})`;
  return node.negate ? `NOT ${text}` : text;
}
