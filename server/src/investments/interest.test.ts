import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_SCOPE } from '../templates/scope';
import {
  type InterestCoupon,
  type Investment,
  bonusOf,
  checkChosen,
  evaluateInterest,
  quoteInterest,
  stacks,
} from './interest';

const NOW = 1_800_000_000;
const DAY = 86_400;

const coupon = (over: Partial<InterestCoupon> = {}): InterestCoupon => ({
  id: 'c1',
  stackGroup: 'PLATFORM',
  exclusive: false,
  rateBp: 100,
  days: 30,
  principalCap: 1_000_000,
  threshold: 0,
  minTermDays: null,
  validFrom: NOW - DAY,
  validUntil: NOW + DAY,
  scope: EMPTY_SCOPE,
  budgetRemaining: null,
  ...over,
});
const inv = (over: Partial<Investment> = {}): Investment => ({
  productId: 'fund-1',
  category: 'funds',
  principal: 1_000_000,
  termDays: 30,
  ...over,
});

describe('the bonus formula: floor(min(principal, cap) × rateBp × min(term, days) / (10 000 × 365))', () => {
  it.each([
    // principal, cap, rateBp, term, days, bonus
    ['the plain case', 1_000_000, 1_000_000, 100, 30, 30, 821], // 1 000 000 × 100 × 30 / 3 650 000 = 821.9
    ['principal over the cap is capped', 5_000_000, 1_000_000, 100, 30, 30, 821],
    ['principal under the cap is used whole', 500_000, 1_000_000, 100, 30, 30, 410], // 410.9
    ['term longer than the days is capped', 1_000_000, 1_000_000, 100, 365, 30, 821],
    ['a short term pays for its days only', 1_000_000, 1_000_000, 100, 1, 30, 27], // 27.39
    ['a full year at 1 % on 10 000.00 is exactly 100.00', 1_000_000, 1_000_000, 100, 365, 365, 10_000],
    ['rounding floors (0.99 → 0)', 36_499, 1_000_000, 1, 1, 30, 0],
    ['rounding floors at the boundary (exactly 1)', 3_650_000, 10_000_000, 1, 1, 30, 1],
    [
      'huge figures stay exact',
      9_000_000_000_000,
      9_000_000_000_000,
      100_000,
      3650,
      3650,
      900_000_000_000_000,
    ],
  ])('%s', (_label, principal, principalCap, rateBp, termDays, days, expected) => {
    expect(bonusOf({ principal, termDays }, coupon({ principalCap, rateBp, days }))).toBe(expected);
  });
});

describe('evaluateInterest: the bonus or why not', () => {
  it.each<[string, Partial<InterestCoupon>, Partial<Investment>, string | undefined, number | undefined]>([
    ['applicable', {}, {}, undefined, undefined],
    ['not yet valid', { validFrom: NOW + 1 }, {}, 'NOT_YET_VALID', undefined],
    ['expired at validUntil', { validUntil: NOW }, {}, 'EXPIRED', undefined],
    [
      'product excluded',
      { scope: { ...EMPTY_SCOPE, excludeSkus: ['fund-1'] } },
      {},
      'OUT_OF_SCOPE',
      undefined,
    ],
    [
      'product not included',
      { scope: { ...EMPTY_SCOPE, includeSkus: ['fund-2'] } },
      {},
      'OUT_OF_SCOPE',
      undefined,
    ],
    [
      'category included',
      { scope: { ...EMPTY_SCOPE, includeCategories: ['funds'] } },
      {},
      undefined,
      undefined,
    ],
    [
      'category excluded',
      { scope: { ...EMPTY_SCOPE, excludeCategories: ['funds'] } },
      {},
      'OUT_OF_SCOPE',
      undefined,
    ],
    ['principal below threshold', { threshold: 1_500_000 }, {}, 'PRINCIPAL_BELOW_THRESHOLD', 500_000],
    ['term too short', { minTermDays: 90 }, {}, 'TERM_TOO_SHORT', 60],
    ['bonus of 0', { rateBp: 1 }, { principal: 100 }, 'NO_EFFECT', undefined],
    ['over the budget left', { budgetRemaining: 820 }, {}, 'BUDGET_EXHAUSTED', undefined],
    ['exactly the budget left', { budgetRemaining: 821 }, {}, undefined, undefined],
  ])('%s', (_label, c, i, reason, shortBy) => {
    const e = evaluateInterest(inv(i), coupon(c), NOW);
    expect(e.applicable).toBe(reason === undefined);
    expect(e.reason).toBe(reason);
    expect(e.shortBy).toBe(shortBy);
    if (reason) expect(e.bonus).toBe(0);
  });
});

describe('quoteInterest: the best set', () => {
  it('picks the largest bonus in one group (they do not stack)', () => {
    const q = quoteInterest(
      inv(),
      [coupon({ id: 'a', rateBp: 100 }), coupon({ id: 'b', rateBp: 250 }), coupon({ id: 'c', rateBp: 200 })],
      NOW,
    );
    expect(q.best.couponIds).toEqual(['b']);
    expect(q.best.totalBonus).toBe(2054);
    expect(q.items.filter((i) => i.inBest).map((i) => i.couponId)).toEqual(['b']);
  });
  it('stacks coupons of different groups; an exclusive one only when it beats them together', () => {
    const a = coupon({ id: 'a', stackGroup: 'STORE', rateBp: 100 });
    const b = coupon({ id: 'b', stackGroup: 'PLATFORM', rateBp: 100 });
    expect(quoteInterest(inv(), [a, b], NOW).best.couponIds).toEqual(['a', 'b']);
    const x = coupon({ id: 'x', exclusive: true, rateBp: 150 });
    expect(quoteInterest(inv(), [a, b, x], NOW).best.couponIds).toEqual(['a', 'b']);
    const y = coupon({ id: 'y', exclusive: true, rateBp: 300 });
    expect(quoteInterest(inv(), [a, b, y], NOW).best).toEqual({ couponIds: ['y'], totalBonus: 2465 });
  });
  it('refuses a chosen set that does not stack or holds an inapplicable coupon', () => {
    const a = coupon({ id: 'a' });
    const b = coupon({ id: 'b' });
    expect(checkChosen(inv(), [a, b], NOW)).toEqual({ couponId: 'b', reason: 'STACK_CONFLICT' });
    expect(checkChosen(inv({ termDays: 5 }), [coupon({ minTermDays: 7 })], NOW)).toEqual({
      couponId: 'c1',
      reason: 'TERM_TOO_SHORT',
    });
    expect(checkChosen(inv(), [a], NOW)).toBeNull();
  });

  const arbCoupon = fc.record({
    stackGroup: fc.constantFrom('STORE' as const, 'PLATFORM' as const, 'PRODUCT' as const),
    exclusive: fc.boolean(),
    rateBp: fc.integer({ min: 1, max: 2000 }),
    days: fc.integer({ min: 1, max: 400 }),
    principalCap: fc.integer({ min: 1, max: 10_000_000 }),
    threshold: fc.integer({ min: 0, max: 2_000_000 }),
    minTermDays: fc.option(fc.integer({ min: 1, max: 200 })),
    validUntil: fc.constantFrom(NOW - 1, NOW + DAY),
    budgetRemaining: fc.option(fc.integer({ min: 0, max: 50_000 })),
  });
  const arbInvestment = fc.record({
    productId: fc.constant('fund-1'),
    principal: fc.integer({ min: 1, max: 20_000_000 }),
    termDays: fc.integer({ min: 1, max: 500 }),
  });

  it('property: the chosen set gives the largest total bonus of every set that stacks (brute force)', () => {
    fc.assert(
      fc.property(arbInvestment, fc.array(arbCoupon, { maxLength: 8 }), (i, specs) => {
        const coupons = specs.map((s, k) => coupon({ ...s, id: `c${k}` }));
        const q = quoteInterest(i, coupons, NOW);
        const bonus = new Map(q.items.map((it) => [it.couponId, it]));
        let bestTotal = 0;
        for (let mask = 0; mask < 1 << coupons.length; mask++) {
          const set = coupons.filter((_, k) => mask & (1 << k));
          if (!stacks(set) || set.some((c) => !bonus.get(c.id)!.applicable)) continue;
          bestTotal = Math.max(
            bestTotal,
            set.reduce((sum, c) => sum + bonus.get(c.id)!.bonus, 0),
          );
        }
        expect(q.best.totalBonus).toBe(bestTotal);
        const chosen = coupons.filter((c) => q.best.couponIds.includes(c.id));
        expect(stacks(chosen)).toBe(true);
        expect(checkChosen(i, chosen, NOW)).toBeNull();
        expect(chosen.reduce((sum, c) => sum + bonus.get(c.id)!.bonus, 0)).toBe(q.best.totalBonus);
      }),
      { numRuns: 300 },
    );
  });

  it('property: with one group, the chosen coupon gives the largest single bonus', () => {
    fc.assert(
      fc.property(arbInvestment, fc.array(arbCoupon, { minLength: 1, maxLength: 10 }), (i, specs) => {
        const coupons = specs.map((s, k) =>
          coupon({ ...s, id: `c${k}`, stackGroup: 'PLATFORM', exclusive: false }),
        );
        const q = quoteInterest(i, coupons, NOW);
        const max = Math.max(0, ...q.items.filter((it) => it.applicable).map((it) => it.bonus));
        expect(q.best.totalBonus).toBe(max);
        expect(q.best.couponIds.length).toBe(max > 0 ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });
});
