// Measuring what coupons earn, end to end through GraphQL: a rule with a 50/50 split, treated users
// get coupons and buy more (checkout redemptions merged with tracked `order.paid`), control users buy
// through `track` only; the experiment reports the lift and the incremental profit the generated data
// implies; metrics agree with a rebuild; bad input gets typed errors; orders are never double counted.
import { metrics as server } from '@couponflow/server';
import { graphql } from '../support/gql-types';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../support/db';
import type { GqlClient } from '../support/gql';
import { DIALECT, claimOne, createTemplate, iso } from '../support/server';
import { useServer } from '../support/fixture';
import { createRule, publishRule, splitGraph, track, type TrackEvent } from './rules-support';

const srv = useServer();
let staff: GqlClient;
let app: GqlClient;

const USERS = 400;
const HOUR = 3_600;
const WINDOW = 12 * HOUR;
const AMOUNT = 5_000;
const MARGIN = 2_000;
const DISCOUNT = 500;

const METRICS = graphql(`
  query MetricsE2eMetrics($s: MetricsScope!, $from: DateTime!, $to: DateTime!) {
    metrics(scope: $s, from: $from, to: $to) {
      timeZone
      redemptionRate
      couponOrderShare
      allPaidOrders
      totals {
        issued
        issuedRule
        claimed
        redeemed
        subsidy
        paidOrders
        couponOrders
        revenue
        margin
        grossProfit
        refunds
        newCustomers
        newCustomersViaCoupon
      }
      subsidyByFunder {
        funder
        funderId
        amount
      }
      daily {
        date
        issued
        paidOrders
        revenue
      }
    }
  }
`);

const EXPERIMENT = graphql(`
  query MetricsE2eExperiment($r: ID!, $w: Int, $seq: Boolean) {
    experiment(ruleId: $r, windowSeconds: $w, sequential: $seq) {
      exposedUsers
      measuredUsers
      recommendation
      evidence
      srm {
        mismatch
        p
        observed
      }
      arms {
        arm
        control
        users
        conversion
        revenuePerUser
        netContributionPerUser
        subsidy
      }
      lifts {
        metric
        arm
        absolute {
          estimate
          low
          high
          p
        }
        relative {
          estimate
          low
          high
        }
        cuped {
          estimate
          low
          high
          varianceReduction
        }
        sequential {
          low
          high
        }
      }
      incrementalProfit {
        estimate
        low
        high
        treatedUsers
      }
    }
  }
`);

const LOCK = graphql(`
  mutation MetricsE2eLock($i: LockInput!) {
    lockCoupons(input: $i) {
      locked
      applied {
        totalDiscount
        payable
      }
    }
  }
`);
const REDEEM = graphql(`
  mutation MetricsE2eRedeem($o: ID!) {
    redeemOrder(orderId: $o) {
      ok
    }
  }
`);
const REBUILD = graphql(`
  mutation MetricsE2eRebuild {
    rebuildMetrics {
      couponEvents
      orders
    }
  }
`);
const SOLIDIFY = graphql(`
  mutation MetricsE2eSolidify($r: ID!, $h: Float!) {
    solidifyRule(ruleId: $r, holdoutPercent: $h)
  }
`);

const now = () => Math.floor(Date.now() / 1000);
const at = (secondsAgo: number) => now() - secondsAgo;
const wide = { from: iso(-3 * 86_400), to: iso(86_400) };

interface Arms {
  treatment: string[];
  control: string[];
}

describe(`metrics and experiments (${DIALECT})`, () => {
  let ruleId: string;
  let templateId: string;
  const arms: Arms = { treatment: [], control: [] };
  const buyers: Arms = { treatment: [], control: [] };

  beforeAll(async () => {
    staff = srv.staff;
    app = await srv.withKey(['events:write', 'checkout']);
    templateId = (await createTemplate(staff, { name: 'metrics coupon', amount: DISCOUNT })).id;
    ruleId = await createRule(staff, splitGraph(templateId), 'EXPERIMENT');
    await publishRule(staff, ruleId);
    // Exposure 20 h ago (inside the 24 h trigger horizon).
    const exposedAt = at(20 * HOUR);
    const views: TrackEvent[] = Array.from({ length: USERS }, (_, i) => ({
      id: `m-view-${i}`,
      type: 'page.viewed',
      userId: `m-user-${i}`,
      occurredAt: new Date(exposedAt * 1000).toISOString(),
      properties: { path: '/' },
    }));
    const r = await track(app, views);
    expect(r.accepted).toBe(USERS);
    const exposed = await queryRows<{ user_id: string; arm: string }>(
      srv.db.url,
      `SELECT user_id, arm FROM rule_exposure WHERE rule_id = '${ruleId}' ORDER BY user_id`,
    );
    for (const x of exposed) arms[x.arm as keyof Arms].push(x.user_id);
    const coupons = new Map(
      (
        await queryRows<{ id: string; user_id: string }>(
          srv.db.url,
          `SELECT id, user_id FROM coupon WHERE template_id = '${templateId}'`,
        )
      ).map((c) => [c.user_id, c.id]),
    );
    // Treatment: 40 % buy with their coupon; control: 20 % buy. Every buyer pays AMOUNT with MARGIN.
    buyers.treatment = arms.treatment.slice(0, Math.round(arms.treatment.length * 0.4));
    buyers.control = arms.control.slice(0, Math.round(arms.control.length * 0.2));
    const paidAt = new Date(at(19 * HOUR) * 1000).toISOString();
    const orders: TrackEvent[] = [];
    for (const u of buyers.treatment) {
      const orderId = `m-order-${u}`;
      const lock = await app.q(LOCK, {
        i: {
          orderId,
          cart: { userId: u, lines: [{ sku: 'sku-1', unitPrice: AMOUNT + DISCOUNT, quantity: 1 }] },
          couponIds: [coupons.get(u)!],
        },
      });
      expect(lock.lockCoupons).toMatchObject({
        locked: true,
        applied: { totalDiscount: DISCOUNT, payable: AMOUNT },
      });
      expect((await app.q(REDEEM, { o: orderId })).redeemOrder.ok).toBe(true);
      // The app also reports the order (with its margin): merged by order id, counted once.
      orders.push({
        id: `m-paid-${u}`,
        type: 'order.paid',
        userId: u,
        occurredAt: paidAt,
        properties: { orderId, amount: AMOUNT, margin: MARGIN, couponIds: [coupons.get(u)!] },
      });
    }
    for (const u of buyers.control)
      orders.push({
        id: `m-paid-${u}`,
        type: 'order.paid',
        userId: u,
        occurredAt: paidAt,
        properties: { orderId: `m-order-${u}`, amount: AMOUNT, margin: MARGIN },
      });
    const t = await track(app, orders);
    expect(t.accepted).toBe(orders.length);
  });

  it('experiment: SRM first, then the lift and incremental profit the data implies', async () => {
    const { experiment: e } = await staff.q(EXPERIMENT, { r: ruleId, w: WINDOW, seq: true });
    expect(e.srm.mismatch).toBe(false);
    expect(e.exposedUsers).toBe(USERS);
    expect(e.measuredUsers).toBe(USERS);
    const nt = arms.treatment.length;
    const nc = arms.control.length;
    const t = e.arms.find((a) => a.arm === 'treatment')!;
    const c = e.arms.find((a) => a.arm === 'control')!;
    expect(t).toMatchObject({ users: nt, subsidy: buyers.treatment.length * DISCOUNT });
    expect(c).toMatchObject({ users: nc, subsidy: 0 });
    expect(t.conversion).toBeCloseTo(buyers.treatment.length / nt, 10);
    expect(c.conversion).toBeCloseTo(buyers.control.length / nc, 10);
    expect(t.revenuePerUser).toBeCloseTo((buyers.treatment.length * AMOUNT) / nt, 8);
    const netT = (buyers.treatment.length * (MARGIN - DISCOUNT)) / nt;
    const netC = (buyers.control.length * MARGIN) / nc;
    expect(t.netContributionPerUser).toBeCloseTo(netT, 8);
    expect(c.netContributionPerUser).toBeCloseTo(netC, 8);
    const net = e.lifts.find((l) => l.metric === 'NET_CONTRIBUTION_PER_USER')!;
    expect(net.absolute.estimate).toBeCloseTo(netT - netC, 8);
    expect(net.absolute.low).toBeLessThan(netT - netC);
    expect(net.absolute.high).toBeGreaterThan(netT - netC);
    const conv = e.lifts.find((l) => l.metric === 'CONVERSION')!;
    expect(conv.absolute.low).toBeGreaterThan(0); // 40 % against 20 % on 200 users per arm
    expect(conv.relative!.estimate).toBeCloseTo(
      buyers.treatment.length / nt / (buyers.control.length / nc) - 1,
      8,
    );
    expect(conv.sequential!.low).toBeLessThan(conv.absolute.low); // always-valid intervals are wider
    // No orders before exposure: CUPED changes nothing.
    expect(conv.cuped!.estimate).toBeCloseTo(conv.absolute.estimate, 8);
    const p = e.incrementalProfit!;
    expect(p.treatedUsers).toBe(nt);
    expect(p.estimate).toBeCloseTo((netT - netC) * nt, 4);
    expect(p.low).toBeLessThan(p.estimate);
    expect(p.high).toBeGreaterThan(p.estimate);
    expect(['SOLIDIFY', 'KEEP_TESTING']).toContain(e.recommendation);
    expect(e.evidence.join(' ')).toMatch(/Incremental profit/);
    if (p.low > 0) expect(e.recommendation).toBe('SOLIDIFY');
  });

  it('announces a material change of the result once (experiment.updated)', async () => {
    await staff.q(EXPERIMENT, { r: ruleId, w: WINDOW, seq: true });
    const rows = await queryRows<{ n: number }>(
      srv.db.url,
      `SELECT COUNT(*) AS n FROM outbox_event WHERE type = 'experiment.updated'`,
    );
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('metrics: funnel, coupon orders and their share, subsidy by funder, profit, new customers', async () => {
    const all = (await staff.q(METRICS, { s: { kind: 'ALL' }, ...wide })).metrics;
    const nb = buyers.treatment.length + buyers.control.length;
    expect(all.totals).toMatchObject({
      issued: arms.treatment.length,
      issuedRule: arms.treatment.length,
      claimed: 0,
      redeemed: buyers.treatment.length,
      subsidy: buyers.treatment.length * DISCOUNT,
      paidOrders: nb,
      couponOrders: buyers.treatment.length,
      revenue: nb * AMOUNT,
      margin: nb * MARGIN,
      grossProfit: nb * MARGIN - buyers.treatment.length * DISCOUNT,
      newCustomers: nb,
      newCustomersViaCoupon: buyers.treatment.length,
    });
    expect(all.couponOrderShare).toBeCloseTo(buyers.treatment.length / nb, 10);
    expect(all.subsidyByFunder).toEqual([
      { funder: 'PLATFORM', funderId: null, amount: buyers.treatment.length * DISCOUNT },
    ]);
    expect(all.daily).toHaveLength(5);
    expect(all.daily.reduce((s, d) => s + d.paidOrders, 0)).toBe(nb);
    const tpl = (await staff.q(METRICS, { s: { kind: 'TEMPLATE', id: templateId }, ...wide })).metrics;
    expect(tpl.totals).toMatchObject({
      paidOrders: buyers.treatment.length,
      couponOrders: buyers.treatment.length,
    });
    expect(tpl.allPaidOrders).toBe(nb);
    expect(tpl.redemptionRate).toBeCloseTo(buyers.treatment.length / arms.treatment.length, 10);
    const rule = (await staff.q(METRICS, { s: { kind: 'RULE', id: ruleId }, ...wide })).metrics;
    expect(rule.totals).toMatchObject({
      issued: arms.treatment.length,
      redeemed: buyers.treatment.length,
      subsidy: buyers.treatment.length * DISCOUNT,
      couponOrders: buyers.treatment.length,
    });
    const funder = (await staff.q(METRICS, { s: { kind: 'FUNDER', id: 'PLATFORM' }, ...wide })).metrics;
    expect(funder.totals.subsidy).toBe(buyers.treatment.length * DISCOUNT);
  });

  it('orders: a replayed or repeated order.paid counts once; unknown coupon ids are kept and flagged', async () => {
    const before = (await staff.q(METRICS, { s: { kind: 'ALL' }, ...wide })).metrics.totals;
    const u = buyers.control[0]!;
    const again = await track(app, [
      {
        id: `m-paid-${u}`,
        type: 'order.paid',
        userId: u,
        properties: { orderId: `m-order-${u}`, amount: AMOUNT },
      },
      {
        id: `m-paid-again-${u}`,
        type: 'order.paid',
        userId: u,
        properties: { orderId: `m-order-${u}`, amount: AMOUNT, margin: MARGIN },
      },
      {
        id: 'm-paid-ghost',
        type: 'order.paid',
        userId: 'm-ghost',
        properties: { orderId: 'm-order-ghost', amount: 100, couponIds: ['no-such-coupon'] },
      },
    ]);
    expect(again).toMatchObject({ accepted: 2, duplicates: 1 });
    const after = (await staff.q(METRICS, { s: { kind: 'ALL' }, ...wide })).metrics.totals;
    expect(after.paidOrders).toBe(before.paidOrders + 1);
    expect(after.couponOrders).toBe(before.couponOrders);
    expect(after.revenue).toBe(before.revenue + 100);
    const ghost = await queryRows<{ unknown_coupon_ids: string | string[]; coupon_ids: string | string[] }>(
      srv.db.url,
      `SELECT coupon_ids, unknown_coupon_ids FROM order_fact WHERE order_id = 'm-order-ghost'`,
    );
    const parse = (v: string | string[]) => (typeof v === 'string' ? (JSON.parse(v) as string[]) : v);
    expect(parse(ghost[0]!.unknown_coupon_ids)).toEqual(['no-such-coupon']);
    expect(parse(ghost[0]!.coupon_ids)).toEqual([]);
    const merged = await queryRows<{ source: string }>(
      srv.db.url,
      `SELECT source FROM order_fact WHERE order_id = 'm-order-${buyers.treatment[0]}'`,
    );
    expect(merged[0]!.source).toBe('BOTH');
  });

  it('rebuild recomputes the rollups from raw rows and agrees with the live ones', async () => {
    // A scope's day is the sum of its slot rows (several on PostgreSQL); a rebuild writes slot 0.
    const counters = server.COUNTERS;
    const summed = `SELECT scope_kind, scope_id, day, ${counters.map((c) => `CAST(SUM(${c}) AS BIGINT) AS ${c}`).join(', ')}
      FROM metric_daily GROUP BY scope_kind, scope_id, day ORDER BY scope_kind, scope_id, day`;
    const live = await queryRows(srv.db.url, summed);
    // PostgreSQL: concurrent or successive transactions add to different rows of today's scopes.
    const slots = await queryRows(
      srv.db.url,
      `SELECT DISTINCT slot FROM metric_daily WHERE scope_kind = 'ALL'`,
    );
    if (DIALECT === 'postgresql') expect(slots.length).toBeGreaterThan(1);
    else expect(slots).toEqual([{ slot: 0 }]);
    const liveAll = (await staff.q(METRICS, { s: { kind: 'ALL' }, ...wide })).metrics;
    const liveExposureDays = await queryRows(
      srv.db.url,
      `SELECT rule_id, arm, day, CAST(SUM(users) AS BIGINT) AS users FROM rule_exposure_day
        GROUP BY rule_id, arm, day HAVING SUM(users) <> 0 ORDER BY rule_id, arm, day`,
    );
    const r = await staff.q(REBUILD);
    expect(r.rebuildMetrics.orders).toBeGreaterThan(0);
    expect(r.rebuildMetrics.couponEvents).toBeGreaterThan(0);
    const rebuilt = await queryRows(srv.db.url, summed);
    expect(await queryRows(srv.db.url, `SELECT DISTINCT slot FROM metric_daily`)).toEqual([{ slot: 0 }]);
    const norm = (rows: Record<string, unknown>[]) =>
      rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [
            k,
            typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v,
          ]),
        ),
      );
    expect(norm(rebuilt)).toEqual(norm(live));
    expect((await staff.q(METRICS, { s: { kind: 'ALL' }, ...wide })).metrics).toEqual(liveAll);
    // The exposure counts per rule, arm and day (kept by the database with the exposures) are those
    // of the rows, before and after the rebuild recomputes them.
    const exposureDays = `SELECT rule_id, arm, day, CAST(SUM(users) AS BIGINT) AS users FROM rule_exposure_day
      GROUP BY rule_id, arm, day HAVING SUM(users) <> 0 ORDER BY rule_id, arm, day`;
    const counted = norm(
      await queryRows(
        srv.db.url,
        `SELECT rule_id, arm, CAST(exposed_at / 86400 AS INTEGER) AS day, COUNT(*) AS users FROM rule_exposure
          GROUP BY rule_id, arm, CAST(exposed_at / 86400 AS INTEGER) ORDER BY rule_id, arm, day`,
      ),
    );
    expect(counted.length).toBeGreaterThan(0);
    expect(norm(liveExposureDays)).toEqual(counted);
    expect(norm(await queryRows(srv.db.url, exposureDays))).toEqual(counted);
  });

  it('bad input: typed errors', async () => {
    const range = await staff.raw(METRICS, { s: { kind: 'ALL' }, from: iso(0), to: iso(-86_400) });
    expect(range.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const scope = await staff.raw(METRICS, { s: { kind: 'TEMPLATE', id: 'nope' }, ...wide });
    expect(scope.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope.id' });
    const funder = await staff.raw(METRICS, { s: { kind: 'FUNDER', id: 'BANK' }, ...wide });
    expect(funder.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope.id' });
    const plainTemplate = (await createTemplate(staff, { name: 'plain' })).id;
    const noSplit = await createRule(
      staff,
      {
        version: 1,
        nodes: [
          {
            id: 'trigger',
            type: 'trigger.event',
            args: { eventType: 'page.viewed' },
            position: { x: 0, y: 0 },
          },
          {
            id: 'issue',
            type: 'action.issueCoupon',
            args: { templateId: plainTemplate },
            position: { x: 200, y: 0 },
          },
        ],
        edges: [{ id: 'e1', source: 'trigger', target: 'issue', sourceHandle: 'out' }],
      },
      'AUTOMATED',
    );
    const e1 = await staff.raw(EXPERIMENT, { r: noSplit, w: WINDOW });
    expect(e1.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ruleId' });
    const e2 = await staff.raw(EXPERIMENT, { r: ruleId, w: 30 * 86_400 });
    expect(e2.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'windowSeconds' });
    const e3 = await staff.raw(EXPERIMENT, { r: 'nope', w: WINDOW });
    expect(e3.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ruleId' });
    const analyst = await srv.anon.raw(METRICS, { s: { kind: 'ALL' }, ...wide });
    expect(analyst.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  it('solidifyRule switches the rule to AUTOMATED keeping the holdout', async () => {
    await staff.q(SOLIDIFY, { r: ruleId, h: 10 });
    const rows = await queryRows<{
      mode: string;
      graph:
        string | { nodes: { type: string; args: { arms?: { percent: number; control?: boolean }[] } }[] };
    }>(
      srv.db.url,
      `SELECT v.mode, v.graph FROM rule r JOIN rule_version v ON v.rule_id = r.id AND v.version = r.active_version WHERE r.id = '${ruleId}'`,
    );
    expect(rows[0]!.mode).toBe('AUTOMATED');
    const graph = typeof rows[0]!.graph === 'string' ? JSON.parse(rows[0]!.graph) : rows[0]!.graph;
    const split = graph.nodes.find((n: { type: string }) => n.type === 'split.percent');
    expect(split.args.arms.map((a: { percent: number }) => a.percent)).toEqual([90, 10]);
    const bad = await staff.raw(SOLIDIFY, { r: ruleId, h: 80 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'holdoutPercent' });
  });

  it('budget: 50, 80 and 100 % of the budget are announced once each, in the issuing transaction', async () => {
    const c = await staff.q(
      graphql(`
        mutation MetricsE2eCampaign {
          createCampaign(input: { name: "thresholds", budget: 2000 }) {
            id
          }
        }
      `),
    );
    const campaignId = c.createCampaign.id;
    const t = await createTemplate(staff, { campaignId, amount: 500 });
    const claimer = await srv.withKey(['coupons:claim']);
    const thresholds = async () =>
      (
        await queryRows<{ payload: string | { thresholdBp: number } }>(
          srv.db.url,
          `SELECT payload FROM outbox_event WHERE type = 'budget.threshold' AND campaign_id = '${campaignId}' ORDER BY id`,
        )
      ).map((r) => (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload).thresholdBp);
    await claimOne(claimer, t.id, 'b-1'); // 25 % (no history: every coupon priced at its maximum)
    expect(await thresholds()).toEqual([]);
    await claimOne(claimer, t.id, 'b-2'); // 50 %
    expect(await thresholds()).toEqual([5_000]);
    await claimOne(claimer, t.id, 'b-3'); // 75 %
    await claimOne(claimer, t.id, 'b-4'); // 100 %: 80 % and 100 % together
    expect(await thresholds()).toEqual([5_000, 8_000, 10_000]);
    await expect(claimOne(claimer, t.id, 'b-5')).rejects.toThrow(/BUDGET_EXHAUSTED/);
    expect(await thresholds()).toEqual([5_000, 8_000, 10_000]);
  });

  it('forecastIssue: audience size × claim rate × redemption rate × mean discount, each with its source', async () => {
    const a = await staff.q(
      graphql(`
        mutation MetricsE2eAudience {
          createAudience(input: { name: "forecast", kind: STATIC }) {
            id
          }
        }
      `),
    );
    const audienceId = a.createAudience.id;
    await staff.q(
      graphql(`
        mutation MetricsE2eUpload($a: ID!, $csv: String!) {
          uploadAudienceMembers(audienceId: $a, csv: $csv, replace: true) {
            added
          }
        }
      `),
      { a: audienceId, csv: Array.from({ length: 1000 }, (_, i) => `f-${i}`).join('\n') },
    );
    const FORECAST = graphql(`
      query MetricsE2eForecast($t: ID!, $a: ID!, $m: ForecastMode) {
        forecastIssue(templateId: $t, audienceId: $a, mode: $m) {
          figures {
            name
            value
            low
            high
            source
          }
          cost {
            value
            low
            high
          }
        }
      }
    `);
    // The experiment's template: its redemptions are on record, and every settled coupon was redeemed.
    const f = (await staff.q(FORECAST, { t: templateId, a: audienceId, m: 'BULK' })).forecastIssue;
    const by = Object.fromEntries(f.figures.map((x) => [x.name, x]));
    expect(by.audienceSize).toMatchObject({ value: 1000, source: 'EXACT' });
    expect(by.claimRate).toMatchObject({ value: 1, source: 'EXACT' });
    expect(by.redemptionRate).toMatchObject({ value: 1, high: 1, source: 'HISTORY' });
    expect(by.redemptionRate!.low).toBeLessThan(1);
    expect(by.meanDiscount).toMatchObject({
      value: DISCOUNT,
      source: 'HISTORY',
      low: DISCOUNT,
      high: DISCOUNT,
    });
    expect(f.cost).toMatchObject({ value: 1000 * DISCOUNT, high: 1000 * DISCOUNT });
    expect(f.cost.low).toBe(Math.round(1000 * by.redemptionRate!.low * DISCOUNT));
    // A template without history of its own: the deployment's mean discount.
    const fresh = (await createTemplate(staff, { name: 'fresh', amount: 800 })).id;
    const p = (await staff.q(FORECAST, { t: fresh, a: audienceId, m: 'BULK' })).forecastIssue;
    const pb = Object.fromEntries(p.figures.map((x) => [x.name, x]));
    expect(pb.meanDiscount).toMatchObject({ value: DISCOUNT, source: 'HISTORY' });
    const claim = (await staff.q(FORECAST, { t: templateId, a: audienceId, m: 'CLAIM' })).forecastIssue;
    expect(claim.figures.find((x) => x.name === 'claimRate')).toMatchObject({ value: 0.2, source: 'PRIOR' });
    const bad = await staff.raw(FORECAST, { t: 'nope', a: audienceId });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'templateId' });
  });

  it('forecastRule: a draft replayed over past events, costed as forecastIssue, with the budget liability', async () => {
    const FORECAST_RULE = graphql(`
      query MetricsE2eForecastRule($g: JSON!, $from: DateTime!, $to: DateTime!) {
        forecastRule(graph: $g, from: $from, to: $to) {
          events
          firings
          users
          truncated
          liability
          worstCaseCost
          cost {
            value
            low
            high
          }
          templates {
            templateId
            coupons
            users
            liability
            worstCaseCost
            figures {
              name
              value
              low
              high
              source
            }
            cost {
              value
              low
              high
            }
          }
        }
      }
    `);
    const REPLAY = graphql(`
      query MetricsE2eReplay($g: JSON!, $from: DateTime!, $to: DateTime!) {
        replayRule(graph: $g, from: $from, to: $to) {
          events
          firings
          expectedCost
          worstCaseCost
          issues {
            templateId
            count
            users
            expectedCost
          }
        }
      }
    `);
    // The draft: every page view issues the experiment's template (no split).
    const draft = {
      version: 1,
      nodes: [
        {
          id: 'trigger',
          type: 'trigger.event',
          args: { eventType: 'page.viewed' },
          position: { x: 0, y: 0 },
        },
        { id: 'issue', type: 'action.issueCoupon', args: { templateId }, position: { x: 200, y: 0 } },
      ],
      edges: [{ id: 'e1', source: 'trigger', target: 'issue', sourceHandle: 'out' }],
    };
    const range = { from: iso(-30 * HOUR), to: iso(60) };
    const countIssued = async () =>
      Number(
        (
          await queryRows<{ n: number }>(
            srv.db.url,
            `SELECT COUNT(*) AS n FROM coupon WHERE template_id = '${templateId}'`,
          )
        )[0]!.n,
      );
    const before = await countIssued();
    const f = (await staff.q(FORECAST_RULE, { g: draft, ...range })).forecastRule;
    const r = (await staff.q(REPLAY, { g: draft, ...range })).replayRule;
    expect(f).toMatchObject({ events: r.events, firings: r.firings, truncated: false });
    expect(f.events).toBeGreaterThanOrEqual(USERS);
    expect(f.templates).toHaveLength(1);
    const t = f.templates[0]!;
    const issue = r.issues[0]!;
    expect(t).toMatchObject({ templateId, coupons: issue.count, users: issue.users });
    expect(t.coupons).toBeGreaterThanOrEqual(USERS);
    // One budget rule: the liability is replay's (campaigns/budget.ts), per template and in total.
    expect(t.liability).toBe(issue.expectedCost);
    expect(f.liability).toBe(r.expectedCost);
    expect(f.worstCaseCost).toBe(r.worstCaseCost);
    // One forecast: the same figures as forecastIssue for the template, the replayed coupons first.
    const by = Object.fromEntries(t.figures.map((x) => [x.name, x]));
    expect(t.figures.map((x) => x.name)).toEqual(['coupons', 'claimRate', 'redemptionRate', 'meanDiscount']);
    expect(by.coupons).toMatchObject({
      value: t.coupons,
      low: t.coupons,
      high: t.coupons,
      source: 'HISTORY',
    });
    expect(by.claimRate).toMatchObject({ value: 1, source: 'EXACT' });
    expect(by.redemptionRate).toMatchObject({ value: 1, high: 1, source: 'HISTORY' });
    expect(by.meanDiscount).toMatchObject({ value: DISCOUNT, source: 'HISTORY' });
    expect(t.cost.value).toBe(t.coupons * DISCOUNT);
    expect(t.cost.low).toBe(Math.round(t.coupons * by.redemptionRate!.low * DISCOUNT));
    expect(f.cost).toEqual(t.cost);
    // Nothing was issued by the forecast.
    expect(await countIssued()).toBe(before);
    // Bad input: a range backwards, an invalid graph, a template that does not exist.
    const back = await staff.raw(FORECAST_RULE, { g: draft, from: range.to, to: range.from });
    expect(back.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const invalid = await staff.raw(FORECAST_RULE, { g: { version: 1, nodes: [], edges: [] }, ...range });
    expect(invalid.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_GRAPH' });
    const ghost = structuredClone(draft);
    ghost.nodes[1]!.args = { templateId: 'no-such-template' };
    const unknown = await staff.raw(FORECAST_RULE, { g: ghost, ...range });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'graph' });
  });

  it('ltv: historical value per user by arm ("did the coupon buy customers?"), and why no expected value yet', async () => {
    const LTV = graphql(`
      query MetricsE2eLtv($g: LtvGroupBy!, $r: ID) {
        ltv(groupBy: $g, ruleId: $r, periods: 2) {
          customers
          note
          groups {
            key
            customers
            historical {
              period
              revenuePerUser
              profitPerUser
            }
            expected {
              value
            }
          }
        }
      }
    `);
    const byArm = (await staff.q(LTV, { g: 'RULE_ARM', r: ruleId })).ltv;
    const t = byArm.groups.find((g) => g.key === 'treatment')!;
    const c = byArm.groups.find((g) => g.key === 'control')!;
    expect(t.customers).toBe(buyers.treatment.length);
    expect(t.historical[0]!.revenuePerUser).toBeCloseTo(
      (buyers.treatment.length * AMOUNT) / arms.treatment.length,
      8,
    );
    expect(t.historical[0]!.profitPerUser).toBeCloseTo(
      (buyers.treatment.length * (MARGIN - DISCOUNT)) / arms.treatment.length,
      8,
    );
    expect(c.historical[0]!.profitPerUser).toBeCloseTo(
      (buyers.control.length * MARGIN) / arms.control.length,
      8,
    );
    expect(t.expected).toBeNull();
    expect(byArm.note).toMatch(/repeat purchase/);
    const cohorts = (await staff.q(LTV, { g: 'COHORT' })).ltv;
    expect(cohorts.groups.reduce((s, g) => s + g.customers, 0)).toBe(cohorts.customers);
    const bad = await staff.raw(LTV, { g: 'RULE_ARM' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ruleId' });
  });
});
