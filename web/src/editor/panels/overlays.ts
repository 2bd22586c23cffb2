// Pure mappings from what the API returns to what the canvas paints (contract.ts `Overlay`): a
// simulation's trace, a diff of two versions, and distinct-user counts per node and output port.
// The panels only render these; every rule about colours and notes lives here, tested on its own.
import { type RuleEdge, type RuleGraph, getBlock } from '@couponflow/schema';
import type { EdgeOverlay, NodeOverlay, Overlay } from '../model/contract';
import type { GraphDiff, NodeFieldChange } from './diff';

// ---- Simulation traces ----

/** One node that ran, as the server's trace lists it (schema's `TraceEntry`, read from JSON). */
export interface TraceStep {
  nodeId: string;
  type: string;
  passed: boolean;
  seen: Record<string, unknown>;
}

/** An action the rule would take (schema's `RuleAction`, read from JSON). */
export interface SimulatedAction {
  nodeId: string;
  type: string;
  args: Record<string, unknown>;
  control: boolean;
}

export interface Simulation {
  actions: SimulatedAction[];
  splitArm: { id: string; control: boolean } | null;
  trace: TraceStep[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads `simulateRule`'s JSON fields; anything malformed is dropped rather than trusted. */
export function readSimulation(result: { actions: unknown; splitArm?: unknown; trace: unknown }): Simulation {
  const trace = (Array.isArray(result.trace) ? result.trace : []).flatMap((t): TraceStep[] =>
    isRecord(t) && typeof t.nodeId === 'string' && typeof t.type === 'string'
      ? [{ nodeId: t.nodeId, type: t.type, passed: t.passed === true, seen: isRecord(t.seen) ? t.seen : {} }]
      : [],
  );
  const actions = (Array.isArray(result.actions) ? result.actions : []).flatMap((a): SimulatedAction[] =>
    isRecord(a) && typeof a.nodeId === 'string' && typeof a.type === 'string'
      ? [
          {
            nodeId: a.nodeId,
            type: a.type,
            args: isRecord(a.args) ? a.args : {},
            control: a.control === true,
          },
        ]
      : [],
  );
  const arm = result.splitArm;
  const splitArm =
    isRecord(arm) && typeof arm.id === 'string' ? { id: arm.id, control: arm.control === true } : null;
  return { actions, splitArm, trace };
}

/** A value seen by a node, short enough to sit under it. */
export function shortValue(value: unknown, max = 40): string {
  if (value === null || value === undefined) return 'nothing';
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const WEEKDAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** What a node saw, in words: "saw 12000", "member", "2 of 3 inputs", "arm control (holdout)". */
export function seenNote(step: TraceStep): string {
  const { seen } = step;
  const category = getBlock(step.type)?.category;
  if (category === 'trigger')
    return step.passed ? `event ${String(seen.eventType)}` : `got ${shortValue(seen.eventType)}: no match`;
  if (category === 'split')
    return `arm ${String(seen.arm)}${seen.control === true ? ' (control: nothing performed)' : ''}`;
  if (category === 'action') return seen.control === true ? 'control arm: recorded only' : 'would fire';
  if (category === 'logic' && typeof seen.active === 'number')
    return `${seen.active} of ${String(seen.of)} inputs on`;
  if ('value' in seen) return `saw ${shortValue(seen.value)}`;
  if ('member' in seen) return seen.member === true ? 'member' : 'not a member';
  if ('first' in seen) return seen.first === true ? 'first time' : 'not the first time';
  if ('fired' in seen) return `fired ${String(seen.fired)}× this period`;
  if (typeof seen.local === 'string') {
    const day = typeof seen.weekday === 'number' ? `${WEEKDAYS[seen.weekday] ?? ''} ` : '';
    return `local time ${day}${seen.local.replace('T', ' ').slice(0, 16)}`;
  }
  const keys = Object.keys(seen);
  return keys.length ? shortValue(seen) : '';
}

/** The output handle a node took, from its trace step (undefined: it took none, e.g. an action). */
export function takenHandle(step: TraceStep): string | undefined {
  switch (getBlock(step.type)?.category) {
    case 'trigger':
      return step.passed ? 'out' : undefined;
    case 'condition':
    case 'logic':
      return step.passed ? 'yes' : 'no';
    case 'split':
      return typeof step.seen.arm === 'string' ? step.seen.arm : undefined;
    default:
      return undefined;
  }
}

/** A trigger's edge may omit its handle; every other edge names it. */
const handleOf = (edge: RuleEdge, graph: RuleGraph): string | null => {
  if (edge.sourceHandle) return edge.sourceHandle;
  const source = graph.nodes.find((n) => n.id === edge.source);
  return source && getBlock(source.type)?.category === 'trigger' ? 'out' : null;
};

/** Paints a trace: each node passed / failed / not reached with what it saw, each edge taken or not. */
export function traceOverlay(graph: RuleGraph, simulation: Simulation, title: string): Overlay {
  const steps = new Map(simulation.trace.map((s) => [s.nodeId, s]));
  const nodes: Record<string, NodeOverlay> = {};
  for (const node of graph.nodes) {
    const step = steps.get(node.id);
    nodes[node.id] = step
      ? { status: step.passed ? 'passed' : 'failed', note: seenNote(step) }
      : { status: 'notReached' };
  }
  const edges: Record<string, EdgeOverlay> = {};
  for (const edge of graph.edges) {
    const step = steps.get(edge.source);
    const taken = step !== undefined && takenHandle(step) === handleOf(edge, graph);
    edges[edge.id] = { status: taken ? 'taken' : 'notTaken' };
  }
  return { kind: 'trace', title, nodes, edges };
}

// ---- Version diffs ----

/** "value: 10000 → 15000; op: gte → gt" (the arg names without `args.`). */
export function changeNote(changes: readonly NodeFieldChange[], max = 60): string {
  const text = changes
    .map((c) => `${c.field.replace(/^args\./, '')}: ${shortValue(c.before, 16)} → ${shortValue(c.after, 16)}`)
    .join('; ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Paints a diff on the union graph: added, removed and changed nodes and edges. */
export function diffOverlay(diff: GraphDiff, title: string): Overlay {
  const nodes: Record<string, NodeOverlay> = {};
  for (const [id, status] of Object.entries(diff.nodes)) {
    const fields = diff.fields[id];
    nodes[id] = {
      status,
      ...(status === 'changed' && fields ? { note: changeNote(fields) } : {}),
      ...(status === 'added' ? { note: 'added' } : status === 'removed' ? { note: 'removed' } : {}),
    };
  }
  const edges: Record<string, EdgeOverlay> = {};
  for (const [id, status] of Object.entries(diff.edges)) edges[id] = { status };
  return { kind: 'diff', title, graph: diff.graph, nodes, edges };
}

// ---- Distinct users per node (live counts) ----

export interface NodeUsers {
  nodeId: string;
  /** Distinct users who reached the node. */
  users: number;
  /** Of those, who passed it (took `yes`, matched the trigger, were assigned an arm, were acted for). */
  passed?: number;
}

export interface PortUsers {
  nodeId: string;
  /** The output handle: `out`, `yes`, `no` or a split arm. */
  port: string;
  users: number;
}

export interface UserCounts {
  nodes: NodeUsers[];
  ports: PortUsers[];
  /** The stated relative error of each count (e.g. 0.0081 for HyperLogLog with 2^14 registers). */
  relativeError?: number;
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
export const formatCount = (n: number): string =>
  n < 10_000 ? n.toLocaleString('en-US') : compact.format(n);

/**
 * Paints distinct-user counts: the count on each node, and on each edge the users who left its source
 * by that edge's handle, with a width weight relative to the busiest edge (a funnel).
 */
export function countsOverlay(graph: RuleGraph, counts: UserCounts, title: string): Overlay {
  const byNode = new Map(counts.nodes.map((n) => [n.nodeId, n]));
  const byPort = new Map(counts.ports.map((p) => [`${p.nodeId}\u0000${p.port}`, p.users]));
  const nodes: Record<string, NodeOverlay> = {};
  for (const node of graph.nodes) {
    const c = byNode.get(node.id);
    const category = getBlock(node.type)?.category;
    const users = c?.users ?? 0;
    // The canvas shows the count as "N users"; a condition or logic node adds how many said yes.
    const note =
      (category === 'condition' || category === 'logic') && c?.passed !== undefined
        ? `${formatCount(c.passed)} passed`
        : undefined;
    nodes[node.id] = note === undefined ? { count: users } : { count: users, note };
  }
  const edgeUsers = graph.edges.map((edge) => {
    const handle = handleOf(edge, graph) ?? '';
    return byPort.get(`${edge.source}\u0000${handle}`) ?? 0;
  });
  const max = Math.max(0, ...edgeUsers);
  const edges: Record<string, EdgeOverlay> = {};
  graph.edges.forEach((edge, i) => {
    const users = edgeUsers[i]!;
    edges[edge.id] = { label: formatCount(users), weight: max > 0 ? users / max : 0 };
  });
  return { kind: 'counts', title, nodes, edges };
}

/**
 * The API's counts (`ruleNodeUsers`: users who reached each node, and per port `in` or the handle they
 * left by) as overlay input: a condition's or logic node's passed users are those who left by `yes`.
 */
export function userCountsOf(data: {
  nodes: readonly { nodeId: string; users: number }[];
  ports: readonly { nodeId: string; port: string; users: number }[];
  relativeError: number;
}): UserCounts {
  const yes = new Map<string, number>();
  for (const p of data.ports) if (p.port === 'yes') yes.set(p.nodeId, p.users);
  return {
    nodes: data.nodes.map((n) => ({ nodeId: n.nodeId, users: n.users, passed: yes.get(n.nodeId) })),
    ports: data.ports
      .filter((p) => p.port !== 'in')
      .map((p) => ({ nodeId: p.nodeId, port: p.port, users: p.users })),
    relativeError: data.relativeError,
  };
}
