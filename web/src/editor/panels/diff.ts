// The visual diff of two rule graphs, computed on documents (never on canvas state; STYLE item 16).
// Nodes are matched by id: a node only in `after` is added, only in `before` removed, in both with a
// different type or args changed (a move is not a change: positions are layout). Edges are matched by
// what they connect (source, target, source handle), so an edge deleted and drawn again is the same edge.
// The result carries the union of both graphs, so the canvas can paint removed nodes and edges too.
import type { RuleEdge, RuleGraph, RuleNode } from '@couponflow/schema';

export type NodeChange = 'added' | 'removed' | 'changed' | 'same';
export type EdgeChange = 'added' | 'removed' | 'same';

/** What changed inside one node that is in both graphs. */
export interface NodeFieldChange {
  /** `type`, or `args.<key>` for a top-level arg. */
  field: string;
  before: unknown;
  after: unknown;
}

export interface GraphDiff {
  /** Both graphs in one: every node and edge of `after`, plus those removed from `before`. */
  graph: RuleGraph;
  /** Status per node id of the union graph. */
  nodes: Record<string, NodeChange>;
  /** Status per edge id of the union graph. */
  edges: Record<string, EdgeChange>;
  /** The fields that differ, per changed node. */
  fields: Record<string, NodeFieldChange[]>;
  counts: {
    nodes: Record<Exclude<NodeChange, 'same'>, number>;
    edges: Record<Exclude<EdgeChange, 'same'>, number>;
  };
  /** False when the two graphs do the same thing (layout aside). */
  changed: boolean;
}

/** The identity of an edge: what it connects. A trigger's edge may omit its `out` handle. */
export function edgeKey(edge: Pick<RuleEdge, 'source' | 'target' | 'sourceHandle'>): string {
  return JSON.stringify([edge.source, edge.target, edge.sourceHandle ?? null]);
}

/** Deep equality of JSON values; object key order does not matter. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(rb, k) && sameJson(ra[k], rb[k]));
}

function nodeFields(before: RuleNode, after: RuleNode): NodeFieldChange[] {
  const out: NodeFieldChange[] = [];
  if (before.type !== after.type) out.push({ field: 'type', before: before.type, after: after.type });
  const keys = [...new Set([...Object.keys(before.args), ...Object.keys(after.args)])].sort();
  for (const key of keys) {
    const a = before.args[key];
    const b = after.args[key];
    if (!sameJson(a, b)) out.push({ field: `args.${key}`, before: a, after: b });
  }
  return out;
}

/** The changes that turn `before` into `after`. */
export function diffGraphs(before: RuleGraph, after: RuleGraph): GraphDiff {
  const nodes: Record<string, NodeChange> = {};
  const fields: Record<string, NodeFieldChange[]> = {};
  const counts = { nodes: { added: 0, removed: 0, changed: 0 }, edges: { added: 0, removed: 0 } };
  const beforeNodes = new Map(before.nodes.map((n) => [n.id, n]));
  const afterIds = new Set(after.nodes.map((n) => n.id));

  const unionNodes: RuleNode[] = [];
  for (const node of after.nodes) {
    const old = beforeNodes.get(node.id);
    unionNodes.push(node);
    if (!old) {
      nodes[node.id] = 'added';
      counts.nodes.added++;
      continue;
    }
    const changes = nodeFields(old, node);
    if (changes.length === 0) nodes[node.id] = 'same';
    else {
      nodes[node.id] = 'changed';
      fields[node.id] = changes;
      counts.nodes.changed++;
    }
  }
  for (const node of before.nodes) {
    if (afterIds.has(node.id)) continue;
    unionNodes.push(node);
    nodes[node.id] = 'removed';
    counts.nodes.removed++;
  }

  const edges: Record<string, EdgeChange> = {};
  const beforeKeys = new Set(before.edges.map(edgeKey));
  const afterKeys = new Set(after.edges.map(edgeKey));
  const unionEdges: RuleEdge[] = [];
  const usedIds = new Set<string>();
  for (const edge of after.edges) {
    const status: EdgeChange = beforeKeys.has(edgeKey(edge)) ? 'same' : 'added';
    unionEdges.push(edge);
    usedIds.add(edge.id);
    edges[edge.id] = status;
    if (status === 'added') counts.edges.added++;
  }
  for (const edge of before.edges) {
    if (afterKeys.has(edgeKey(edge))) continue;
    // A removed edge keeps its id unless `after` reuses it for another connection.
    let id = edge.id;
    for (let k = 1; usedIds.has(id); k++) id = `${edge.id}~removed${k > 1 ? k : ''}`;
    usedIds.add(id);
    unionEdges.push({ ...edge, id });
    edges[id] = 'removed';
    counts.edges.removed++;
  }

  const changed =
    counts.nodes.added +
      counts.nodes.removed +
      counts.nodes.changed +
      counts.edges.added +
      counts.edges.removed >
    0;
  return {
    graph: { version: after.version, nodes: unionNodes, edges: unionEdges },
    nodes,
    edges,
    fields,
    counts,
    changed,
  };
}
