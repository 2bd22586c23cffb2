import { describe, expect, it } from 'vitest';
import {
  type Facts,
  type RuleGraph,
  RuleGraphError,
  aggregateWindowStart,
  compileRuleGraph,
  createMemoryFacts,
  frequencyPeriodStart,
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
