// The engine's steps on a real SQLite store: tracking hands new events to the engine in its
// transaction; actions issue through the issuance path and change audience members through audiences/;
// events older than the trigger horizon fire no rule.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nowSeconds } from '../ids';
import { DAY, testServices, type TestServices } from '../testing';
import { BehaviourBucket } from '../tracking/tracking.entity';
import { RuleNodeRegister } from './rule.entity';

let s: TestServices;
let b: Awaited<ReturnType<TestServices['behaviour']>>;
beforeEach(async () => {
  s = await testServices();
  b = await s.behaviour();
});
afterEach(() => s.close());

/** trigger order.paid → issue `templateId`, and → add to / remove from `audienceId`. */
function graph(templateId: string, audienceId: string, membership: 'add' | 'remove') {
  const action = membership === 'add' ? 'action.addToAudience' : 'action.removeFromAudience';
  return {
    version: 1,
    nodes: [
      { id: 'trigger', type: 'trigger.event', args: { eventType: 'order.paid' }, position: { x: 0, y: 0 } },
      { id: 'issue', type: 'action.issueCoupon', args: { templateId }, position: { x: 200, y: 0 } },
      { id: 'member', type: action, args: { audienceId }, position: { x: 200, y: 100 } },
    ],
    edges: [
      { id: 'e1', source: 'trigger', target: 'issue', sourceHandle: 'out' },
      { id: 'e2', source: 'trigger', target: 'member', sourceHandle: 'out' },
    ],
  };
}

async function publish(g: unknown): Promise<string> {
  const rule = await b.rules.create({ name: 'r', mode: 'AUTOMATED', graph: g });
  await b.rules.publish(rule.id, null);
  return rule.id;
}

const order = (id: string, userId: string, occurredAt: number) => ({
  id,
  type: 'order.paid',
  userId,
  occurredAt,
  properties: { amount: 1_000, orderId: id },
});

describe('RuleEngine.process', () => {
  it('issues through the issuance path and adds members through audiences/, in the tracking transaction', async () => {
    const t = await s.template();
    const aud = await b.audiences.create({ name: 'buyers', kind: 'STATIC' });
    const ruleId = await publish(graph(t.id, aud.id, 'add'));
    const now = nowSeconds();
    const r = await b.tracking.track([order('o1', 'u1', now), order('o2', 'u2', now - 10)]);
    expect(r).toMatchObject({ accepted: 2, firings: 2, issued: 2 });
    expect((await s.reload(t.id)).issuedCount).toBe(2);
    expect((await b.audiences.get(aud.id)).size).toBe(2);
    expect(await b.audiences.isMember(aud.id, 'u1')).toBe(true);
    const firings = await b.rules.firings(ruleId, 'u1', 10);
    expect(firings).toHaveLength(1);
    expect(firings[0]!.results).toMatchObject({
      issue: { couponId: expect.any(String) },
      member: { done: true },
    });
    expect(await b.rules.nodeCounts(ruleId, 1)).toEqual([
      { version: 1, nodeId: 'issue', ran: 2, passed: 2 },
      { version: 1, nodeId: 'member', ran: 2, passed: 2 },
      { version: 1, nodeId: 'trigger', ran: 2, passed: 2 },
    ]);
    expect((await s.events('rule.fired')).length).toBe(2);
  });

  it('removes members (and their count) through audiences/', async () => {
    const t = await s.template();
    const aud = await b.audiences.create({ name: 'lapsed', kind: 'STATIC' });
    await b.audiences.upload(aud.id, 'user_id\nu1\nu2\n', false);
    expect((await b.audiences.get(aud.id)).size).toBe(2);
    await publish(graph(t.id, aud.id, 'remove'));
    await b.tracking.track([order('o1', 'u1', nowSeconds())]);
    expect((await b.audiences.get(aud.id)).size).toBe(1);
    expect(await b.audiences.isMember(aud.id, 'u1')).toBe(false);
    expect(await b.audiences.isMember(aud.id, 'u2')).toBe(true);
  });

  it('fires no rule for an event older than the trigger horizon (24 h), which still counts in the aggregates', async () => {
    const t = await s.template();
    const aud = await b.audiences.create({ name: 'buyers', kind: 'STATIC' });
    const ruleId = await publish(graph(t.id, aud.id, 'add'));
    const now = nowSeconds();
    const r = await b.tracking.track([
      order('old', 'u1', now - DAY - 60),
      order('edge', 'u2', now - DAY + 60),
    ]);
    expect(r).toMatchObject({ accepted: 2, firings: 1, issued: 1 });
    expect(await b.rules.firings(ruleId, 'u1', 10)).toEqual([]);
    expect(await b.audiences.isMember(aud.id, 'u1')).toBe(false);
    const buckets = await s.db.em().find(BehaviourBucket, { userId: 'u1' });
    expect(buckets.map((x) => x.count)).toEqual([1]);
  });

  it('with the horizon off (0), history fires rules too', async () => {
    await s.close();
    s = await testServices({ RULE_TRIGGER_HORIZON_SECONDS: '0' });
    b = await s.behaviour();
    const t = await s.template();
    const aud = await b.audiences.create({ name: 'buyers', kind: 'STATIC' });
    await publish(graph(t.id, aud.id, 'add'));
    const r = await b.tracking.track([order('old', 'u1', nowSeconds() - 40 * DAY)]);
    expect(r).toMatchObject({ accepted: 1, firings: 1, issued: 1 });
  });

  it('writes each distinct-user register once per batch, and nothing again for the same users', async () => {
    const t = await s.template();
    const aud = await b.audiences.create({ name: 'buyers', kind: 'STATIC' });
    await publish(graph(t.id, aud.id, 'add'));
    const now = nowSeconds();
    const batch = (p: string) =>
      Array.from({ length: 200 }, (_, i) => order(`${p}${i}`, `u${i % 20}`, now - i));
    await b.tracking.track(batch('a'));
    const registers = () => s.db.em().count(RuleNodeRegister, {});
    const after1 = await registers();
    // 20 users: at most 20 registers per sketch (trigger group + the trigger's edge source)
    expect(after1).toBeGreaterThan(0);
    expect(after1).toBeLessThanOrEqual(40);
    await b.tracking.track(batch('b'));
    expect(await registers()).toBe(after1);
  });
});
