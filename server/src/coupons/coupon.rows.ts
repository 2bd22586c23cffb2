// Mapping raw coupon rows (snake_case, from tight SQL) to the entity shape the API serialises.
import type { Coupon } from './coupon.entity';

export const COUPON_COLUMNS =
  'c.id, c.template_id, c.campaign_id, c.user_id, c.code, c.status, c.source, c.rule_id, c.rule_version, c.placement, c.device_id, c.cookie_id, c.issued_at, c.valid_from, c.valid_until, c.seen_at, c.balance, c.max_value, c.locked_order_id, c.lock_expires_at, c.locked_discount, c.redeemed_order_id, c.redeemed_at, c.updated_at';

export interface CouponRow {
  id: string;
  template_id: string;
  campaign_id: string | null;
  user_id: string;
  code: string;
  status: string;
  source: string;
  rule_id: string | null;
  rule_version: number | null;
  placement: string | null;
  device_id: string | null;
  cookie_id: string | null;
  issued_at: number;
  valid_from: number;
  valid_until: number;
  seen_at: number | null;
  balance: number | null;
  max_value: number;
  locked_order_id: string | null;
  lock_expires_at: number | null;
  locked_discount: number | null;
  redeemed_order_id: string | null;
  redeemed_at: number | null;
  updated_at: number;
}

export function couponFromRow(r: CouponRow): Coupon {
  return {
    id: r.id,
    templateId: r.template_id,
    campaignId: r.campaign_id,
    userId: r.user_id,
    code: r.code,
    status: r.status as Coupon['status'],
    source: r.source as Coupon['source'],
    ruleId: r.rule_id,
    ruleVersion: r.rule_version,
    placement: r.placement as Coupon['placement'],
    deviceId: r.device_id,
    cookieId: r.cookie_id,
    issuedAt: Number(r.issued_at),
    validFrom: Number(r.valid_from),
    validUntil: Number(r.valid_until),
    seenAt: r.seen_at == null ? null : Number(r.seen_at),
    balance: r.balance,
    maxValue: r.max_value,
    lockedOrderId: r.locked_order_id,
    lockExpiresAt: r.lock_expires_at == null ? null : Number(r.lock_expires_at),
    lockedDiscount: r.locked_discount,
    redeemedOrderId: r.redeemed_order_id,
    redeemedAt: r.redeemed_at == null ? null : Number(r.redeemed_at),
    updatedAt: Number(r.updated_at),
  };
}
