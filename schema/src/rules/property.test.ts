// Property tests: for random valid graphs (and condition expressions) and random facts, the compiled
// evaluator returns exactly what the plain interpreter returns, trace included.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  type ConditionExpr,
  type Facts,
  type FrequencyPeriod,
  type JsonObject,
  type JsonValue,
  type RuleGraph,
  comparisonOps,
  compileConditionExpr,
  compileRuleGraph,
  frequencyPeriods,
  interpretConditionExpr,
  interpretRuleGraph,
  validateRuleGraph,
} from './index';
import { fnv1a } from './hash';
import { localHour, localIso, localWeekday, zoneClock } from './time';

// ---- Arbitraries: small value domains, so that conditions pass and fail often ----

const numArb = fc.integer({ min: 0, max: 4 });
const strArb = fc.constantFrom('x', 'y', 'xy', '2025-06-01');
const scalarArb = fc.oneof(numArb, strArb, fc.boolean());
const valueArb: fc.Arbitrary<JsonValue> = fc.oneof(
  scalarArb,
  fc.constant(null),
  fc.array(scalarArb, { maxLength: 3 }),
  fc.record({ x: scalarArb }),
);
const pathArb = fc.constantFrom('a', 'b', 'n.x', 'list.0', 'list.length', 'list.map');
const comparisonArb: fc.Arbitrary<JsonObject> = fc.oneof(
  fc.record({ op: fc.constantFrom('eq', 'ne', 'contains'), value: scalarArb }),
  fc.record({ op: fc.constantFrom('lt', 'lte', 'gt', 'gte'), value: fc.oneof(numArb, strArb) }),
  fc.record({ op: fc.constantFrom('in', 'notIn'), value: fc.array(scalarArb, { maxLength: 3 }) }),
  fc
    .oneof(fc.tuple(numArb, numArb), fc.tuple(strArb, strArb))
    .map(([a, b]) => ({ op: 'between', value: (a <= b ? [a, b] : [b, a]) as JsonValue })),
  fc.record({ op: fc.constant('exists'), value: fc.boolean() }, { requiredKeys: ['op'] }),
);
const numericComparisonArb: fc.Arbitrary<JsonObject> = fc.oneof(
  fc.record({ op: fc.constantFrom('eq', 'ne', 'lt', 'lte', 'gt', 'gte'), value: numArb }),
  fc.tuple(numArb, numArb).map(([a, b]) => ({ op: 'between', value: [Math.min(a, b), Math.max(a, b)] })),
);
const isoArb = fc.constantFrom(
  '2025-03-30',
  '2025-06-01',
  '2025-10-26T02:30:00',
  '2025-07-01T12:00:00+02:00',
  '2026-01-01',
);
const hoursArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 24 }))
  .filter(([from, to]) => from !== to)
  .map(([from, to]) => ({ from, to }));

type Block = { type: string; args: JsonObject };
const userConditionArb: fc.Arbitrary<Block> = fc.oneof(
  fc
    .tuple(pathArb, comparisonArb)
    .map(([attribute, c]) => ({ type: 'condition.userAttribute', args: { attribute, ...c } })),
  fc
    .record(
      { audienceId: fc.constantFrom('aud-1', 'aud-2'), member: fc.boolean() },
      { requiredKeys: ['audienceId'] },
    )
    .map((args) => ({ type: 'condition.audience', args })),
  fc
    .tuple(
      fc.constantFrom<JsonObject>(
        { eventType: 'order.paid', fn: 'count', window: { days: 30 } },
        { eventType: 'order.paid', fn: 'sum', property: 'amount', window: { days: 7 } },
        {
          eventType: 'page.viewed',
          fn: 'count',
          filter: { property: 'page', op: 'eq', value: 'home' },
          window: { since: '2025-01-01' },
        },
      ),
      numericComparisonArb,
    )
    .map(([query, c]) => ({ type: 'condition.aggregate', args: { ...query, ...c } })),
  fc
    .record(
      {
        from: isoArb,
        until: isoArb,
        daysOfWeek: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
        hours: hoursArb,
      },
      { requiredKeys: [] },
    )
    .map((args) => ({ type: 'condition.timeWindow', args })),
);
const conditionArb: fc.Arbitrary<Block> = fc.oneof(
  userConditionArb,
  fc
    .tuple(pathArb, comparisonArb)
    .map(([property, c]) => ({ type: 'condition.eventProperty', args: { property, ...c } })),
  fc
    .constantFrom('order.paid', 'user.signed_up')
    .map((eventType) => ({ type: 'condition.firstTime', args: { eventType } })),
  fc
    .record({ max: fc.integer({ min: 1, max: 3 }), period: fc.constantFrom(...frequencyPeriods) })
    .map((args) => ({ type: 'condition.frequencyCap', args })),
);
const splitArb: fc.Arbitrary<Block> = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.boolean(), fc.boolean())
  .map(([p, q, c1, c2]): Block => {
    const [lo, hi] = [Math.min(p, q), Math.max(p, q)];
    return {
      type: 'split.percent',
      args: {
        arms: [
          { id: 'A', percent: lo, control: c1 },
          { id: 'B', percent: hi - lo },
          { id: 'C', percent: 100 - hi, control: c2 },
        ],
      },
    };
  });
const actionArb: fc.Arbitrary<Block> = fc.oneof(
  fc
    .constantFrom('tpl-1', 'tpl-2')
    .map((templateId): Block => ({ type: 'action.issueCoupon', args: { templateId } })),
  fc.constant<Block>({ type: 'action.addToAudience', args: { audienceId: 'aud-3' } }),
  fc.constant<Block>({ type: 'action.removeFromAudience', args: { audienceId: 'aud-1' } }),
  fc.constant<Block>({
    type: 'action.emitEvent',
    args: { eventType: 'custom.x', properties: { k: [1, 'v'] } },
  }),
);
const logicArb: fc.Arbitrary<Block> = fc
  .constantFrom('logic.all', 'logic.any', 'logic.not')
  .map((type) => ({ type, args: {} }));

const planArb = fc.array(
  fc.record({
    block: fc.oneof(
      { weight: 5, arbitrary: conditionArb },
      { weight: 3, arbitrary: logicArb },
      { weight: 1, arbitrary: splitArb },
      { weight: 3, arbitrary: actionArb },
    ),
    sources: fc.array(fc.record({ from: fc.nat(), handle: fc.nat() }), { minLength: 1, maxLength: 3 }),
  }),
  { minLength: 1, maxLength: 14 },
);

/**
 * Plans in which every node takes exactly one edge: tree-shaped graphs, which untraced evaluations run
 * through the compiled decision tree rather than the step program (see compile.ts).
 */
const treePlanArb = fc.array(
  fc.record({
    block: fc.oneof(
      { weight: 6, arbitrary: conditionArb },
      { weight: 2, arbitrary: logicArb },
      { weight: 1, arbitrary: splitArb },
      { weight: 3, arbitrary: actionArb },
    ),
    sources: fc.tuple(fc.record({ from: fc.nat(), handle: fc.nat() })),
  }),
  { minLength: 1, maxLength: 24 },
);

/** Builds a valid graph from a plan: every node takes edges from earlier nodes (so it is a reachable DAG). */
type Plan = { block: Block; sources: { from: number; handle: number }[] }[];

function buildGraph(plan: Plan): RuleGraph {
  const nodes = [
    {
      id: 'n0',
      type: 'trigger.event',
      args: { eventType: 'order.paid' } as JsonObject,
      position: { x: 0, y: 0 },
    },
  ];
  const handles: string[][] = [['out']];
  const edges: RuleGraph['edges'] = [];
  let hasSplit = false;
  for (const { block: planned, sources } of plan) {
    const block: Block =
      planned.type === 'split.percent' && hasSplit
        ? { type: 'action.emitEvent', args: { eventType: 'second.split' } }
        : planned;
    hasSplit ||= block.type === 'split.percent';
    const id = `n${nodes.length}`;
    const candidates = handles.flatMap((h, i) => (h.length > 0 ? [i] : []));
    for (const { from, handle } of block.type === 'logic.not' ? sources.slice(0, 1) : sources) {
      const source = candidates[from % candidates.length]!;
      const sourceHandle = handles[source]![handle % handles[source]!.length]!;
      edges.push({
        id: `e${edges.length}`,
        source: `n${source}`,
        target: id,
        ...((source !== 0 || handle % 2 === 0) && { sourceHandle }),
      });
    }
    nodes.push({ id, ...block, position: { x: 0, y: 0 } });
    handles.push(
      block.type.startsWith('action.')
        ? []
        : block.type === 'split.percent'
          ? ['A', 'B', 'C']
          : ['yes', 'no'],
    );
  }
  if (!nodes.some((n) => n.type.startsWith('action.'))) {
    nodes.push({
      id: 'last',
      type: 'action.issueCoupon',
      args: { templateId: 'tpl-last' },
      position: { x: 0, y: 0 },
    });
    edges.push({ id: 'e-last', source: 'n0', target: 'last' });
  }
  return { version: 1, nodes, edges };
}

const zoneArb = fc.constantFrom(
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
);
const instantArb = fc.integer({ min: 1_735_689_600, max: 1_767_225_599 }); // 2025

const factsArb: fc.Arbitrary<Facts> = fc
  .record({
    userId: fc.constantFrom('u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'),
    now: instantArb,
    eventType: fc.constantFrom('order.paid', 'order.paid', 'order.paid', 'cart.abandoned'),
    properties: fc.dictionary(fc.constantFrom('a', 'b', 'n', 'list'), valueArb),
    attributes: fc.dictionary(fc.constantFrom('a', 'b', 'n', 'list'), valueArb),
    salt: fc.nat(),
    audiences: fc.subarray(['aud-1', 'aud-2']),
    first: fc.subarray(['order.paid', 'user.signed_up']),
    fired: fc.record({ day: fc.nat(3), week: fc.nat(3), month: fc.nat(3), ever: fc.nat(4) }),
  })
  .map((r) => ({
    userId: r.userId,
    now: r.now,
    event: { id: 'evt', type: r.eventType, occurredAt: r.now, properties: r.properties },
    user: { attributes: r.attributes },
    aggregate: (spec) => (fnv1a(spec.key) + r.salt) % 5,
    inAudience: (id) => r.audiences.includes(id),
    isFirst: (eventType) => r.first.includes(eventType),
    firedCount: (_ruleId, period: FrequencyPeriod) => r.fired[period],
  }));

/** Compiled (traced and untraced) and interpreted results of a random graph agree on random facts. */
const agreesWithInterpreter = (plan: Plan, factsList: Facts[], timeZone: string) => {
  const graph = buildGraph(plan);
  expect(validateRuleGraph(graph).issues).toEqual([]);
  const context = { ruleId: 'rule-prop', timeZone };
  const rule = compileRuleGraph(graph, context);
  for (const facts of factsList) {
    const compiled = rule.evaluate(facts, { trace: true });
    expect(compiled).toEqual(interpretRuleGraph(graph, facts, context, { trace: true }));
    expect(rule.evaluate(facts)).toEqual({
      actions: compiled.actions,
      ...(compiled.splitArm && { splitArm: compiled.splitArm }),
    });
  }
};

describe('compiled graphs agree with the interpreter', () => {
  it('on random valid graphs and random facts (actions, split arm and trace)', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.array(factsArb, { minLength: 1, maxLength: 4 }),
        zoneArb,
        agreesWithInterpreter,
      ),
      { numRuns: 400 },
    );
  });

  it('on random tree-shaped graphs (one incoming edge per node) and random facts', () => {
    fc.assert(
      fc.property(
        treePlanArb,
        fc.array(factsArb, { minLength: 1, maxLength: 4 }),
        zoneArb,
        agreesWithInterpreter,
      ),
      { numRuns: 400 },
    );
  });

  it('the generator covers every operator, block and outcome', () => {
    const seenOps = new Set<unknown>();
    const seenTypes = new Set<string>();
    let fired = 0;
    let controls = 0;
    fc.assert(
      fc.property(planArb, factsArb, (plan, facts) => {
        const graph = buildGraph(plan);
        for (const n of graph.nodes) {
          seenTypes.add(n.type);
          seenOps.add(n.args.op);
        }
        const result = compileRuleGraph(graph, { ruleId: 'rule-prop' }).evaluate(facts);
        if (result.actions.length > 0) fired++;
        if (result.actions.some((a) => a.control)) controls++;
      }),
      { numRuns: 300, seed: 42 },
    );
    expect(comparisonOps.filter((op) => !seenOps.has(op))).toEqual([]);
    expect(seenTypes.size).toBe(16);
    expect(fired).toBeGreaterThan(30);
    expect(controls).toBeGreaterThan(3);
  });
});

// ---- Condition expressions ----

const exprArb: fc.Arbitrary<ConditionExpr> = fc.letrec<{ expr: ConditionExpr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    conditionArb.map(({ type, args }) => ({ block: type, args })),
    fc.record({ all: fc.array(tie('expr'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('expr'), { maxLength: 3 }) }),
    fc.record({ not: tie('expr') }),
  ),
})).expr;

describe('compiled condition expressions agree with the interpreter', () => {
  it('on random expressions and facts', () => {
    fc.assert(
      fc.property(exprArb, factsArb, zoneArb, (expr, facts, timeZone) => {
        const { test } = compileConditionExpr(expr, { ruleId: 'rule-expr', timeZone });
        expect(test(facts)).toBe(interpretConditionExpr(expr, facts, { ruleId: 'rule-expr', timeZone }));
      }),
      { numRuns: 400 },
    );
  });
});

// ---- The zone clock against luxon ----

describe('zoneClock', () => {
  it('gives the same local time, weekday and hour as luxon, DST changes included', () => {
    fc.assert(
      fc.property(zoneArb, fc.array(instantArb, { minLength: 1, maxLength: 20 }), (zone, instants) => {
        const clock = zoneClock(zone);
        for (const t of instants.sort((a, b) => a - b)) {
          const local = clock(t);
          const dt = DateTime.fromSeconds(t, { zone });
          expect(localIso(local)).toBe(dt.toFormat("yyyy-MM-dd'T'HH:mm:ss"));
          expect(localWeekday(local)).toBe(dt.weekday);
          expect(localHour(local)).toBe(dt.hour);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is exact inside an hour holding an offset change', () => {
    // Lord Howe Island moves by 30 minutes at 02:00 local standard time (15:00 UTC, 5 Oct 2025).
    const clock = zoneClock('Australia/Lord_Howe');
    const change = DateTime.fromISO('2025-10-05T02:00:00', { zone: 'Australia/Lord_Howe' }).toSeconds();
    for (const t of [change - 1800, change - 1, change, change + 1, change + 1799]) {
      expect(localIso(clock(t))).toBe(
        DateTime.fromSeconds(t, { zone: 'Australia/Lord_Howe' }).toFormat("yyyy-MM-dd'T'HH:mm:ss"),
      );
    }
  });
});
