import { describe, expect, it } from 'vitest';
import { DAY, NOW, amountOff, coupon, line, percentOff, scope } from './fixtures';
import { type Cart, type CheckoutCoupon, CheckoutInputError, admitsLine, evaluateCoupon } from './index';

const cartOf = (...amounts: number[]): Cart => ({ lines: amounts.map((a, i) => line(`SKU${i}`, a)) });

describe('evaluateCoupon: one coupon alone on the full cart', () => {
  const cases: [string, Cart, CheckoutCoupon, Record<string, unknown>][] = [
    // PERCENT_OFF: floor first, then the cap
    [
      '9 % of 12 345 floors to 1 111',
      cartOf(12_345),
      percentOff('p', 900),
      { applicable: true, discount: 1_111 },
    ],
    ['15 % of 999 floors to 149', cartOf(999), percentOff('p', 1_500), { discount: 149 }],
    [
      '9 % of 12 345 capped at 1 000',
      cartOf(12_345),
      percentOff('p', 900, { cap: 1_000 }),
      { discount: 1_000 },
    ],
    [
      'the cap applies after the floor',
      cartOf(11_119),
      percentOff('p', 900, { cap: 1_000 }),
      { discount: 1_000 },
    ],
    [
      'below the cap the floor stands',
      cartOf(11_110),
      percentOff('p', 900, { cap: 1_000 }),
      { discount: 999 },
    ],
    ['100 % off is the whole eligible amount', cartOf(4_321), percentOff('p', 10_000), { discount: 4_321 }],
    // AMOUNT_OFF
    [
      'amount off at the threshold',
      cartOf(10_000),
      amountOff('a', 1_500, 10_000),
      { applicable: true, discount: 1_500 },
    ],
    [
      'amount off below the threshold: short by',
      cartOf(6_000, 3_999),
      amountOff('a', 1_500, 10_000),
      { applicable: false, reason: 'THRESHOLD_NOT_MET', shortBy: 1, discount: 0 },
    ],
    ['amount capped at the eligible subtotal', cartOf(3_000), amountOff('a', 5_000), { discount: 3_000 }],
    ['no-threshold instant discount', cartOf(1), amountOff('a', 300), { applicable: true, discount: 1 }],
    // STEP_AMOUNT_OFF: every full step gives the amount, then the cap
    [
      'steps: 3 full steps of 10 000',
      cartOf(35_000),
      coupon({ id: 's', kind: 'STEP_AMOUNT_OFF', step: 10_000, amount: 1_500 }),
      { discount: 4_500 },
    ],
    [
      'steps with a cap',
      cartOf(35_000),
      coupon({ id: 's', kind: 'STEP_AMOUNT_OFF', step: 10_000, amount: 1_500, cap: 3_000 }),
      { discount: 3_000 },
    ],
    [
      'steps: less than one step is a threshold not met',
      cartOf(9_999),
      coupon({ id: 's', kind: 'STEP_AMOUNT_OFF', step: 10_000, amount: 1_500 }),
      { applicable: false, reason: 'THRESHOLD_NOT_MET', shortBy: 1 },
    ],
    [
      'steps: never more than the eligible amount',
      cartOf(100),
      coupon({ id: 's', kind: 'STEP_AMOUNT_OFF', step: 10, amount: 50 }),
      { discount: 100 },
    ],
    // MERCHANDISE
    [
      'merchandise: capped by units',
      { lines: [line('A', 2_000), line('GIFT', 500, 3)] },
      coupon({ id: 'm', kind: 'MERCHANDISE', stackGroup: 'PRODUCT', sku: 'GIFT', units: 2 }),
      { discount: 1_000 },
    ],
    [
      'merchandise: capped by the quantity in the cart',
      { lines: [line('GIFT', 500, 1)] },
      coupon({ id: 'm', kind: 'MERCHANDISE', stackGroup: 'PRODUCT', sku: 'GIFT', units: 2 }),
      { discount: 500 },
    ],
    [
      'merchandise: a free unit is worth at most unitValue: 2 × min(100 000, 50 000) = 100 000, not 200 000',
      { lines: [line('GIFT', 100_000, 2)] },
      coupon({
        id: 'm',
        kind: 'MERCHANDISE',
        stackGroup: 'PRODUCT',
        sku: 'GIFT',
        units: 2,
        unitValue: 50_000,
      }),
      { applicable: true, discount: 100_000 },
    ],
    [
      'merchandise: a unit cheaper than unitValue is free at its price: 2 × min(300, 500) = 600',
      { lines: [line('GIFT', 300, 5)] },
      coupon({ id: 'm', kind: 'MERCHANDISE', stackGroup: 'PRODUCT', sku: 'GIFT', units: 2, unitValue: 500 }),
      { discount: 600 },
    ],
    [
      'merchandise: sku not in the cart',
      { lines: [line('A', 2_000)] },
      coupon({ id: 'm', kind: 'MERCHANDISE', stackGroup: 'PRODUCT', sku: 'GIFT', units: 2 }),
      { applicable: false, reason: 'OUT_OF_SCOPE' },
    ],
    // CASH: min(balance, total), the rest stays on the coupon
    [
      'cash larger than the total',
      cartOf(3_000),
      coupon({ id: 'c', kind: 'CASH', stackGroup: 'PAYMENT', balance: 5_000 }),
      { discount: 3_000, remainingBalance: 2_000 },
    ],
    [
      'cash smaller than the total',
      cartOf(3_000),
      coupon({ id: 'c', kind: 'CASH', stackGroup: 'PAYMENT', balance: 1_200 }),
      { discount: 1_200, remainingBalance: 0 },
    ],
    // INTEREST_RATE never applies to a cart
    [
      'interest-rate coupon',
      cartOf(3_000),
      coupon({ id: 'i', kind: 'INTEREST_RATE' }),
      { applicable: false, reason: 'NOT_A_CHECKOUT_COUPON', discount: 0 },
    ],
    // validity [from, until)
    [
      'valid from its first second',
      cartOf(100),
      amountOff('a', 10, 0, { validFrom: NOW }),
      { applicable: true },
    ],
    [
      'not yet valid',
      cartOf(100),
      amountOff('a', 10, 0, { validFrom: NOW + 1 }),
      { applicable: false, reason: 'NOT_YET_VALID' },
    ],
    ['expired at validUntil', cartOf(100), amountOff('a', 10, 0, { validUntil: NOW }), { reason: 'EXPIRED' }],
    [
      'valid until the second before',
      cartOf(100),
      amountOff('a', 10, 0, { validUntil: NOW + 1 }),
      { discount: 10 },
    ],
    // budget: refused, not capped
    [
      'budget exhausted',
      cartOf(10_000),
      amountOff('a', 1_000, 0, { budgetRemaining: 999 }),
      { applicable: false, reason: 'BUDGET_EXHAUSTED', discount: 0 },
    ],
    [
      'budget just enough',
      cartOf(10_000),
      amountOff('a', 1_000, 0, { budgetRemaining: 1_000 }),
      { discount: 1_000 },
    ],
    // scope
    [
      'threshold tested on the eligible lines only',
      { lines: [line('A', 6_000, 1, { brand: 'acme' }), line('B', 6_000, 1, { brand: 'other' })] },
      amountOff('a', 1_000, 10_000, { scope: { includeBrands: ['acme'] } }),
      { applicable: false, reason: 'THRESHOLD_NOT_MET', shortBy: 4_000 },
    ],
    [
      'percentage of the eligible lines only',
      { lines: [line('A', 6_000, 1, { category: 'shoes' }), line('B', 4_000, 1, { category: 'food' })] },
      percentOff('p', 1_000, { scope: { excludeCategories: ['food'] } }),
      { discount: 600 },
    ],
    [
      'no admitted line',
      { lines: [line('A', 6_000, 1, { category: 'food' })] },
      percentOff('p', 1_000, { scope: { excludeCategories: ['food'] } }),
      { applicable: false, reason: 'OUT_OF_SCOPE' },
    ],
    [
      'store coupon of another merchant',
      { merchantId: 'm1', lines: [line('A', 6_000)] },
      percentOff('p', 1_000, { stackGroup: 'STORE', scope: { merchantIds: ['m2'] } }),
      { reason: 'OUT_OF_SCOPE' },
    ],
  ];

  it.each(cases)('%s', (_name, cart, c, expected) => {
    expect(evaluateCoupon(cart, c, NOW)).toMatchObject({ couponId: c.id, ...expected });
  });

  it('reports no shortBy or reason when applicable', () => {
    const r = evaluateCoupon(cartOf(100), amountOff('a', 10), NOW);
    expect(r).toEqual({ couponId: 'a', applicable: true, discount: 10 });
  });
});

describe('scope admission', () => {
  const s = scope({
    merchantIds: ['m1'],
    includeBrands: ['acme'],
    includeCategories: ['shoes'],
    excludeSkus: ['X'],
    excludeBrands: ['fake'],
  });
  it.each([
    ['brand included', line('A', 1, 1, { brand: 'acme' }), 'm1', true],
    ['category included', line('A', 1, 1, { category: 'shoes' }), 'm1', true],
    ['neither included', line('A', 1, 1, { brand: 'other', category: 'food' }), 'm1', false],
    ['included but sku excluded', line('X', 1, 1, { brand: 'acme' }), 'm1', false],
    [
      'category included but brand excluded',
      line('A', 1, 1, { brand: 'fake', category: 'shoes' }),
      'm1',
      false,
    ],
    ['other merchant from the cart', line('A', 1, 1, { brand: 'acme' }), 'm2', false],
    ['line merchant overrides the cart', line('A', 1, 1, { brand: 'acme', merchantId: 'm1' }), 'm2', true],
    ['no merchant at all', line('A', 1, 1, { brand: 'acme' }), null, false],
  ])('%s', (_name, l, cartMerchant, expected) => {
    expect(admitsLine(s, l, cartMerchant)).toBe(expected);
  });

  it('an empty scope admits everything; an include sku list admits only those', () => {
    expect(admitsLine(scope(), line('Z', 1), undefined)).toBe(true);
    expect(admitsLine(scope({ includeSkus: ['A'] }), line('A', 1), undefined)).toBe(true);
    expect(admitsLine(scope({ includeSkus: ['A'] }), line('B', 1), undefined)).toBe(false);
    expect(admitsLine(scope({ excludeBrands: ['b'] }), line('B', 1), undefined)).toBe(true);
  });
});

describe('input validation', () => {
  const ok = cartOf(100);
  it.each([
    ['fractional price', { lines: [line('A', 10.5)] }, amountOff('a', 1), 'cart.lines[0].unitPrice'],
    ['negative price', { lines: [line('A', -1)] }, amountOff('a', 1), 'cart.lines[0].unitPrice'],
    [
      'zero quantity',
      { lines: [line('A', 1), line('B', 1, 0)] },
      amountOff('a', 1),
      'cart.lines[1].quantity',
    ],
    ['missing amount', ok, coupon({ id: 'a', kind: 'AMOUNT_OFF' }), 'coupon.amount'],
    ['missing rate', ok, coupon({ id: 'p', kind: 'PERCENT_OFF' }), 'coupon.discountBp'],
    ['rate above 100 %', ok, percentOff('p', 10_001), 'coupon.discountBp'],
    ['zero step', ok, coupon({ id: 's', kind: 'STEP_AMOUNT_OFF', amount: 1, step: 0 }), 'coupon.step'],
    ['missing sku', ok, coupon({ id: 'm', kind: 'MERCHANDISE', units: 1 }), 'coupon.sku'],
    ['missing balance', ok, coupon({ id: 'c', kind: 'CASH' }), 'coupon.balance'],
    ['negative threshold', ok, amountOff('a', 1, -5), 'coupon.threshold'],
    ['fractional budget', ok, amountOff('a', 1, 0, { budgetRemaining: 0.5 }), 'coupon.budgetRemaining'],
    ['unknown kind', ok, coupon({ id: 'x', kind: 'BOGUS' as never }), 'coupon.kind'],
  ])('%s → %s', (_name, cart, c, path) => {
    let error: unknown;
    try {
      evaluateCoupon(cart, c, NOW);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CheckoutInputError);
    expect((error as CheckoutInputError).path).toBe(path);
  });

  it('rejects a fractional now', () => {
    expect(() => evaluateCoupon(ok, amountOff('a', 1), NOW + 0.5)).toThrow(CheckoutInputError);
  });

  it('accepts a valid window far in the future', () => {
    expect(evaluateCoupon(ok, amountOff('a', 1, 0, { validUntil: NOW + 3650 * DAY }), NOW).applicable).toBe(
      true,
    );
  });
});
