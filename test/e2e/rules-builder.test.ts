// The server half of the rule builder: distinct users per node and edge (HyperLogLog funnel), the rule
// list's fields (trigger, last firing, actions today), publish with a note, duplicate, and the pickers
// of the settings form (event types, audiences, templates, user attribute names).
import { beforeAll, describe, expect, it } from 'vitest';
import type { GqlClient } from '../support/gql';
import { graphql } from '../support/gql-types';
import type { RulesBuilderNodeUsersQuery } from '../support/gql-types/graphql';
import { DAY, DIALECT, createTemplate } from '../support/server';
import { useServer } from '../support/fixture';
import { type TrackEvent, createRule, isoAt, nowS, track } from './rules-support';

const srv = useServer({ connections: 8 });
let staff: GqlClient;
let app: GqlClient;

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['events:write']);
});

type NodeUsers = RulesBuilderNodeUsersQuery['ruleNodeUsers'];

const NODE_USERS = graphql(`
  query RulesBuilderNodeUsers($r: ID!, $f: DateTime!, $t: DateTime!, $v: Int) {
    ruleNodeUsers(ruleId: $r, from: $f, to: $t, version: $v) {
      version
      from
      to
      relativeError
      registers
      nodes {
        nodeId
        users
      }
      ports {
        nodeId
        port
        users
      }
    }
  }
`);

const VERSIONS = graphql(`
  query RulesBuilderRuleVersions($id: ID!) {
    ruleVersions(ruleId: $id) {
      version
      note
    }
  }
`);

// A firing's results are JSON in the schema: per action node, what it did (a coupon id when it issued).
const resultsOf = (json: unknown): Record<string, { couponId?: string }> =>
  json as Record<string, { couponId?: string }>;

async function nodeUsers(ruleId: string, from: number, to: number, version?: number): Promise<NodeUsers> {
  return (
    await staff.q(NODE_USERS, {
      r: ruleId,
      f: isoAt(from),
      t: isoAt(to),
      v: version ?? null,
    })
  ).ruleNodeUsers;
}

const byNode = (r: NodeUsers) => Object.fromEntries(r.nodes.map((n) => [n.nodeId, n.users]));
const byPort = (r: NodeUsers) => Object.fromEntries(r.ports.map((p) => [`${p.nodeId}:${p.port}`, p.users]));

function expectNear(got: Record<string, number>, want: Record<string, number>, slack = 1): void {
  expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
  for (const [k, n] of Object.entries(want))
    expect(Math.abs(got[k]! - n), `${k}: ${got[k]} for ${n}`).toBeLessThanOrEqual(slack);
}

async function publish(ruleId: string, note?: string) {
  return (
    await staff.q(
      graphql(`
        mutation RulesBuilderPublishRule($id: ID!, $n: String) {
          publishRule(id: $id, note: $n) {
            rule {
              activeVersion
            }
          }
        }
      `),
      { id: ruleId, n: note ?? null },
    )
  ).publishRule.rule.activeVersion;
}

/** trigger → amount ≥ 10 000: yes → issue; no → tier VIP: yes → issue. */
function funnelGraph(templateId: string) {
  const at = (x: number) => ({ x, y: 0 });
  return {
    version: 1,
    nodes: [
      { id: 'trigger', type: 'trigger.event', args: { eventType: 'order.paid' }, position: at(0) },
      {
        id: 'amount',
        type: 'condition.eventProperty',
        args: { property: 'amount', op: 'gte', value: 10_000 },
        position: at(200),
      },
      {
        id: 'tier',
        type: 'condition.userAttribute',
        args: { attribute: 'tier', op: 'eq', value: 'VIP' },
        position: at(400),
      },
      { id: 'issue', type: 'action.issueCoupon', args: { templateId }, position: at(600) },
    ],
    edges: [
      { id: 'e1', source: 'trigger', target: 'amount', sourceHandle: 'out' },
      { id: 'e2', source: 'amount', target: 'issue', sourceHandle: 'yes' },
      { id: 'e3', source: 'amount', target: 'tier', sourceHandle: 'no' },
      { id: 'e4', source: 'tier', target: 'issue', sourceHandle: 'yes' },
    ],
  };
}

describe(`rule builder API (${DIALECT})`, () => {
  let templateId: string;
  let ruleId: string;
  const base = nowS() - 120;

  it('counts distinct users per node and per edge source, and publishes with a note', async () => {
    templateId = (await createTemplate(staff, { name: 'funnel 5 off' })).id;
    ruleId = await createRule(staff, funnelGraph(templateId), 'AUTOMATED', 'funnel');
    expect(await publish(ruleId, '  first cut  ')).toBe(1);

    // 20 users with a big order (each sends two), 20 with a small one; 5 of those are VIP.
    const events: TrackEvent[] = [];
    for (let u = 0; u < 40; u++)
      for (let k = 0; k < (u < 20 ? 2 : 1); k++)
        events.push({
          id: `funnel-${u}-${k}`,
          type: 'order.paid',
          userId: `fu-${u}`,
          occurredAt: isoAt(base + u + k),
          properties: { amount: u < 20 ? 15_000 : 500, orderId: `fo-${u}-${k}` },
          ...(u >= 35 ? { userAttributes: { tier: 'VIP' } } : {}),
        });
    const r = await track(app, events);
    expect(r.accepted).toBe(60);

    const got = await nodeUsers(ruleId, base - DAY, base + 60, 1);
    expect(got.registers).toBe(2048);
    expect(got.relativeError).toBeCloseTo(1.04 / Math.sqrt(2048), 6);
    expect(got.version).toBe(1);
    // Small counts use linear counting: exact unless two users share a register.
    expectNear(byNode(got), { trigger: 40, amount: 40, tier: 20, issue: 25 });
    expectNear(byPort(got), {
      'trigger:in': 40,
      'trigger:out': 40,
      'amount:in': 40,
      'amount:yes': 20,
      'amount:no': 20,
      'tier:in': 20,
      'tier:yes': 5,
      'issue:in': 25,
    });
    // Whole UTC days.
    expect((Date.parse(got.from) / 1000) % DAY).toBe(0);
    expect((Date.parse(got.to) / 1000) % DAY).toBe(0);

    // All versions united = the only version; a range of days without events = 0.
    expect(byNode(await nodeUsers(ruleId, base - DAY, base + 60))).toEqual(byNode(got));
    expect(byNode(await nodeUsers(ruleId, base - 5 * DAY, base - 3 * DAY, 1)).trigger).toBe(0);

    const versions = await staff.q(VERSIONS, { id: ruleId });
    expect(versions.ruleVersions).toEqual([{ version: 1, note: 'first cut' }]);
  });

  it('unites versions: a user counted in both counts once', async () => {
    expect(await publish(ruleId)).toBe(2);
    // A second rule on the same trigger from now on: it counts only the events it saw.
    const other = await createRule(
      staff,
      {
        version: 1,
        nodes: [
          { id: 't', type: 'trigger.event', args: { eventType: 'order.paid' }, position: { x: 0, y: 0 } },
          { id: 'issue', type: 'action.issueCoupon', args: { templateId }, position: { x: 200, y: 0 } },
        ],
        edges: [{ id: 'e1', source: 't', target: 'issue', sourceHandle: 'out' }],
      },
      'AUTOMATED',
      'other',
    );
    await publish(other);
    const r = await track(app, [
      ...Array.from({ length: 10 }, (_, u) => ({
        id: `funnel-v2-${u}`,
        type: 'order.paid',
        userId: `fu-${u}`, // seen in version 1 already
        occurredAt: isoAt(base + 100 + u),
        properties: { amount: 20_000, orderId: `fo2-${u}` },
      })),
      {
        id: 'funnel-v2-new',
        type: 'order.paid',
        userId: 'fu-new',
        occurredAt: isoAt(base + 111),
        properties: { amount: 20_000, orderId: 'fo2-new' },
      },
    ]);
    expect(r.accepted).toBe(11);
    const v2 = await nodeUsers(ruleId, base - DAY, base + 200, 2);
    expectNear({ trigger: byNode(v2).trigger! }, { trigger: 11 });
    expectNear(
      { trigger: byNode(await nodeUsers(ruleId, base - DAY, base + 200, 1)).trigger! },
      { trigger: 40 },
    );
    expectNear(byNode(await nodeUsers(other, base - DAY, base + 200)), { t: 11, issue: 11 });
    const versions = await staff.q(VERSIONS, { id: ruleId });
    expect(versions.ruleVersions.map((v) => v.note)).toEqual([null, 'first cut']);
    const all = byNode(await nodeUsers(ruleId, base - DAY, base + 200));
    expect(Math.abs(all.trigger! - 41)).toBeLessThanOrEqual(1);
    expect(Math.abs(all.issue! - 26)).toBeLessThanOrEqual(1);
  });

  it('estimates thousands of users within 3σ', async () => {
    const split = await createRule(
      staff,
      {
        version: 1,
        nodes: [
          { id: 't', type: 'trigger.event', args: { eventType: 'page.viewed' }, position: { x: 0, y: 0 } },
          {
            id: 'split',
            type: 'split.percent',
            args: {
              arms: [
                { id: 'a', label: 'A', percent: 50 },
                { id: 'b', label: 'B', percent: 50, control: true },
              ],
            },
            position: { x: 200, y: 0 },
          },
          { id: 'issue', type: 'action.issueCoupon', args: { templateId }, position: { x: 400, y: 0 } },
        ],
        edges: [
          { id: 'e1', source: 't', target: 'split', sourceHandle: 'out' },
          { id: 'e2', source: 'split', target: 'issue', sourceHandle: 'a' },
        ],
      },
      'EXPERIMENT',
      'split funnel',
    );
    await publish(split);
    const USERS = 8_000;
    for (let b = 0; b < USERS / 1000; b++)
      await track(
        app,
        Array.from({ length: 1000 }, (_, i) => ({
          id: `views-${b}-${i}`,
          type: 'page.viewed',
          userId: `vu-${b * 1000 + i}`,
          occurredAt: isoAt(base + (i % 60)),
          properties: { path: '/' },
        })),
      );
    const got = await nodeUsers(split, base - DAY, base + 60);
    const sigma = got.relativeError;
    const nodes = byNode(got);
    const ports = byPort(got);
    expect(Math.abs(nodes.t! - USERS)).toBeLessThanOrEqual(3 * sigma * USERS);
    expect(Math.abs(nodes.split! - USERS)).toBeLessThanOrEqual(3 * sigma * USERS);
    // The arm with an edge is counted; the control arm has none (nothing to draw).
    expect(Math.abs(ports['split:a']! - USERS / 2)).toBeLessThanOrEqual(3 * sigma * USERS);
    expect(ports['split:b']).toBeUndefined();
    expect(nodes.issue).toBe(ports['split:a']);
  });

  it('lists rules with their trigger, last firing and actions today (control arms excluded)', async () => {
    const empty = await createRule(staff, { version: 1, nodes: [], edges: [] }, 'AUTOMATED', 'empty');
    const list = await staff.q(
      graphql(`
        query RulesBuilderRules {
          rules {
            id
            trigger
            lastFiredAt
            actionsToday
          }
        }
      `),
    );
    const of = (id: string) => list.rules.find((r) => r.id === id)!;
    expect(of(empty)).toMatchObject({ trigger: null, lastFiredAt: null, actionsToday: 0 });
    // The funnel rule issued to 25 users in version 1 (the template allows one per account by default
    // or not: count what was issued) and decided for 11 more in version 2.
    const firings = await staff.q(
      graphql(`
        query RulesBuilderRuleFirings($id: ID!) {
          ruleFirings(ruleId: $id, first: 500) {
            acted
            control
            results
          }
        }
      `),
      { id: ruleId },
    );
    const performed = firings.ruleFirings.filter(
      (f) => f.acted && !f.control && Object.values(resultsOf(f.results)).some((x) => x.couponId),
    ).length;
    expect(performed).toBeGreaterThan(0);
    expect(of(ruleId)).toMatchObject({ trigger: 'order.paid', actionsToday: performed });
    expect(Date.parse(of(ruleId).lastFiredAt!) / 1000).toBe(base + 111);

    const split = list.rules.find((r) => r.trigger === 'page.viewed')!;
    const splitFirings = await staff.q(
      graphql(`
        query RulesBuilderRuleExposures($id: ID!) {
          ruleExposures(ruleId: $id) {
            arm
            control
            users
          }
        }
      `),
      { id: split.id },
    );
    const treated = splitFirings.ruleExposures.find((e) => !e.control)!.users;
    expect(split.actionsToday).toBe(treated);
  });

  it('duplicates a rule as a new draft', async () => {
    const r = await staff.q(
      graphql(`
        mutation RulesBuilderDuplicateRule($id: ID!) {
          duplicateRule(id: $id) {
            id
            name
            status
            draft
            activeVersion
          }
        }
      `),
      { id: ruleId },
    );
    expect(r.duplicateRule).toMatchObject({ name: 'funnel (copy)', status: 'DRAFT', activeVersion: null });
    expect(r.duplicateRule.id).not.toBe(ruleId);
    expect(r.duplicateRule.draft).toEqual(funnelGraph(templateId));
  });

  it('gives the settings form its pickers', async () => {
    const types = await staff.q(
      graphql(`
        query RulesBuilderEventTypes {
          eventTypes {
            name
            properties {
              name
              type
            }
          }
        }
      `),
    );
    expect(types.eventTypes.find((t) => t.name === 'order.paid')!.properties.map((p) => p.name)).toContain(
      'amount',
    );

    await staff.q(
      graphql(`
        mutation RulesBuilderCreateAudiences {
          a: createAudience(input: { name: "50%_vip", kind: STATIC }) {
            id
          }
          b: createAudience(input: { name: "500 vip", kind: STATIC }) {
            id
          }
        }
      `),
    );
    const audiences = await staff.q(
      graphql(`
        query RulesBuilderAudiences {
          audiences(search: "0%_") {
            name
          }
        }
      `),
    );
    expect(audiences.audiences.map((a) => a.name)).toEqual(['50%_vip']);

    const templates = await staff.q(
      graphql(`
        query RulesBuilderTemplates {
          templates(filter: { search: "funnel" }) {
            nodes {
              name
            }
          }
        }
      `),
    );
    expect(templates.templates.nodes.map((t) => t.name)).toEqual(['funnel 5 off']);

    const user = await srv.withKey(['events:write']);
    await user.q(
      graphql(`
        mutation RulesBuilderUpsertUserAttributes {
          upsertUserAttributes(userId: "attr-1", attributes: { a_b: 1, axb: 2, plan: "x" }) {
            userId
          }
        }
      `),
    );
    const keys = async (search: string | null, first = 50) =>
      (
        await staff.q(
          graphql(`
            query RulesBuilderUserAttributeKeys($s: String, $f: Int!) {
              userAttributeKeys(search: $s, first: $f)
            }
          `),
          { s: search, f: first },
        )
      ).userAttributeKeys;
    expect(await keys(null)).toEqual(['a_b', 'axb', 'plan', 'tier']);
    expect(await keys('a_')).toEqual(['a_b']);
    expect(await keys('TIER')).toEqual(['tier']);
    expect(await keys(null, 2)).toEqual(['a_b', 'axb']);
  });
});
