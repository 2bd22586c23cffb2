// Replay: a draft over stored events, with no side effects, its cost from campaigns/budget.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nowSeconds } from '../ids';
import { testServices, type TestServices } from '../testing';
import { CouponTemplate } from '../templates/template.entity';
import { ReplayTally } from './replay';

let s: TestServices;
let b: Awaited<ReturnType<TestServices['behaviour']>>;
beforeEach(async () => {
  s = await testServices({ BUDGET_MIN_HISTORY: '10' });
  b = await s.behaviour();
});
afterEach(() => s.close());

/** order.paid with amount ≥ 1 000, at most once per user ever → issue `templateId`. */
const draft = (templateId: string) => ({
  version: 1,
  nodes: [
    { id: 'trigger', type: 'trigger.event', args: { eventType: 'order.paid' }, position: { x: 0, y: 0 } },
    {
      id: 'big',
      type: 'condition.eventProperty',
      args: { property: 'amount', op: 'gte', value: 1_000 },
      position: { x: 200, y: 0 },
    },
    {
      id: 'cap',
      type: 'condition.frequencyCap',
      args: { max: 1, period: 'ever' },
      position: { x: 400, y: 0 },
    },
    { id: 'issue', type: 'action.issueCoupon', args: { templateId }, position: { x: 600, y: 0 } },
  ],
  edges: [
    { id: 'e1', source: 'trigger', target: 'big', sourceHandle: 'out' },
    { id: 'e2', source: 'big', target: 'cap', sourceHandle: 'yes' },
    { id: 'e3', source: 'cap', target: 'issue', sourceHandle: 'yes' },
  ],
});

describe('replay', () => {
  it('counts what a draft would have issued, per template, with the worst case until there is history', async () => {
    const t = await s.template();
    const now = nowSeconds();
    const ev = (id: string, userId: string, amount: number, at: number) => ({
      id,
      type: 'order.paid',
      userId,
      occurredAt: at,
      properties: { amount },
    });
    await b.tracking.track([
      ev('a1', 'u1', 5_000, now - 300),
      ev('a2', 'u1', 5_000, now - 200), // capped: u1 already fired in the replay
      ev('b1', 'u2', 500, now - 250), // too small
      ev('b2', 'u2', 2_000, now - 100),
      ev('c1', 'u3', 2_000, now - 50_000), // before `from`
    ]);
    const report = await b.rules.replay(draft(t.id), now - 1_000, now);
    expect(report).toMatchObject({
      events: 4,
      evaluations: 4,
      firings: 2,
      users: 2,
      control: 0,
      truncated: false,
    });
    expect(report.issues).toEqual([
      {
        templateId: t.id,
        count: 2,
        users: 2,
        maxValue: 500,
        worstCaseCost: 1_000,
        expectedCost: 1_000,
        redemptionRate: 1,
      },
    ]);
    expect((await s.reload(t.id)).issuedCount).toBe(0); // no side effects

    // with history (≥ BUDGET_MIN_HISTORY settled coupons), the observed rate: 3 of 12 redeemed
    const em = s.db.em();
    await em.nativeUpdate(CouponTemplate, { id: t.id }, { redeemedCount: 3, expiredCount: 9 });
    const observed = await b.rules.replay(draft(t.id), now - 1_000, now);
    expect(observed.issues[0]).toMatchObject({
      worstCaseCost: 1_000,
      expectedCost: 250,
      redemptionRate: 0.25,
    });
    expect(observed.expectedCost).toBe(250);
  });
});

describe('ReplayTally', () => {
  it('records firings, control arms and issues per template', () => {
    const tally = new ReplayTally();
    tally.record('u1', 10, []);
    tally.record('u1', 20, [
      { nodeId: 'i', type: 'action.issueCoupon', args: { templateId: 't1' }, control: false },
      { nodeId: 'j', type: 'action.issueCoupon', args: { templateId: 't2' }, control: true },
    ]);
    expect(tally.firings).toBe(1);
    expect(tally.control).toBe(1);
    expect(tally.fired.get('u1')).toEqual([20]);
    expect([...tally.perTemplate.keys()]).toEqual(['t1']);
  });
});
