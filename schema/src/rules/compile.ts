// Pass 2: compilation. Validates, then builds closures once (no eval, no new Function) and returns an
// evaluator that walks the nodes in topological order over a few small typed arrays.
//
// Semantics of a graph (interpret.ts implements the same definition independently):
// - An edge is *active* when its source node ran and took the edge's handle: `out` for the trigger,
//   `yes`/`no` for a condition or logic node, the user's arm for a split. Actions have no outputs.
// - The trigger runs when the event's type matches it; nothing else runs otherwise.
// - A condition, split or action node runs when at least one incoming edge is active (branches merge;
//   a node runs at most once per evaluation).
// - A logic node is an expression over its incoming edges (its operands). It runs when at least one
//   operand's source ran; `all` says yes when every operand edge is active, `any` when at least one is,
//   `not` (exactly one operand) when its operand is not active. Its yes/no handles route flow onwards.
// - The result lists the actions that ran, in document order. When the user's split arm is a control
//   arm, actions downstream of the split are flagged `control: true` (record, do not perform).
// - The trace lists every node that ran, in document order, with the values it compared.
import type { CompileContext, Seen, SplitArmInfo, Test } from './block';
import type { RuleGraph, RuleGraphIssue } from './document';
import type { Facts } from './facts';
import { collectNeeds, type Requirements } from './needs';
import type { ActionCode, BlockArgs, BlockCode } from './registry';
import { isValidTimeZone } from './time';
import { analyseRuleGraph } from './validate';

/** An action the rule decided on. `control`: the user is in a control arm; record, do not perform. */
export type RuleAction = {
  [C in ActionCode]: { nodeId: string; type: C; args: BlockArgs<C>; control: boolean };
}[ActionCode];

export type SplitArm = SplitArmInfo;

export interface TraceEntry {
  nodeId: string;
  type: BlockCode;
  /** Condition/logic: took `yes`; trigger: the event type matched; split and action: true. */
  passed: boolean;
  /** The values the node compared (condition), its operands (logic), the arm (split), `control` (action). */
  seen: Seen;
}

/**
 * An evaluation's result, read-only: without a trace, a rule returns the same frozen object again
 * while its decision (actions and arm) stays the same.
 */
export interface RuleResult {
  readonly actions: readonly RuleAction[];
  /** The user's arm, when the flow reached the split node. */
  readonly splitArm?: SplitArm;
  readonly trace?: readonly TraceEntry[];
}

export interface EvaluateOptions {
  trace?: boolean;
}

export interface CompiledRule {
  ruleId: string;
  version: number;
  /** The trigger's event type: index published rules by it. */
  trigger: string;
  requirements: Requirements;
  evaluate(facts: Facts, options?: EvaluateOptions): RuleResult;
}

export type RuleContext = Pick<CompileContext, 'ruleId'> & Partial<CompileContext>;

export class RuleGraphError extends Error {
  constructor(readonly issues: RuleGraphIssue[]) {
    super(`invalid rule: ${issues.map((i) => `${i.code} ${i.message}`).join('; ')}`);
    this.name = 'RuleGraphError';
  }
}

/** Fills defaults (version 1, UTC) and checks the time zone. */
export function compileContext(context: RuleContext): CompileContext {
  const ctx = { ruleId: context.ruleId, version: context.version ?? 1, timeZone: context.timeZone ?? 'UTC' };
  if (!isValidTimeZone(ctx.timeZone)) throw new RangeError(`unknown IANA time zone: ${ctx.timeZone}`);
  return ctx;
}

/** Outcomes of nodes during one evaluation: a handle index (>= 0), or one of these. */
const NOT_RUN = -2;
const RAN = -1; // ran, took no handle (actions)

/** Returns the outcome of a logic, split or action node. */
type Run = (facts: Facts, seen: Seen | undefined, active: number, total: number) => number;

interface ActionStep {
  index: number;
  /** Whether the node is downstream of the split (so it follows a control arm). */
  afterSplit: boolean;
  record(facts: Facts, control: boolean): RuleAction;
}

/** The result when nothing fired and no split was reached. */
const NOTHING: RuleResult = Object.freeze({ actions: Object.freeze([]) });

const sameActions = (a: readonly RuleAction[], b: readonly RuleAction[], count: number): boolean => {
  if (a.length !== count) return false;
  for (let k = 0; k < count; k++) if (a[k] !== b[k]) return false;
  return true;
};

/** Compiles a graph; throws RuleGraphError when it is invalid (validate first to show the issues). */
export function compileRuleGraph(graph: RuleGraph, context: RuleContext): CompiledRule {
  const ctx = compileContext(context);
  const analysis = analyseRuleGraph(graph);
  if (analysis.issues.length > 0) throw new RuleGraphError(analysis.issues);
  const { needs, requirements } = collectNeeds();
  const blockCtx = { ...ctx, needs };
  const nodes = analysis.nodes.map(({ node, def, args }) => ({ node, def: def!, args: args! }));
  const n = nodes.length;

  // Closures, built once, in document order.
  let trigger = '';
  let matches: Test<Facts> = () => false;
  let triggerIndex = -1;
  let splitIndex = -1;
  let splitArms: readonly SplitArm[] = [];
  const tests: (Test<Facts> | undefined)[] = [];
  const runs: Run[] = [];
  const actionSteps: ActionStep[] = [];
  nodes.forEach(({ node, def, args }, i) => {
    runs[i] = () => RAN;
    switch (def.category) {
      case 'trigger':
        ({ eventType: trigger, matches } = def.compile(args, blockCtx));
        triggerIndex = i;
        return;
      case 'condition':
        tests[i] = def.compile(args, blockCtx);
        return;
      case 'logic': {
        const combine = def.compile(args, blockCtx);
        runs[i] = (_facts, seen, active, total) => {
          if (seen) {
            seen.active = active;
            seen.of = total;
          }
          return combine(active, total) ? 0 : 1;
        };
        return;
      }
      case 'split': {
        const assign = def.compile(args, blockCtx);
        const arms = def.arms(args).map((arm) => Object.freeze({ ...arm }));
        splitIndex = i;
        splitArms = arms;
        runs[i] = (facts, seen) => {
          const k = assign(facts);
          if (seen) {
            seen.arm = arms[k]!.id;
            seen.control = arms[k]!.control;
          }
          return k;
        };
        return;
      }
      case 'action': {
        const payload = def.compile(args, blockCtx);
        // Records are frozen and reused while the payload is the same object.
        let last: unknown;
        let records: [RuleAction, RuleAction] | undefined;
        actionSteps.push({
          index: i,
          afterSplit: false,
          record(facts, control) {
            const args = payload(facts);
            if (records === undefined || args !== last) {
              last = args;
              const make = (control: boolean) =>
                Object.freeze({ nodeId: node.id, type: def.code, args, control }) as RuleAction;
              records = [make(false), make(true)];
            }
            return records[control ? 1 : 0];
          },
        });
        return;
      }
    }
  });

  // The evaluation program: the nodes after the trigger in topological order ("steps"), each with its
  // incoming edges as (source node, index of the source handle that activates the edge), in flat arrays.
  const handleLists = nodes.map(({ def, args }) =>
    def.category === 'split'
      ? def.arms(args).map((a) => a.id)
      : def.ports.outputs === 'arms'
        ? []
        : def.ports.outputs,
  );
  const incoming = nodes.map((): { source: number; handle: number }[] => []);
  for (const { source, target, handle } of analysis.edges) {
    incoming[target]!.push({ source, handle: handleLists[source]!.indexOf(handle!) });
  }
  const order = analysis.order.filter((i) => i !== triggerIndex);
  const stepNode = Int32Array.from(order);
  const stepIsLogic = Uint8Array.from(order, (i) => (nodes[i]!.def.category === 'logic' ? 1 : 0));
  const stepTest = order.map((i) => tests[i]);
  const stepRun = order.map((i) => runs[i]!);
  const edgeStart = new Int32Array(order.length + 1); // step s's edges: edgeStart[s] … edgeStart[s + 1] - 1
  const edgeSource = new Int32Array(analysis.edges.length);
  const edgeHandle = new Int32Array(analysis.edges.length);
  let edge = 0;
  order.forEach((i, s) => {
    edgeStart[s] = edge;
    for (const { source, handle } of incoming[i]!) {
      edgeSource[edge] = source;
      edgeHandle[edge++] = handle;
    }
  });
  edgeStart[order.length] = edge;

  const downstream = splitIndex >= 0 ? reachableFrom(splitIndex, n, analysis.edges) : new Set<number>();
  for (const a of actionSteps) a.afterSplit = downstream.has(a.index);

  const shared = { outcomes: new Int32Array(n), fired: new Array<RuleAction>(actionSteps.length) };
  let busy = false;
  // The last result, returned again while the decision (actions and arm) is the same: no allocation.
  let last: RuleResult = NOTHING;

  function evaluate(facts: Facts, options?: EvaluateOptions): RuleResult {
    const trace: Seen[] | undefined = options?.trace === true ? [] : undefined;
    const triggerSeen: Seen | undefined = trace && (trace[triggerIndex] = {});
    if (!matches(facts, triggerSeen))
      return trace ? { actions: [], trace: traceOf(trace, [], false) } : NOTHING;

    // A re-entrant call (a facts callback evaluating this rule again) gets its own outcomes.
    const state = busy
      ? { outcomes: new Int32Array(n), fired: new Array<RuleAction>(actionSteps.length) }
      : shared;
    const { outcomes, fired } = state;
    busy = true;
    try {
      outcomes[triggerIndex] = 0;
      for (let s = 0; s < stepNode.length; s++) {
        const index = stepNode[s]!;
        const end = edgeStart[s + 1]!;
        let active = 0;
        let sourceRan = false;
        for (let k = edgeStart[s]!; k < end; k++) {
          const outcome = outcomes[edgeSource[k]!]!;
          if (outcome === edgeHandle[k]) active++;
          if (outcome >= 0) sourceRan = true;
        }
        // Logic nodes run when any operand's source has an outcome; others when an incoming edge is active.
        if (stepIsLogic[s] === 1 ? !sourceRan : active === 0) {
          outcomes[index] = NOT_RUN;
          continue;
        }
        const seen: Seen | undefined = trace && (trace[index] = {});
        const test = stepTest[s];
        if (test !== undefined) outcomes[index] = test(facts, seen) ? 0 : 1;
        else outcomes[index] = stepRun[s]!(facts, seen, active, end - edgeStart[s]!);
      }

      const splitArm =
        splitIndex >= 0 && outcomes[splitIndex]! >= 0 ? splitArms[outcomes[splitIndex]!] : undefined;
      const control = splitArm?.control === true;
      let count = 0;
      for (let k = 0; k < actionSteps.length; k++) {
        const a = actionSteps[k]!;
        if (outcomes[a.index] !== NOT_RUN) fired[count++] = a.record(facts, control && a.afterSplit);
      }
      if (trace) {
        const actions = Object.freeze(fired.slice(0, count));
        return { actions, ...(splitArm && { splitArm }), trace: traceOf(trace, outcomes, control) };
      }
      if (count === 0 && splitArm === undefined) return NOTHING;
      if (last.splitArm !== splitArm || !sameActions(last.actions, fired, count)) {
        const actions = Object.freeze(fired.slice(0, count));
        last = Object.freeze(splitArm ? { actions, splitArm } : { actions });
      }
      return last;
    } finally {
      if (state === shared) busy = false;
    }
  }

  /** The trace: every node that ran, in document order. `seen` is indexed by node; outcomes by node. */
  function traceOf(seen: Seen[], outcomes: ArrayLike<number>, control: boolean): TraceEntry[] {
    const entries: TraceEntry[] = [];
    seen.forEach((values, index) => {
      const { node, def } = nodes[index]!;
      if (def.category === 'action') values.control = control && downstream.has(index);
      const passed = def.category === 'split' || def.category === 'action' || outcomes[index] === 0;
      entries.push({ nodeId: node.id, type: def.code as BlockCode, passed, seen: values });
    });
    return entries;
  }

  return { ruleId: ctx.ruleId, version: ctx.version, trigger, requirements: requirements(), evaluate };
}

/** Nodes reachable from `start` (excluding it) along any edge. */
function reachableFrom(
  start: number,
  n: number,
  edges: readonly { source: number; target: number }[],
): Set<number> {
  const outgoing: number[][] = Array.from({ length: n }, () => []);
  for (const e of edges) outgoing[e.source]!.push(e.target);
  const seen = new Set<number>();
  const stack = [start];
  while (stack.length > 0) {
    for (const t of outgoing[stack.pop()!]!) {
      if (!seen.has(t)) {
        seen.add(t);
        stack.push(t);
      }
    }
  }
  return seen;
}
