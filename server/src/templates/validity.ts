// A coupon's usable window (DOMAIN.md, validity): absolute [validFrom, validUntil), or relative: valid
// for N seconds from the claim, after an optional delay, never past the template's own end. Pure.
import type { CouponTemplate } from './template.entity';

export type ValidityRule = Pick<
  CouponTemplate,
  'validFrom' | 'validUntil' | 'validForSeconds' | 'validAfterSeconds'
>;

export interface CouponWindow {
  validFrom: number;
  validUntil: number;
}

/** The window of a coupon issued at `now`; null when nothing of it is left to use from `now` on. */
export function couponWindow(t: ValidityRule, now: number): CouponWindow | null {
  let w: CouponWindow;
  if (t.validForSeconds != null) {
    const validFrom = now + (t.validAfterSeconds ?? 0);
    const until = validFrom + t.validForSeconds;
    w = { validFrom, validUntil: t.validUntil != null ? Math.min(until, t.validUntil) : until };
  } else w = { validFrom: t.validFrom ?? now, validUntil: t.validUntil! };
  return Math.max(w.validFrom, now) < w.validUntil ? w : null;
}
