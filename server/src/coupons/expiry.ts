// The one expiry rule: a coupon that reaches its validUntil unused (AVAILABLE, or LOCKED by an order
// that is then released) counts as expired for its template and campaign, stops adding to the
// campaign's liability, returns its unit to the quota when the template says so, and is announced.
// Used by the scheduler (AVAILABLE coupons) and checkout (locked coupons of a released order).
import { couponExpired, type CouponSubject } from '../outbox/events';
import type { Ledger } from './ledger';

export interface ExpiringCoupon extends CouponSubject {
  maxValue: number;
  restoreOnExpiry: boolean;
}

/** Whether a coupon valid until `validUntil` has expired at `now`. */
export const isExpired = (validUntil: number, now: number): boolean => validUntil <= now;

/** Books one coupon's expiry (its own row's status is the caller's statement). */
export function settleExpired(ledger: Ledger, c: ExpiringCoupon): void {
  ledger
    .template(c.templateId, { expired: 1, quota: c.restoreOnExpiry ? 1 : 0 })
    .campaign(c.campaignId, { expired: 1, outstandingMax: -c.maxValue })
    .event(couponExpired(c));
}
