import { describe, expect, it } from 'vitest';
import { COUPON_KINDS, type Denomination, KINDS } from './kinds';
import { EMPTY_SCOPE } from './scope';
import { couponWindow } from './validity';

const d = (over: Partial<Denomination>): Denomination => ({
  amount: null,
  discountBp: null,
  cap: null,
  step: null,
  sku: null,
  units: null,
  unitValue: null,
  balance: null,
  rateBp: null,
  days: null,
  principalCap: null,
  ...over,
});

describe('the coupon-kind registry', () => {
  it('has one entry per kind', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...COUPON_KINDS].sort());
  });

  it('knows the most one coupon can be worth, or that it is unbounded', () => {
    expect(KINDS.AMOUNT_OFF.maxValue(d({ amount: 700 }))).toBe(700);
    expect(KINDS.PERCENT_OFF.maxValue(d({ discountBp: 1000 }))).toBeNull();
    expect(KINDS.PERCENT_OFF.maxValue(d({ discountBp: 1000, cap: 2500 }))).toBe(2500);
    expect(KINDS.STEP_AMOUNT_OFF.maxValue(d({ amount: 100, step: 1000 }))).toBeNull();
    expect(KINDS.MERCHANDISE.maxValue(d({ sku: 'gift', units: 2 }))).toBeNull();
    expect(KINDS.MERCHANDISE.maxValue(d({ sku: 'gift', units: 2, unitValue: 1500 }))).toBe(3000);
    expect(KINDS.CASH.maxValue(d({ balance: 5000 }))).toBe(5000);
    // 1 000 000 × 500 bp × 30 days / (10 000 × 365) = 4 109.58…
    expect(KINDS.INTEREST_RATE.maxValue(d({ rateBp: 500, days: 30, principalCap: 1_000_000 }))).toBe(4109);
    // issue 17: an amount off each unit or line is worth amount × the unit cap (unbounded without one)
    expect(KINDS.AMOUNT_OFF.maxValue(d({ amount: 300, applyTo: 'EACH_UNIT', maxUnits: 4 }))).toBe(1200);
    expect(KINDS.AMOUNT_OFF.maxValue(d({ amount: 300, applyTo: 'EACH_LINE', maxUnits: 2 }))).toBe(600);
    expect(KINDS.AMOUNT_OFF.maxValue(d({ amount: 300, applyTo: 'EACH_UNIT' }))).toBeNull();
    expect(KINDS.AMOUNT_OFF.maxValue(d({ amount: 300, applyTo: 'CHEAPEST_ITEM' }))).toBe(300);
    // shipping: an amount off is worth the amount (or its cap); free / % shipping is worth its cap
    expect(KINDS.SHIPPING_OFF.maxValue(d({ amount: 500 }))).toBe(500);
    expect(KINDS.SHIPPING_OFF.maxValue(d({ amount: 500, cap: 300 }))).toBe(300);
    expect(KINDS.SHIPPING_OFF.maxValue(d({ discountBp: 10_000 }))).toBeNull();
    expect(KINDS.SHIPPING_OFF.maxValue(d({ discountBp: 10_000, cap: 1_500 }))).toBe(1_500);
    expect(KINDS.SHIPPING_OFF.boundedBy).toBe('cap');
    expect(KINDS.SHIPPING_OFF.defaultStackGroup(EMPTY_SCOPE)).toBe('SHIPPING');
    expect(KINDS.BUY_X_GET_Y.maxValue(d({ buyQuantity: 2, getQuantity: 1, discountBp: 10_000 }))).toBeNull();
    expect(KINDS.BUY_X_GET_Y.maxValue(d({ buyQuantity: 2, getQuantity: 1, cap: 5_000 }))).toBe(5_000);
    expect(KINDS.AMOUNT_OFF.boundedBy).toBe('maxUnits');
    expect(KINDS.BUY_X_GET_Y.boundedBy).toBe('cap');
    expect(KINDS.MERCHANDISE.boundedBy).toBe('unitValue');
    expect(KINDS.PERCENT_OFF.boundedBy).toBe('cap');
  });

  it('gives each kind its default stack group', () => {
    const store = { ...EMPTY_SCOPE, merchantIds: ['m1'] };
    expect(KINDS.MERCHANDISE.defaultStackGroup(EMPTY_SCOPE)).toBe('PRODUCT');
    expect(KINDS.CASH.defaultStackGroup(store)).toBe('PAYMENT');
    expect(KINDS.AMOUNT_OFF.defaultStackGroup(store)).toBe('STORE');
    expect(KINDS.PERCENT_OFF.defaultStackGroup(EMPTY_SCOPE)).toBe('PLATFORM');
  });

  it('computes discounts in integers: floor, then the cap, never more than the eligible amount', () => {
    expect(KINDS.PERCENT_OFF.discount(d({ discountBp: 900 }), 10_999, 0)).toBe(989);
    expect(KINDS.PERCENT_OFF.discount(d({ discountBp: 900, cap: 500 }), 10_999, 0)).toBe(500);
    expect(KINDS.STEP_AMOUNT_OFF.discount(d({ amount: 300, step: 1000 }), 2_999, 0)).toBe(600);
    expect(KINDS.AMOUNT_OFF.discount(d({ amount: 5000 }), 1200, 0)).toBe(1200);
    expect(KINDS.CASH.discount(d({ balance: 800 }), 1200, 0)).toBe(800);
    expect(KINDS.MERCHANDISE.discount(d({ units: 1 }), 0, 1999)).toBe(1999);
    expect(KINDS.STEP_AMOUNT_OFF.minEligible(d({ step: 1000 }), 0)).toBe(1000);
    expect(KINDS.INTEREST_RATE.checkout).toBe(false);
  });
});

describe('couponWindow', () => {
  const now = 1_750_000_000;
  it('absolute windows are the template’s own', () => {
    const rule = { validFrom: now + 10, validUntil: now + 100, validForSeconds: null, validAfterSeconds: 0 };
    expect(couponWindow(rule, now)).toEqual({ validFrom: now + 10, validUntil: now + 100 });
    expect(couponWindow(rule, now + 100)).toBeNull();
  });

  it('relative windows start after the delay and never pass the template end; empty is null', () => {
    const rule = { validFrom: null, validUntil: now + 5000, validForSeconds: 3600, validAfterSeconds: 600 };
    expect(couponWindow(rule, now)).toEqual({ validFrom: now + 600, validUntil: now + 4200 });
    expect(couponWindow(rule, now + 4000)).toEqual({ validFrom: now + 4600, validUntil: now + 5000 });
    expect(couponWindow(rule, now + 4400)).toBeNull();
    expect(couponWindow({ ...rule, validUntil: null }, now)).toEqual({
      validFrom: now + 600,
      validUntil: now + 4200,
    });
  });
});
