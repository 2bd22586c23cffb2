import { describe, expect, it } from 'vitest';
import { analyse, splitArms, withHoldout } from './experiment';
import type { ArmSumsRow } from './metrics.sql';
import { merge, type PaidOrder, paidOrderOf } from './orders';
import {
  addCouponEvent,
  couponEventDelta,
  type CouponInfo,
  localDay,
  orderContribution,
  Rollup,
} from './rollup';

const coupons = new Map<string, CouponInfo>([
  ['c1', { templateId: 't1', campaignId: 'k1', ruleId: 'r1' }],
  ['c2', { templateId: 't2', campaignId: 'k1', ruleId: null }],
]);

describe('localDay', () => {
  it('counts calendar days in the deployment time zone', () => {
    const at = Date.UTC(2026, 0, 1, 23, 30) / 1000; // 23:30 UTC on 1 January
    expect(localDay(at, 'UTC')).toBe(Date.UTC(2026, 0, 1) / 86_400_000);
    expect(localDay(at, 'Asia/Tokyo')).toBe(Date.UTC(2026, 0, 2) / 86_400_000); // 08:30 on the 2nd
    expect(localDay(at, 'America/New_York')).toBe(Date.UTC(2026, 0, 1) / 86_400_000);
  });
});

describe('coupon event deltas', () => {
  it('counts issued by source, redeemed with subsidy, refunds and expiry', () => {
    const issued = (source: string) => ({
      type: 'coupon.issued',
      payload: { coupon: { source }, ruleId: 'r1' },
    });
    expect(couponEventDelta(issued('RULE'))).toEqual({ issued_rule: 1 });
    expect(couponEventDelta({ type: 'coupon.claimed', payload: { coupon: { source: 'CODE' } } })).toEqual({
      issued_code: 1,
    });
    expect(
      couponEventDelta({
        type: 'coupon.redeemed',
        payload: { coupon: { status: 'REDEEMED' }, discount: 700 },
      }),
    ).toEqual({ redeemed: 1, subsidy: 700 });
    // A CASH coupon with money left is not redeemed yet, but its subsidy counts.
    expect(
      couponEventDelta({
        type: 'coupon.redeemed',
        payload: { coupon: { status: 'AVAILABLE' }, discount: 300 },
      }),
    ).toEqual({ redeemed: 0, subsidy: 300 });
    expect(
      couponEventDelta({
        type: 'coupon.released',
        payload: { reason: 'REFUND', discount: 700, coupon: { balance: null } },
      }),
    ).toEqual({ subsidy: -700, redeemed: -1 });
    expect(
      couponEventDelta({
        type: 'coupon.released',
        payload: { reason: 'REFUND', discount: 300, coupon: { balance: 500 } },
      }),
    ).toEqual({ subsidy: -300, redeemed: 0 });
    expect(
      couponEventDelta({ type: 'coupon.released', payload: { reason: 'CANCELLED', discount: 1 } }),
    ).toBeNull();
    expect(couponEventDelta({ type: 'coupon.expired', payload: {} })).toEqual({ expired: 1 });
    expect(couponEventDelta({ type: 'coupon.locked', payload: {} })).toBeNull();
  });

  it('adds an event to its template, campaign, merchant, rule (when issued) and the deployment', () => {
    const r = new Rollup();
    const e = {
      type: 'coupon.issued',
      templateId: 't1',
      campaignId: null,
      merchantId: 'm1',
      payload: { coupon: { source: 'RULE' }, ruleId: 'r1' },
    };
    addCouponEvent(r, e, couponEventDelta(e)!, 10);
    expect(
      r
        .list()
        .map((x) => `${x.kind}:${x.id}:${x.day}:${x.values.issued_rule}`)
        .sort(),
    ).toEqual(['ALL:*:10:1', 'MERCHANT:m1:10:1', 'RULE:r1:10:1', 'TEMPLATE:t1:10:1']);
  });
});

describe('order contributions', () => {
  const fact = {
    amount: 5_000,
    margin: 2_000,
    merchantId: 'm1',
    couponIds: ['c1', 'c2'],
    paidAt: 86_400 * 3 + 10,
    refundedAt: null,
    firstOrder: true,
  };

  it('counts a coupon order once per scope, with revenue, margin and a new customer', () => {
    const rows = orderContribution(fact, coupons, 'UTC').list();
    const by = new Map(rows.map((r) => [`${r.kind}:${r.id}`, r.values]));
    expect([...by.keys()].sort()).toEqual([
      'ALL:*',
      'CAMPAIGN:k1',
      'MERCHANT:m1',
      'RULE:r1',
      'TEMPLATE:t1',
      'TEMPLATE:t2',
    ]);
    expect(by.get('CAMPAIGN:k1')).toMatchObject({
      paid_orders: 1,
      coupon_orders: 1,
      revenue: 5_000,
      new_customers_coupon: 1,
    });
    expect(rows.every((r) => r.day === 3)).toBe(true);
  });

  it('a refund takes revenue and margin back on its own day; unknown coupons count as none', () => {
    const rows = orderContribution(
      { ...fact, couponIds: ['ghost'], refundedAt: 86_400 * 5 },
      coupons,
      'UTC',
    ).list();
    expect(
      rows
        .map((r) => `${r.kind}:${r.day}:${r.values.revenue}:${r.values.coupon_orders}:${r.values.refunds}`)
        .sort(),
    ).toEqual(['ALL:3:5000:0:0', 'ALL:5:-5000:0:1', 'MERCHANT:3:5000:0:0', 'MERCHANT:5:-5000:0:1']);
  });

  it('the difference of two contributions is what changed (merging sources never double counts)', () => {
    const before = orderContribution({ ...fact, couponIds: [] }, coupons, 'UTC');
    const after = orderContribution(fact, coupons, 'UTC');
    const diff = new Rollup().merge(after).merge(before, -1).list();
    const all = diff.find((r) => r.kind === 'ALL')!;
    expect(all.values).toMatchObject({
      paid_orders: 0,
      coupon_orders: 1,
      revenue: 0,
      new_customers_coupon: 1,
    });
  });
});

describe('merging an order from two sources', () => {
  const checkout: PaidOrder = {
    orderId: 'o1',
    userId: 'u1',
    amount: 4_500,
    margin: null,
    merchantId: null,
    couponIds: ['c1'],
    discount: 500,
    paidAt: 200,
    source: 'CHECKOUT',
  };
  it('the app’s figures win, coupon ids are the union, the earliest time stays, unknown ids are flagged', () => {
    const first = merge(null, checkout, coupons);
    const tracked = paidOrderOf({
      id: 'ev1',
      type: 'order.paid',
      userId: 'u1',
      occurredAt: 100,
      properties: { orderId: 'o1', amount: 5_000, cost: 3_000, merchantId: 'm1', couponIds: ['c1', 'zz'] },
    });
    const both = merge(first, tracked, coupons);
    expect(both).toMatchObject({
      amount: 5_000,
      margin: 2_000,
      merchantId: 'm1',
      couponIds: ['c1'],
      unknownCouponIds: ['zz'],
      discount: 500,
      paidAt: 100,
      source: 'BOTH',
    });
    // Checkout after the app: the app's amount stays.
    const reverse = merge(merge(null, tracked, coupons), checkout, coupons);
    expect(reverse).toMatchObject({ amount: 5_000, source: 'BOTH', paidAt: 100 });
  });
});

describe('experiment analysis', () => {
  const row = (arm: string, control: boolean, n: number, buyers: number, net: number): ArmSumsRow => ({
    arm,
    control,
    n,
    cy: buyers,
    cx: 0,
    cxx: 0,
    cxy: 0,
    ry: buyers * 5_000,
    ryy: buyers * 5_000 ** 2,
    rx: 0,
    rxx: 0,
    rxy: 0,
    ny: buyers * net,
    nyy: buyers * net * net,
    nx: 0,
    nxx: 0,
    nxy: 0,
    sub: 0,
  });
  const arms = [
    { id: 'treatment', percent: 50, control: false },
    { id: 'control', percent: 50, control: true },
  ];
  const opts = { minUsersPerArm: 100, sequential: false, level: 0.95 };

  it('recommends solidifying when the lower bound of incremental profit is above zero', () => {
    const a = analyse(
      arms,
      [row('treatment', false, 1000, 400, 1500), row('control', true, 1000, 200, 2000)],
      new Map([
        ['treatment', 1000],
        ['control', 1000],
      ]),
      opts,
    );
    expect(a.srm.mismatch).toBe(false);
    expect(a.incrementalProfit!.estimate).toBeCloseTo((0.4 * 1500 - 0.2 * 2000) * 1000, 6);
    expect(a.incrementalProfit!.low).toBeGreaterThan(0);
    expect(a.recommendation).toBe('SOLIDIFY');
  });

  it('recommends stopping when the upper bound is below zero', () => {
    const a = analyse(
      arms,
      [row('treatment', false, 1000, 220, 100), row('control', true, 1000, 200, 2000)],
      new Map([
        ['treatment', 1000],
        ['control', 1000],
      ]),
      opts,
    );
    expect(a.incrementalProfit!.high).toBeLessThan(0);
    expect(a.recommendation).toBe('STOP');
  });

  it('a sample-ratio mismatch blocks any recommendation and says so first', () => {
    const a = analyse(
      arms,
      [row('treatment', false, 1000, 400, 1500), row('control', true, 800, 160, 2000)],
      new Map([
        ['treatment', 1000],
        ['control', 800],
      ]),
      opts,
    );
    expect(a.srm.mismatch).toBe(true);
    expect(a.recommendation).toBe('KEEP_TESTING');
    expect(a.evidence[0]).toMatch(/Sample ratio mismatch/);
  });

  it('keeps testing while too few users have completed the window', () => {
    const a = analyse(
      arms,
      [row('treatment', false, 50, 40, 1500), row('control', true, 50, 10, 2000)],
      new Map([
        ['treatment', 50],
        ['control', 50],
      ]),
      opts,
    );
    expect(a.recommendation).toBe('KEEP_TESTING');
    expect(a.evidence.join(' ')).toMatch(/Too few users/);
  });

  it('re-weights a split for a holdout', () => {
    const graph = {
      nodes: [
        {
          type: 'split.percent',
          args: {
            arms: [
              { id: 'a', percent: 50 },
              { id: 'b', percent: 50, control: true },
            ],
          },
        },
      ],
    };
    expect(splitArms(withHoldout(graph, 10))).toEqual([
      { id: 'a', percent: 90, control: false },
      { id: 'b', percent: 10, control: true },
    ]);
    expect(splitArms({ nodes: [] })).toBeNull();
  });
});
