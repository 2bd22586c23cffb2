import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS as KIND_SPECS } from '../templates/kinds';
import { DAY, NOW, coupon, scope } from './fixtures';
import {
  type AppliedCombination,
  type Cart,
  type CartLine,
  type CheckoutCoupon,
  type CouponKind,
  type StackGroup,
  applyCombination,
  bestCombination,
  evaluateCoupon,
  quoteCart,
} from './index';

const SKUS = ['A', 'B', 'C', 'D', 'GIFT'];
const BRANDS = ['acme', 'zen'];
const CATEGORIES = ['shoes', 'food'];
const MERCHANTS = ['m1', 'm2'];
const KINDS: CouponKind[] = [
  'AMOUNT_OFF',
  'PERCENT_OFF',
  'STEP_AMOUNT_OFF',
  'MERCHANDISE',
  'CASH',
  'INTEREST_RATE',
  'BUY_X_GET_Y',
  'SHIPPING_OFF',
];
const GROUPS: StackGroup[] = ['PRODUCT', 'STORE', 'PLATFORM', 'SHIPPING', 'PAYMENT'];

const lineArb: fc.Arbitrary<CartLine> = fc.record({
  sku: fc.constantFrom(...SKUS),
  brand: fc.option(fc.constantFrom(...BRANDS)),
  category: fc.option(fc.constantFrom(...CATEGORIES)),
  merchantId: fc.option(fc.constantFrom(...MERCHANTS), { freq: 3 }),
  unitPrice: fc.oneof(fc.integer({ min: 0, max: 5_000 }), fc.constantFrom(0, 1, 999, 1_000, 2_000, 5_000)),
  quantity: fc.integer({ min: 1, max: 4 }),
});

const cartArb: fc.Arbitrary<Cart> = fc.record({
  merchantId: fc.option(fc.constantFrom(...MERCHANTS)),
  lines: fc.array(lineArb, { minLength: 1, maxLength: 8 }),
  shipping: fc.option(
    fc.record({
      amount: fc.oneof(fc.integer({ min: 0, max: 2_000 }), fc.constantFrom(0, 500, 1_000)),
      method: fc.option(fc.constantFrom('standard', 'express')),
    }),
  ),
});

const sub = <T>(values: T[]) => fc.subarray(values, { maxLength: 2 });
const scopeArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(scope()) },
  {
    weight: 2,
    arbitrary: fc.record({
      merchantIds: sub(MERCHANTS),
      includeSkus: sub(SKUS),
      excludeSkus: sub(SKUS),
      includeBrands: sub(BRANDS),
      excludeBrands: sub(BRANDS),
      includeCategories: sub(CATEGORIES),
      excludeCategories: sub(CATEGORIES),
    }),
  },
);

const couponFields = fc.record({
  kind: fc.constantFrom(...KINDS, 'AMOUNT_OFF', 'PERCENT_OFF', 'CASH', 'CASH', 'BUY_X_GET_Y', 'SHIPPING_OFF'),
  stackGroup: fc.constantFrom(...GROUPS),
  exclusive: fc.oneof(
    { weight: 1, arbitrary: fc.constant(true) },
    { weight: 5, arbitrary: fc.constant(false) },
  ),
  // round values make equal totals (and so the tie-break) common
  amount: fc.oneof(fc.integer({ min: 0, max: 4_000 }), fc.constantFrom(100, 500, 1_000, 2_000)),
  threshold: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12_000 })),
  discountBp: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(500, 1_000, 2_000)),
  cap: fc.option(fc.integer({ min: 0, max: 3_000 })),
  step: fc.integer({ min: 1, max: 6_000 }),
  sku: fc.constantFrom(...SKUS),
  units: fc.integer({ min: 0, max: 3 }),
  unitValue: fc.option(fc.integer({ min: 0, max: 3_000 })),
  applyTo: fc.constantFrom(null, 'ORDER', 'EACH_UNIT', 'EACH_LINE', 'CHEAPEST_ITEM'),
  maxUnits: fc.option(fc.integer({ min: 0, max: 5 })),
  minQuantity: fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 8 }) },
  ),
  buyQuantity: fc.integer({ min: 1, max: 3 }),
  getQuantity: fc.integer({ min: 1, max: 2 }),
  maxApplications: fc.option(fc.integer({ min: 1, max: 3 })),
  // buy-X-get-Y's get set (buy from the scope, get from this set)
  getScope: fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: scopeArb }),
  // several per order (gift cards): often on, so that groups hold several
  multiplePerOrder: fc.oneof(fc.constant(true), fc.constant(false), fc.constant(null)),
  balance: fc.oneof(fc.integer({ min: 0, max: 15_000 }), fc.constantFrom(500, 1_000)),
  validFrom: fc.constantFrom(NOW - DAY, NOW - DAY, NOW - DAY, NOW, NOW + 1),
  // few distinct expiries, so that equal totals are decided by expiry (and then by id)
  validUntil: fc.constantFrom(NOW, NOW + 1, NOW + 1, NOW + 2, NOW + 2, NOW + 3, NOW + 4),
  scope: scopeArb,
  budgetRemaining: fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 4_000 }) },
  ),
});

const walletArb: fc.Arbitrary<CheckoutCoupon[]> = fc
  .oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 6, max: 10 }))
  .chain((n) => fc.array(couponFields, { minLength: n, maxLength: n }))
  .map((list) => list.map((f, i) => coupon({ id: `c${i}`, ...f })));

/** Wallets holding several coupons of one template: equal terms, their own ids and expiries. */
const copiesWalletArb: fc.Arbitrary<CheckoutCoupon[]> = fc
  .array(
    fc.tuple(
      couponFields,
      fc.array(fc.tuple(fc.constantFrom(NOW + 1, NOW + 2, NOW + 3), fc.integer({ min: 0, max: 99 })), {
        minLength: 1,
        maxLength: 4,
      }),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((templates) =>
    templates
      .flatMap(([f, copies]) => copies.map(([validUntil, n]) => ({ ...f, validUntil, n })))
      .slice(0, 10)
      // ids in no relation to wallet order or expiry, unique
      .map(({ n, ...f }, i) => coupon({ ...f, id: `k${String(n).padStart(2, '0')}-${i}` })),
  );

function checkInvariants(cart: Cart, r: AppliedCombination): void {
  const amounts = cart.lines.map((l) => l.unitPrice * l.quantity);
  const subtotal = amounts.reduce((a, b) => a + b, 0);
  const shipping = cart.shipping?.amount ?? 0;
  expect(r.subtotal).toBe(subtotal);
  expect(r.shippingAmount).toBe(shipping);
  const perLine = amounts.map(() => 0);
  let total = 0;
  let onShipping = 0;
  for (const c of r.coupons) {
    expect(c.discount).toBeGreaterThanOrEqual(0);
    expect(c.shippingDiscount).toBeGreaterThanOrEqual(0);
    expect(c.lines.reduce((a, l) => a + l.discount, 0) + c.shippingDiscount).toBe(c.discount);
    onShipping += c.shippingDiscount;
    for (const l of c.lines) {
      expect(Number.isInteger(l.discount)).toBe(true);
      expect(l.discount).toBeGreaterThan(0);
      perLine[l.index]! += l.discount;
    }
    total += c.discount;
  }
  expect(r.totalDiscount).toBe(total);
  expect(r.shipping).toEqual({ amount: shipping, discount: onShipping, payable: shipping - onShipping });
  expect(r.shipping.payable).toBeGreaterThanOrEqual(0);
  expect(r.goodsDiscount).toBe(total - onShipping);
  expect(r.payable).toBe(subtotal + shipping - total);
  expect(r.payable).toBeGreaterThanOrEqual(0);
  r.lines.forEach((l, i) => {
    expect(l).toEqual({
      index: i,
      amount: amounts[i],
      discount: perLine[i],
      payable: amounts[i]! - perLine[i]!,
    });
    expect(l.payable).toBeGreaterThanOrEqual(0);
  });
}

/** At most one coupon per group, unless every coupon of the group allows several; exclusive alone. */
function stackable(set: CheckoutCoupon[]): boolean {
  if (set.length > 1 && set.some((c) => c.exclusive)) return false;
  return GROUPS.every((g) => {
    const inGroup = set.filter((c) => c.stackGroup === g);
    return inGroup.length <= 1 || inGroup.every((c) => c.multiplePerOrder === true);
  });
}

/** The tie-break, written independently of the implementation: a sort key compared in order. */
function key(r: AppliedCombination, wallet: CheckoutCoupon[]): (number | string)[] {
  const used = r.coupons.map((c) => wallet.find((w) => w.id === c.couponId)!);
  return [
    -r.totalDiscount,
    used.length,
    ...used.map((c) => c.validUntil).sort((a, b) => a - b),
    ...used.map((c) => c.id).sort(),
  ];
}

function lessThan(a: (number | string)[], b: (number | string)[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i]! < b[i]!) return true;
    if (a[i]! > b[i]!) return false;
  }
  return false;
}

function bruteForce(cart: Cart, wallet: CheckoutCoupon[]): AppliedCombination[] {
  const results: AppliedCombination[] = [];
  for (let mask = 0; mask < 1 << wallet.length; mask++) {
    const set = wallet.filter((_, i) => mask & (1 << i));
    if (!stackable(set)) continue;
    const r = applyCombination(cart, set, NOW);
    if (r.ok) results.push(r);
  }
  return results;
}

describe('checkout properties', () => {
  it('bestCombination equals a brute force over every stackable subset (same total, same tie-break)', () => {
    fc.assert(
      fc.property(cartArb, walletArb, (cart, wallet) => {
        const best = bestCombination(cart, wallet, NOW);
        checkInvariants(cart, best);
        const all = bruteForce(cart, wallet);
        let top = all[0]!; // the empty set always applies
        for (const r of all) if (lessThan(key(r, wallet), key(top, wallet))) top = r;
        expect(best.totalDiscount).toBe(top.totalDiscount);
        expect(best.coupons.map((c) => c.couponId)).toEqual(top.coupons.map((c) => c.couponId));
        expect(best).toEqual(top);
      }),
      { numRuns: 400 },
    );
  });

  it('with several coupons of one template, bestCombination still equals the brute force', () => {
    fc.assert(
      fc.property(cartArb, copiesWalletArb, (cart, wallet) => {
        const best = bestCombination(cart, wallet, NOW);
        const all = bruteForce(cart, wallet);
        let top = all[0]!;
        for (const r of all) if (lessThan(key(r, wallet), key(top, wallet))) top = r;
        expect(best).toEqual(top);
      }),
      { numRuns: 400 },
    );
  });

  it('every applied result splits exactly, keeps every line ≥ 0 and payable = subtotal − discount', () => {
    fc.assert(
      fc.property(cartArb, walletArb, (cart, wallet) => {
        for (const r of bruteForce(cart, wallet)) checkInvariants(cart, r);
      }),
      { numRuns: 150 },
    );
  });

  it('the order of the cart lines never changes the totals, nor what each line gets', () => {
    fc.assert(
      fc.property(
        cartArb,
        walletArb,
        fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
        (cart, wallet, seeds) => {
          // a permutation of the lines: sort by random keys
          const order = cart.lines.map((_, i) => i).sort((a, b) => seeds[a]! - seeds[b]! || a - b);
          const shuffled: Cart = { ...cart, lines: order.map((i) => cart.lines[i]!) };
          const a = bestCombination(cart, wallet, NOW);
          const b = bestCombination(shuffled, wallet, NOW);
          expect(b.totalDiscount).toBe(a.totalDiscount);
          expect(b.coupons.map((c) => [c.couponId, c.discount])).toEqual(
            a.coupons.map((c) => [c.couponId, c.discount]),
          );
          // each line's total discount follows the line (lines that are exact copies may swap)
          const key = (l: CartLine) => JSON.stringify(l);
          const perKey = (c: Cart, r: AppliedCombination) =>
            r.lines.map((l) => `${key(c.lines[l.index]!)}=${l.discount}`).sort();
          expect(perKey(shuffled, b)).toEqual(perKey(cart, a));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('no coupon gives more than its maximum value (the figure budgets and liability use)', () => {
    fc.assert(
      fc.property(cartArb, walletArb, (cart, wallet) => {
        const best = bestCombination(cart, wallet, NOW);
        const q = quoteCart(cart, wallet, NOW);
        const max = (c: CheckoutCoupon) =>
          KIND_SPECS[c.kind].maxValue({ ...c, rateBp: null, days: null, principalCap: null });
        for (const c of wallet) {
          if (!KIND_SPECS[c.kind].checkout) continue;
          const bound = max(c);
          if (bound === null) continue;
          const alone = q.items.find((i) => i.couponId === c.id)!;
          expect(alone.discount).toBeLessThanOrEqual(bound);
          const inBest = best.coupons.find((x) => x.couponId === c.id);
          if (inBest) expect(inBest.discount).toBeLessThanOrEqual(bound);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a coupon alone applies exactly when evaluateCoupon says so, with the same discount', () => {
    fc.assert(
      fc.property(cartArb, walletArb, (cart, wallet) => {
        const q = quoteCart(cart, wallet, NOW);
        wallet.forEach((c, i) => {
          const alone = applyCombination(cart, [c], NOW);
          const item = q.items[i]!;
          expect(item).toMatchObject(evaluateCoupon(cart, c, NOW));
          expect(alone.ok).toBe(item.applicable);
          if (alone.ok) expect(alone.totalDiscount).toBe(item.discount);
          else expect(alone.problems[0]!.reason).toBe(item.reason);
          // never more than the cart (goods and shipping)
          expect(item.discount).toBeLessThanOrEqual(q.subtotal + q.shippingAmount);
        });
        expect(q.items.filter((i) => i.inBest).map((i) => i.couponId)).toEqual(
          [...q.best.coupons.map((c) => c.couponId)].sort(
            (a, b) => wallet.findIndex((w) => w.id === a) - wallet.findIndex((w) => w.id === b),
          ),
        );
      }),
      { numRuns: 200 },
    );
  });
});
