// Every SQL text of checkout/: orders, locks, redemptions and the wallet read the quote needs.
import type { Campaign } from '../campaigns/campaign.entity';
import {
  COUPON_COLUMNS,
  COUPON_FIELDS,
  type CouponRow,
  couponFromRow,
  setCouponRefunded,
} from '../coupons/coupon.sql';
import type { Coupon } from '../coupons/coupon.entity';
import { type RowOf, rowLock, type Sql, type Statement, valuesList } from '../db/sql';
import type { CouponTemplate } from '../templates/template.entity';
import type { CheckoutOrder, OrderStatus, Redemption } from './order.entity';

/** A wallet coupon with what checkout needs of its template (`t_`) and campaign (`b_`). */
export type WalletRow = CouponRow & {
  [K in keyof TemplateCheckoutRow as `t_${K}`]: TemplateCheckoutRow[K];
} & BudgetColumns;
type TemplateCheckoutRow = RowOf<
  CouponTemplate,
  | 'kind'
  | 'amount'
  | 'threshold'
  | 'discountBp'
  | 'cap'
  | 'step'
  | 'sku'
  | 'units'
  | 'unitValue'
  | 'applyTo'
  | 'maxUnits'
  | 'minQuantity'
  | 'buyQuantity'
  | 'getQuantity'
  | 'maxApplications'
  | 'getScope'
  | 'multiplePerOrder'
  | 'stackGroup'
  | 'exclusive'
  | 'scope'
  | 'funding'
  | 'refundable'
>;
type CampaignBudgetRow = RowOf<Campaign, 'budget' | 'spent' | 'reserved'>;

const WALLET_SELECT = `SELECT ${COUPON_COLUMNS}, t.kind AS t_kind, t.amount AS t_amount, t.threshold AS t_threshold,
  t.discount_bp AS t_discount_bp, t.cap AS t_cap, t.step AS t_step, t.sku AS t_sku, t.units AS t_units, t.unit_value AS t_unit_value,
  t.apply_to AS t_apply_to, t.max_units AS t_max_units, t.min_quantity AS t_min_quantity, t.buy_quantity AS t_buy_quantity,
  t.get_quantity AS t_get_quantity, t.max_applications AS t_max_applications,
  t.get_scope AS t_get_scope, t.multiple_per_order AS t_multiple_per_order,
  t.stack_group AS t_stack_group, t.exclusive AS t_exclusive, t.scope AS t_scope, t.funding AS t_funding, t.refundable AS t_refundable,
  b.budget AS b_budget, b.spent AS b_spent, b.reserved AS b_reserved
  FROM coupon c JOIN coupon_template t ON t.id = c.template_id LEFT JOIN campaign b ON b.id = c.campaign_id`;

const WALLET_WHERE = `WHERE c.user_id = ? AND (c.status = 'AVAILABLE' OR (c.status = 'LOCKED' AND c.locked_order_id = ?))`;

/** The user's usable coupons (and those this order already holds), soonest-expiring first. */
export function walletRows(sql: Sql, userId: string, orderId?: string | null): Promise<WalletRow[]> {
  return sql.allPacked<WalletRow>(`${WALLET_SELECT} ${WALLET_WHERE} ORDER BY c.valid_until, c.id LIMIT 500`, [
    userId,
    orderId ?? null,
  ]);
}

/** A campaign's budget as the wallet reads give it with each coupon (`b_`; null without a campaign). */
export type BudgetColumns = { [K in keyof CampaignBudgetRow as `b_${K}`]: CampaignBudgetRow[K] | null };

/** A wallet coupon (as a Coupon) with its campaign's budget: what a quote reads per coupon on every request. */
export type WalletCoupon = Coupon & BudgetColumns;

/**
 * The coupon fields a quote needs for its arithmetic (id, template, campaign, value, validity) and
 * those responses usually show: a quote whose response selects no other field of a Coupon reads these
 * columns only (`walletCoupons` with `brief`).
 */
export const BRIEF_COUPON_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'code',
  'templateId',
  'campaignId',
  'userId',
  'status',
  'validFrom',
  'validUntil',
  'balance',
  'lockedOrderId',
  'lockExpiresAt',
]);
const BRIEF_FIELDS = COUPON_FIELDS.split(', ')
  .filter((f) => BRIEF_COUPON_FIELDS.has(/ AS "(\w+)"$/.exec(f)?.[1] ?? f.slice('c.'.length)))
  .join(', ');

/**
 * The quote's wallet read: the coupon, named as Coupon's fields, and the budget only. What checkout
 * needs of a template is fixed when the template is created (updateTemplate changes none of it), so
 * the service keeps it per template from an earlier `walletRows` instead of reading it again with each
 * of 50 coupons. `brief`: BRIEF_COUPON_FIELDS only (about half the columns, and half the values the
 * driver turns into JavaScript); the rows then lack every other Coupon field, which the caller
 * promises nothing reads.
 */
export function walletCoupons(
  sql: Sql,
  userId: string,
  orderId?: string | null,
  brief = false,
): Promise<WalletCoupon[]> {
  return sql.allPacked<WalletCoupon>(
    `SELECT ${brief ? BRIEF_FIELDS : COUPON_FIELDS}, b.budget AS b_budget, b.spent AS b_spent, b.reserved AS b_reserved
       FROM coupon c LEFT JOIN campaign b ON b.id = c.campaign_id ${WALLET_WHERE}
      ORDER BY c.valid_until, c.id LIMIT 500`,
    [userId, orderId ?? null],
  );
}

export type StoredOrderRow = RowOf<
  CheckoutOrder,
  'userId' | 'status' | 'cartHash' | 'quote' | 'lockExpiresAt'
>;

export function storedOrder(sql: Sql, orderId: string): Promise<StoredOrderRow | undefined> {
  return sql.get<StoredOrderRow>(
    `SELECT user_id, status, cart_hash, quote, lock_expires_at FROM checkout_order WHERE id = ?`,
    [orderId],
  );
}

/** Creates the LOCKED order; false when a concurrent lock of the same id created it first. */
export async function insertOrder(
  sql: Sql,
  o: Pick<CheckoutOrder, 'id' | 'userId' | 'cartHash' | 'quote' | 'totalDiscount' | 'lockExpiresAt'>,
  now: number,
): Promise<boolean> {
  const created = await sql.all(
    `INSERT INTO checkout_order (id, user_id, status, cart_hash, quote, total_discount, lock_expires_at, created_at, updated_at)
     VALUES (?, ?, 'LOCKED', ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [o.id, o.userId, o.cartHash, o.quote, o.totalDiscount, o.lockExpiresAt, now, now],
  );
  return created.length > 0;
}

export type OrderRow = RowOf<CheckoutOrder, 'userId' | 'status' | 'totalDiscount'>;

export function lockOrder(sql: Sql, orderId: string): Promise<OrderRow | undefined> {
  return sql.get<OrderRow>(
    `SELECT user_id, status, total_discount FROM checkout_order WHERE id = ?${rowLock(sql)}`,
    [orderId],
  );
}

export const setOrderStatus = (orderId: string, status: OrderStatus, now: number): Statement => ({
  sql: `UPDATE checkout_order SET status = ?, updated_at = ? WHERE id = ?`,
  params: [status, now, orderId],
});

/**
 * The coupons an order holds (locked) or has used (every redemption, partial CASH ones included, has a
 * `redemption` row). Written as a UNION of two index lookups: an OR across the two conditions would
 * make both SQLite and PostgreSQL scan the whole coupon table.
 */
export async function couponsOfOrder(sql: Sql, orderId: string): Promise<Coupon[]> {
  const rows = await sql.all<CouponRow>(
    `SELECT ${COUPON_COLUMNS} FROM coupon c WHERE c.id IN (
       SELECT id FROM coupon WHERE locked_order_id = ?
       UNION SELECT coupon_id FROM redemption WHERE order_id = ?) ORDER BY c.id`,
    [orderId, orderId],
  );
  return rows.map(couponFromRow);
}

export type LockedRow = RowOf<
  Coupon,
  'id' | 'templateId' | 'campaignId' | 'userId' | 'lockedDiscount' | 'balance' | 'validUntil' | 'maxValue'
> &
  RowOf<CouponTemplate, 'scope' | 'funding' | 'restoreOnExpiry'>;

/** The coupons the order has locked, row-locked (PostgreSQL) until the transaction ends. */
export function lockedCoupons(sql: Sql, orderId: string): Promise<LockedRow[]> {
  return sql.all<LockedRow>(
    `SELECT c.id, c.template_id, c.campaign_id, c.user_id, c.locked_discount, c.balance, c.valid_until, c.max_value,
            t.scope, t.funding, t.restore_on_expiry
       FROM coupon c JOIN coupon_template t ON t.id = c.template_id
      WHERE c.locked_order_id = ? AND c.status = 'LOCKED'${rowLock(sql, 'FOR UPDATE OF c')}`,
    [orderId],
  );
}

export const insertRedemptions = (rows: readonly Redemption[]): Statement => ({
  sql: `INSERT INTO redemption (id, coupon_id, order_id, template_id, campaign_id, user_id, discount, redeemed_at) VALUES ${valuesList(rows.length, 8)}`,
  params: rows.flatMap((r) => [
    r.id,
    r.couponId,
    r.orderId,
    r.templateId,
    r.campaignId ?? null,
    r.userId,
    r.discount,
    r.redeemedAt,
  ]),
});

export type RedeemedRow = RowOf<
  Coupon,
  'id' | 'status' | 'balance' | 'validUntil' | 'templateId' | 'campaignId' | 'userId' | 'maxValue'
> &
  RowOf<Redemption, 'discount'> &
  RowOf<CouponTemplate, 'refundable' | 'kind' | 'scope' | 'funding'> & { rid: string };

/** The order's redemptions not yet refunded, with their coupons. */
export function unrefunded(sql: Sql, orderId: string): Promise<RedeemedRow[]> {
  return sql.all<RedeemedRow>(
    `SELECT r.id AS rid, c.id, c.status, c.balance, c.valid_until, r.discount, c.template_id, c.campaign_id, c.user_id,
            t.refundable, c.max_value, t.kind, t.scope, t.funding
       FROM redemption r JOIN coupon c ON c.id = r.coupon_id JOIN coupon_template t ON t.id = c.template_id
      WHERE r.order_id = ? AND r.refunded_at IS NULL`,
    [orderId],
  );
}

/** A refunded coupon back in the wallet, and its redemption marked refunded. */
export const setRefunded = (
  couponId: string,
  redemptionId: string,
  balance: number | null,
  maxValue: number,
  now: number,
): Statement[] => [
  setCouponRefunded(couponId, balance, maxValue, now),
  { sql: `UPDATE redemption SET refunded_at = ? WHERE id = ?`, params: [now, redemptionId] },
];

/** Orders whose lock lapsed, for the scheduler to release. */
export async function lapsedOrders(sql: Sql, now: number, limit: number): Promise<string[]> {
  const rows = await sql.all<{ id: string }>(
    `SELECT id FROM checkout_order WHERE status = 'LOCKED' AND lock_expires_at <= ? LIMIT ${limit}`,
    [now],
  );
  return rows.map((r) => r.id);
}
