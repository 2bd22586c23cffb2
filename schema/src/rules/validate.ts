// Pass 1: validation. Returns every problem at once, each naming the nodes and edges involved, so the
// editor can paint them. Linear in the size of the graph (plus a Tarjan pass only when there is a cycle).
import type { BlockDef } from './block';
import {
  MAX_EDGES,
  MAX_NODES,
  type RuleEdge,
  type RuleGraph,
  type RuleGraphIssue,
  type RuleNode,
  formatPath,
  parseRuleGraph,
} from './document';
import { getBlock, outputHandles } from './registry';

export interface ValidationResult {
  valid: boolean;
  issues: RuleGraphIssue[];
}

export interface AnalysedNode {
  node: RuleNode;
  /** Undefined for an unknown block. */
  def: BlockDef | undefined;
  /** Parsed args (defaults applied), undefined when they are invalid. */
  args: Record<string, unknown> | undefined;
}

export interface AnalysedEdge {
  edge: RuleEdge;
  source: number;
  target: number;
  /** The resolved source handle (undefined when it could not be resolved: a BAD_PORT issue says why). */
  handle: string | undefined;
}

/** What validation learnt about a graph; the compiler builds on it when there are no issues. */
export interface GraphAnalysis {
  issues: RuleGraphIssue[];
  nodes: AnalysedNode[];
  /** Edges between existing, distinct nodes. */
  edges: AnalysedEdge[];
  /** Node indexes in topological order (complete when there is no cycle); ties keep document order. */
  order: number[];
}

export function validateRuleGraph(graph: RuleGraph): ValidationResult {
  const { issues } = analyseRuleGraph(graph);
  return { valid: issues.length === 0, issues };
}

/** Parses untrusted JSON and validates it: the one call an editor or an API needs. */
export function checkRuleGraph(input: unknown): ValidationResult & { graph?: RuleGraph } {
  const parsed = parseRuleGraph(input);
  if (!parsed.ok) return { valid: false, issues: parsed.issues };
  return { ...validateRuleGraph(parsed.graph), graph: parsed.graph };
}

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (o, key) => (typeof o === 'object' && o !== null ? (o as Record<PropertyKey, unknown>)[key] : undefined),
    root,
  );

/** Parses a node's args with its block's schema; reports ARG_REQUIRED / ARG_INVALID with the zod path. */
export function parseNodeArgs(
  def: BlockDef,
  args: unknown,
  report: (issue: Omit<RuleGraphIssue, 'nodeIds'>) => void,
): Record<string, unknown> | undefined {
  const parsed = def.args.safeParse(args);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const missing = path.length > 0 && valueAt(args, path) === undefined;
    report({
      code: missing ? 'ARG_REQUIRED' : 'ARG_INVALID',
      message: `${def.code} ${path.length > 0 ? `args.${formatPath(path)}` : 'args'}: ${issue.message}`,
      path,
    });
  }
  return undefined;
}

export function analyseRuleGraph(graph: RuleGraph): GraphAnalysis {
  const issues: RuleGraphIssue[] = [];
  if (graph.nodes.length > MAX_NODES || graph.edges.length > MAX_EDGES) {
    issues.push({
      code: 'TOO_LARGE',
      message: `${graph.nodes.length} nodes and ${graph.edges.length} edges; at most ${MAX_NODES} nodes and ${MAX_EDGES} edges`,
    });
    return { issues, nodes: [], edges: [], order: [] };
  }
  const { nodes, indexById, duplicateNode } = analyseNodes(graph, issues);
  const triggers = checkNodeCounts(nodes, issues);
  const { edges, inDegree } = analyseEdges(graph, nodes, indexById, issues);
  checkLogicArity(nodes, inDegree, duplicateNode, issues);
  const outgoing: number[][] = nodes.map(() => []);
  edges.forEach((e, k) => outgoing[e.source]!.push(k));
  const order = checkCycles(nodes, edges, outgoing, inDegree, issues);
  if (triggers.length > 0)
    checkReachability(
      nodes,
      edges,
      outgoing,
      triggers.map((t) => indexById.get(t.node.id)!),
      duplicateNode,
      issues,
    );
  return { issues, nodes, edges, order };
}

/** Nodes: ids, blocks, args. */
function analyseNodes(graph: RuleGraph, issues: RuleGraphIssue[]) {
  const indexById = new Map<string, number>();
  const duplicateNode = new Set<number>();
  const nodes: AnalysedNode[] = graph.nodes.map((node, i) => {
    if (indexById.has(node.id)) {
      duplicateNode.add(i);
      issues.push({
        code: 'DUPLICATE_ID',
        message: `more than one node has id "${node.id}"`,
        nodeIds: [node.id],
      });
    } else indexById.set(node.id, i);
    const def = getBlock(node.type);
    if (!def) {
      issues.push({ code: 'UNKNOWN_BLOCK', message: `unknown block "${node.type}"`, nodeIds: [node.id] });
      return { node, def, args: undefined };
    }
    const args = parseNodeArgs(def, node.args, (issue) => issues.push({ ...issue, nodeIds: [node.id] }));
    if (args && def.check)
      for (const problem of def.check(args)) issues.push({ ...problem, nodeIds: [node.id] });
    return { node, def, args };
  });

  return { nodes, indexById, duplicateNode };
}

/** One trigger, at most one split; returns the triggers. */
function checkNodeCounts(nodes: readonly AnalysedNode[], issues: RuleGraphIssue[]): AnalysedNode[] {
  const triggers = nodes.filter((n) => n.def?.category === 'trigger');
  if (triggers.length === 0)
    issues.push({ code: 'MISSING_TRIGGER', message: 'a rule needs one trigger node' });
  if (triggers.length > 1) {
    issues.push({
      code: 'MULTIPLE_TRIGGERS',
      message: `a rule has one trigger node, this one has ${triggers.length}`,
      nodeIds: triggers.map((n) => n.node.id),
    });
  }
  const splits = nodes.filter((n) => n.def?.category === 'split');
  if (splits.length > 1) {
    issues.push({
      code: 'MULTIPLE_SPLITS',
      message: `a rule has at most one split node, this one has ${splits.length}`,
      nodeIds: splits.map((n) => n.node.id),
    });
  }

  return triggers;
}

/** Edges: ids, ends, ports. */
function analyseEdges(
  graph: RuleGraph,
  nodes: readonly AnalysedNode[],
  indexById: ReadonlyMap<string, number>,
  issues: RuleGraphIssue[],
): { edges: AnalysedEdge[]; inDegree: number[] } {
  const edgeIds = new Set<string>();
  const edges: AnalysedEdge[] = [];
  const inDegree = new Array<number>(nodes.length).fill(0);
  for (const edge of graph.edges) {
    if (edgeIds.has(edge.id)) {
      issues.push({
        code: 'DUPLICATE_ID',
        message: `more than one edge has id "${edge.id}"`,
        edgeIds: [edge.id],
      });
    }
    edgeIds.add(edge.id);
    const source = indexById.get(edge.source);
    const target = indexById.get(edge.target);
    if (source === undefined || target === undefined) {
      const missing = [source === undefined && edge.source, target === undefined && edge.target].filter(
        Boolean,
      );
      issues.push({
        code: 'DANGLING_EDGE',
        message: `edge ${edge.id} refers to missing node ${missing.map((id) => `"${id}"`).join(' and ')}`,
        edgeIds: [edge.id],
        nodeIds: [source !== undefined && edge.source, target !== undefined && edge.target].filter(
          (id): id is string => typeof id === 'string',
        ),
      });
      continue;
    }
    if (source === target) {
      issues.push({
        code: 'CYCLE',
        message: `edge ${edge.id} loops from node "${edge.source}" to itself`,
        nodeIds: [edge.source],
        edgeIds: [edge.id],
      });
      continue;
    }
    const handle = resolveHandle(nodes[source]!, edge, issues);
    const targetDef = nodes[target]!.def;
    if (targetDef?.ports.inputs === 'none') {
      issues.push({
        code: 'BAD_PORT',
        message: `edge ${edge.id} enters ${targetDef.code} node "${edge.target}", which has no input`,
        nodeIds: [edge.target],
        edgeIds: [edge.id],
      });
    }
    inDegree[target]!++;
    edges.push({ edge, source, target, handle });
  }

  return { edges, inDegree };
}

/** Logic nodes' operand counts. */
function checkLogicArity(
  nodes: readonly AnalysedNode[],
  inDegree: readonly number[],
  duplicateNode: ReadonlySet<number>,
  issues: RuleGraphIssue[],
): void {
  nodes.forEach(({ node, def }, i) => {
    if (duplicateNode.has(i)) return;
    const inputs = def?.ports.inputs;
    const n = inDegree[i]!;
    if (inputs === 'operands' && n === 0) {
      issues.push({
        code: 'LOGIC_ARITY',
        message: `${def!.code} node "${node.id}" has no operand edges`,
        nodeIds: [node.id],
      });
    } else if (inputs === 'operand' && n !== 1) {
      issues.push({
        code: 'LOGIC_ARITY',
        message: `${def!.code} node "${node.id}" takes exactly one operand edge, it has ${n}`,
        nodeIds: [node.id],
      });
    }
  });
}

/** Cycles (Kahn, then Tarjan on what is left); returns the topological order. */
function checkCycles(
  nodes: readonly AnalysedNode[],
  edges: AnalysedEdge[],
  outgoing: number[][],
  inDegree: number[],
  issues: RuleGraphIssue[],
): number[] {
  const order = topologicalOrder(nodes.length, edges, outgoing, inDegree);
  if (order.length < nodes.length) {
    for (const component of cyclicComponents(nodes.length, edges, outgoing, new Set(order))) {
      const members = new Set(component);
      issues.push({
        code: 'CYCLE',
        message: `cycle through nodes ${component.map((i) => `"${nodes[i]!.node.id}"`).join(', ')}`,
        nodeIds: component.map((i) => nodes[i]!.node.id),
        edgeIds: edges.filter((e) => members.has(e.source) && members.has(e.target)).map((e) => e.edge.id),
      });
    }
  }
  return order;
}

/** Every node reachable from the trigger, and some action among them. */
function checkReachability(
  nodes: readonly AnalysedNode[],
  edges: readonly AnalysedEdge[],
  outgoing: readonly number[][],
  start: readonly number[],
  duplicateNode: ReadonlySet<number>,
  issues: RuleGraphIssue[],
): void {
  const reached = new Array<boolean>(nodes.length).fill(false);
  const stack = [...start];
  for (const i of stack) reached[i] = true;
  while (stack.length > 0) {
    for (const k of outgoing[stack.pop()!]!) {
      const t = edges[k]!.target;
      if (!reached[t]) {
        reached[t] = true;
        stack.push(t);
      }
    }
  }
  nodes.forEach(({ node }, i) => {
    if (!reached[i] && !duplicateNode.has(i)) {
      issues.push({
        code: 'UNREACHABLE_NODE',
        message: `node "${node.id}" cannot be reached from the trigger`,
        nodeIds: [node.id],
      });
    }
  });
  if (!nodes.some((n, i) => reached[i] && n.def?.category === 'action')) {
    issues.push({ code: 'NO_ACTION', message: 'no action can be reached from the trigger' });
  }
}

/** The source handle an edge leaves from; reports BAD_PORT when the node has no such handle. */
function resolveHandle(source: AnalysedNode, edge: RuleEdge, issues: RuleGraphIssue[]): string | undefined {
  const { def, args } = source;
  if (!def) return edge.sourceHandle ?? undefined;
  const bad = (message: string): undefined => {
    issues.push({ code: 'BAD_PORT', message, nodeIds: [source.node.id], edgeIds: [edge.id] });
    return undefined;
  };
  if (def.ports.outputs !== 'arms' && def.ports.outputs.length === 0) {
    return bad(`edge ${edge.id} leaves ${def.code} node "${source.node.id}", which has no outputs`);
  }
  if (def.ports.outputs === 'arms' && !args) return edge.sourceHandle ?? undefined; // arms unknown until args parse
  const handles = outputHandles(def, args ?? {});
  const handle = edge.sourceHandle ?? (handles.length === 1 ? handles[0] : undefined);
  const list = handles.map((h) => `"${h}"`).join(', ');
  if (handle === undefined)
    return bad(`edge ${edge.id} from ${def.code} node "${source.node.id}" needs a sourceHandle: ${list}`);
  if (!handles.includes(handle)) {
    return bad(
      `${def.code} node "${source.node.id}" has no handle "${handle}" (edge ${edge.id}); its handles: ${list}`,
    );
  }
  return handle;
}

/** Kahn's algorithm; nodes with no pending inputs are taken in document order. */
function topologicalOrder(
  n: number,
  edges: AnalysedEdge[],
  outgoing: number[][],
  inDegree: number[],
): number[] {
  const pending = [...inDegree];
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (pending[i] === 0) order.push(i);
  for (let head = 0; head < order.length; head++) {
    for (const k of outgoing[order[head]!]!) {
      const t = edges[k]!.target;
      if (--pending[t]! === 0) order.push(t);
    }
  }
  return order;
}

/** Strongly connected components with more than one node (Tarjan, iterative), among nodes not in `acyclic`. */
function cyclicComponents(
  n: number,
  edges: AnalysedEdge[],
  outgoing: number[][],
  acyclic: Set<number>,
): number[][] {
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (acyclic.has(root) || index[root] !== -1) continue;
    const work: [node: number, edge: number][] = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [v, k] = frame;
      const out = outgoing[v]!;
      if (k < out.length) {
        frame[1]++;
        const w = edges[out[k]!]!.target;
        if (acyclic.has(w)) continue;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = false;
          component.push(w);
        } while (w !== v);
        if (component.length > 1) components.push(component.sort((a, b) => a - b));
      }
    }
  }
  return components.sort((a, b) => a[0]! - b[0]!);
}
