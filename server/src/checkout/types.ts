// Types of the pure checkout math: carts, wallet coupons as checkout sees them, and results.
// Money is integer minor units, rates are basis points, times are epoch seconds (docs/domain.md, Money and time).
import type { ApplyTo, CouponKind, StackGroup } from '../templates/kinds';
import type { CouponScope, ScopedLine } from '../templates/scope';

export { APPLY_TO, COUPON_KINDS, STACK_GROUP_ORDER } from '../templates/kinds';
export type { ApplyTo, CouponKind, StackGroup } from '../templates/kinds';
export type { CouponScope } from '../templates/scope';

export interface CheckoutCoupon {
  id: string;
  kind: CouponKind;
  stackGroup: StackGroup;
  /** Combines with nothing. */
  exclusive: boolean;
  /** AMOUNT_OFF: amount off; STEP_AMOUNT_OFF: amount off per full step. */
  amount: number | null;
  /** Minimum eligible amount (tested on what is left after earlier groups); 0 = none. */
  threshold: number;
  /** PERCENT_OFF: discount in bp (900 = 9 % off). */
  discountBp: number | null;
  /** PERCENT_OFF / STEP_AMOUNT_OFF: largest discount; null = uncapped. */
  cap: number | null;
  /** STEP_AMOUNT_OFF: every full `step` spent gives `amount` off. */
  step: number | null;
  /** MERCHANDISE: the free SKU and how many units of it. */
  sku: string | null;
  units: number | null;
  /** MERCHANDISE: the most one free unit is worth (a dearer unit is discounted by this much); null = its price. */
  unitValue: number | null;
  /** AMOUNT_OFF / PERCENT_OFF: the order (default), each unit or line (AMOUNT_OFF), or the cheapest item. */
  applyTo?: ApplyTo | null;
  /** EACH_UNIT / EACH_LINE: the most units (lines) discounted, cheapest first; null = all. */
  maxUnits?: number | null;
  /** Any kind: the fewest eligible units the cart must hold (QUANTITY_NOT_MET otherwise); null = none. */
  minQuantity?: number | null;
  /** BUY_X_GET_Y: buy N (`buyQuantity`) get M (`getQuantity`) at discountBp off (10 000 = free), cheapest
   *  first, per multiple up to maxApplications; `sku` set = the M units are of that SKU. */
  buyQuantity?: number | null;
  getQuantity?: number | null;
  maxApplications?: number | null;
  /** BUY_X_GET_Y: the "get" set: buy units come from the scope's lines outside it, the M units from its
   *  lines (like `sku`, which is the set of one SKU); null = one set. */
  getScope?: CouponScope | null;
  /** Several coupons of one stack group that all have this option combine (gift cards, CASH); they
   *  apply soonest-expiring first (then by id). */
  multiplePerOrder?: boolean | null;
  /** CASH: remaining balance. */
  balance: number | null;
  /** Epoch seconds, valid in [validFrom, validUntil). */
  validFrom: number;
  validUntil: number;
  scope: CouponScope;
  /** Campaign money left for this coupon's discount; null = unlimited. */
  budgetRemaining: number | null;
}

export interface CartLine extends ScopedLine {
  unitPrice: number;
  quantity: number;
}

/** The order's shipping: discounted by SHIPPING_OFF coupons, payable by stored value. */
export interface CartShipping {
  amount: number;
  method?: string | null;
}

export interface Cart {
  merchantId?: string | null;
  lines: CartLine[];
  shipping?: CartShipping | null;
}

/** Why a coupon does not apply (alone, or within a chosen combination). */
export type CheckoutReason =
  | 'NOT_YET_VALID'
  | 'EXPIRED'
  | 'OUT_OF_SCOPE'
  | 'THRESHOLD_NOT_MET'
  | 'NOT_A_CHECKOUT_COUPON'
  | 'BUDGET_EXHAUSTED'
  | 'STACK_CONFLICT'
  /** Fewer eligible units than the coupon needs (minQuantity, or buy-X-get-Y's N (+ M)). */
  | 'QUANTITY_NOT_MET'
  /** It would give 0 on what is left (a chosen coupon is refused rather than consumed for nothing). */
  | 'NO_EFFECT';

/** One coupon evaluated alone on the full cart. */
export interface CouponEvaluation {
  couponId: string;
  applicable: boolean;
  reason?: CheckoutReason;
  /** THRESHOLD_NOT_MET: how much more eligible spend is needed; QUANTITY_NOT_MET: how many more units. */
  shortBy?: number;
  /** The discount it would give alone (0 when not applicable). */
  discount: number;
  /** CASH: the balance left on the coupon after this discount. */
  remainingBalance?: number;
}

export interface CheckoutProblem {
  couponId: string;
  reason: CheckoutReason;
  shortBy?: number;
}

export interface LineDiscount {
  /** Index into cart.lines. */
  index: number;
  discount: number;
}

export interface AppliedCoupon {
  couponId: string;
  stackGroup: StackGroup;
  discount: number;
  /** The lines that received part of this discount (discount > 0); with shippingDiscount they sum to `discount`. */
  lines: LineDiscount[];
  /** The part of `discount` on the shipping (SHIPPING_OFF; stored value paying the shipping). */
  shippingDiscount: number;
  /** CASH: the balance left on the coupon after this order. */
  remainingBalance?: number;
}

export interface LineResult {
  index: number;
  /** unitPrice × quantity. */
  amount: number;
  /** Sum of every coupon's part on this line. */
  discount: number;
  /** amount − discount, never below 0. */
  payable: number;
}

export interface ShippingResult {
  amount: number;
  discount: number;
  /** amount − discount ≥ 0. */
  payable: number;
}

export interface AppliedCombination {
  ok: true;
  /** The goods: Σ unitPrice × quantity. */
  subtotal: number;
  /** The cart's shipping amount (0 without shipping). */
  shippingAmount: number;
  /** goodsDiscount + shipping.discount. */
  totalDiscount: number;
  /** Discounts on the goods lines. */
  goodsDiscount: number;
  shipping: ShippingResult;
  /** subtotal + shippingAmount − totalDiscount ≥ 0. */
  payable: number;
  /** In application order (PRODUCT, STORE, PLATFORM, SHIPPING, PAYMENT). */
  coupons: AppliedCoupon[];
  lines: LineResult[];
}

export interface RejectedCombination {
  ok: false;
  problems: CheckoutProblem[];
}

export type CombinationResult = AppliedCombination | RejectedCombination;

export interface QuoteItem extends CouponEvaluation {
  /** Whether the coupon is part of `best`. */
  inBest: boolean;
}

export interface Quote {
  subtotal: number;
  shippingAmount: number;
  items: QuoteItem[];
  best: AppliedCombination;
}

/** Invalid input reached the checkout math (the GraphQL layer validates first; this is a second line). */
export class CheckoutInputError extends Error {
  override readonly name = 'CheckoutInputError';
  readonly code = 'CHECKOUT_INPUT';
  constructor(
    /** Field path, e.g. "cart.lines[2].quantity" or "coupons[4].discountBp". */
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}
