// Simulation and replay before publishing: a trace for one event; a draft replayed over stored events
// reports what it would have issued, to how many users, at what cost — and writes nothing.
import { graphql } from '../support/gql-types';
import { beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../support/db';
import type { GqlClient } from '../support/gql';
import { DAY, DIALECT, createTemplate } from '../support/server';
import { useServer } from '../support/fixture';
import {
  type TrackEvent,
  chain,
  isoAt,
  nowS,
  track,
  vipThirdOrder,
  actionsOf,
  traceOf,
} from './rules-support';

const srv = useServer({ connections: 8 });
let staff: GqlClient;
let app: GqlClient;
let templateId: string;
const T = nowS() - 120;

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['events:write']);
  templateId = (await createTemplate(staff, { amount: 2_000 })).id;
});

const SIMULATE = graphql(`
  query RulesSimulateSimulateRule($g: JSON!, $f: JSON!, $s: Boolean) {
    simulateRule(graph: $g, facts: $f, storedFacts: $s) {
      actions
      splitArm
      trace
    }
  }
`);
const order = (id: string, userId: string, at: number, amount: number, tier?: string): TrackEvent => ({
  id,
  type: 'order.paid',
  userId,
  occurredAt: isoAt(at),
  properties: { amount },
  ...(tier ? { userAttributes: { tier } } : {}),
});

describe(`simulateRule (${DIALECT})`, () => {
  it('returns the trace for a facts snapshot', async () => {
    const r = await staff.q(SIMULATE, {
      g: vipThirdOrder(templateId),
      f: {
        userId: 'sim-1',
        now: T,
        attributes: { tier: 'VIP' },
        aggregates: [{ eventType: 'order.paid', fn: 'count', window: { days: 30 }, value: 3 }],
        event: { type: 'order.paid', properties: { amount: 10_000 } },
      },
    });
    expect(actionsOf(r.simulateRule.actions).map((a) => a.nodeId)).toEqual(['issue']);
    expect(traceOf(r.simulateRule.trace).map((t) => [t.nodeId, t.passed])).toEqual([
      ['trigger', true],
      ['amount', true],
      ['third', true],
      ['vip', true],
      ['issue', true],
    ]);
    const miss = await staff.q(SIMULATE, {
      g: vipThirdOrder(templateId),
      f: {
        userId: 'sim-1',
        now: T,
        attributes: { tier: 'VIP' },
        event: { type: 'order.paid', properties: { amount: 10_000 } },
      },
    });
    expect(miss.simulateRule.actions).toEqual([]);
    expect(traceOf(miss.simulateRule.trace).find((t) => t.nodeId === 'third')).toMatchObject({
      passed: false,
    });
  });

  it('with storedFacts reads the user’s stored aggregates, exact at the window edges', async () => {
    // 7-day sum: the event exactly 7 days back counts, one a second earlier does not.
    await track(app, [
      order('s-0', 'sim-2', T - 7 * DAY - 1, 1, 'VIP'),
      order('s-1', 'sim-2', T - 7 * DAY, 10),
      order('s-2', 'sim-2', T - 4 * DAY, 100),
      order('s-3', 'sim-2', T - 2 * DAY, 1_000),
      order('s-4', 'sim-2', T, 10_000),
      order('s-5', 'sim-2', T + 1, 100_000), // after "now": not counted
    ]);
    const graph = chain([
      { id: 'trigger', type: 'trigger.event', args: { eventType: 'order.paid' } },
      {
        id: 'spend',
        type: 'condition.aggregate',
        args: {
          eventType: 'order.paid',
          fn: 'sum',
          property: 'amount',
          window: { days: 7 },
          op: 'eq',
          value: 11_110,
        },
      },
      {
        id: 'bigCount',
        type: 'condition.aggregate',
        args: {
          eventType: 'order.paid',
          fn: 'count',
          filter: { property: 'amount', op: 'gte', value: 100 },
          window: { days: 7 },
          op: 'eq',
          value: 3,
        },
      },
      { id: 'first', type: 'condition.firstTime', args: { eventType: 'order.paid' } },
      { id: 'issue', type: 'action.issueCoupon', args: { templateId } },
    ]);
    const r = await staff.q(SIMULATE, {
      g: graph,
      f: {
        userId: 'sim-2',
        now: T,
        event: { id: 's-4', type: 'order.paid', properties: { amount: 10_000 } },
      },
      s: true,
    });
    const byNode = Object.fromEntries(traceOf(r.simulateRule.trace).map((t) => [t.nodeId, t]));
    expect(byNode.spend).toMatchObject({ passed: true });
    expect(byNode.bigCount).toMatchObject({ passed: true });
    expect(byNode.first).toMatchObject({ passed: false }); // s-0 came first
  });

  it('rejects an invalid graph with INVALID_GRAPH', async () => {
    const r = await staff.raw(SIMULATE, {
      g: { version: 1, nodes: [], edges: [] },
      f: { userId: 'x', now: T, event: { type: 'order.paid' } },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('INVALID_GRAPH');
  });
});

describe(`replayRule (${DIALECT})`, () => {
  it('reports what a draft would have issued over stored events, with no side effects', async () => {
    const events: TrackEvent[] = [];
    for (let u = 0; u < 10; u++) {
      const tier = u < 6 ? 'VIP' : 'REGULAR';
      for (let k = 0; k < 4; k++)
        events.push(order(`r-${u}-${k}`, `rp-${u}`, T - (10 - k) * DAY, 12_000, k === 0 ? tier : undefined));
    }
    expect((await track(app, events)).accepted).toBe(40);
    const tables = [
      'coupon',
      'rule_firing',
      'outbox_event',
      'rule_node_count',
      'rule_exposure',
      'idempotency_key',
      'tracked_event',
    ];
    const before = await countRows(srv.db.url, tables);
    const r = await staff.q(
      graphql(`
        query ReplayRule($g: JSON!, $from: DateTime!, $to: DateTime!) {
          replayRule(graph: $g, from: $from, to: $to) {
            events
            firings
            users
            worstCaseCost
            expectedCost
            issues {
              templateId
              count
              users
              maxValue
              worstCaseCost
              expectedCost
            }
          }
        }
      `),
      { g: vipThirdOrder(templateId), from: isoAt(T - 11 * DAY), to: isoAt(T - 5 * DAY) },
    );
    // 6 VIP users reach their third order inside the range: 6 coupons of max 2 000.
    // 40 of these plus 2 from the storedFacts test fall in the range.
    expect(r.replayRule).toMatchObject({
      events: 42,
      firings: 6,
      users: 6,
      worstCaseCost: 12_000,
      expectedCost: 12_000,
    });
    expect(r.replayRule.issues).toEqual([
      { templateId, count: 6, users: 6, maxValue: 2_000, worstCaseCost: 12_000, expectedCost: 12_000 },
    ]);
    expect(await countRows(srv.db.url, tables)).toEqual(before);
  });
});

describe(`catalogue and listings (${DIALECT})`, () => {
  it('serves the block catalogue with arg JSON schemas and UI hints', async () => {
    const r = await staff.q(
      graphql(`
        query BlockCatalogue {
          blockCatalogue {
            code
            category
            argsSchema
            ui
          }
        }
      `),
    );
    const codes = r.blockCatalogue.map((b) => b.code);
    expect(codes).toEqual(
      expect.arrayContaining(['trigger.event', 'condition.aggregate', 'split.percent', 'action.issueCoupon']),
    );
    const issue = r.blockCatalogue.find((b) => b.code === 'action.issueCoupon')!;
    expect(issue.category).toBe('action');
    expect(issue.argsSchema).toMatchObject({ properties: { templateId: expect.anything() } });
    expect(Object.keys((issue.argsSchema as { properties: object }).properties)).toEqual(['templateId']);
    expect(issue.ui).toMatchObject({ templateId: { widget: 'template' } });
  });

  it('lists rules by status', async () => {
    const id = (
      await staff.q(
        graphql(`
          mutation RulesSimulateCreateRule($i: CreateRuleInput!) {
            createRule(input: $i) {
              id
              status
            }
          }
        `),
        {
          i: { name: 'listed draft', mode: 'EXPERIMENT' },
        },
      )
    ).createRule.id;
    const drafts = await staff.q(
      graphql(`
        query RulesSimulateRules {
          rules(status: DRAFT) {
            id
            status
            mode
          }
        }
      `),
    );
    expect(drafts.rules).toContainEqual({ id, status: 'DRAFT', mode: 'EXPERIMENT' });
    const active = await staff.q(
      graphql(`
        query Rules {
          rules(status: ACTIVE) {
            id
          }
        }
      `),
    );
    expect(active.rules.map((r) => r.id)).not.toContain(id);
  });
});
