import { describe, expect, it } from 'vitest';
import { DAY, NOW, amountOff, coupon, line, percentOff } from './fixtures';
import {
  type AppliedCombination,
  type Cart,
  type CombinationResult,
  applyCombination,
  bestCombination,
  quoteCart,
} from './index';

const cart10k: Cart = { lines: [line('A', 10_000)] };

function applied(result: CombinationResult): AppliedCombination {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems)}`);
  return result;
}

const discounts = (r: AppliedCombination) => r.coupons.map((c) => [c.couponId, c.discount]);

describe('applyCombination', () => {
  it('applies store then platform, each on what is left: 10 % + 20 % on 10 000 gives 1 000 + 1 800', () => {
    const platform = percentOff('platform20', 2_000, { stackGroup: 'PLATFORM' });
    const store = percentOff('store10', 1_000, { stackGroup: 'STORE' });
    // given in the "wrong" order on purpose: groups are applied PRODUCT, STORE, PLATFORM, PAYMENT
    const r = applied(applyCombination(cart10k, [platform, store], NOW));
    expect(discounts(r)).toEqual([
      ['store10', 1_000],
      ['platform20', 1_800],
    ]);
    expect(r).toMatchObject({ subtotal: 10_000, totalDiscount: 2_800, payable: 7_200 });
    expect(r.lines).toEqual([{ index: 0, amount: 10_000, discount: 2_800, payable: 7_200 }]);
  });

  it('tests a later threshold on what the earlier groups left', () => {
    const store = amountOff('store', 1_000, 0, { stackGroup: 'STORE' });
    const platform = amountOff('platform', 2_000, 10_000, { stackGroup: 'PLATFORM' });
    // met on the full cart ...
    expect(applied(applyCombination(cart10k, [platform], NOW)).totalDiscount).toBe(2_000);
    // ... but not after the store discount
    expect(applyCombination(cart10k, [store, platform], NOW)).toEqual({
      ok: false,
      problems: [{ couponId: 'platform', reason: 'THRESHOLD_NOT_MET', shortBy: 1_000 }],
    });
    // and the best combination is then the platform coupon alone
    expect(discounts(bestCombination(cart10k, [store, platform], NOW))).toEqual([['platform', 2_000]]);
  });

  it('splits an order-level discount by largest remainder, parts summing exactly', () => {
    const cart: Cart = { lines: [line('A', 1_000), line('B', 1_000), line('C', 1_000)] };
    const r = applied(applyCombination(cart, [amountOff('a', 100)], NOW));
    expect(r.coupons[0]!.lines).toEqual([
      { index: 0, discount: 34 },
      { index: 1, discount: 33 },
      { index: 2, discount: 33 },
    ]);
    const uneven: Cart = { lines: [line('A', 3_000), line('B', 1_000, 2), line('C', 999)] };
    const r2 = applied(applyCombination(uneven, [percentOff('p', 1_234)], NOW));
    // 12.34 % of 5 999 = 740.27 → 740, split 3 000 : 2 000 : 999 → 370.05, 246.70, 123.25 → 370, 247, 123
    expect(r2.coupons[0]!.lines).toEqual([
      { index: 0, discount: 370 },
      { index: 1, discount: 247 },
      { index: 2, discount: 123 },
    ]);
    expect(r2.totalDiscount).toBe(740);
  });

  it('puts a scoped discount only on the admitted lines, and later coupons see what is left', () => {
    const cart: Cart = {
      lines: [line('A', 6_000, 1, { brand: 'acme' }), line('B', 4_000, 1, { brand: 'other' })],
    };
    const store = percentOff('store', 5_000, { stackGroup: 'STORE', scope: { includeBrands: ['acme'] } });
    const platform = percentOff('platform', 1_000, { stackGroup: 'PLATFORM' });
    const r = applied(applyCombination(cart, [store, platform], NOW));
    // store: 3 000 on line 0; platform: 10 % of (3 000 + 4 000) = 700 split 300 / 400
    expect(r.coupons).toEqual([
      {
        couponId: 'store',
        stackGroup: 'STORE',
        discount: 3_000,
        lines: [{ index: 0, discount: 3_000 }],
        shippingDiscount: 0,
      },
      {
        couponId: 'platform',
        stackGroup: 'PLATFORM',
        discount: 700,
        lines: [
          { index: 0, discount: 300 },
          { index: 1, discount: 400 },
        ],
        shippingDiscount: 0,
      },
    ]);
    expect(r.lines.map((l) => l.payable)).toEqual([2_700, 3_600]);
  });

  it('gives merchandise to the lines of that sku, units taken in line order', () => {
    const cart: Cart = { lines: [line('GIFT', 300, 1), line('A', 5_000), line('GIFT', 300, 4)] };
    const gift = coupon({ id: 'g', kind: 'MERCHANDISE', stackGroup: 'PRODUCT', sku: 'GIFT', units: 3 });
    const r = applied(applyCombination(cart, [gift, percentOff('p', 1_000)], NOW));
    expect(r.coupons[0]).toMatchObject({
      discount: 900,
      lines: [
        { index: 0, discount: 300 },
        { index: 2, discount: 600 },
      ],
    });
    // 10 % of what is left: 0 + 5 000 + 600 = 5 600 → 560
    expect(r.coupons[1]!.discount).toBe(560);
    expect(r.totalDiscount).toBe(1_460);
  });

  it('spends a cash voucher on what is left after the other groups and reports the balance that stays', () => {
    const store = percentOff('store', 1_000, { stackGroup: 'STORE' });
    const cash = coupon({ id: 'cash', kind: 'CASH', stackGroup: 'PAYMENT', balance: 20_000 });
    const r = applied(applyCombination(cart10k, [cash, store], NOW));
    expect(r.coupons[1]).toMatchObject({ couponId: 'cash', discount: 9_000, remainingBalance: 11_000 });
    expect(r.payable).toBe(0);
  });

  it('never takes a total below zero: 900 + min(900, 100) = 1 000 on a 1 000 cart', () => {
    const s = amountOff('s', 900, 0, { stackGroup: 'STORE' });
    const p = amountOff('p', 900, 0, { stackGroup: 'PLATFORM' });
    const cart: Cart = { lines: [line('A', 700), line('B', 300)] };
    const r = applied(applyCombination(cart, [s, p], NOW));
    expect(discounts(r)).toEqual([
      ['s', 900],
      ['p', 100],
    ]);
    expect(r.payable).toBe(0);
    expect(r.lines.every((l) => l.payable === 0)).toBe(true);
    // a cash voucher on a fully paid cart would be spent for nothing: refused, its balance untouched
    const cash = coupon({ id: 'c', kind: 'CASH', stackGroup: 'PAYMENT', balance: 5_000 });
    expect(applyCombination(cart, [s, p, cash], NOW)).toEqual({
      ok: false,
      problems: [{ couponId: 'c', reason: 'NO_EFFECT' }],
    });
  });

  it('reports stack conflicts: two of one group', () => {
    expect(
      applyCombination(
        cart10k,
        [amountOff('a', 1, 0, { stackGroup: 'STORE' }), percentOff('b', 100, { stackGroup: 'STORE' })],
        NOW,
      ),
    ).toEqual({
      ok: false,
      problems: [
        { couponId: 'a', reason: 'STACK_CONFLICT' },
        { couponId: 'b', reason: 'STACK_CONFLICT' },
      ],
    });
  });

  it('reports stack conflicts: an exclusive coupon with anything', () => {
    const exclusive = amountOff('x', 3_000, 0, { stackGroup: 'PLATFORM', exclusive: true });
    const store = amountOff('s', 100, 0, { stackGroup: 'STORE' });
    const r = applyCombination(cart10k, [exclusive, store], NOW);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => [p.couponId, p.reason])).toEqual([
      ['x', 'STACK_CONFLICT'],
      ['s', 'STACK_CONFLICT'],
    ]);
    expect(applied(applyCombination(cart10k, [exclusive], NOW)).totalDiscount).toBe(3_000);
  });

  it('reports static reasons for each coupon', () => {
    const r = applyCombination(
      cart10k,
      [
        amountOff('old', 10, 0, { validUntil: NOW - DAY, stackGroup: 'STORE' }),
        coupon({ id: 'i', kind: 'INTEREST_RATE', stackGroup: 'PAYMENT' }),
        amountOff('ok', 10),
      ],
      NOW,
    );
    expect(r).toEqual({
      ok: false,
      problems: [
        { couponId: 'old', reason: 'EXPIRED' },
        { couponId: 'i', reason: 'NOT_A_CHECKOUT_COUPON' },
      ],
    });
  });

  it('refuses a discount over the budget instead of capping it, tested on the discount in the combination', () => {
    const store = percentOff('store', 1_000, { stackGroup: 'STORE' });
    const platform = percentOff('platform', 2_000, { stackGroup: 'PLATFORM', budgetRemaining: 1_900 });
    // alone: 2 000 > 1 900
    expect(applyCombination(cart10k, [platform], NOW)).toEqual({
      ok: false,
      problems: [{ couponId: 'platform', reason: 'BUDGET_EXHAUSTED' }],
    });
    // after the store coupon: 1 800 ≤ 1 900
    expect(applied(applyCombination(cart10k, [store, platform], NOW)).totalDiscount).toBe(2_800);
    // and the best combination finds it, though the platform coupon does not apply alone
    expect(discounts(bestCombination(cart10k, [store, platform], NOW))).toEqual([
      ['store', 1_000],
      ['platform', 1_800],
    ]);
  });

  it('refuses a chosen coupon that gives nothing on what is left (NO_EFFECT), instead of consuming it', () => {
    // the store's 1 000 off takes the whole 1 000 line; the platform coupon then has 0 to work on
    const store = amountOff('store', 1_000, 0, { stackGroup: 'STORE' });
    const platform = amountOff('platform', 500, 0, { stackGroup: 'PLATFORM' });
    const r = applyCombination({ lines: [line('A', 1_000)] }, [store, platform], NOW);
    expect(r).toEqual({ ok: false, problems: [{ couponId: 'platform', reason: 'NO_EFFECT' }] });
    // 1 % of 50 floors to 0: no effect even alone
    const tiny = applyCombination({ lines: [line('A', 50)] }, [percentOff('p1', 100)], NOW);
    expect(tiny).toEqual({ ok: false, problems: [{ couponId: 'p1', reason: 'NO_EFFECT' }] });
  });

  it('accepts an empty set', () => {
    expect(applied(applyCombination(cart10k, [], NOW))).toMatchObject({
      totalDiscount: 0,
      payable: 10_000,
      coupons: [],
    });
  });
});

describe('bestCombination', () => {
  it('is exact, not greedy: the largest first coupon is not always best', () => {
    // greedy takes store 3 000, after which the platform threshold of 9 000 fails (7 000 left): 3 000.
    // Best: store 1 000 + platform 5 000 = 6 000.
    const wallet = [
      amountOff('storeBig', 3_000, 0, { stackGroup: 'STORE' }),
      amountOff('storeSmall', 1_000, 0, { stackGroup: 'STORE' }),
      amountOff('platform', 5_000, 9_000, { stackGroup: 'PLATFORM' }),
    ];
    const r = bestCombination(cart10k, wallet, NOW);
    expect(discounts(r)).toEqual([
      ['storeSmall', 1_000],
      ['platform', 5_000],
    ]);
    expect(r.payable).toBe(4_000);
  });

  it('prefers an exclusive coupon when it beats every combination, and a combination otherwise', () => {
    const wallet = [
      percentOff('store', 1_000, { stackGroup: 'STORE' }),
      percentOff('platform', 2_000, { stackGroup: 'PLATFORM' }),
      amountOff('exclusive', 2_900, 0, { exclusive: true }),
    ];
    expect(discounts(bestCombination(cart10k, wallet, NOW))).toEqual([['exclusive', 2_900]]);
    wallet[2] = amountOff('exclusive', 2_700, 0, { exclusive: true });
    expect(bestCombination(cart10k, wallet, NOW).totalDiscount).toBe(2_800);
  });

  it('uses at most one coupon per group and skips coupons that do not apply', () => {
    const wallet = [
      amountOff('s1', 500, 0, { stackGroup: 'STORE' }),
      amountOff('s2', 700, 0, { stackGroup: 'STORE' }),
      amountOff('expired', 5_000, 0, { stackGroup: 'PRODUCT', validUntil: NOW }),
      amountOff('far', 5_000, 20_000, { stackGroup: 'PLATFORM' }),
      coupon({ id: 'i', kind: 'INTEREST_RATE', stackGroup: 'PAYMENT' }),
    ];
    expect(discounts(bestCombination(cart10k, wallet, NOW))).toEqual([['s2', 700]]);
  });

  it('breaks ties: fewer coupons, then the set expiring soonest, then the coupon id', () => {
    const both = [
      amountOff('s', 500, 0, { stackGroup: 'STORE' }),
      amountOff('p', 500, 0, { stackGroup: 'PLATFORM' }),
      amountOff('x', 1_000, 0, { stackGroup: 'PRODUCT' }),
    ];
    expect(discounts(bestCombination(cart10k, both, NOW))).toEqual([
      ['x', 1_000],
      ['s', 500],
      ['p', 500],
    ]);
    // equal totals: {x} alone (1 coupon) beats {s, p} (2 coupons)
    const fewer = [
      amountOff('s', 500, 0, { stackGroup: 'STORE' }),
      amountOff('p', 500, 0, { stackGroup: 'PLATFORM' }),
      amountOff('x', 1_000, 0, { stackGroup: 'PRODUCT', exclusive: true }),
    ];
    expect(discounts(bestCombination(cart10k, fewer, NOW))).toEqual([['x', 1_000]]);
    // same discount and count: the one expiring first is used
    const soon = [
      amountOff('late', 500, 0, { stackGroup: 'STORE', validUntil: NOW + 9 * DAY }),
      amountOff('early', 500, 0, { stackGroup: 'STORE', validUntil: NOW + 2 * DAY }),
    ];
    expect(discounts(bestCombination(cart10k, soon, NOW))).toEqual([['early', 500]]);
    // everything equal: the smaller id
    const ids = [
      amountOff('b', 500, 0, { stackGroup: 'STORE' }),
      amountOff('a', 500, 0, { stackGroup: 'STORE' }),
    ];
    expect(discounts(bestCombination(cart10k, ids, NOW))).toEqual([['a', 500]]);
  });

  it('returns no coupons for an empty wallet or an empty cart', () => {
    expect(bestCombination(cart10k, [], NOW)).toMatchObject({
      totalDiscount: 0,
      payable: 10_000,
      coupons: [],
    });
    expect(bestCombination({ lines: [] }, [amountOff('a', 10)], NOW)).toMatchObject({
      subtotal: 0,
      totalDiscount: 0,
      coupons: [],
    });
  });
});

describe('quoteCart', () => {
  it('lists every coupon with its reason and marks the best combination', () => {
    const wallet = [
      percentOff('store', 1_000, { stackGroup: 'STORE' }),
      amountOff('store2', 500, 0, { stackGroup: 'STORE' }),
      percentOff('platform', 2_000, { stackGroup: 'PLATFORM' }),
      amountOff('big', 3_000, 20_000),
      amountOff('later', 3_000, 0, { validFrom: NOW + DAY }),
    ];
    const q = quoteCart(cart10k, wallet, NOW);
    expect(q.subtotal).toBe(10_000);
    expect(q.items).toEqual([
      { couponId: 'store', applicable: true, discount: 1_000, inBest: true },
      { couponId: 'store2', applicable: true, discount: 500, inBest: false },
      { couponId: 'platform', applicable: true, discount: 2_000, inBest: true },
      {
        couponId: 'big',
        applicable: false,
        reason: 'THRESHOLD_NOT_MET',
        shortBy: 10_000,
        discount: 0,
        inBest: false,
      },
      { couponId: 'later', applicable: false, reason: 'NOT_YET_VALID', discount: 0, inBest: false },
    ]);
    expect(q.best).toMatchObject({ totalDiscount: 2_800, payable: 7_200 });
  });
});
