// The overlays the panels paint, from real compiled traces of the golden graphs (schema/fixtures/graphs/).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type RuleGraph,
  type RuleGraphFixture,
  compileRuleGraph,
  createMemoryFacts,
  parseRuleGraph,
  ruleGraphFixtureSchema,
} from '@couponflow/schema';
import { describe, expect, it } from 'vitest';
import { diffGraphs } from './diff';
import {
  countsOverlay,
  diffOverlay,
  readSimulation,
  seenNote,
  traceOverlay,
  type Simulation,
  type UserCounts,
  userCountsOf,
} from './overlays';

// A path, not a URL: happy-dom replaces the global URL class.
const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../../schema/fixtures/graphs');

function golden(name: string): { fixture: RuleGraphFixture; graph: RuleGraph } {
  const fixture = ruleGraphFixtureSchema.parse(
    JSON.parse(readFileSync(join(fixturesDir, `${name}.json`), 'utf8')),
  );
  const parsed = parseRuleGraph(fixture.graph);
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  return { fixture, graph: parsed.graph };
}

/** Simulates a fixture's case the way the server does (compiled, traced) and reads it as the panel does. */
function simulate(name: string, caseName: string): { graph: RuleGraph; simulation: Simulation } {
  const { fixture, graph } = golden(name);
  const c = fixture.cases.find((k) => k.name === caseName);
  if (!c) throw new Error(`no case ${caseName}`);
  const result = compileRuleGraph(graph, fixture.context).evaluate(createMemoryFacts(c.facts), {
    trace: true,
  });
  // Through JSON, as it comes over GraphQL.
  const wire = JSON.parse(JSON.stringify({ ...result, splitArm: result.splitArm ?? null })) as {
    actions: unknown;
    splitArm: unknown;
    trace: unknown;
  };
  return { graph, simulation: readSimulation(wire) };
}

describe('trace overlay', () => {
  it('paints passed, failed and not reached nodes with the value seen, and taken edges', () => {
    const { graph, simulation } = simulate(
      'vip-third-order',
      'amount 9 999: nothing, and the trace says why',
    );
    const o = traceOverlay(graph, simulation, 'Trace');
    expect(o.kind).toBe('trace');
    expect(o.nodes.trigger).toEqual({ status: 'passed', note: 'event order.paid' });
    expect(o.nodes.amount).toEqual({ status: 'failed', note: 'saw 9999' });
    expect(o.nodes.third?.status).toBe('notReached');
    expect(o.nodes.vip?.status).toBe('notReached');
    expect(o.nodes.issue?.status).toBe('notReached');
    // e1 leaves the trigger without a handle (its `out`); e2 is amount's `yes`, not taken.
    expect(o.edges).toEqual({
      e1: { status: 'taken' },
      e2: { status: 'notTaken' },
      e3: { status: 'notTaken' },
      e4: { status: 'notTaken' },
    });
    expect(simulation.actions).toEqual([]);
  });

  it('paints a full pass down to the action', () => {
    const { graph, simulation } = simulate('vip-third-order', 'VIP, 12 000, third paid order: coupon');
    const o = traceOverlay(graph, simulation, 'Trace');
    expect(Object.values(o.nodes).map((n) => n.status)).toEqual([
      'passed',
      'passed',
      'passed',
      'passed',
      'passed',
    ]);
    expect(o.nodes.third?.note).toBe('saw 3');
    expect(o.nodes.vip?.note).toBe('saw "VIP"');
    expect(o.nodes.issue?.note).toBe('would fire');
    expect(Object.values(o.edges).every((e) => e.status === 'taken')).toBe(true);
    expect(simulation.actions.map((a) => a.nodeId)).toEqual(['issue']);
  });

  it('stops at a trigger that does not match', () => {
    const { graph, simulation } = simulate(
      'vip-third-order',
      'another event type: nothing runs past the trigger',
    );
    const o = traceOverlay(graph, simulation, 'Trace');
    expect(o.nodes.trigger?.status).toBe('failed');
    expect(o.nodes.trigger?.note).toMatch(/no match/);
    expect(o.nodes.amount?.status).toBe('notReached');
    expect(o.edges.e1?.status).toBe('notTaken');
  });

  it('follows the split arm and flags the control arm', () => {
    const { graph, simulation } = simulate(
      'split-holdout',
      'user-20 lands in the holdout: coupon recorded as control',
    );
    const o = traceOverlay(graph, simulation, 'Trace');
    expect(simulation.splitArm).toEqual({ id: 'control', control: true });
    expect(o.nodes.split).toEqual({ status: 'passed', note: 'arm control (control: nothing performed)' });
    expect(o.nodes.issue).toEqual({ status: 'passed', note: 'control arm: recorded only' });
    expect(o.nodes['tag-buyer']).toEqual({ status: 'passed', note: 'would fire' });
    expect(o.edges.e4?.status).toBe('notTaken'); // treatment
    expect(o.edges.e5?.status).toBe('taken'); // control
    expect(simulation.actions.map((a) => [a.nodeId, a.control])).toEqual([
      ['tag-buyer', false],
      ['issue', true],
    ]);
  });

  it('describes what logic nodes saw', () => {
    const { graph, simulation } = simulate('logic', 'big VIP order in the app, first order');
    const o = traceOverlay(graph, simulation, 'Trace');
    expect(o.nodes['big-and-vip']).toEqual({ status: 'passed', note: '2 of 2 inputs on' });
    expect(o.nodes.first?.note).toBe('first time');
    expect(
      seenNote({ nodeId: 'a', type: 'condition.audience', passed: false, seen: { member: false } }),
    ).toBe('not a member');
  });

  it('reads malformed JSON without trusting it', () => {
    expect(readSimulation({ actions: null, trace: [{ nodeId: 1 }, 'x'], splitArm: 'a' })).toEqual({
      actions: [],
      splitArm: null,
      trace: [],
    });
  });
});

describe('counts overlay', () => {
  it('puts distinct users on nodes and on the edges by handle, weighted like a funnel', () => {
    const { graph } = golden('vip-third-order');
    const counts: UserCounts = {
      nodes: [
        { nodeId: 'trigger', users: 1200, passed: 1200 },
        { nodeId: 'amount', users: 1200, passed: 300 },
        { nodeId: 'third', users: 300, passed: 60 },
        { nodeId: 'vip', users: 60, passed: 12 },
        { nodeId: 'issue', users: 12 },
      ],
      ports: [
        { nodeId: 'trigger', port: 'out', users: 1200 },
        { nodeId: 'amount', port: 'yes', users: 300 },
        { nodeId: 'amount', port: 'no', users: 900 },
        { nodeId: 'third', port: 'yes', users: 60 },
        { nodeId: 'vip', port: 'yes', users: 12 },
      ],
      relativeError: 0.008,
    };
    const o = countsOverlay(graph, counts, 'Users');
    expect(o.kind).toBe('counts');
    expect(o.nodes.trigger).toEqual({ count: 1200 });
    expect(o.nodes.amount).toEqual({ count: 1200, note: '300 passed' });
    expect(o.nodes.issue).toEqual({ count: 12 });
    expect(o.edges.e1).toEqual({ label: '1,200', weight: 1 });
    expect(o.edges.e2).toEqual({ label: '300', weight: 0.25 });
    expect(o.edges.e4).toEqual({ label: '12', weight: 0.01 });
  });

  it('reads the API counts: passed users are those who left by yes, and `in` is not an edge', () => {
    const { graph } = golden('split-holdout');
    const counts = userCountsOf({
      nodes: [
        { nodeId: 'trigger', users: 100 },
        { nodeId: 'tag-buyer', users: 100 },
        { nodeId: 'big', users: 100 },
        { nodeId: 'split', users: 40 },
        { nodeId: 'issue', users: 40 },
      ],
      ports: [
        { nodeId: 'trigger', port: 'out', users: 100 },
        { nodeId: 'big', port: 'in', users: 100 },
        { nodeId: 'big', port: 'yes', users: 40 },
        { nodeId: 'split', port: 'treatment', users: 36 },
        { nodeId: 'split', port: 'control', users: 4 },
      ],
      relativeError: 0.0081,
    });
    expect(counts.ports.some((p) => p.port === 'in')).toBe(false);
    const o = countsOverlay(graph, counts, 'Users');
    expect(o.nodes.big).toEqual({ count: 100, note: '40 passed' });
    expect(o.nodes.split).toEqual({ count: 40 });
    expect(o.nodes['tag-buyer']).toEqual({ count: 100 });
    // e1 and e2 leave the trigger (no handle: `out`); e4/e5 are the split's arms.
    expect(o.edges.e1).toEqual({ label: '100', weight: 1 });
    expect(o.edges.e3).toEqual({ label: '40', weight: 0.4 });
    expect(o.edges.e4).toEqual({ label: '36', weight: 0.36 });
    expect(o.edges.e5).toEqual({ label: '4', weight: 0.04 });
  });

  it('gives zero on nodes and edges nobody reached', () => {
    const { graph } = golden('split-holdout');
    const o = countsOverlay(graph, { nodes: [], ports: [] }, 'Users');
    expect(Object.values(o.nodes).every((n) => n.count === 0)).toBe(true);
    expect(Object.values(o.edges).every((e) => e.weight === 0 && e.label === '0')).toBe(true);
  });
});

describe('diff overlay', () => {
  it('paints the union graph with notes on changed nodes', () => {
    const { graph } = golden('vip-third-order');
    const next: RuleGraph = {
      ...graph,
      nodes: graph.nodes.map((n) => (n.id === 'amount' ? { ...n, args: { ...n.args, value: 20000 } } : n)),
    };
    const o = diffOverlay(diffGraphs(graph, next), 'v1 → draft');
    expect(o.kind).toBe('diff');
    expect(o.graph).toBeDefined();
    expect(o.nodes.amount).toEqual({ status: 'changed', note: 'value: 10000 → 20000' });
    expect(o.nodes.trigger).toEqual({ status: 'same' });
    expect(Object.values(o.edges).every((e) => e.status === 'same')).toBe(true);
  });
});
