import { EntitySchema } from '@mikro-orm/core';
import { epoch, epochNullable, money64, text } from '../db/columns';

/**
 * One paid order as a fact (docs/metrics.md): written from `order.paid` / `order.refunded` tracked
 * events and from checkout's redeemOrder / refundOrder, merged by order id (never counted twice).
 */
export class OrderFact {
  orderId!: string;
  userId!: string;
  /** What the customer paid (minor units). */
  amount!: number;
  /** Margin of the order before subsidy when known (given, or amount − cost). */
  margin?: number | null;
  merchantId?: string | null;
  /** Coupon ids the order used that exist (JSON array). */
  couponIds!: string[];
  /** Coupon ids the order named that no coupon has (kept, flagged). */
  unknownCouponIds!: string[];
  /** Total discount (subsidy) of the order's coupons, when checkout knows it. */
  discount!: number;
  paidAt!: number;
  refundedAt?: number | null;
  /** The user's first paid order (new customer). */
  firstOrder!: boolean;
  /** `TRACK`, `CHECKOUT` or `BOTH`. */
  source!: string;
  createdAt!: number;
  updatedAt!: number;
}

export const OrderFactSchema = new EntitySchema<OrderFact>({
  class: OrderFact,
  tableName: 'order_fact',
  properties: {
    orderId: { type: 'string', length: 128, primary: true },
    userId: text(128),
    amount: money64(),
    margin: epochNullable(),
    merchantId: text(128, true),
    couponIds: { type: 'json' },
    unknownCouponIds: { type: 'json' },
    discount: money64(),
    paidAt: epoch(),
    refundedAt: epochNullable(),
    firstOrder: { type: 'boolean', default: false },
    source: text(16),
    createdAt: epoch(),
    updatedAt: epoch(),
  },
  // (user_id, paid_at) leads (a user's orders by time); the other columns make it covering for an
  // experiment's sums, which read the order facts in user order without the table (metrics.sql.ts, armSums).
  indexes: [
    {
      name: 'order_fact_user_covering_index',
      properties: ['userId', 'paidAt', 'refundedAt', 'amount', 'margin', 'discount'],
    },
    { properties: ['paidAt'] },
  ],
});

/**
 * Daily rollup of one scope (ALL, TEMPLATE, CAMPAIGN, RULE, MERCHANT) on a local calendar day, split
 * over `slot` rows on PostgreSQL (metrics.sql.ts `SLOTS`): a scope's day is the sum of its slots.
 */
export class MetricDaily {
  scopeKind!: string;
  scopeId!: string;
  /** Days since 1970-01-01 of the local date (TIME_ZONE). */
  day!: number;
  /** 0 on SQLite and for rebuilt rows; on PostgreSQL the writing transaction's id modulo SLOTS. */
  slot!: number;
  issuedClaim!: number;
  issuedCode!: number;
  issuedRule!: number;
  issuedBulk!: number;
  issuedApi!: number;
  redeemed!: number;
  expired!: number;
  subsidy!: number;
  paidOrders!: number;
  couponOrders!: number;
  revenue!: number;
  margin!: number;
  marginOrders!: number;
  refunds!: number;
  newCustomers!: number;
  newCustomersCoupon!: number;
}

const counter = () => money64();

export const MetricDailySchema = new EntitySchema<MetricDaily>({
  class: MetricDaily,
  tableName: 'metric_daily',
  properties: {
    scopeKind: { type: 'string', length: 16, primary: true },
    scopeId: { type: 'string', length: 128, primary: true },
    day: { type: 'integer', primary: true },
    slot: { type: 'integer', primary: true, default: 0 },
    issuedClaim: counter(),
    issuedCode: counter(),
    issuedRule: counter(),
    issuedBulk: counter(),
    issuedApi: counter(),
    redeemed: counter(),
    expired: counter(),
    subsidy: counter(),
    paidOrders: counter(),
    couponOrders: counter(),
    revenue: counter(),
    margin: counter(),
    marginOrders: counter(),
    refunds: counter(),
    newCustomers: counter(),
    newCustomersCoupon: counter(),
  },
});

/**
 * Exposed users of a rule per arm and UTC day of first exposure (`exposed_at` / 86 400), split over
 * `slot` rows on PostgreSQL like the metric rollups. Kept by database triggers on `rule_exposure`
 * (the migration `Migration20261207051714` of each dialect): every insert, delete or update of an
 * exposure adds to or takes from its day in the same statement, so the counts are always those of
 * the raw rows, whoever writes them. An experiment's exposure counts sum these few rows instead of
 * counting a million exposures (`exposureSpan` in metrics.sql.ts); `metrics:rebuild` recomputes them.
 */
export class RuleExposureDay {
  ruleId!: string;
  arm!: string;
  control!: boolean;
  /** Days since 1970-01-01 (UTC) of the exposures. */
  day!: number;
  /** 0 on SQLite and for rebuilt rows; on PostgreSQL the writing transaction's id modulo 8. */
  slot!: number;
  users!: number;
}

export const RuleExposureDaySchema = new EntitySchema<RuleExposureDay>({
  class: RuleExposureDay,
  tableName: 'rule_exposure_day',
  properties: {
    ruleId: { type: 'string', length: 48, primary: true },
    arm: { type: 'string', length: 64, primary: true },
    control: { type: 'boolean', primary: true },
    day: { type: 'integer', primary: true },
    slot: { type: 'integer', primary: true, default: 0 },
    users: counter(),
  },
});

/** The last result announced per rule (an `experiment.updated` event when it changes materially). */
export class ExperimentSnapshot {
  ruleId!: string;
  recommendation!: string;
  /** A coarse fingerprint of the result (recommendation, SRM, sign of the interval bounds). */
  fingerprint!: string;
  updatedAt!: number;
}

export const ExperimentSnapshotSchema = new EntitySchema<ExperimentSnapshot>({
  class: ExperimentSnapshot,
  tableName: 'experiment_snapshot',
  properties: {
    ruleId: { type: 'string', length: 48, primary: true },
    recommendation: text(16),
    fingerprint: text(256),
    updatedAt: epoch(),
  },
});
