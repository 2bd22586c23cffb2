// Distinct users per rule node and day, for the editor's funnel: HyperLogLog sketches (rules/hll.ts)
// per (rule, version, node, port, UTC day of the event's time), stored one register per row.
//
// What is stored: one sketch per (node, handle) that has an outgoing edge, i.e. per edge source:
// the users who left the node by that handle (`yes`/`no`, a split's arm id). The trigger's `out` is
// the same set for every rule live together on one event type (the engine evaluates each of them on
// every event of that type), so it is one sketch per trigger group (`rule_trigger_group`: the set of
// rule versions one engine load ran together for the type): one register write per event, not one
// per rule. A version's trigger users = the union of its groups' sketches.
// What is derived, exactly (a union of sketches is the sketch of the union):
//  - users who reached a node (`in`) = the union of its incoming edges' sketches (a node runs when an
//    incoming edge is active); the trigger's `in` is its `out`;
//  - handles with no edge (a chain's unconnected `no`) reach nothing and are not drawn; they are not
//    stored, which keeps ingestion to about one register write per edge a user takes.
//
// Register rows: key = (sketch number × 2^16 + day) × m + register, so one sketch's days are one key
// range (a range scan, on SQLite the rowid B-tree itself); sketch number = 2 × id for a node sketch
// (`rule_node_sketch`), 2 × id + 1 for a trigger group. A batch writes only registers that grow beyond
// what this instance knows is stored (`RegisterCache`, updated after the commit).
import { blocks, type BlockCode, type RuleGraph, type TraceEntry } from '@couponflow/schema';
import { HLL_M, type HllPoint, emptySketch, hllEstimate, hllMerge } from './hll';

export const DAY_SECONDS = 86_400;
/** Days per sketch in the key space (UTC days from 1970 until 2149). */
const DAYS = 65_536;

export const nodeSketch = (id: number): number => id * 2;
export const groupSketch = (id: number): number => id * 2 + 1;
export const sketchDayOf = (sketch: number, day: number): number => sketch * DAYS + day;
export const registerKey = (sketch: number, day: number, reg: number): number =>
  sketchDayOf(sketch, day) * HLL_M + reg;
/** The key range [first, last] of a sketch's registers over days [fromDay, toDay]. */
export const registerRange = (sketch: number, fromDay: number, toDay: number): [number, number] => [
  registerKey(sketch, fromDay, 0),
  registerKey(sketch, toDay, HLL_M - 1),
];
export const utcDay = (epochSeconds: number): number => Math.floor(epochSeconds / DAY_SECONDS);

export interface NodePort {
  nodeId: string;
  port: string;
}

/** The (node, handle) pairs counted per rule: the source handle of every edge not from the trigger. */
export function countedPorts(graph: RuleGraph): NodePort[] {
  const seen = new Set<string>();
  const out: NodePort[] = [];
  const triggers = new Set(
    graph.nodes.filter((n) => blocks[n.type as BlockCode].category === 'trigger').map((n) => n.id),
  );
  for (const e of graph.edges) {
    if (triggers.has(e.source)) continue;
    const port = e.sourceHandle ?? 'out';
    const k = `${e.source}\u0000${port}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ nodeId: e.source, port });
  }
  return out;
}

/** The handle a node that ran took: `out` (trigger), `yes`/`no`, the arm (split); actions take none. */
export function handleTaken(entry: TraceEntry): string | null {
  switch (blocks[entry.type].category) {
    case 'trigger':
      return entry.passed ? 'out' : null;
    case 'condition':
    case 'logic':
      return entry.passed ? 'yes' : 'no';
    case 'split': {
      const arm = entry.seen.arm;
      return typeof arm === 'string' ? arm : null;
    }
    case 'action':
      return null;
  }
}

/**
 * What this instance knows is stored, per sketch and day: a lower bound of every register (values
 * read back or written by committed batches). At most `maxSketchDays` are kept, oldest first out;
 * forgetting one only costs rewriting registers that are already there.
 */
export class RegisterCache {
  private readonly known = new Map<number, Uint8Array>();
  constructor(private readonly maxSketchDays = 8_192) {}

  valueOf(sketchDay: number, reg: number): number {
    return this.known.get(sketchDay)?.[reg] ?? 0;
  }

  /** Records rows of a committed batch. */
  commit(rows: readonly (readonly [number, number])[]): void {
    for (const [key, rho] of rows) {
      const sketchDay = Math.floor(key / HLL_M);
      let regs = this.known.get(sketchDay);
      if (!regs) {
        if (this.known.size >= this.maxSketchDays) this.known.delete(this.known.keys().next().value!);
        this.known.set(sketchDay, (regs = new Uint8Array(HLL_M)));
      }
      const reg = key % HLL_M;
      if (rho > regs[reg]!) regs[reg] = rho;
    }
  }

  get size(): number {
    return this.known.size;
  }
}

/** One batch's register updates: the maximum per register, then only those above the cache. */
export class BatchRegisters {
  private readonly max = new Map<number, number>();

  add(sketch: number, day: number, point: HllPoint): void {
    const key = registerKey(sketch, day, point.reg);
    const was = this.max.get(key);
    if (was === undefined || point.rho > was) this.max.set(key, point.rho);
  }

  /** `[key, rho]` rows that would grow a register beyond what `cache` knows, in key order. */
  growing(cache: RegisterCache): [number, number][] {
    const rows: [number, number][] = [];
    for (const [key, rho] of this.max)
      if (rho > cache.valueOf(Math.floor(key / HLL_M), key % HLL_M)) rows.push([key, rho]);
    return rows.sort((a, b) => a[0] - b[0]);
  }
}

export interface SketchRow {
  id: number;
  version: number;
  nodeId: string;
  port: string;
}

export interface NodeUsersResult {
  nodes: { nodeId: string; users: number }[];
  ports: { nodeId: string; port: string; users: number }[];
}

/**
 * Users per node (`in`) and per edge source, from the stored sketches (registers already united over
 * the days) of the given versions: `sketches` and `registers` (by sketch id) for the nodes,
 * `triggers` (by version) for the trigger's users; several versions unite per node and port.
 */
export function deriveNodeUsers(
  versions: readonly { version: number; graph: RuleGraph }[],
  sketches: readonly SketchRow[],
  registers: ReadonlyMap<number, Uint8Array>,
  triggers: ReadonlyMap<number, Uint8Array>,
): NodeUsersResult {
  const nodeIn = new Map<string, Uint8Array>();
  const portOut = new Map<string, { nodeId: string; port: string; regs: Uint8Array }>();
  const unite = (into: Map<string, Uint8Array>, key: string, regs: Uint8Array | undefined) => {
    const have = into.get(key) ?? emptySketch();
    into.set(key, regs ? hllMerge(have, regs) : have);
  };
  for (const { version, graph } of versions) {
    const stored = new Map<string, Uint8Array>();
    for (const s of sketches)
      if (s.version === version)
        stored.set(`${s.nodeId}\u0000${s.port}`, registers.get(s.id) ?? emptySketch());
    const trigger = graph.nodes.find((n) => blocks[n.type as BlockCode].category === 'trigger');
    const ports = countedPorts(graph);
    if (trigger) {
      stored.set(`${trigger.id}\u0000out`, triggers.get(version) ?? emptySketch());
      if (graph.edges.some((e) => e.source === trigger.id))
        ports.unshift({ nodeId: trigger.id, port: 'out' });
    }
    for (const p of ports) {
      const k = `${p.nodeId}\u0000${p.port}`;
      const entry = portOut.get(k) ?? { ...p, regs: emptySketch() };
      hllMerge(entry.regs, stored.get(k) ?? emptySketch());
      portOut.set(k, entry);
    }
    for (const node of graph.nodes) {
      if (blocks[node.type as BlockCode].category === 'trigger') {
        unite(nodeIn, node.id, stored.get(`${node.id}\u0000out`));
        continue;
      }
      unite(nodeIn, node.id, undefined);
      for (const e of graph.edges)
        if (e.target === node.id)
          unite(nodeIn, node.id, stored.get(`${e.source}\u0000${e.sourceHandle ?? 'out'}`));
    }
  }
  const users = (regs: Uint8Array) => Math.round(hllEstimate(regs));
  return {
    nodes: [...nodeIn].map(([nodeId, regs]) => ({ nodeId, users: users(regs) })),
    ports: [
      ...[...nodeIn].map(([nodeId, regs]) => ({ nodeId, port: 'in', users: users(regs) })),
      ...[...portOut.values()].map((p) => ({ nodeId: p.nodeId, port: p.port, users: users(p.regs) })),
    ],
  };
}
