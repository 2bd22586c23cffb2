// Issue 17, second part, hand-worked: shipping coupons, buy-X-get-Y with a separate get set, several
// gift cards in one order. The arithmetic is in each case's name.
import { describe, expect, it } from 'vitest';
import { DAY, NOW, amountOff, coupon, line, percentOff } from './fixtures';
import {
  type AppliedCombination,
  type Cart,
  type CheckoutCoupon,
  CheckoutInputError,
  applyCombination,
  bestCombination,
  evaluateCoupon,
  quoteCart,
} from './index';

const ship = (id: string, over: Partial<Parameters<typeof coupon>[0]> = {}) =>
  coupon({ id, kind: 'SHIPPING_OFF', stackGroup: 'SHIPPING', ...over });
const freeShipping = (id: string, threshold: number, cap = 1_500) =>
  ship(id, { discountBp: 10_000, cap, threshold });
const giftCard = (
  id: string,
  balance: number,
  validUntil: number,
  over: Partial<Parameters<typeof coupon>[0]> = {},
) =>
  coupon({ id, kind: 'CASH', stackGroup: 'PAYMENT', balance, validUntil, multiplePerOrder: true, ...over });

function applied(r: ReturnType<typeof applyCombination>): AppliedCombination {
  if (!r.ok) throw new Error(`not applied: ${JSON.stringify(r.problems)}`);
  return r;
}

describe('shipping coupons', () => {
  const cart: Cart = {
    lines: [line('A', 3_000), line('B', 2_500)],
    shipping: { amount: 800, method: 'std' },
  };

  it('free shipping on orders over 50.00: goods 5 500 ≥ 5 000, shipping 800 → 800 off, goods untouched', () => {
    const r = applied(applyCombination(cart, [freeShipping('fs', 5_000)], NOW));
    expect(r).toMatchObject({
      subtotal: 5_500,
      shippingAmount: 800,
      goodsDiscount: 0,
      totalDiscount: 800,
      shipping: { amount: 800, discount: 800, payable: 0 },
      payable: 5_500,
    });
    expect(r.coupons[0]).toMatchObject({ discount: 800, lines: [], shippingDiscount: 800 });
  });

  it('free shipping capped at 5.00: min(800, 500) = 500', () => {
    const r = applied(applyCombination(cart, [freeShipping('fs', 0, 500)], NOW));
    expect(r.shipping).toEqual({ amount: 800, discount: 500, payable: 300 });
  });

  it('3.00 off shipping: min(300, 800) = 300; 25 % off shipping: floor(800 × 2 500 / 10 000) = 200', () => {
    expect(evaluateCoupon(cart, ship('a', { amount: 300 }), NOW)).toMatchObject({ discount: 300 });
    expect(evaluateCoupon(cart, ship('p', { discountBp: 2_500 }), NOW)).toMatchObject({ discount: 200 });
    // 10.00 off a shipping of 8.00 gives 8.00
    expect(evaluateCoupon(cart, ship('a', { amount: 1_000 }), NOW)).toMatchObject({ discount: 800 });
  });

  it('the threshold is on the goods after goods coupons: 5 500 − 1 000 = 4 500 < 5 000, short by 500', () => {
    const r = applyCombination(cart, [amountOff('g', 1_000), freeShipping('fs', 5_000)], NOW);
    expect(r).toEqual({
      ok: false,
      problems: [{ couponId: 'fs', reason: 'THRESHOLD_NOT_MET', shortBy: 500 }],
    });
    // alone, it is short of nothing on a cart of 4 000
    expect(
      evaluateCoupon({ ...cart, lines: [line('A', 4_000)] }, freeShipping('fs', 5_000), NOW),
    ).toMatchObject({ applicable: false, reason: 'THRESHOLD_NOT_MET', shortBy: 1_000 });
  });

  it('the threshold counts only the scope’s goods: shoes 3 000 of 5 500 < 5 000', () => {
    const c: Cart = { ...cart, lines: [line('A', 3_000, 1, { category: 'shoes' }), line('B', 2_500)] };
    const fs = ship('fs', {
      discountBp: 10_000,
      cap: 1_000,
      threshold: 5_000,
      scope: { includeCategories: ['shoes'] },
    });
    expect(evaluateCoupon(c, fs, NOW)).toMatchObject({ reason: 'THRESHOLD_NOT_MET', shortBy: 2_000 });
  });

  it('without shipping (or with none of its goods) a shipping coupon is OUT_OF_SCOPE; shipping 0 is NO_EFFECT', () => {
    expect(evaluateCoupon({ lines: cart.lines }, freeShipping('fs', 0), NOW)).toMatchObject({
      reason: 'OUT_OF_SCOPE',
    });
    expect(
      evaluateCoupon(cart, ship('fs', { amount: 100, scope: { includeSkus: ['Z'] } }), NOW),
    ).toMatchObject({ reason: 'OUT_OF_SCOPE' });
    expect(evaluateCoupon({ ...cart, shipping: { amount: 0 } }, freeShipping('fs', 0), NOW)).toMatchObject({
      reason: 'NO_EFFECT',
    });
  });

  it('one shipping coupon per order: two in the SHIPPING group conflict; best takes the larger (800 > 300)', () => {
    const a = freeShipping('fs', 0);
    const b = ship('s3', { amount: 300 });
    const r = applyCombination(cart, [a, b], NOW);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => p.reason)).toEqual(['STACK_CONFLICT', 'STACK_CONFLICT']);
    expect(bestCombination(cart, [b, a], NOW).coupons.map((c) => c.couponId)).toEqual(['fs']);
  });

  it('stacks with goods coupons: 10 % off goods (550) + free shipping (800) = 1 350; payable 6 300 − 1 350 = 4 950', () => {
    const best = bestCombination(cart, [percentOff('p', 1_000), freeShipping('fs', 0)], NOW);
    expect(best).toMatchObject({ goodsDiscount: 550, totalDiscount: 1_350, payable: 4_950 });
    expect(best.coupons.map((c) => c.couponId)).toEqual(['p', 'fs']);
  });

  it('a gift card pays the shipping left: goods 5 500 + shipping 800 − free-shipping cap 500 = 5 800 paid by a 10 000 card', () => {
    const both = [freeShipping('fs', 0, 500), giftCard('g', 10_000, NOW + DAY)];
    const r = applied(applyCombination(cart, both, NOW));
    expect(r.coupons.map((c) => [c.couponId, c.discount, c.shippingDiscount])).toEqual([
      ['fs', 500, 500],
      ['g', 5_800, 300],
    ]);
    expect(r.coupons[1]!.remainingBalance).toBe(4_200);
    expect(r.payable).toBe(0);
    // the card alone pays the same 6 300 with one coupon fewer: best takes it alone
    expect(bestCombination(cart, both, NOW).coupons.map((c) => [c.couponId, c.discount])).toEqual([
      ['g', 6_300],
    ]);
  });

  it('a gift card for some items only does not pay the shipping: min(3 000 on A, 10 000) = 3 000', () => {
    const g = giftCard('g', 10_000, NOW + DAY, { scope: { includeSkus: ['A'] } });
    expect(bestCombination(cart, [g], NOW).coupons[0]).toMatchObject({
      discount: 3_000,
      shippingDiscount: 0,
    });
  });

  it('a negative shipping amount or a non-integer one is refused with its field', () => {
    const bad = (shipping: unknown) => () =>
      quoteCart({ lines: cart.lines, shipping } as Cart, [freeShipping('fs', 0)], NOW);
    expect(bad({ amount: -1 })).toThrow(CheckoutInputError);
    expect(bad({ amount: -1 })).toThrow('cart.shipping.amount');
    expect(bad({ amount: 1.5 })).toThrow('cart.shipping.amount');
    expect(bad({ amount: 100, method: 3 })).toThrow('cart.shipping.method');
  });

  it('a shipping coupon with neither amount nor discountBp is refused', () => {
    expect(() => evaluateCoupon(cart, ship('x'), NOW)).toThrow('coupon.amount');
  });
});

describe('buy X get Y with a separate get set', () => {
  const shoesSocks = (over: Partial<Parameters<typeof coupon>[0]> = {}) =>
    coupon({
      id: 'b',
      kind: 'BUY_X_GET_Y',
      stackGroup: 'PRODUCT',
      buyQuantity: 2,
      getQuantity: 1,
      discountBp: 10_000,
      scope: { includeCategories: ['shoes'] },
      getScope: {
        merchantIds: [],
        includeSkus: [],
        excludeSkus: [],
        includeBrands: [],
        excludeBrands: [],
        includeCategories: ['socks'],
        excludeCategories: [],
      },
      ...over,
    });
  const shoe = (sku: string, price: number, qty = 1) => line(sku, price, qty, { category: 'shoes' });
  const sock = (sku: string, price: number, qty = 1) => line(sku, price, qty, { category: 'socks' });

  it('buy 2 shoes, get 1 sock free: 2 shoes → 1 application, the cheaper sock (300 of 300/500) free', () => {
    const cart: Cart = { lines: [shoe('S1', 8_000, 2), sock('K1', 500), sock('K2', 300)] };
    expect(evaluateCoupon(cart, shoesSocks(), NOW)).toMatchObject({ applicable: true, discount: 300 });
  });

  it('5 shoes → floor(5 / 2) = 2 applications, 2 cheapest socks: 300 + 400 = 700 (a third sock of 500 pays)', () => {
    const cart: Cart = {
      lines: [shoe('S1', 8_000, 3), sock('K1', 500), sock('K2', 300), shoe('S2', 9_000, 2), sock('K3', 400)],
    };
    const r = bestCombination(cart, [shoesSocks()], NOW);
    expect(r.totalDiscount).toBe(700);
    expect(r.lines.map((l) => l.discount)).toEqual([0, 0, 300, 0, 400]);
  });

  it('up to 1 application (maxApplications 1): 6 shoes still get 1 sock: 300', () => {
    const cart: Cart = { lines: [shoe('S1', 8_000, 6), sock('K1', 300, 3)] };
    expect(evaluateCoupon(cart, shoesSocks({ maxApplications: 1 }), NOW)).toMatchObject({ discount: 300 });
  });

  it('buy 1 get 2 is allowed across sets: 1 shoe → 2 socks at 50 %: floor(2 × 400 × 0.5) = 400', () => {
    const cart: Cart = { lines: [shoe('S1', 8_000), sock('K1', 400, 3)] };
    const c = shoesSocks({ buyQuantity: 1, getQuantity: 2, discountBp: 5_000 });
    expect(evaluateCoupon(cart, c, NOW)).toMatchObject({ discount: 400 });
  });

  it('socks do not count toward the buy: 1 shoe + 4 socks is 1 shoe short', () => {
    const cart: Cart = { lines: [shoe('S1', 8_000), sock('K1', 400, 4)] };
    expect(evaluateCoupon(cart, shoesSocks(), NOW)).toMatchObject({ reason: 'QUANTITY_NOT_MET', shortBy: 1 });
  });

  it('no sock in the cart: OUT_OF_SCOPE', () => {
    const cart: Cart = { lines: [shoe('S1', 8_000, 4)] };
    expect(evaluateCoupon(cart, shoesSocks(), NOW)).toMatchObject({ reason: 'OUT_OF_SCOPE' });
  });

  it('line order never changes which socks are free', () => {
    const lines = [shoe('S1', 8_000, 4), sock('K1', 500), sock('K2', 300, 2), sock('K3', 300)];
    const a = bestCombination({ lines }, [shoesSocks()], NOW);
    const b = bestCombination({ lines: [...lines].reverse() }, [shoesSocks()], NOW);
    // 2 applications: 2 socks of 300 free; K2 (300 × 2) comes before K3 in the canonical order
    expect(a.totalDiscount).toBe(600);
    expect(b.totalDiscount).toBe(600);
    expect(a.lines.map((l) => l.discount)).toEqual([...b.lines.map((l) => l.discount)].reverse());
  });
});

describe('several gift cards in one order', () => {
  const cart: Cart = { lines: [line('A', 6_000), line('B', 3_000)], shipping: { amount: 500 } };

  it('soonest-expiring first: 9 500 to pay, cards 4 000 (day 2), 3 000 (day 1), 5 000 (day 3) → 3 000 + 4 000 + 2 500', () => {
    const cards = [
      giftCard('g2', 4_000, NOW + 2 * DAY),
      giftCard('g1', 3_000, NOW + DAY),
      giftCard('g3', 5_000, NOW + 3 * DAY),
    ];
    const r = applied(applyCombination(cart, cards, NOW));
    expect(r.coupons.map((c) => [c.couponId, c.discount, c.remainingBalance])).toEqual([
      ['g1', 3_000, 0],
      ['g2', 4_000, 0],
      ['g3', 2_500, 2_500],
    ]);
    expect(r.payable).toBe(0);
    // each card's parts sum to its discount, the shipping included
    for (const c of r.coupons)
      expect(c.lines.reduce((a, l) => a + l.discount, 0) + c.shippingDiscount).toBe(c.discount);
  });

  it('best uses the fewest cards that pay everything: 9 500 with 10 000 + 3 000 + 2 000 → the 10 000 card alone', () => {
    const cards = [
      giftCard('a', 3_000, NOW + DAY),
      giftCard('b', 2_000, NOW + DAY),
      giftCard('c', 10_000, NOW + 5 * DAY),
    ];
    const best = bestCombination(cart, cards, NOW);
    expect(best.coupons.map((c) => [c.couponId, c.discount])).toEqual([['c', 9_500]]);
  });

  it('best adds cards until paid: 3 000 + 2 000 + 4 000 = 9 000 of 9 500', () => {
    const cards = [
      giftCard('a', 3_000, NOW + DAY),
      giftCard('b', 2_000, NOW + DAY),
      giftCard('c', 4_000, NOW + 2 * DAY),
    ];
    expect(bestCombination(cart, cards, NOW).totalDiscount).toBe(9_000);
  });

  it('a card without the option conflicts with any other card of its group', () => {
    const single: CheckoutCoupon = giftCard('s', 1_000, NOW + DAY, { multiplePerOrder: false });
    const r = applyCombination(cart, [single, giftCard('m', 1_000, NOW + DAY)], NOW);
    expect(r.ok).toBe(false);
    // best: the single card or several multiples, never both: 5 000 alone beats 2 000 + 1 500 = 3 500
    const best = bestCombination(
      cart,
      [
        giftCard('s', 5_000, NOW + DAY, { multiplePerOrder: false }),
        giftCard('m1', 2_000, NOW + DAY),
        giftCard('m2', 1_500, NOW + DAY),
      ],
      NOW,
    );
    expect(best.coupons.map((c) => c.couponId)).toEqual(['s']);
    const best2 = bestCombination(
      cart,
      [
        giftCard('s', 3_000, NOW + DAY, { multiplePerOrder: false }),
        giftCard('m1', 2_000, NOW + DAY),
        giftCard('m2', 1_500, NOW + DAY),
      ],
      NOW,
    );
    // 2 000 + 1 500 = 3 500 > 3 000
    expect(best2.coupons.map((c) => c.couponId)).toEqual(['m1', 'm2']);
  });
});
