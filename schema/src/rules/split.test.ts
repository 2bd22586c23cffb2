// The split: deterministic per (rule, user), uniform enough for a 90/10 experiment.
import { describe, expect, it } from 'vitest';
import { type RuleGraph, compileRuleGraph, createMemoryFacts, splitHash } from './index';

function splitGraph(arms: { id: string; percent: number; control?: boolean }[]): RuleGraph {
  return {
    version: 1,
    nodes: [
      { id: 't', type: 'trigger.event', args: { eventType: 'order.paid' }, position: { x: 0, y: 0 } },
      { id: 's', type: 'split.percent', args: { arms }, position: { x: 0, y: 100 } },
      ...arms.map((arm) => ({
        id: `a-${arm.id}`,
        type: 'action.issueCoupon',
        args: { templateId: `tpl-${arm.id}` },
        position: { x: 0, y: 200 },
      })),
    ],
    edges: [
      { id: 'e0', source: 't', target: 's' },
      ...arms.map((arm) => ({ id: `e-${arm.id}`, source: 's', target: `a-${arm.id}`, sourceHandle: arm.id })),
    ],
  };
}

const factsFor = (userId: string) =>
  createMemoryFacts({ userId, now: 1_750_000_000, event: { type: 'order.paid', properties: {} } });

/** Chi-square statistic of observed counts against expected shares. */
function chiSquare(observed: number[], shares: number[]): number {
  const total = observed.reduce((a, b) => a + b, 0);
  return observed.reduce((sum, o, i) => sum + (o - total * shares[i]!) ** 2 / (total * shares[i]!), 0);
}
/** Critical value of chi-square with 1 degree of freedom at p = 0.001. */
const CHI2_1DF_P001 = 10.828;

describe('split.percent', () => {
  const rule = compileRuleGraph(
    splitGraph([
      { id: 'treatment', percent: 90 },
      { id: 'control', percent: 10, control: true },
    ]),
    { ruleId: 'rule-experiment-1' },
  );
  const users = Array.from({ length: 20_000 }, (_, i) => `user-${i}`);
  const arms = users.map((u) => rule.evaluate(factsFor(u)).splitArm!.id);

  it('splits 20 000 users 90/10 with a chi-square p > 0.001', () => {
    const control = arms.filter((a) => a === 'control').length;
    const statistic = chiSquare([arms.length - control, control], [0.9, 0.1]);
    expect(statistic).toBeLessThan(CHI2_1DF_P001);
    expect(control).toBeGreaterThan(1700);
    expect(control).toBeLessThan(2300);
  });

  it('passes the same test for uuid-like ids and for another rule', () => {
    const other = compileRuleGraph(
      splitGraph([
        { id: 'treatment', percent: 90 },
        { id: 'control', percent: 10, control: true },
      ]),
      { ruleId: 'a3f1c2d4-0000-4000-8000-000000000001' },
    );
    const ids = Array.from(
      { length: 20_000 },
      (_, i) => `0000${(i * 2654435761) >>> 0}`.slice(-10) + `-${i % 97}`,
    );
    const control = ids.filter((u) => other.evaluate(factsFor(u)).splitArm!.control).length;
    expect(chiSquare([ids.length - control, control], [0.9, 0.1])).toBeLessThan(CHI2_1DF_P001);
  });

  it('puts the same user in the same arm every time, across compilations and versions', () => {
    const again = compileRuleGraph(
      splitGraph([
        { id: 'treatment', percent: 90 },
        { id: 'control', percent: 10, control: true },
      ]),
      { ruleId: 'rule-experiment-1', version: 7 },
    );
    for (let i = 0; i < 2000; i++) {
      expect(again.evaluate(factsFor(users[i]!)).splitArm!.id).toBe(arms[i]);
      expect(rule.evaluate(factsFor(users[i]!)).splitArm!.id).toBe(arms[i]);
    }
  });

  it('assigns independently per rule', () => {
    const hashes = users
      .slice(0, 1000)
      .map((u) => [splitHash('rule-a', u) < 2 ** 31, splitHash('rule-b', u) < 2 ** 31]);
    const agree = hashes.filter(([a, b]) => a === b).length;
    expect(agree).toBeGreaterThan(430);
    expect(agree).toBeLessThan(570);
  });

  it('honours three arms and zero-percent arms', () => {
    const three = compileRuleGraph(
      splitGraph([
        { id: 'a', percent: 50 },
        { id: 'never', percent: 0 },
        { id: 'b', percent: 30 },
        { id: 'c', percent: 20, control: true },
      ]),
      { ruleId: 'rule-3' },
    );
    const counts = new Map<string, number>();
    for (const u of users) {
      const arm = three.evaluate(factsFor(u)).splitArm!.id;
      counts.set(arm, (counts.get(arm) ?? 0) + 1);
    }
    expect(counts.get('never')).toBeUndefined();
    const observed = ['a', 'b', 'c'].map((id) => counts.get(id) ?? 0);
    // 2 degrees of freedom: critical value 13.816 at p = 0.001.
    expect(chiSquare(observed, [0.5, 0.3, 0.2])).toBeLessThan(13.816);
  });
});
