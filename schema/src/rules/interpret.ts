// The test oracle: a plain interpreter over the JSON graph. Nothing is prepared ahead: every call parses
// args, walks edges by scanning the edge list, evaluates conditions with their own naive code (luxon
// per call for time windows) and resolves the graph semantics (see compile.ts) by recursive definition:
// a node runs when an incoming edge is active; an edge is active when its source ran and took its handle.
// It must agree with compileRuleGraph on every valid graph and facts; it is not meant to be fast.
import { DateTime } from 'luxon';
import type { Seen } from './block';
import { isScalar, type ComparisonOp, type ComparisonValue } from './compare';
import {
  RuleGraphError,
  compileContext,
  type RuleContext,
  type RuleAction,
  type RuleResult,
  type TraceEntry,
} from './compile';
import type { RuleEdge, RuleGraph, RuleNode } from './document';
import { aggregateSpec, type Facts } from './facts';
import { armBounds, splitHash } from './hash';
import type { JsonValue } from './json';
import { type BlockArgs, type BlockCode, type ConditionCode, blocks } from './registry';
import { validateRuleGraph } from './validate';

interface Outcome {
  ran: boolean;
  /** The handle taken, if any. */
  handle?: string;
  passed?: boolean;
  seen?: Seen;
}

export function interpretRuleGraph(
  graph: RuleGraph,
  facts: Facts,
  context: RuleContext,
  options?: { trace?: boolean },
): RuleResult {
  const ctx = compileContext(context);
  const { issues } = validateRuleGraph(graph);
  if (issues.length > 0) throw new RuleGraphError(issues);

  const nodeById = (id: string) => graph.nodes.find((n) => n.id === id)!;
  const argsOf = (node: RuleNode) =>
    blocks[node.type as BlockCode].args.parse(node.args) as Record<string, unknown>;
  const incoming = (id: string) => graph.edges.filter((e) => e.target === id);
  const memo = new Map<string, Outcome>();

  const isActive = (edge: RuleEdge): boolean => {
    const handle = outcomeOf(nodeById(edge.source)).handle;
    return handle !== undefined && handle === (edge.sourceHandle ?? 'out');
  };

  function outcomeOf(node: RuleNode): Outcome {
    const known = memo.get(node.id);
    if (known) return known;
    const outcome = evaluateNode(node);
    memo.set(node.id, outcome);
    return outcome;
  }

  function evaluateNode(node: RuleNode): Outcome {
    const code = node.type as BlockCode;
    const category = blocks[code].category;
    const args = argsOf(node);
    const seen: Seen = {};
    if (category === 'trigger') {
      seen.eventType = facts.event.type;
      const passed = facts.event.type === args.eventType;
      return { ran: true, passed, seen, ...(passed && { handle: 'out' }) };
    }
    const operands = incoming(node.id);
    if (category === 'logic') {
      if (!operands.some((e) => outcomeOf(nodeById(e.source)).handle !== undefined)) return { ran: false };
      const active = operands.filter(isActive).length;
      const passed =
        code === 'logic.all' ? active === operands.length : code === 'logic.any' ? active > 0 : active === 0;
      return { ran: true, passed, seen: { active, of: operands.length }, handle: passed ? 'yes' : 'no' };
    }
    if (!operands.some(isActive)) return { ran: false };
    if (category === 'condition') {
      const passed = conditions[code as ConditionCode](args as never, facts, seen, ctx);
      return { ran: true, passed, seen, handle: passed ? 'yes' : 'no' };
    }
    if (category === 'split') {
      const arms = (args as BlockArgs<'split.percent'>).arms;
      const hash = splitHash(ctx.ruleId, facts.userId);
      const bounds = armBounds(arms.map((a) => a.percent));
      const arm = arms[bounds.findIndex((bound) => hash < bound)]!;
      return { ran: true, passed: true, seen: { arm: arm.id, control: arm.control }, handle: arm.id };
    }
    return { ran: true, passed: true, seen };
  }

  const split = graph.nodes.find((n) => blocks[n.type as BlockCode].category === 'split');
  const splitOutcome = split && outcomeOf(split);
  const splitArm =
    split && splitOutcome?.ran
      ? (argsOf(split) as BlockArgs<'split.percent'>).arms
          .map(({ id, control }) => ({ id, control }))
          .find((arm) => arm.id === splitOutcome.handle)
      : undefined;
  const isDownstreamOfSplit = (id: string): boolean => {
    const visited = new Set<string>();
    const visit = (from: string): boolean => {
      for (const e of graph.edges) {
        if (e.source !== from || visited.has(e.target)) continue;
        visited.add(e.target);
        if (e.target === id || visit(e.target)) return true;
      }
      return false;
    };
    return split !== undefined && visit(split.id);
  };

  const actions: RuleAction[] = [];
  const trace: TraceEntry[] = [];
  for (const node of graph.nodes) {
    const outcome = outcomeOf(node);
    if (!outcome.ran) continue;
    const code = node.type as BlockCode;
    if (blocks[code].category === 'action') {
      const control = splitArm?.control === true && isDownstreamOfSplit(node.id);
      outcome.seen!.control = control;
      actions.push({ nodeId: node.id, type: code, args: argsOf(node), control } as RuleAction);
    }
    trace.push({ nodeId: node.id, type: code, passed: outcome.passed!, seen: outcome.seen! });
  }
  return { actions, ...(splitArm && { splitArm }), ...(options?.trace && { trace }) };
}

// ---- Conditions, written plainly ----

type Ctx = { ruleId: string; timeZone: string };
type ConditionEval<C extends ConditionCode> = (
  args: BlockArgs<C>,
  facts: Facts,
  seen: Seen,
  ctx: Ctx,
) => boolean;

const conditions: { [C in ConditionCode]: ConditionEval<C> } = {
  'condition.eventProperty': ({ property, op, value }, facts, seen) => {
    const actual = valueAtPath(facts.event.properties, property);
    seen.value = actual ?? null;
    return compareNaive(op, actual, value);
  },
  'condition.userAttribute': ({ attribute, op, value }, facts, seen) => {
    const actual = valueAtPath(facts.user.attributes, attribute);
    seen.value = actual ?? null;
    return compareNaive(op, actual, value);
  },
  'condition.audience': ({ audienceId, member }, facts, seen) => {
    seen.member = facts.inAudience(audienceId);
    return seen.member === member;
  },
  'condition.aggregate': ({ op, value, ...query }, facts, seen) => {
    const actual = facts.aggregate(aggregateSpec(query));
    seen.value = actual;
    return compareNaive(op, actual, value);
  },
  'condition.firstTime': ({ eventType }, facts, seen) => {
    seen.first = facts.isFirst(eventType);
    return seen.first;
  },
  'condition.timeWindow': ({ from, until, daysOfWeek, hours }, facts, seen, { timeZone }) => {
    const local = DateTime.fromSeconds(facts.now, { zone: timeZone });
    seen.local = local.toFormat("yyyy-MM-dd'T'HH:mm:ss");
    seen.weekday = local.weekday;
    seen.hour = local.hour;
    if (from !== undefined && facts.now < DateTime.fromISO(from, { zone: timeZone }).toSeconds())
      return false;
    if (until !== undefined && facts.now >= DateTime.fromISO(until, { zone: timeZone }).toSeconds())
      return false;
    if (daysOfWeek && !daysOfWeek.includes(local.weekday)) return false;
    if (hours) {
      const inside =
        hours.from < hours.to
          ? local.hour >= hours.from && local.hour < hours.to
          : local.hour >= hours.from || local.hour < hours.to;
      if (!inside) return false;
    }
    return true;
  },
  'condition.frequencyCap': ({ max, period }, facts, seen, { ruleId }) => {
    const fired = facts.firedCount(ruleId, period);
    seen.fired = fired;
    return fired < max;
  },
};

function valueAtPath(root: JsonValue, path: string): JsonValue | undefined {
  let value: JsonValue | undefined = root;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, key))
      return undefined;
    value = (value as Record<string, JsonValue>)[key];
  }
  return value;
}

/** The comparison rules of compare.ts, as one plain function. */
export function compareNaive(op: ComparisonOp, actual: unknown, value: ComparisonValue | undefined): boolean {
  if (op === 'exists') return value === false ? actual == null : actual != null;
  if (actual === undefined || actual === null) return false;
  switch (op) {
    case 'eq':
      return actual === value;
    case 'ne':
      return isScalar(actual) && actual !== value;
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte': {
      const bothNumbers = typeof actual === 'number' && typeof value === 'number';
      const bothStrings = typeof actual === 'string' && typeof value === 'string';
      if (!bothNumbers && !bothStrings) return false;
      const a = actual as number | string;
      const v = value as number | string;
      return op === 'lt' ? a < v : op === 'lte' ? a <= v : op === 'gt' ? a > v : a >= v;
    }
    case 'in':
      return isScalar(actual) && (value as unknown[]).some((v) => v === actual);
    case 'notIn':
      return isScalar(actual) && !(value as unknown[]).some((v) => v === actual);
    case 'contains':
      if (Array.isArray(actual)) return actual.some((item) => item === value);
      return typeof actual === 'string' && typeof value === 'string' && actual.indexOf(value) >= 0;
    case 'between': {
      const [lo, hi] = value as unknown[];
      if (typeof actual !== typeof lo || (typeof actual !== 'number' && typeof actual !== 'string'))
        return false;
      const a = actual as number;
      return (lo as number) <= a && a <= (hi as number);
    }
  }
}
