// Pass 2: compilation. Validates, then builds closures once (no eval, no new Function) and returns an
// evaluator.
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
//
// Two evaluators implement these semantics:
// - the *program* walks the nodes in topological order over a few small typed arrays. It serves every
//   graph, and every traced evaluation (it is the one that knows which nodes ran);
// - the *tree*: when every node but the trigger has exactly one incoming edge (the usual shape: a chain
//   of conditions, perhaps branching), the graph is a decision tree and compiles to nested closures
//   that return the decision as an integer (see compileTree). Untraced evaluations of such graphs take
//   it: no per-node bookkeeping, no state, no allocation.
import type { BlockDef, CompileContext, ConditionTest, Needs, Seen, SplitArmInfo, Test } from './block';
import type { RuleGraph, RuleGraphIssue } from './document';
import type { Facts } from './facts';
import { collectNeeds, type Requirements } from './needs';
import type { ActionCode, BlockArgs, BlockCode } from './registry';
import { isValidTimeZone } from './time';
import { type AnalysedNode, analyseRuleGraph, type GraphAnalysis } from './validate';

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

/** An action node: makes its (frozen) records, reused while the payload is the same object. */
class ActionStep {
  /** Whether the node is downstream of the split (so it follows a control arm). */
  afterSplit = false;
  private args: unknown;
  private plain: RuleAction | undefined;
  private flagged: RuleAction | undefined;

  constructor(
    /** The node's index in the document. */
    readonly index: number,
    private readonly nodeId: string,
    private readonly type: ActionCode,
    private readonly payload: (facts: Facts) => unknown,
  ) {}

  record(facts: Facts, control: boolean): RuleAction {
    const args = this.payload(facts);
    if (this.plain === undefined || args !== this.args) {
      this.args = args;
      const { nodeId, type } = this;
      this.plain = Object.freeze({ nodeId, type, args, control: false }) as RuleAction;
      this.flagged = Object.freeze({ nodeId, type, args, control: true }) as RuleAction;
    }
    return control ? this.flagged! : this.plain;
  }
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
  const nodes: ValidNode[] = analysis.nodes.map(({ node, def, args }) => ({ node, def: def!, args: args! }));
  const compiled = compileNodes(nodes, { ...ctx, needs });
  const links = linkEdges(nodes, analysis.edges);
  const downstream =
    compiled.splitIndex >= 0
      ? reachableFrom(compiled.splitIndex, nodes.length, analysis.edges)
      : new Set<number>();
  for (const a of compiled.actionSteps) a.afterSplit = downstream.has(a.index);
  const incoming = nodes.map((): Link[] => []);
  for (const link of links) incoming[link.target]!.push(link);
  const program = buildProgram(nodes, compiled, incoming, analysis.order);
  const runProgram = programRunner(program, compiled, nodes.length);
  const traceOf = tracer(nodes, downstream);
  const { matches, triggerIndex, actionSteps, splitArms } = compiled;
  const traced = (facts: Facts): RuleResult => {
    const trace: Seen[] = [];
    if (!matches(facts, (trace[triggerIndex] = {})))
      return { actions: Object.freeze([]), trace: traceOf(trace, [], false) };
    return runProgram(facts, trace, traceOf);
  };

  // The tree, when the graph is one and its decision fits in an integer.
  const decide =
    actionSteps.length <= MAX_TREE_ACTIONS &&
    nodes.every((_, i) => i === triggerIndex || incoming[i]!.length === 1)
      ? compileTree({
          nodes,
          conditions: compiled.conditions,
          combines: compiled.combines,
          assignArm: compiled.assignArm,
          armCount: splitArms.length,
          actionSteps,
          links,
          root: triggerIndex,
        })
      : undefined;

  const evaluate: CompiledRule['evaluate'] =
    decide === undefined
      ? (facts, options) => {
          if (options !== undefined && options.trace === true) return traced(facts);
          return matches(facts) ? runProgram(facts, undefined, traceOf) : NOTHING;
        }
      : treeEvaluate(matches, decide, actionSteps, splitArms, traced);

  return {
    ruleId: ctx.ruleId,
    version: ctx.version,
    trigger: compiled.trigger,
    requirements: requirements(),
    evaluate,
  };
}

/** A node of a valid graph with its block and parsed args. */
type ValidNode = { node: AnalysedNode['node']; def: BlockDef; args: NonNullable<AnalysedNode['args']> };

/** Every node's closures, built once, in document order. */
interface CompiledNodes {
  trigger: string;
  matches: Test<Facts>;
  triggerIndex: number;
  splitIndex: number;
  splitArms: readonly SplitArm[];
  assignArm: (facts: Facts) => number;
  conditions: (ConditionTest<Facts> | undefined)[];
  combines: (Combine | undefined)[];
  runs: Run[];
  actionSteps: ActionStep[];
}

/** Step 1: each node's block compiled into its closure (trigger match, test, combine, arm, payload). */
function compileNodes(
  nodes: readonly ValidNode[],
  blockCtx: CompileContext & { needs: Needs },
): CompiledNodes {
  const out: CompiledNodes = {
    trigger: '',
    matches: () => false,
    triggerIndex: -1,
    splitIndex: -1,
    splitArms: [],
    assignArm: () => 0,
    conditions: [],
    combines: [],
    runs: [],
    actionSteps: [],
  };
  nodes.forEach(({ node, def, args }, i) => {
    out.runs[i] = () => RAN;
    switch (def.category) {
      case 'trigger':
        ({ eventType: out.trigger, matches: out.matches } = def.compile(args, blockCtx));
        out.triggerIndex = i;
        return;
      case 'condition':
        out.conditions[i] = def.compile(args, blockCtx);
        return;
      case 'logic': {
        const combine = def.compile(args, blockCtx);
        out.combines[i] = combine;
        out.runs[i] = logicRun(combine);
        return;
      }
      case 'split': {
        const assign = def.compile(args, blockCtx);
        const arms = def.arms(args).map((arm) => Object.freeze({ ...arm }));
        out.splitIndex = i;
        out.splitArms = arms;
        out.assignArm = assign;
        out.runs[i] = splitRun(assign, arms);
        return;
      }
      case 'action':
        out.actionSteps.push(new ActionStep(i, node.id, def.code as ActionCode, def.compile(args, blockCtx)));
        return;
    }
  });
  return out;
}

const logicRun =
  (combine: Combine): Run =>
  (_facts, seen, active, total) => {
    if (seen) {
      seen.active = active;
      seen.of = total;
    }
    return combine(active, total) ? 0 : 1;
  };

const splitRun =
  (assign: (facts: Facts) => number, arms: readonly SplitArm[]): Run =>
  (facts, seen) => {
    const k = assign(facts);
    if (seen) {
      seen.arm = arms[k]!.id;
      seen.control = arms[k]!.control;
    }
    return k;
  };

/** Step 2: edges as (source node, target node, index of the source handle that activates the edge). */
function linkEdges(nodes: readonly ValidNode[], edges: GraphAnalysis['edges']): Link[] {
  const handleLists = nodes.map(({ def, args }) =>
    def.category === 'split'
      ? def.arms(args).map((a) => a.id)
      : def.ports.outputs === 'arms'
        ? []
        : def.ports.outputs,
  );
  return edges.map(({ source, target, handle }) => ({
    source,
    target,
    handle: handleLists[source]!.indexOf(handle!),
  }));
}

/** The program: the nodes after the trigger in topological order ("steps"), with their incoming edges. */
interface Program {
  stepNode: Int32Array;
  stepIsLogic: Uint8Array;
  stepCondition: (ConditionTest<Facts> | undefined)[];
  stepRun: Run[];
  /** Step s's edges: edgeStart[s] … edgeStart[s + 1] - 1. */
  edgeStart: Int32Array;
  edgeSource: Int32Array;
  edgeHandle: Int32Array;
}

/** Step 3: the program in flat arrays. */
function buildProgram(
  nodes: readonly ValidNode[],
  compiled: CompiledNodes,
  incoming: readonly (readonly Link[])[],
  topological: readonly number[],
): Program {
  const order = topological.filter((i) => i !== compiled.triggerIndex);
  const edges = incoming.reduce((n, list) => n + list.length, 0);
  const program: Program = {
    stepNode: Int32Array.from(order),
    stepIsLogic: Uint8Array.from(order, (i) => (nodes[i]!.def.category === 'logic' ? 1 : 0)),
    stepCondition: order.map((i) => compiled.conditions[i]),
    stepRun: order.map((i) => compiled.runs[i]!),
    edgeStart: new Int32Array(order.length + 1),
    edgeSource: new Int32Array(edges),
    edgeHandle: new Int32Array(edges),
  };
  let edge = 0;
  order.forEach((i, s) => {
    program.edgeStart[s] = edge;
    for (const { source, handle } of incoming[i]!) {
      program.edgeSource[edge] = source;
      program.edgeHandle[edge++] = handle;
    }
  });
  program.edgeStart[order.length] = edge;
  return program;
}

type TraceOf = (seen: Seen[], outcomes: ArrayLike<number>, control: boolean) => TraceEntry[];

/** Step 4: the evaluation of the program once the trigger matched; `trace` (by node) collects what nodes saw. */
function programRunner(
  program: Program,
  compiled: CompiledNodes,
  n: number,
): (facts: Facts, trace: Seen[] | undefined, traceOf: TraceOf) => RuleResult {
  const { stepNode, stepIsLogic, stepCondition, stepRun, edgeStart, edgeSource, edgeHandle } = program;
  const { triggerIndex, splitIndex, splitArms, actionSteps } = compiled;
  const shared = { outcomes: new Int32Array(n), fired: new Array<RuleAction>(actionSteps.length) };
  let busy = false;
  // The last untraced result, returned again while the decision (actions and arm) is the same.
  let last: RuleResult = NOTHING;
  return (facts, trace, traceOf) => {
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
        const condition = stepCondition[s];
        if (condition !== undefined) {
          const passed = seen ? condition.trace(facts, seen) : condition.test(facts);
          outcomes[index] = passed ? 0 : 1;
        } else outcomes[index] = stepRun[s]!(facts, seen, active, end - edgeStart[s]!);
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
  };
}

/** The trace: every node that ran, in document order. `seen` is indexed by node; outcomes by node. */
function tracer(nodes: readonly ValidNode[], downstream: ReadonlySet<number>): TraceOf {
  return (seen, outcomes, control) => {
    const entries: TraceEntry[] = [];
    seen.forEach((values, index) => {
      const { node, def } = nodes[index]!;
      if (def.category === 'action') values.control = control && downstream.has(index);
      const passed = def.category === 'split' || def.category === 'action' || outcomes[index] === 0;
      entries.push({ nodeId: node.id, type: def.code as BlockCode, passed, seen: values });
    });
    return entries;
  };
}

/**
 * The evaluation of a tree-shaped graph: traced ones run the program; untraced ones decide with the
 * tree and return the previous result object while the decision is the same. A function of its own,
 * so that an evaluation touches this small context rather than everything compileRuleGraph keeps.
 */
function treeEvaluate(
  matches: Test<Facts>,
  decide: Flow,
  actionSteps: readonly ActionStep[],
  splitArms: readonly SplitArm[],
  traced: (facts: Facts) => RuleResult,
): CompiledRule['evaluate'] {
  let last: RuleResult = NOTHING;
  let lastDecision = 0;

  function resultOf(decision: number, facts: Facts): RuleResult {
    if (decision === 0) return NOTHING;
    const arm = (decision >>> ARM_SHIFT) - 1;
    const splitArm = arm >= 0 ? splitArms[arm] : undefined;
    const control = splitArm?.control === true;
    const previous = last;
    if (decision === lastDecision) {
      // The same actions and arm: the same result, unless an action's payload (so its record) changed.
      let same = true;
      for (let k = 0, j = 0; same && k < actionSteps.length; k++) {
        if ((decision & (1 << k)) === 0) continue;
        const a = actionSteps[k]!;
        same = a.record(facts, control && a.afterSplit) === previous.actions[j++];
      }
      if (same) return previous;
    }
    const fired: RuleAction[] = [];
    for (let k = 0; k < actionSteps.length; k++) {
      if ((decision & (1 << k)) === 0) continue;
      const a = actionSteps[k]!;
      fired.push(a.record(facts, control && a.afterSplit));
    }
    const actions = Object.freeze(fired);
    last = Object.freeze(splitArm ? { actions, splitArm } : { actions });
    lastDecision = decision;
    return last;
  }

  if (typeof decide === 'number') {
    return (facts, options) => {
      if (options !== undefined && options.trace === true) return traced(facts);
      return matches(facts) ? resultOf(decide, facts) : NOTHING;
    };
  }
  return (facts, options) => {
    if (options !== undefined && options.trace === true) return traced(facts);
    return matches(facts) ? resultOf(decide(facts), facts) : NOTHING;
  };
}

/** An edge by node indexes; `handle` is the index of the source's output handle. */
interface Link {
  source: number;
  target: number;
  handle: number;
}

type Combine = (active: number, total: number) => boolean;

// ---- Tree-shaped graphs: the decision as nested closures ----

/**
 * A decision: bit k set = action k (in document order) ran; the bits from ARM_SHIFT up hold 1 + the
 * index of the split arm taken, 0 when the flow did not reach the split (a split has at most 20 arms).
 */
const ARM_SHIFT = 24;
const MAX_TREE_ACTIONS = ARM_SHIFT;

/** What a part of the graph adds to the decision: known when compiling, or computed from the facts. */
type Decide = (facts: Facts) => number;
type Flow = number | Decide;
type Check = (facts: Facts) => boolean;

interface TreeInput {
  nodes: readonly { def: BlockDef }[];
  conditions: readonly (ConditionTest<Facts> | undefined)[];
  combines: readonly (Combine | undefined)[];
  assignArm: (facts: Facts) => number;
  armCount: number;
  actionSteps: readonly ActionStep[];
  links: readonly Link[];
  root: number;
}

/**
 * Compiles the untraced evaluation of a graph in which every node but the trigger has exactly one
 * incoming edge. Then a node runs exactly when its one edge is active, and the graph is a tree:
 * - a condition becomes `test(facts) ? <its yes subtree> : <its no subtree>`; a chain of conditions
 *   that each continue on `yes` only becomes one conjunction (the usual rule: all of these, then act);
 * - a logic node has one operand, whose outcome is fixed where the node hangs in the tree: it folds
 *   away when compiling;
 * - an action contributes its bit; the split, its arm and the subtree of that arm.
 * A subtree whose decision does not depend on the facts is a constant, so a condition whose two
 * branches decide the same (a dead end) is not even tested. The closures share no mutable state, so
 * re-entrant evaluation needs no care.
 */
function compileTree(input: TreeInput): Flow {
  const { nodes, conditions, combines, assignArm, armCount, actionSteps, links, root } = input;
  const children = nodes.map((): Link[] => []);
  for (const link of links) children[link.source]!.push(link);
  const actionBit = new Map(actionSteps.map((a, k) => [a.index, 1 << k]));

  /** The decision of node i's subtree once node i ran and took handle `outcome`. */
  const after = (i: number, outcome: number): Flow =>
    union(
      children[i]!.map(({ target, handle }): Flow => {
        const active = outcome === handle;
        const combine = combines[target];
        // A logic node's one operand is this edge; it runs (whether or not the edge is active).
        if (combine !== undefined) return after(target, combine(active ? 1 : 0, 1) ? 0 : 1);
        return active ? runs(target) : 0;
      }),
    );

  /** The decision of node i's subtree when node i runs. */
  const runs = (i: number): Flow => {
    switch (nodes[i]!.def.category) {
      case 'action':
        return actionBit.get(i)!;
      case 'condition':
        return branch(conditions[i]!.test, after(i, 0), after(i, 1));
      case 'split': {
        const arms = Array.from({ length: armCount }, (_, k) =>
          decider(union([(k + 1) << ARM_SHIFT, after(i, k)])),
        );
        return (facts) => arms[assignArm(facts)]!(facts);
      }
      default:
        throw new Error(`unexpected ${nodes[i]!.def.category} node in a rule tree`);
    }
  };

  // Conjunctions built by `branch`: a condition continuing on `yes` only into one joins it.
  const conjunctions = new Map<Decide, { checks: Check[]; then: Flow }>();

  function branch(check: Check, yes: Flow, no: Flow): Flow {
    if (typeof yes === 'number' && yes === no) return yes; // the test cannot change the decision
    if (no === 0) {
      const chain = typeof yes === 'number' ? undefined : conjunctions.get(yes);
      const checks = chain ? [check, ...chain.checks] : [check];
      const then = chain ? chain.then : yes;
      const decide = allOf(checks, then);
      conjunctions.set(decide, { checks, then });
      return decide;
    }
    if (typeof yes === 'number' && typeof no === 'number') return (facts) => (check(facts) ? yes : no);
    const ifYes = decider(yes);
    const ifNo = decider(no);
    return (facts) => (check(facts) ? ifYes(facts) : ifNo(facts));
  }

  return after(root, 0);
}

/**
 * `then` when every check holds (in order, stopping at the first that fails), else 0. Written out for
 * up to eight checks (longer lists nest), rather than as a loop over an array: each call site then
 * meets one condition, which the engine can inline; a loop's one call site meets them all.
 */
function allOf(checks: readonly Check[], then: Flow): Decide {
  if (typeof then !== 'number') {
    const holds = allOf(checks, 1);
    return (x) => (holds(x) === 0 ? 0 : then(x));
  }
  if (checks.length > 8) {
    const rest = allOf(checks.slice(7), 1);
    return allOf([...checks.slice(0, 7), (x) => rest(x) !== 0], then);
  }
  const [a, b, c, d, e, f, g, h] = checks as Check[];
  switch (checks.length) {
    case 1:
      return (x) => (a!(x) ? then : 0);
    case 2:
      return (x) => (a!(x) && b!(x) ? then : 0);
    case 3:
      return (x) => (a!(x) && b!(x) && c!(x) ? then : 0);
    case 4:
      return (x) => (a!(x) && b!(x) && c!(x) && d!(x) ? then : 0);
    case 5:
      return (x) => (a!(x) && b!(x) && c!(x) && d!(x) && e!(x) ? then : 0);
    case 6:
      return (x) => (a!(x) && b!(x) && c!(x) && d!(x) && e!(x) && f!(x) ? then : 0);
    case 7:
      return (x) => (a!(x) && b!(x) && c!(x) && d!(x) && e!(x) && f!(x) && g!(x) ? then : 0);
    default:
      return (x) => (a!(x) && b!(x) && c!(x) && d!(x) && e!(x) && f!(x) && g!(x) && h!(x) ? then : 0);
  }
}

/** Subtrees side by side: the union of their decisions. */
function union(flows: readonly Flow[]): Flow {
  let known = 0;
  const computed: Decide[] = [];
  for (const flow of flows) {
    if (typeof flow === 'number') known |= flow;
    else computed.push(flow);
  }
  if (computed.length === 0) return known;
  if (computed.length === 1) {
    const only = computed[0]!;
    return known === 0 ? only : (facts) => known | only(facts);
  }
  return (facts) => {
    let decision = known;
    for (let k = 0; k < computed.length; k++) decision |= computed[k]!(facts);
    return decision;
  };
}

const decider = (flow: Flow): Decide => (typeof flow === 'number' ? () => flow : flow);

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
