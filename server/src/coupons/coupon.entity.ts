import { EntitySchema } from '@mikro-orm/core';
import { epoch, epochNullable, id, ref, text } from '../db/columns';
import type { Placement } from '../templates/template.entity';

export type CouponStatus = 'AVAILABLE' | 'LOCKED' | 'REDEEMED' | 'EXPIRED' | 'REVOKED';
export type CouponSource = 'RULE' | 'CLAIM' | 'BULK' | 'API' | 'CODE';

/** One unit in one user's wallet. Hot paths (claim, lock, redeem) write it with tight SQL. */
export class Coupon {
  id!: string;
  templateId!: string;
  campaignId?: string | null;
  userId!: string;
  code!: string;
  status!: CouponStatus;
  source!: CouponSource;
  ruleId?: string | null;
  ruleVersion?: number | null;
  placement?: Placement | null;
  deviceId?: string | null;
  cookieId?: string | null;
  issuedAt!: number;
  validFrom!: number;
  validUntil!: number;
  seenAt?: number | null;
  /** CASH: what is left to spend. */
  balance?: number | null;
  maxValue!: number;
  lockedOrderId?: string | null;
  lockExpiresAt?: number | null;
  lockedDiscount?: number | null;
  redeemedOrderId?: string | null;
  redeemedAt?: number | null;
  updatedAt!: number;
}

export const CouponSchema = new EntitySchema<Coupon>({
  class: Coupon,
  tableName: 'coupon',
  properties: {
    id: id(),
    templateId: ref(),
    campaignId: ref(true),
    userId: text(128),
    code: { ...text(64), unique: true },
    status: text(16),
    source: text(8),
    ruleId: ref(true),
    ruleVersion: { type: 'integer', nullable: true },
    placement: text(16, true),
    deviceId: text(128, true),
    cookieId: text(128, true),
    issuedAt: epoch(),
    validFrom: epoch(),
    validUntil: epoch(),
    seenAt: epochNullable(),
    balance: { type: 'integer', nullable: true },
    maxValue: { type: 'integer', default: 0 },
    lockedOrderId: text(128, true),
    lockExpiresAt: epochNullable(),
    lockedDiscount: { type: 'integer', nullable: true },
    redeemedOrderId: text(128, true),
    redeemedAt: epochNullable(),
    updatedAt: epoch(),
  },
  // Every issued coupon is a row in each index below, so the hot claim and rule paths pay for each one
  // (a random page per index and claim once the table outgrows memory, and bytes on disk for ever: the
  // ledger is kept). An index holds only what its lookups need; ids are 40 bytes of text each, so a
  // template id is repeated in an index only where it narrows the search.
  // - user (user, status): the wallet (user and status) and a template's per-account limits (a user's
  //   coupons are few: the template is checked on the row, which the limit reads anyway for issued_at);
  // - device, cookie: per-device limits; often empty (rule and bulk issuance carry no device), so only
  //   rows with a value, keyed by the device alone (a device's coupons are few, like a user's);
  // - locked order: only rows an order holds;
  // - expiry: only AVAILABLE coupons, by valid_until (the expiry sweep); redeemed, expired and revoked
  //   coupons, most of the ledger, leave it.
  // SQLite and PostgreSQL use the partial ones for `= ?` and `IN (…)` lookups.
  indexes: [
    { name: 'coupon_user_index', properties: ['userId', 'status'] },
    {
      name: 'coupon_expiry_index',
      expression: `create index "coupon_expiry_index" on "coupon" ("valid_until") where "status" = 'AVAILABLE'`,
    },
    {
      name: 'coupon_device_index',
      expression: `create index "coupon_device_index" on "coupon" ("device_id") where "device_id" is not null`,
    },
    {
      name: 'coupon_cookie_index',
      expression: `create index "coupon_cookie_index" on "coupon" ("cookie_id") where "cookie_id" is not null`,
    },
    {
      name: 'coupon_locked_order_index',
      expression: `create index "coupon_locked_order_index" on "coupon" ("locked_order_id") where "locked_order_id" is not null`,
    },
  ],
});

/** An unbound code minted in bulk: a user enters it to claim a coupon into the wallet. */
export class CouponCode {
  code!: string;
  templateId!: string;
  status!: 'UNUSED' | 'CLAIMED' | 'VOID';
  couponId?: string | null;
  userId?: string | null;
  claimedAt?: number | null;
  createdAt!: number;
}

export const CouponCodeSchema = new EntitySchema<CouponCode>({
  class: CouponCode,
  tableName: 'coupon_code',
  properties: {
    code: { type: 'string', length: 64, primary: true },
    templateId: ref(),
    status: text(8),
    couponId: ref(true),
    userId: text(128, true),
    claimedAt: epochNullable(),
    createdAt: epoch(),
  },
  indexes: [{ properties: ['templateId', 'status'] }],
});

/** Stripe-style idempotency record: the first result of a keyed request, replayed for 24 h+. */
export class IdempotencyRecord {
  key!: string;
  requestHash!: string;
  response!: string;
  createdAt!: number;
}

export const IdempotencyRecordSchema = new EntitySchema<IdempotencyRecord>({
  class: IdempotencyRecord,
  tableName: 'idempotency_key',
  properties: {
    key: { type: 'string', length: 400, primary: true },
    requestHash: text(64),
    response: { type: 'text' },
    createdAt: epoch(),
  },
  indexes: [{ properties: ['createdAt'] }],
});
