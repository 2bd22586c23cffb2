// Coupon kinds: one exhaustive registry (DOMAIN.md, Coupon template). Each kind says which fields it
// needs, the most one coupon can be worth, its default stack group and its discount. The template
// service and the checkout math both read it: a new kind is one entry here (and a test), and a kind
// without an entry is a type error. Pure: no I/O.
import { interestBonus, mulDivFloor } from '@couponflow/schema';
import type { CouponScope } from './scope';

export const COUPON_KINDS = [
  'AMOUNT_OFF',
  'PERCENT_OFF',
  'STEP_AMOUNT_OFF',
  'MERCHANDISE',
  'CASH',
  'INTEREST_RATE',
  'BUY_X_GET_Y',
  'SHIPPING_OFF',
] as const;
export type CouponKind = (typeof COUPON_KINDS)[number];

/** Stack groups, applied in exactly this order (SHIPPING: coupons on the cart's shipping, issue 17). */
export const STACK_GROUP_ORDER = ['PRODUCT', 'STORE', 'PLATFORM', 'SHIPPING', 'PAYMENT'] as const;
export type StackGroup = (typeof STACK_GROUP_ORDER)[number];

/**
 * How an AMOUNT_OFF / PERCENT_OFF coupon applies: to the order's eligible amount (default), to each
 * eligible unit or each eligible line (AMOUNT_OFF; a fixed amount, never more than the unit or line),
 * or to the cheapest eligible item only (once per order).
 */
export const APPLY_TO = ['ORDER', 'EACH_UNIT', 'EACH_LINE', 'CHEAPEST_ITEM'] as const;
export type ApplyTo = (typeof APPLY_TO)[number];

const BP = 10_000;

/** The numbers a kind needs (DOMAIN.md: denomination); null where not set. */
export interface Denomination {
  amount: number | null;
  discountBp: number | null;
  cap: number | null;
  step: number | null;
  sku: string | null;
  units: number | null;
  unitValue: number | null;
  balance: number | null;
  rateBp: number | null;
  days: number | null;
  principalCap: number | null;
  /** AMOUNT_OFF / PERCENT_OFF: what the coupon applies to (see APPLY_TO); absent = ORDER. */
  applyTo?: ApplyTo | null;
  /** EACH_UNIT / EACH_LINE: the most units (lines) discounted; null = no cap. */
  maxUnits?: number | null;
  /** Any kind: the fewest eligible units the cart must hold; null = none. */
  minQuantity?: number | null;
  /** BUY_X_GET_Y: buy N units … */
  buyQuantity?: number | null;
  /** BUY_X_GET_Y: … get M units at discountBp off (10 000 = free), cheapest first … */
  getQuantity?: number | null;
  /** BUY_X_GET_Y: … at most this many times per order; null = per every multiple. */
  maxApplications?: number | null;
  /** BUY_X_GET_Y: the "get" set (buy from the scope, get from this set); null = the scope (or `sku`). */
  getScope?: CouponScope | null;
  /** CASH: several coupons with this option combine in one order (soonest-expiring first). */
  multiplePerOrder?: boolean | null;
}
export type DenominationField = keyof Denomination;

/** What a discount is computed from: the denomination a coupon carries to checkout. */
export type CheckoutDenomination = Pick<
  Denomination,
  | 'amount'
  | 'discountBp'
  | 'cap'
  | 'step'
  | 'sku'
  | 'units'
  | 'unitValue'
  | 'balance'
  | 'applyTo'
  | 'maxUnits'
  | 'minQuantity'
  | 'buyQuantity'
  | 'getQuantity'
  | 'maxApplications'
  | 'getScope'
  | 'multiplePerOrder'
>;

export interface KindSpec {
  /** Fields a template of this kind must set (checkout checks those a wallet coupon carries). */
  required: readonly DenominationField[];
  /** The most one coupon can be worth; null when unbounded. */
  maxValue(d: Denomination): number | null;
  /** The field that bounds maxValue when it can be unbounded (a budgeted campaign needs it). */
  boundedBy: DenominationField | null;
  defaultStackGroup(scope: CouponScope): StackGroup;
  /** Applies to carts (INTEREST_RATE applies to investments, not carts). */
  checkout: boolean;
  /** Free goods: applies to the lines of its SKU only, unit by unit (see checkout/math.ts). */
  freeGoods: boolean;
  /** Buy-X-get-Y: discounts the cheapest qualifying units, per full multiple bought (checkout/units.ts). */
  buyXGetY?: boolean;
  /** Discounts the cart's shipping (not its goods); its threshold is on the goods (checkout/math.ts). */
  shipping?: boolean;
  /** Stored value: a balance spent across orders until it is used up (a refund puts money back). */
  storedValue: boolean;
  /** The eligible amount it needs before it gives anything (its threshold, or more). */
  minEligible(d: CheckoutDenomination, threshold: number): number;
  /**
   * The discount on an eligible amount whose threshold is met, never more than it; `goods` is the
   * value of the free units on the remaining lines (free-goods kinds only, else 0).
   */
  discount(d: CheckoutDenomination, eligible: number, goods: number): number;
}

const byScope = (scope: CouponScope): StackGroup => (scope.merchantIds.length > 0 ? 'STORE' : 'PLATFORM');
const atThreshold = (_d: CheckoutDenomination, threshold: number): number => threshold;
const capped = (d: number, cap: number | null, eligible: number): number =>
  Math.min(cap !== null && d > cap ? cap : d, eligible);

export const KINDS: Record<CouponKind, KindSpec> = {
  AMOUNT_OFF: {
    required: ['amount'],
    // Each unit / each line: amount × the unit (line) cap; without a cap it is unbounded.
    maxValue: (d) =>
      d.applyTo === 'EACH_UNIT' || d.applyTo === 'EACH_LINE'
        ? d.maxUnits != null
          ? (d.amount ?? 0) * d.maxUnits
          : null
        : (d.amount ?? 0),
    boundedBy: 'maxUnits',
    defaultStackGroup: byScope,
    checkout: true,
    freeGoods: false,
    storedValue: false,
    minEligible: atThreshold,
    discount: (d, eligible) => Math.min(d.amount!, eligible),
  },
  PERCENT_OFF: {
    required: ['discountBp'],
    maxValue: (d) => d.cap,
    boundedBy: 'cap',
    defaultStackGroup: byScope,
    checkout: true,
    freeGoods: false,
    storedValue: false,
    minEligible: atThreshold,
    discount: (d, eligible) => capped(mulDivFloor(eligible, d.discountBp!, BP), d.cap, eligible),
  },
  STEP_AMOUNT_OFF: {
    required: ['amount', 'step'],
    maxValue: (d) => d.cap,
    boundedBy: 'cap',
    defaultStackGroup: byScope,
    checkout: true,
    freeGoods: false,
    storedValue: false,
    minEligible: (d, threshold) => Math.max(threshold, d.step ?? 0),
    // steps × amount is exact up to MAX_SAFE_INTEGER; above that it is clamped to cap/eligible anyway.
    discount: (d, eligible) => capped(mulDivFloor(eligible, 1, d.step!) * d.amount!, d.cap, eligible),
  },
  MERCHANDISE: {
    required: ['sku', 'units'],
    // A free gift is worth its units at their unit value; without one it is unbounded.
    maxValue: (d) => (d.unitValue ? (d.units ?? 0) * d.unitValue : null),
    boundedBy: 'unitValue',
    defaultStackGroup: () => 'PRODUCT',
    checkout: true,
    freeGoods: true,
    storedValue: false,
    minEligible: atThreshold,
    discount: (_d, _eligible, goods) => goods,
  },
  CASH: {
    required: ['balance'],
    maxValue: (d) => d.balance ?? 0,
    boundedBy: null,
    defaultStackGroup: () => 'PAYMENT',
    checkout: true,
    freeGoods: false,
    storedValue: true,
    minEligible: atThreshold,
    discount: (d, eligible) => Math.min(d.balance!, eligible),
  },
  INTEREST_RATE: {
    required: ['rateBp', 'days', 'principalCap'],
    maxValue: (d) =>
      interestBonus({
        principal: d.principalCap!,
        principalCap: d.principalCap!,
        rateBp: d.rateBp!,
        termDays: d.days!,
        maxDays: d.days!,
      }),
    boundedBy: null,
    defaultStackGroup: byScope,
    checkout: false,
    freeGoods: false,
    storedValue: false,
    minEligible: atThreshold,
    discount: () => 0,
  },
  BUY_X_GET_Y: {
    required: ['buyQuantity', 'getQuantity', 'discountBp'],
    maxValue: (d) => d.cap,
    boundedBy: 'cap',
    defaultStackGroup: () => 'PRODUCT',
    checkout: true,
    freeGoods: false,
    buyXGetY: true,
    storedValue: false,
    minEligible: atThreshold,
    // The unit parts are computed in checkout/units.ts; `goods` is their sum, then the cap.
    discount: (d, eligible, goods) => capped(goods, d.cap, eligible),
  },
  SHIPPING_OFF: {
    // discountBp (10 000 = free shipping) or amount off the shipping; `cap` bounds the percentage form
    required: [],
    maxValue: (d) =>
      d.discountBp != null ? d.cap : d.cap != null && d.cap < (d.amount ?? 0) ? d.cap : (d.amount ?? 0),
    boundedBy: 'cap',
    defaultStackGroup: () => 'SHIPPING',
    checkout: true,
    freeGoods: false,
    shipping: true,
    storedValue: false,
    minEligible: atThreshold,
    // `eligible` here is what is left of the shipping (the threshold is tested on the goods before)
    discount: (d, shipping) =>
      capped(d.discountBp != null ? mulDivFloor(shipping, d.discountBp, BP) : d.amount!, d.cap, shipping),
  },
};
