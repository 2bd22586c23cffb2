// The user lookup's mappings, on real compiled traces of a golden graph (schema/fixtures/graphs/).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type RuleGraph,
  compileRuleGraph,
  createMemoryFacts,
  parseRuleGraph,
  ruleGraphFixtureSchema,
} from '@couponflow/schema';
import { describe, expect, it } from 'vitest';
import {
  type FiringLike,
  actionOutcomes,
  byStatus,
  explainFacts,
  firingOverlay,
  firingSummary,
  highlights,
} from './lookup';

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../../schema/fixtures/graphs');
const fixture = ruleGraphFixtureSchema.parse(
  JSON.parse(readFileSync(join(fixturesDir, 'vip-third-order.json'), 'utf8')),
);
const parsed = parseRuleGraph(fixture.graph);
if (!parsed.ok) throw new Error('vip-third-order does not parse');
const graph: RuleGraph = parsed.graph;

/** A firing as the server stores it: the compiled trace, through JSON, with the given results. */
function firing(caseName: string, results: unknown = {}): FiringLike {
  const c = fixture.cases.find((k) => k.name === caseName);
  if (!c) throw new Error(`no case ${caseName}`);
  const r = compileRuleGraph(graph, fixture.context).evaluate(createMemoryFacts(c.facts), { trace: true });
  return JSON.parse(
    JSON.stringify({
      ruleId: 'rul_1',
      version: 1,
      eventId: 'e-1',
      arm: null,
      control: false,
      actions: r.actions,
      results,
      trace: r.trace,
    }),
  ) as FiringLike;
}

describe('trace → node highlights', () => {
  it('marks the failing condition and leaves what follows unreached', () => {
    const f = firing('amount 9 999: nothing, and the trace says why');
    const o = firingOverlay(graph, f, 'why not');
    expect(highlights(o)).toEqual({
      trigger: 'passed',
      amount: 'failed',
      third: 'notReached',
      vip: 'notReached',
      issue: 'notReached',
    });
    expect(o.nodes.amount?.note).toBe('saw 9999');
    expect(firingSummary(graph, f)).toBe('stopped at amount');
  });

  it('paints an issued coupon on the action node', () => {
    const f = firing('VIP, 12 000, third paid order: coupon', {
      issue: { couponId: 'cpn_1', replayed: false },
    });
    const o = firingOverlay(graph, f, 'why');
    expect(Object.values(highlights(o)).every((s) => s === 'passed')).toBe(true);
    expect(o.nodes.issue).toEqual({ status: 'passed', note: 'issued cpn_1' });
    expect(o.edges.e1?.status).toBe('taken');
    expect(firingSummary(graph, f)).toBe('issued 1 coupon');
  });

  it('paints a refused issue as a failed action with the reason', () => {
    const f = firing('VIP, 12 000, third paid order: coupon', { issue: { refused: 'SOLD_OUT' } });
    const o = firingOverlay(graph, f, 'why not');
    expect(highlights(o).issue).toBe('failed');
    expect(o.nodes.issue?.note).toBe('refused: SOLD_OUT');
    expect(highlights(o).amount).toBe('passed');
    expect(firingSummary(graph, f)).toBe('refused: SOLD_OUT');
  });

  it('says when the user was in the control arm', () => {
    const f = { ...firing('VIP, 12 000, third paid order: coupon'), arm: 'control', control: true };
    expect(firingSummary(graph, f)).toBe('control arm control: nothing performed');
  });

  it('drops malformed traces and results instead of trusting them', () => {
    const f: FiringLike = { ...firing('second paid order: nothing'), trace: 'nope', results: [1] };
    expect(Object.values(highlights(firingOverlay(graph, f, '')))).toEqual(
      graph.nodes.map(() => 'notReached'),
    );
    expect(actionOutcomes('x')).toEqual({});
    expect(actionOutcomes({ a: { wouldHave: 'action.issueCoupon' }, b: { emitted: 'x.y' }, c: 3 })).toEqual({
      a: { kind: 'control', wouldHave: 'action.issueCoupon' },
      b: { kind: 'done', text: 'emitted x.y' },
    });
  });
});

describe('wallet by status', () => {
  it('groups in life-cycle order and keeps unknown statuses last', () => {
    const groups = byStatus([
      { id: '1', status: 'REDEEMED' },
      { id: '2', status: 'AVAILABLE' },
      { id: '3', status: 'ZOMBIE' },
      { id: '4', status: 'AVAILABLE' },
    ]);
    expect(groups.map((g) => [g.status, g.coupons.map((c) => c.id)])).toEqual([
      ['AVAILABLE', ['2', '4']],
      ['REDEEMED', ['1']],
      ['ZOMBIE', ['3']],
    ]);
  });
});

describe('explain facts', () => {
  it('re-runs the stored event with the stored attributes', () => {
    const facts = explainFacts(
      {
        id: 'e1',
        type: 'order.paid',
        userId: 'u1',
        occurredAt: '2026-01-01T00:00:00Z',
        properties: { amount: 5 },
      },
      { tier: 'VIP' },
    );
    expect(facts).toMatchObject({
      userId: 'u1',
      now: '2026-01-01T00:00:00Z',
      attributes: { tier: 'VIP' },
      event: { id: 'e1', type: 'order.paid', properties: { amount: 5 } },
    });
  });
});
