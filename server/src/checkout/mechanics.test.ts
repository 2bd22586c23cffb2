// Issue 17 mechanics, hand-worked: the arithmetic is in each case's name.
import { describe, expect, it } from 'vitest';
import { amountOff, coupon, line, percentOff } from './fixtures';
import { NOW } from './fixtures';
import { type Cart, type CheckoutCoupon, applyCombination, bestCombination, evaluateCoupon } from './index';

const bxgy = (over: Partial<Parameters<typeof coupon>[0]> = {}) =>
  coupon({
    id: 'b',
    kind: 'BUY_X_GET_Y',
    stackGroup: 'PRODUCT',
    buyQuantity: 2,
    getQuantity: 1,
    discountBp: 10_000,
    ...over,
  });

const linesOf = (r: ReturnType<typeof bestCombination>) => r.lines.map((l) => l.discount);

describe('buy X get Y', () => {
  const cases: [string, Cart, CheckoutCoupon, Record<string, unknown>][] = [
    [
      'buy 2 get 1 free, 3 units at 500/700/900: the cheapest (500) is free',
      { lines: [line('A', 900), line('B', 500), line('C', 700)] },
      bxgy(),
      { applicable: true, discount: 500 },
    ],
    [
      'buy 2 get 1 free, 7 units: floor(7 / 3) = 2 applications, the 2 cheapest units (100 + 200) free',
      { lines: [line('A', 1_000, 3), line('B', 100, 1), line('C', 200, 3)] },
      bxgy(),
      { discount: 300 },
    ],
    [
      'buy 2 get 1 free, 9 units but at most 2 applications: 2 × 100 = 200',
      { lines: [line('A', 100, 9)] },
      bxgy({ maxApplications: 2 }),
      { discount: 200 },
    ],
    [
      'buy 2 get 1 at 50 % off: floor(600 × 5 000 / 10 000) = 300',
      { lines: [line('A', 800, 2), line('B', 600)] },
      bxgy({ discountBp: 5_000 }),
      { discount: 300 },
    ],
    [
      'buy 2 get 1 free, 2 units: 1 unit short',
      { lines: [line('A', 800, 2)] },
      bxgy(),
      { applicable: false, reason: 'QUANTITY_NOT_MET', shortBy: 1 },
    ],
    [
      'buy 3 of the set, get the SKU GIFT free: 6 bought → 2 GIFT units (2 × 400)',
      { lines: [line('A', 1_000, 6), line('GIFT', 400, 5)] },
      bxgy({ buyQuantity: 3, getQuantity: 1, sku: 'GIFT', scope: { includeSkus: ['A'] } }),
      { discount: 800 },
    ],
    [
      'buy 2 get 1 free with a cap of 250: min(500, 250) = 250',
      { lines: [line('A', 500, 3)] },
      bxgy({ cap: 250 }),
      { discount: 250 },
    ],
  ];
  it.each(cases)('%s', (_name, cart, c, expected) => {
    expect(evaluateCoupon(cart, c, NOW)).toMatchObject(expected);
  });

  it('is independent of line order: the free unit is the cheapest wherever its line is', () => {
    const lines = [line('A', 900), line('B', 500), line('C', 700)];
    for (const order of [
      [0, 1, 2],
      [1, 2, 0],
      [2, 0, 1],
    ]) {
      const cart = { lines: order.map((i) => lines[i]!) };
      const r = bestCombination(cart, [bxgy()], NOW);
      expect(r.totalDiscount).toBe(500);
      expect(r.lines.find((l) => l.discount > 0)!.amount).toBe(500);
    }
  });
});

describe('a fixed amount off each unit or each line', () => {
  const perUnit = (amount: number, over: Partial<Parameters<typeof coupon>[0]> = {}) =>
    amountOff('u', amount, 0, { applyTo: 'EACH_UNIT', stackGroup: 'PRODUCT', ...over });
  const cases: [string, Cart, CheckoutCoupon, Record<string, unknown>][] = [
    [
      '300 off each unit: 2 × 300 + 1 × min(300, 200) = 800',
      { lines: [line('A', 1_000, 2), line('B', 200)] },
      perUnit(300),
      { discount: 800 },
    ],
    [
      '300 off each unit, at most 2 units, cheapest first: min(300, 200) + 300 = 500',
      { lines: [line('A', 1_000, 2), line('B', 200)] },
      perUnit(300, { maxUnits: 2 }),
      { discount: 500 },
    ],
    [
      '300 off each line: 300 + min(300, 200) = 500',
      { lines: [line('A', 1_000, 2), line('B', 200)] },
      perUnit(300, { applyTo: 'EACH_LINE' }),
      { discount: 500 },
    ],
    [
      '300 off each unit of brand acme only: 2 × 300 = 600',
      { lines: [line('A', 1_000, 2, { brand: 'acme' }), line('B', 200)] },
      perUnit(300, { scope: { includeBrands: ['acme'] } }),
      { discount: 600 },
    ],
  ];
  it.each(cases)('%s', (_name, cart, c, expected) => {
    expect(evaluateCoupon(cart, c, NOW)).toMatchObject(expected);
  });

  it('the unit cap takes the cheapest units whatever the line order (cap 3: 100 + 2 × 250)', () => {
    const a = line('A', 400, 2);
    const b = line('B', 100);
    const c = line('C', 250, 2);
    const cap = perUnit(250, { maxUnits: 3 });
    // cheapest units: B (100 → 100 off), then C ×2 (250 off each) = 600
    for (const lines of [
      [a, b, c],
      [c, a, b],
      [b, c, a],
    ]) {
      const r = bestCombination({ lines }, [cap], NOW);
      expect(r.totalDiscount).toBe(600);
      expect(r.lines.find((l) => l.amount === 800)!.discount).toBe(0);
    }
  });
});

describe('minimum quantity and the cheapest item', () => {
  it('a minimum of 3 eligible units: 2 in the cart is 1 short; 3 applies (10 % of 3 000 = 300)', () => {
    const c = percentOff('q', 1_000, { minQuantity: 3 });
    expect(evaluateCoupon({ lines: [line('A', 1_000, 2)] }, c, NOW)).toMatchObject({
      applicable: false,
      reason: 'QUANTITY_NOT_MET',
      shortBy: 1,
    });
    expect(evaluateCoupon({ lines: [line('A', 1_000, 3)] }, c, NOW)).toMatchObject({ discount: 300 });
  });

  it('20 % off the cheapest item only: floor(20 % × 450) = 90, once per order', () => {
    const cart = { lines: [line('A', 2_000, 3), line('B', 450, 2), line('C', 0)] };
    const c = percentOff('ch', 2_000, { applyTo: 'CHEAPEST_ITEM' });
    const r = bestCombination(cart, [c], NOW);
    expect(r.totalDiscount).toBe(90);
    expect(linesOf(r)).toEqual([0, 90, 0]);
  });

  it('1 000 off the cheapest item: min(1 000, 450) = 450', () => {
    const cart = { lines: [line('A', 2_000), line('B', 450)] };
    expect(evaluateCoupon(cart, amountOff('ch', 1_000, 0, { applyTo: 'CHEAPEST_ITEM' }), NOW)).toMatchObject({
      discount: 450,
    });
  });

  it('stacks on what is left: 500 off each unit (PRODUCT) then 10 % (PLATFORM) of 2 × 500 = 100', () => {
    const cart = { lines: [line('A', 1_000, 2)] };
    const r = applyCombination(
      cart,
      [amountOff('u', 500, 0, { applyTo: 'EACH_UNIT', stackGroup: 'PRODUCT' }), percentOff('p', 1_000)],
      NOW,
    );
    expect(r).toMatchObject({ ok: true, totalDiscount: 1_100 });
  });
});
