// The engine through GraphQL against a real server: publish the VIP third-order rule, send event
// sequences, and check exactly the right users get exactly one coupon; replays, pause and rollback.
import { graphql } from '../support/gql-types';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../support/db';
import type { GqlClient } from '../support/gql';
import { DAY, DIALECT, createTemplate } from '../support/server';
import { useServer } from '../support/fixture';
import {
  type TrackEvent,
  createRule,
  isoAt,
  nowS,
  publishRule,
  track,
  updateDraft,
  vipThirdOrder,
  graphOf,
  traceOf,
  type TrackResultData,
} from './rules-support';

const srv = useServer({ connections: 16 });
let staff: GqlClient;
let app: GqlClient;

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['events:write']);
});

async function couponsByUser(templateId: string): Promise<Record<string, number>> {
  const rows = await queryRows<{ user_id: string; n: number }>(
    srv.db.url,
    `SELECT user_id, COUNT(*) AS n FROM coupon WHERE template_id = '${templateId}' GROUP BY user_id`,
  );
  return Object.fromEntries(rows.map((r) => [r.user_id, Number(r.n)]));
}

/** Paid orders for a user at the given offsets (seconds from `base`), with amounts. */
function orders(
  prefix: string,
  userId: string,
  base: number,
  list: [number, number][],
  tier?: string,
): TrackEvent[] {
  return list.map(([offset, amount], i) => ({
    id: `${prefix}-${userId}-${i}`,
    type: 'order.paid',
    userId,
    occurredAt: isoAt(base + offset),
    properties: { amount, orderId: `${userId}-o${i}` },
    ...(i === 0 && tier ? { userAttributes: { tier } } : {}),
  }));
}

describe(`rule engine: VIP third paid order (${DIALECT})`, () => {
  let templateId: string;
  let ruleId: string;
  const base = nowS() - 60;
  const sequences: TrackEvent[] = [];

  /** The fixture every test here reads: the rule published once, the sequences tracked once. */
  let fixture: {
    version: number;
    r1: TrackResultData;
    r2: TrackResultData;
    coupons: Record<string, number>;
    rows: { source: string; rule_id: string; rule_version: number }[];
    fired: number;
    nodeCounts: Record<string, [number, number]>;
  };

  beforeAll(async () => {
    templateId = (await createTemplate(staff, { name: 'VIP 20 off' })).id;
    ruleId = await createRule(staff, vipThirdOrder(templateId));
    const version = await publishRule(staff, ruleId);

    sequences.push(
      // third big order within 30 days, VIP → one coupon (on the third order only; the fourth makes 4)
      ...orders(
        'a',
        'vip-three',
        base,
        [
          [-20 * DAY, 12_000],
          [-5 * DAY, 15_000],
          [0, 10_000],
          [30, 50_000],
        ],
        'VIP',
      ),
      // third order is too small
      ...orders(
        'a',
        'vip-small',
        base,
        [
          [-3 * DAY, 20_000],
          [-2 * DAY, 20_000],
          [0, 9_999],
        ],
        'VIP',
      ),
      // not VIP
      ...orders(
        'a',
        'regular',
        base,
        [
          [-3 * DAY, 20_000],
          [-2 * DAY, 20_000],
          [0, 20_000],
        ],
        'REGULAR',
      ),
      // orders too far apart for 30 days
      ...orders(
        'a',
        'vip-spread',
        base,
        [
          [-80 * DAY, 20_000],
          [-40 * DAY, 20_000],
          [0, 20_000],
        ],
        'VIP',
      ),
      // window edge: the first order exactly 30 days before the third counts …
      ...orders(
        'a',
        'vip-edge-in',
        base,
        [
          [-30 * DAY, 20_000],
          [-10 * DAY, 20_000],
          [0, 20_000],
        ],
        'VIP',
      ),
      // … one second earlier it does not
      ...orders(
        'a',
        'vip-edge-out',
        base,
        [
          [-30 * DAY - 1, 20_000],
          [-10 * DAY, 20_000],
          [0, 20_000],
        ],
        'VIP',
      ),
    );
    // Sent in two batches, in time order per user, so the aggregates see a growing history.
    const r1 = await track(
      app,
      sequences.filter((e) => Date.parse(e.occurredAt!) / 1000 < base),
    );
    const r2 = await track(
      app,
      sequences.filter((e) => Date.parse(e.occurredAt!) / 1000 >= base),
    );
    // what the fixture left, read before any test adds its own events
    const coupons = await couponsByUser(templateId);
    const rows = await queryRows<{ source: string; rule_id: string; rule_version: number }>(
      srv.db.url,
      `SELECT source, rule_id, rule_version FROM coupon WHERE template_id = '${templateId}'`,
    );
    const fired = await queryRows<{ n: number }>(
      srv.db.url,
      `SELECT COUNT(*) AS n FROM outbox_event WHERE type = 'rule.fired'`,
    );

    const counts = await staff.q(
      graphql(`
        query RuleNodeCounts($r: ID!) {
          ruleNodeCounts(ruleId: $r, version: 1) {
            nodeId
            ran
            passed
          }
        }
      `),
      { r: ruleId },
    );
    const nodeCounts = Object.fromEntries(
      counts.ruleNodeCounts.map((c): [string, [number, number]] => [c.nodeId, [c.ran, c.passed]]),
    );
    fixture = { version, r1, r2, coupons, rows, fired: Number(fired[0]!.n), nodeCounts };
  });

  it('publishes the rule and fires for exactly the qualifying users, once each', () => {
    const first = sequences.filter((e) => Date.parse(e.occurredAt!) / 1000 < base);
    const second = sequences.filter((e) => Date.parse(e.occurredAt!) / 1000 >= base);
    expect(fixture.version).toBe(1);
    expect(fixture.r1).toMatchObject({ accepted: first.length, duplicates: 0, rejected: 0, issued: 0 });
    expect(fixture.r2).toMatchObject({ accepted: second.length, duplicates: 0, rejected: 0, issued: 2 });
    expect(fixture.coupons).toEqual({ 'vip-three': 1, 'vip-edge-in': 1 });
    expect(fixture.rows.map((c) => [c.source, c.rule_id, Number(c.rule_version)])).toEqual([
      ['RULE', ruleId, 1],
      ['RULE', ruleId, 1],
    ]);
    expect(fixture.fired).toBe(2);
  });

  it('keeps the decision trace of a firing and of a miss, per user', async () => {
    const r = await staff.q(
      graphql(`
        query RuleFirings($r: ID, $u: ID) {
          ruleFirings(ruleId: $r, userId: $u) {
            eventId
            acted
            results
            trace
          }
        }
      `),
      {
        r: ruleId,
        u: 'vip-three',
      },
    );
    expect(r.ruleFirings).toHaveLength(1);
    const f = r.ruleFirings[0]!;
    expect(f.eventId).toBe('a-vip-three-2');
    expect(f.acted).toBe(true);
    expect(f.results).toMatchObject({ issue: { couponId: expect.stringMatching(/^cpn_/) } });
    expect(traceOf(f.trace).map((t) => [t.nodeId, t.passed])).toEqual([
      ['trigger', true],
      ['amount', true],
      ['third', true],
      ['vip', true],
      ['issue', true],
    ]);
    // node counts as the fixture left them (the ingestion of `sequences`, on version 1): only the
    // events within the trigger horizon (24 h) ran the rule; the older ones fed the aggregates only
    const recent = sequences.filter((e) => Date.parse(e.occurredAt!) / 1000 >= nowS() - DAY).length;
    expect(fixture.nodeCounts.trigger).toEqual([recent, recent]);
    expect(fixture.nodeCounts.issue).toEqual([2, 2]);
  });

  it('an event older than the trigger horizon (24 h) fires no rule but counts in the aggregates', async () => {
    const old = await track(
      app,
      orders(
        'h',
        'vip-history',
        nowS() - DAY - 120,
        [
          [-3 * DAY, 20_000],
          [-2 * DAY, 20_000],
          [0, 20_000],
        ],
        'VIP',
      ),
    );
    expect(old).toMatchObject({ accepted: 3, issued: 0, firings: 0 });
    // a fourth order now sees the three stored ones (a 30-day window of 4 orders: no "third order")
    const fresh = await track(app, orders('h2', 'vip-history', nowS(), [[0, 20_000]]));
    expect(fresh).toMatchObject({ accepted: 1, issued: 0 });
    expect((await couponsByUser(templateId))['vip-history']).toBeUndefined();
  });

  it('replaying the same events issues nothing more', async () => {
    const r = await track(app, sequences);
    expect(r).toMatchObject({ accepted: 0, duplicates: sequences.length, issued: 0, firings: 0 });
    const now = await couponsByUser(templateId);
    expect([now['vip-three'], now['vip-edge-in'], now['vip-small'], now['vip-edge-out']]).toEqual([
      1,
      1,
      undefined,
      undefined,
    ]);
  });

  it('a paused rule fires nothing; resumed, it fires again', async () => {
    await staff.q(
      graphql(`
        mutation RulesEnginePauseRule($id: ID!) {
          pauseRule(id: $id) {
            status
          }
        }
      `),
      { id: ruleId },
    );
    const paused = await track(
      app,
      orders(
        'p',
        'vip-paused',
        base,
        [
          [-3 * DAY, 20_000],
          [-2 * DAY, 20_000],
          [0, 20_000],
        ],
        'VIP',
      ),
    );
    expect(paused).toMatchObject({ accepted: 3, issued: 0, firings: 0 });
    await staff.q(
      graphql(`
        mutation RulesEngineResumeRule($id: ID!) {
          resumeRule(id: $id) {
            status
          }
        }
      `),
      { id: ruleId },
    );
    const resumed = await track(
      app,
      orders(
        'q',
        'vip-resumed',
        base,
        [
          [-3 * DAY, 20_000],
          [-2 * DAY, 20_000],
          [0, 20_000],
        ],
        'VIP',
      ),
    );
    expect(resumed).toMatchObject({ accepted: 3, issued: 1 });
    const now = await couponsByUser(templateId);
    expect([now['vip-paused'], now['vip-resumed']]).toEqual([undefined, 1]);
  });

  it('publishing v2 changes the behaviour; rollback to v1 restores it', async () => {
    await updateDraft(staff, ruleId, vipThirdOrder(templateId, 20_000));
    expect(await publishRule(staff, ruleId)).toBe(2);
    const v2 = await track(
      app,
      orders(
        'v2',
        'vip-15k',
        base,
        [
          [-3 * DAY, 15_000],
          [-2 * DAY, 15_000],
          [0, 15_000],
        ],
        'VIP',
      ),
    );
    expect(v2).toMatchObject({ accepted: 3, issued: 0 });

    const rolled = await staff.q(
      graphql(`
        mutation RulesEngineRollbackRule($id: ID!) {
          rollbackRule(id: $id, version: 1) {
            activeVersion
            latestVersion
            status
          }
        }
      `),
      {
        id: ruleId,
      },
    );
    expect(rolled.rollbackRule).toEqual({ activeVersion: 1, latestVersion: 2, status: 'ACTIVE' });
    const v1 = await track(
      app,
      orders(
        'v1',
        'vip-15k-b',
        base,
        [
          [-3 * DAY, 15_000],
          [-2 * DAY, 15_000],
          [0, 15_000],
        ],
        'VIP',
      ),
    );
    expect(v1).toMatchObject({ accepted: 3, issued: 1 });
    expect((await couponsByUser(templateId))['vip-15k-b']).toBe(1);
    expect((await couponsByUser(templateId))['vip-15k']).toBeUndefined();

    const versions = await staff.q(
      graphql(`
        query RulesEngineRuleVersions($id: ID!) {
          ruleVersions(ruleId: $id) {
            version
            graph
          }
        }
      `),
      { id: ruleId },
    );
    expect(versions.ruleVersions.map((v) => v.version)).toEqual([2, 1]);
    expect(graphOf(versions.ruleVersions[0]!.graph).nodes.find((n) => n.id === 'amount')!.args).toMatchObject(
      { value: 20_000 },
    );
    expect(graphOf(versions.ruleVersions[1]!.graph).nodes.find((n) => n.id === 'amount')!.args).toMatchObject(
      { value: 10_000 },
    );
  });

  it('rejects publishing an invalid draft with INVALID_GRAPH naming the nodes, leaving the live version alone', async () => {
    const RULE = graphql(`
      query Rule($id: ID!) {
        rule(id: $id) {
          activeVersion
          latestVersion
          validation {
            valid
          }
        }
      }
    `);
    const before = (await staff.q(RULE, { id: ruleId })).rule;
    const bad = vipThirdOrder(templateId);
    bad.edges.push({ id: 'loop', source: 'vip', target: 'amount', sourceHandle: 'yes' });
    await updateDraft(staff, ruleId, bad);
    const r = await staff.raw(
      graphql(`
        mutation RulesEnginePublishRule($id: ID!) {
          publishRule(id: $id) {
            rule {
              id
            }
          }
        }
      `),
      {
        id: ruleId,
      },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('INVALID_GRAPH');
    const issues = r.errors![0]!.extensions!.issues as { code: string; nodeIds?: string[] }[];
    expect(issues.some((i) => i.code === 'CYCLE' && (i.nodeIds ?? []).includes('vip'))).toBe(true);
    // the live version and the published ones are untouched; only the draft is marked invalid
    const after = (await staff.q(RULE, { id: ruleId })).rule;
    expect(after).toEqual({
      activeVersion: before.activeVersion,
      latestVersion: before.latestVersion,
      validation: { valid: false },
    });
  });
});
