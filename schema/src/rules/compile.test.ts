import { describe, expect, it } from 'vitest';
import {
  type Facts,
  type RuleGraph,
  RuleGraphError,
  aggregateWindowStart,
  compileRuleGraph,
  createMemoryFacts,
  frequencyPeriodStart,
  interpretRuleGraph,
} from './index';

const position = { x: 0, y: 0 };
const graph = (): RuleGraph => ({
  version: 1,
  nodes: [
    { id: 't', type: 'trigger.event', args: { eventType: 'order.paid' }, position },
    {
      id: 'c',
      type: 'condition.eventProperty',
      args: { property: 'amount', op: 'gte', value: 100 },
      position,
    },
    { id: 'a', type: 'action.issueCoupon', args: { templateId: 'tpl' }, position },
  ],
  edges: [
    { id: 'e1', source: 't', target: 'c' },
    { id: 'e2', source: 'c', target: 'a', sourceHandle: 'yes' },
  ],
});
const facts = (amount: number, type = 'order.paid') =>
  createMemoryFacts({ userId: 'u', now: 1_750_000_000, event: { type, properties: { amount } } });

describe('compileRuleGraph', () => {
  it('exposes the trigger (to index rules by), rule id and version', () => {
    const rule = compileRuleGraph(graph(), { ruleId: 'r1', version: 4 });
    expect(rule).toMatchObject({ ruleId: 'r1', version: 4, trigger: 'order.paid' });
  });

  it('throws RuleGraphError with the issues for an invalid graph', () => {
    const g = graph();
    g.edges.pop();
    try {
      compileRuleGraph(g, { ruleId: 'r' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleGraphError);
      expect((error as RuleGraphError).issues.map((i) => i.code)).toEqual(['UNREACHABLE_NODE', 'NO_ACTION']);
    }
  });

  it('refuses an unknown time zone', () => {
    expect(() => compileRuleGraph(graph(), { ruleId: 'r', timeZone: 'Mars/Olympus_Mons' })).toThrow(
      RangeError,
    );
  });

  it('returns no trace unless asked, and read-only results', () => {
    const rule = compileRuleGraph(graph(), { ruleId: 'r' });
    const fired = rule.evaluate(facts(100));
    expect(fired).toEqual({
      actions: [{ nodeId: 'a', type: 'action.issueCoupon', args: { templateId: 'tpl' }, control: false }],
    });
    expect('trace' in fired).toBe(false);
    expect(Object.isFrozen(fired.actions[0])).toBe(true);
    const nothing = rule.evaluate(facts(99));
    expect(nothing).toEqual({ actions: [] });
    expect(Object.isFrozen(nothing.actions)).toBe(true);
  });

  it('does not depend on the graph object after compiling', () => {
    const g = graph();
    const rule = compileRuleGraph(g, { ruleId: 'r' });
    g.nodes[1]!.args.value = 1_000_000;
    g.edges.length = 0;
    expect(rule.evaluate(facts(100)).actions).toHaveLength(1);
  });

  it('survives re-entrant evaluation and exceptions from facts', () => {
    const rule = compileRuleGraph(graph(), { ruleId: 'r' });
    const inner = facts(100);
    let nested: unknown;
    const outer: Facts = {
      ...facts(100),
      event: {
        id: 'e',
        type: 'order.paid',
        occurredAt: 0,
        properties: new Proxy(
          { amount: 100 },
          {
            get(target, key) {
              nested ??= rule.evaluate(inner);
              return Reflect.get(target, key);
            },
          },
        ),
      },
    };
    expect(rule.evaluate(outer).actions).toHaveLength(1);
    expect(nested).toEqual(rule.evaluate(inner));

    const throwing: Facts = {
      ...facts(100),
      event: {
        id: 'e',
        type: 'order.paid',
        occurredAt: 0,
        properties: new Proxy(
          {},
          {
            get: () => {
              throw new Error('boom');
            },
          },
        ),
      },
    };
    expect(() => rule.evaluate(throwing)).toThrow('boom');
    expect(rule.evaluate(facts(100)).actions).toHaveLength(1);
    expect(rule.evaluate(facts(5)).actions).toHaveLength(0);
  });
});

describe('tree-shaped graphs', () => {
  /** A trigger, then `count` conditions in a chain (each continuing on yes), then `actions` actions. */
  const chain = (count: number, actions = 1): RuleGraph => {
    const conditions = Array.from({ length: count }, (_, k) => ({
      id: `c${k}`,
      type: 'condition.eventProperty',
      args: { property: `p${k}`, op: 'eq', value: true },
      position,
    }));
    const acts = Array.from({ length: actions }, (_, k) => ({
      id: `a${k}`,
      type: 'action.issueCoupon',
      args: { templateId: `tpl-${k}` },
      position,
    }));
    const last = conditions.at(-1)?.id ?? 't';
    return {
      version: 1,
      nodes: [
        { id: 't', type: 'trigger.event', args: { eventType: 'order.paid' }, position },
        ...conditions,
        ...acts,
      ],
      edges: [
        ...conditions.map((c, k) => ({
          id: `e${k}`,
          source: k === 0 ? 't' : `c${k - 1}`,
          target: c.id,
          ...(k > 0 && { sourceHandle: 'yes' }),
        })),
        ...acts.map((a, k) => ({
          id: `ea${k}`,
          source: last,
          target: a.id,
          ...(count > 0 && { sourceHandle: 'yes' }),
        })),
      ],
    };
  };
  const props = (count: number, failing: number) =>
    createMemoryFacts({
      userId: 'u',
      now: 1_750_000_000,
      event: {
        type: 'order.paid',
        properties: Object.fromEntries(Array.from({ length: count }, (_, k) => [`p${k}`, k !== failing])),
      },
    });

  it('a chain longer than the written-out conjunctions stops at the first failing condition', () => {
    for (const count of [1, 7, 8, 9, 12, 17]) {
      const g = chain(count);
      const rule = compileRuleGraph(g, { ruleId: 'r' });
      for (let failing = -1; failing < count; failing++) {
        const f = props(count, failing);
        expect(rule.evaluate(f)).toEqual(interpretRuleGraph(g, f, { ruleId: 'r' }));
        expect(rule.evaluate(f).actions).toHaveLength(failing === -1 ? 1 : 0);
      }
    }
  });

  it('more actions than a decision can hold are evaluated by the program, in document order', () => {
    const g = chain(2, 30);
    const rule = compileRuleGraph(g, { ruleId: 'r' });
    const fired = rule.evaluate(props(2, -1));
    expect(fired).toEqual(interpretRuleGraph(g, props(2, -1), { ruleId: 'r' }));
    expect(fired.actions.map((a) => a.nodeId)).toEqual(Array.from({ length: 30 }, (_, k) => `a${k}`));
    expect(rule.evaluate(props(2, 1))).toEqual({ actions: [] });
  });

  it('returns the same frozen result while the decision stays the same', () => {
    const rule = compileRuleGraph(chain(3, 2), { ruleId: 'r' });
    const first = rule.evaluate(props(3, -1));
    expect(Object.isFrozen(first)).toBe(true);
    expect(rule.evaluate(props(3, -1))).toBe(first);
    expect(rule.evaluate(props(3, 0))).toEqual({ actions: [] });
    expect(rule.evaluate(props(3, -1))).toBe(first);
  });
});

describe('facts helpers for the server', () => {
  const now = 1_748_862_000; // 2025-06-02T11:00:00Z, a Monday
  it('frequencyPeriodStart gives calendar periods in the deployment zone', () => {
    expect(new Date(frequencyPeriodStart('day', now, 'Europe/Berlin') * 1000).toISOString()).toBe(
      '2025-06-01T22:00:00.000Z',
    );
    expect(new Date(frequencyPeriodStart('week', now, 'Europe/Berlin') * 1000).toISOString()).toBe(
      '2025-06-01T22:00:00.000Z',
    );
    expect(new Date(frequencyPeriodStart('week', now - 86_400, 'UTC') * 1000).toISOString()).toBe(
      '2025-05-26T00:00:00.000Z',
    );
    expect(new Date(frequencyPeriodStart('month', now, 'America/New_York') * 1000).toISOString()).toBe(
      '2025-06-01T04:00:00.000Z',
    );
    expect(frequencyPeriodStart('ever', now, 'UTC')).toBe(0);
  });

  it('aggregateWindowStart gives rolling and fixed windows', () => {
    expect(aggregateWindowStart({ days: 30 }, now, 'UTC')).toBe(now - 30 * 86_400);
    expect(
      new Date(aggregateWindowStart({ since: '2025-01-01' }, now, 'Europe/Berlin') * 1000).toISOString(),
    ).toBe('2024-12-31T23:00:00.000Z');
    expect(aggregateWindowStart({ since: '2025-01-01T00:00:00Z' }, now, 'Europe/Berlin')).toBe(1_735_689_600);
  });
});
