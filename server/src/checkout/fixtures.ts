// Builders for checkout tests (test-only; not exported from the checkout module).
import { EMPTY_SCOPE } from '../templates/scope';
import type { CartLine, CheckoutCoupon, CouponScope } from './types';

export const NOW = 1_750_000_000;
export const DAY = 86_400;

export function scope(over: Partial<CouponScope> = {}): CouponScope {
  return { ...EMPTY_SCOPE, ...over };
}

type CouponInput = Partial<Omit<CheckoutCoupon, 'scope'>> &
  Pick<CheckoutCoupon, 'id' | 'kind'> & { scope?: Partial<CouponScope> };

export function coupon(over: CouponInput): CheckoutCoupon {
  const { scope: s, ...rest } = over;
  return {
    stackGroup: 'PLATFORM',
    exclusive: false,
    amount: null,
    threshold: 0,
    discountBp: null,
    cap: null,
    step: null,
    sku: null,
    units: null,
    unitValue: null,
    balance: null,
    validFrom: NOW - DAY,
    validUntil: NOW + 30 * DAY,
    budgetRemaining: null,
    ...rest,
    scope: scope(s),
  };
}

export const amountOff = (id: string, amount: number, threshold = 0, over: Partial<CouponInput> = {}) =>
  coupon({ id, kind: 'AMOUNT_OFF', amount, threshold, ...over });
export const percentOff = (id: string, discountBp: number, over: Partial<CouponInput> = {}) =>
  coupon({ id, kind: 'PERCENT_OFF', discountBp, ...over });

export function line(sku: string, unitPrice: number, quantity = 1, over: Partial<CartLine> = {}): CartLine {
  return { sku, unitPrice, quantity, ...over };
}
