// Every SQL text of coupons/: issuance (lock, holdings, writes), claims, wallets, the coupon centre
// and revocation. Raw rows are typed from the entities (RowOf); numbers that PostgreSQL aggregates
// return as text or JSON are converted where they are read.
import type { Campaign } from '../campaigns/campaign.entity';
import { type RowOf, rowLock, type Sql, type Statement, valuesList } from '../db/sql';
import { chunkedRows } from '../db/writes';
import { FREE_BUCKET, KEY_LOCKS, keyParams, type RoundKeys } from '../quota/bucket.sql';
import type { CouponTemplate } from '../templates/template.entity';
import type { Coupon, CouponCode, IdempotencyRecord } from './coupon.entity';
import type { Holding, TemplateState } from './decide';

// ---------------------------------------------------------------------------------------------------
// Coupon rows.

export const COUPON_COLUMNS =
  'c.id, c.template_id, c.campaign_id, c.user_id, c.code, c.status, c.source, c.rule_id, c.rule_version, c.placement, c.device_id, c.cookie_id, c.issued_at, c.valid_from, c.valid_until, c.seen_at, c.balance, c.max_value, c.locked_order_id, c.lock_expires_at, c.locked_discount, c.redeemed_order_id, c.redeemed_at, c.updated_at';

/**
 * COUPON_COLUMNS named as Coupon's fields (`c.template_id AS "templateId"`): a row `Sql.allPacked`
 * reads is then a Coupon as it is, as `couponFromRow` would make it (both give numbers for the times:
 * SQLite its integers, PostgreSQL's JSON aggregate its bigints).
 */
export const COUPON_FIELDS = COUPON_COLUMNS.split(', ')
  .map((column) => {
    const name = column.slice('c.'.length);
    const field = name.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());
    return field === name ? column : `${column} AS "${field}"`;
  })
  .join(', ');

export type CouponRow = RowOf<Coupon>;

const num = (v: number | null): number | null => (v == null ? null : Number(v));

export function couponFromRow(r: CouponRow): Coupon {
  return {
    id: r.id,
    templateId: r.template_id,
    campaignId: r.campaign_id,
    userId: r.user_id,
    code: r.code,
    status: r.status,
    source: r.source,
    ruleId: r.rule_id,
    ruleVersion: r.rule_version,
    placement: r.placement,
    deviceId: r.device_id,
    cookieId: r.cookie_id,
    issuedAt: Number(r.issued_at),
    validFrom: Number(r.valid_from),
    validUntil: Number(r.valid_until),
    seenAt: num(r.seen_at),
    balance: r.balance,
    maxValue: r.max_value,
    lockedOrderId: r.locked_order_id,
    lockExpiresAt: num(r.lock_expires_at),
    lockedDiscount: r.locked_discount,
    redeemedOrderId: r.redeemed_order_id,
    redeemedAt: num(r.redeemed_at),
    updatedAt: Number(r.updated_at),
  };
}

const INSERT_COLUMNS = [
  'id',
  'template_id',
  'campaign_id',
  'user_id',
  'code',
  'status',
  'source',
  'rule_id',
  'rule_version',
  'placement',
  'device_id',
  'cookie_id',
  'issued_at',
  'valid_from',
  'valid_until',
  'balance',
  'max_value',
  'updated_at',
] as const;

const insertValues = (c: Coupon): unknown[] => [
  c.id,
  c.templateId,
  c.campaignId ?? null,
  c.userId,
  c.code,
  c.status,
  c.source,
  c.ruleId ?? null,
  c.ruleVersion ?? null,
  c.placement ?? null,
  c.deviceId ?? null,
  c.cookieId ?? null,
  c.issuedAt,
  c.validFrom,
  c.validUntil,
  c.balance ?? null,
  c.maxValue,
  c.updatedAt,
];

/**
 * Multi-row inserts of new coupons (at most 200 rows per statement, in a few fixed sizes: SQLite
 * prepares each statement text once; the rows are independent, so the statements may run in any order).
 */
export function insertCoupons(coupons: readonly Coupon[]): Statement[] {
  return chunkedRows(
    'coupon.insert',
    coupons.length,
    200,
    (n) => `INSERT INTO coupon (${INSERT_COLUMNS.join(', ')}) VALUES ${valuesList(n, INSERT_COLUMNS.length)}`,
  ).map((c) => ({ sql: c.text, params: coupons.slice(c.from, c.to).flatMap(insertValues) }));
}

export async function couponsByIds(sql: Sql, ids: readonly string[]): Promise<Coupon[]> {
  if (ids.length === 0) return [];
  const rows = await sql.all<CouponRow>(
    `SELECT ${COUPON_COLUMNS} FROM coupon c WHERE c.id IN (${valuesList(ids.length)})`,
    ids,
  );
  return rows.map(couponFromRow);
}

// ---------------------------------------------------------------------------------------------------
// Issuance: the template and its campaign, locked; what accounts and devices hold; idempotency keys.

const TEMPLATE_STATE = [
  'id',
  'campaign_id',
  'status',
  'kind',
  'balance',
  'valid_from',
  'valid_until',
  'valid_for_seconds',
  'valid_after_seconds',
  'claim_starts_at',
  'claim_ends_at',
  'quota_available',
  'limit_per_account',
  'limit_frequency',
  'limit_per_device',
  'max_value',
  'scope',
  'funding',
  'audience_ids',
] as const;
/** The template as the decision reads it (decide.ts TemplateState), plus what events are filed under. */
export type TemplateStateRow = RowOf<
  CouponTemplate,
  (keyof TemplateState & keyof CouponTemplate) | 'scope' | 'funding'
>;

const CAMPAIGN_STATE = [
  'id',
  'status',
  'budget',
  'spent',
  'reserved',
  'outstanding_max',
  'redeemed_count',
  'expired_count',
  'exhausted_at',
  'budget_alert_bp',
] as const;
export type CampaignStateRow = RowOf<
  Campaign,
  | 'id'
  | 'status'
  | 'budget'
  | 'spent'
  | 'reserved'
  | 'outstandingMax'
  | 'redeemedCount'
  | 'expiredCount'
  | 'exhaustedAt'
  | 'budgetAlertBp'
>;
/** The campaign's columns as the lock statement returns them, prefixed `b_` (all null without one). */
export type PrefixedCampaignRow = { [K in keyof CampaignStateRow as `b_${K}`]: CampaignStateRow[K] | null };

const CAMPAIGN_PREFIXED = CAMPAIGN_STATE.map((c) => `b.${c} AS b_${c}`).join(', ');
/**
 * The template row and its campaign's, locked in one statement on PostgreSQL (template first, as
 * every path that takes both does). SQLite's write transaction already excludes other writers.
 */
const LOCK_PG = `WITH t AS (SELECT ${TEMPLATE_STATE.join(', ')} FROM coupon_template WHERE id = ? FOR UPDATE)
  SELECT t.*, ${CAMPAIGN_PREFIXED} FROM t
    LEFT JOIN LATERAL (SELECT * FROM campaign WHERE campaign.id = t.campaign_id FOR UPDATE) b ON true`;
const LOCK_SQLITE = `SELECT ${TEMPLATE_STATE.map((c) => `t.${c}`).join(', ')}, ${CAMPAIGN_PREFIXED}
  FROM coupon_template t LEFT JOIN campaign b ON b.id = t.campaign_id WHERE t.id = ?`;

export function lockTemplate(
  sql: Sql,
  templateId: string,
): Promise<(TemplateStateRow & PrefixedCampaignRow) | undefined> {
  return sql.get(sql.dialect === 'postgresql' ? LOCK_PG : LOCK_SQLITE, [templateId]);
}

/**
 * PostgreSQL, a bucketed template: one free bucket with units left, locked (others' buckets are
 * skipped), the template row read without a lock and its campaign's locked, then the round's
 * advisory locks on accounts, devices and codes (quota/bucket.sql.ts KEY_LOCKS), in one statement:
 * bucket, campaign, keys, the order every bucket round takes them in. No row (and no advisory lock)
 * when every bucket is empty or held (the round then takes the template row and every bucket).
 */
const LOCK_BUCKET_PG = `WITH q AS (${FREE_BUCKET}),
  r AS MATERIALIZED (
    SELECT q.bucket_no AS q_bucket_no, q.remaining AS q_remaining, ${TEMPLATE_STATE.map((c) => `t.${c}`).join(', ')}, ${CAMPAIGN_PREFIXED}
      FROM q JOIN coupon_template t ON t.id = ?
      LEFT JOIN LATERAL (SELECT * FROM campaign WHERE campaign.id = t.campaign_id FOR UPDATE) b ON true)
  SELECT r.*, a.n AS q_locks FROM r ${KEY_LOCKS('r')}`;

export type BucketLockRow = TemplateStateRow &
  PrefixedCampaignRow & { q_bucket_no: number; q_remaining: number };

export function lockFreeBucket(
  sql: Sql,
  templateId: string,
  start: number,
  buckets: number,
  keys: RoundKeys,
): Promise<BucketLockRow | undefined> {
  return sql.get(LOCK_BUCKET_PG, [templateId, start, buckets, templateId, ...keyParams(keys)]);
}

/** PostgreSQL: the template row alone, locked (its buckets are locked next, then its campaign). */
export function lockTemplateOnly(sql: Sql, templateId: string): Promise<TemplateStateRow | undefined> {
  return sql.get(`SELECT ${TEMPLATE_STATE.join(', ')} FROM coupon_template WHERE id = ? FOR UPDATE`, [
    templateId,
  ]);
}

/** PostgreSQL: a campaign row locked, its columns prefixed `b_` as the lock statement returns them. */
export function lockCampaign(sql: Sql, campaignId: string): Promise<PrefixedCampaignRow | undefined> {
  return sql.get(`SELECT ${CAMPAIGN_PREFIXED} FROM campaign b WHERE b.id = ? FOR UPDATE`, [campaignId]);
}

/** Splits the `b_` columns of the lock statement back into a campaign row (undefined without one). */
export function campaignOf(row: PrefixedCampaignRow): CampaignStateRow | undefined {
  if (row.b_id == null) return undefined;
  return {
    id: row.b_id,
    status: row.b_status!,
    budget: row.b_budget,
    spent: row.b_spent!,
    reserved: row.b_reserved!,
    outstanding_max: row.b_outstanding_max!,
    redeemed_count: row.b_redeemed_count!,
    expired_count: row.b_expired_count!,
    exhausted_at: row.b_exhausted_at,
    budget_alert_bp: row.b_budget_alert_bp ?? 0,
  };
}

export type StoredKeyRow = RowOf<IdempotencyRecord, 'key' | 'requestHash' | 'response'>;
export const storedKeys = (keys: readonly string[]): Statement => ({
  sql: `SELECT key, request_hash, response FROM idempotency_key WHERE key IN (${valuesList(keys.length)})`,
  params: keys,
});

export function storedKey(sql: Sql, key: string): Promise<StoredKeyRow | undefined> {
  return sql.get<StoredKeyRow>(`SELECT key, request_hash, response FROM idempotency_key WHERE key = ?`, [
    key,
  ]);
}

/** Coupons of a template held or used, the last issue time, how many unused (aggregates: numbers or text). */
interface HeldRow {
  n: number | string;
  last: number | string;
  active: number | string;
}
export const holdingOf = (r: HeldRow): Holding => ({
  n: Number(r.n),
  last: Number(r.last),
  active: Number(r.active),
});

export type HoldingRow = HeldRow & { user_id: string };
/** Per account: coupons of the template held or used, the last issue time, how many are unused. */
export const accountHoldings = (templateId: string, userIds: readonly string[]): Statement => ({
  sql: `SELECT user_id, COUNT(*) AS n, MAX(issued_at) AS last,
               SUM(CASE WHEN status IN ('AVAILABLE', 'LOCKED') THEN 1 ELSE 0 END) AS active
          FROM coupon WHERE template_id = ? AND user_id IN (${valuesList(userIds.length)}) GROUP BY user_id`,
  params: [templateId, ...userIds],
});

export type DeviceColumn = 'device_id' | 'cookie_id';
/** Per device (or web cookie): coupons of the template issued to it. */
export const deviceHoldings = (
  templateId: string,
  column: DeviceColumn,
  ids: readonly string[],
): Statement => ({
  sql: `SELECT ${column} AS d, COUNT(*) AS n FROM coupon WHERE template_id = ? AND ${column} IN (${valuesList(ids.length)}) GROUP BY ${column}`,
  params: [templateId, ...ids],
});

export type CodeRow = RowOf<CouponCode, 'code' | 'status'>;
/** The unbound codes of the template that requests name (read under the template's lock). */
export const codeStatuses = (templateId: string, codes: readonly string[]): Statement => ({
  sql: `SELECT code, status FROM coupon_code WHERE template_id = ? AND code IN (${valuesList(codes.length)})`,
  params: [templateId, ...codes],
});

export const claimCode = (
  code: string,
  couponId: string,
  userId: string,
  templateId: string,
  now: number,
): Statement => ({
  sql: `UPDATE coupon_code SET status = 'CLAIMED', coupon_id = ?, user_id = ?, claimed_at = ?
         WHERE code = ? AND template_id = ? AND status = 'UNUSED'`,
  params: [couponId, userId, now, code, templateId],
});

/** Stores first results of keyed requests; RETURNING tells which keys were new. */
export const storeKeys = (rows: readonly (readonly [string, string, string, number])[]): Statement => ({
  sql: `INSERT INTO idempotency_key (key, request_hash, response, created_at) VALUES ${valuesList(rows.length, 4)}
        ON CONFLICT (key) DO NOTHING RETURNING key`,
  params: rows.flat(),
});

// ---------------------------------------------------------------------------------------------------
// Claims by code, wallets, the coupon centre.

export interface WalletFilter {
  userId: string;
  statuses: readonly string[] | null;
  /** Only AVAILABLE coupons with now < valid_until <= expiringBy. */
  expiring: { now: number; by: number } | null;
}

/**
 * One page of a wallet in (valid_until, id) order after a position, and how many coupons the whole
 * filtered wallet holds. Run it in one snapshot (`Database.snapshot`) so the two agree.
 */
export async function walletPage(
  sql: Sql,
  f: WalletFilter,
  after: { validUntil: number; id: string } | null,
  limit: number,
  withTotal = true,
): Promise<{ rows: Coupon[]; total: number }> {
  const where = ['c.user_id = ?'];
  const params: unknown[] = [f.userId];
  if (f.expiring) {
    where.push("c.status = 'AVAILABLE' AND c.valid_until > ? AND c.valid_until <= ?");
    params.push(f.expiring.now, f.expiring.by);
  } else if (f.statuses?.length) {
    where.push(`c.status IN (${valuesList(f.statuses.length)})`);
    params.push(...f.statuses);
  }
  const page = after
    ? {
        sql: ' AND (c.valid_until > ? OR (c.valid_until = ? AND c.id > ?))',
        params: [after.validUntil, after.validUntil, after.id],
      }
    : { sql: '', params: [] };
  const rows = await sql.all<CouponRow>(
    `SELECT ${COUPON_COLUMNS} FROM coupon c WHERE ${where.join(' AND ')}${page.sql} ORDER BY c.valid_until, c.id LIMIT ${Number(limit)}`,
    [...params, ...page.params],
  );
  if (!withTotal) return { rows: rows.map(couponFromRow), total: -1 };
  const total = await sql.get<{ n: number }>(
    `SELECT COUNT(*) AS n FROM coupon c WHERE ${where.join(' AND ')}`,
    params,
  );
  return { rows: rows.map(couponFromRow), total: Number(total?.n ?? 0) };
}

export async function templateOfCode(sql: Sql, code: string): Promise<string | undefined> {
  return (
    await sql.get<{ template_id: string }>(`SELECT template_id FROM coupon_code WHERE code = ?`, [code])
  )?.template_id;
}

export function markSeen(
  sql: Sql,
  userId: string,
  couponIds: readonly string[],
  now: number,
): Promise<number> {
  return sql.run(
    `UPDATE coupon SET seen_at = ? WHERE user_id = ? AND seen_at IS NULL AND id IN (${valuesList(couponIds.length)})`,
    [now, userId, ...couponIds],
  );
}

export type TemplateHoldingRow = HeldRow & { template_id: string };
/** What one user holds of each template (the coupon centre). */
export function userHoldings(
  sql: Sql,
  userId: string,
  templateIds: readonly string[],
): Promise<TemplateHoldingRow[]> {
  return sql.all<TemplateHoldingRow>(
    `SELECT template_id, COUNT(*) AS n, MAX(issued_at) AS last,
            SUM(CASE WHEN status IN ('AVAILABLE','LOCKED') THEN 1 ELSE 0 END) AS active
       FROM coupon WHERE user_id = ? AND template_id IN (${valuesList(templateIds.length)}) GROUP BY template_id`,
    [userId, ...templateIds],
  );
}

/** What one device holds of each template (the coupon centre). */
export function deviceHoldingsByTemplate(
  sql: Sql,
  deviceId: string,
  templateIds: readonly string[],
): Promise<{ template_id: string; n: number }[]> {
  return sql.all(
    `SELECT template_id, COUNT(*) AS n FROM coupon WHERE device_id = ? AND template_id IN (${valuesList(templateIds.length)}) GROUP BY template_id`,
    [deviceId, ...templateIds],
  );
}

export function campaignsOfTemplates(sql: Sql, templateIds: readonly string[]): Promise<CampaignStateRow[]> {
  return sql.all<CampaignStateRow>(
    `SELECT ${CAMPAIGN_STATE.join(', ')} FROM campaign
      WHERE id IN (SELECT campaign_id FROM coupon_template WHERE id IN (${valuesList(templateIds.length)}))`,
    templateIds,
  );
}

// ---------------------------------------------------------------------------------------------------
// Revocation.

export type RevokeRow = RowOf<
  Coupon,
  'status' | 'campaignId' | 'maxValue' | 'lockedDiscount' | 'templateId' | 'userId'
> &
  RowOf<CouponTemplate, 'scope' | 'funding'>;

export function lockForRevoke(sql: Sql, id: string): Promise<RevokeRow | undefined> {
  return sql.get<RevokeRow>(
    `SELECT c.status, c.campaign_id, c.max_value, c.locked_discount, c.template_id, c.user_id, t.scope, t.funding
       FROM coupon c JOIN coupon_template t ON t.id = c.template_id WHERE c.id = ?${rowLock(sql)}`,
    [id],
  );
}

export function setRevoked(sql: Sql, id: string, now: number): Promise<number> {
  return sql.run(
    `UPDATE coupon SET status = 'REVOKED', locked_order_id = NULL, lock_expires_at = NULL, locked_discount = NULL, updated_at = ? WHERE id = ?`,
    [now, id],
  );
}

// ---------------------------------------------------------------------------------------------------
// Time-driven: expiry of unused coupons, idempotency retention.

export type ExpiringRow = RowOf<Coupon, 'id' | 'templateId' | 'campaignId' | 'userId' | 'maxValue'> &
  RowOf<CouponTemplate, 'restoreOnExpiry' | 'scope' | 'funding'>;

/** AVAILABLE coupons past their end, oldest first; rows other instances hold are skipped. */
export function expiringCoupons(sql: Sql, now: number, limit: number): Promise<ExpiringRow[]> {
  return sql.all<ExpiringRow>(
    `SELECT c.id, c.template_id, c.campaign_id, c.user_id, c.max_value, t.restore_on_expiry, t.scope, t.funding
       FROM coupon c JOIN coupon_template t ON t.id = c.template_id
      WHERE c.status = 'AVAILABLE' AND c.valid_until <= ? ORDER BY c.valid_until LIMIT ${limit}${rowLock(sql, 'FOR UPDATE OF c SKIP LOCKED')}`,
    [now],
  );
}

export const setExpired = (ids: readonly string[], now: number): Statement => ({
  sql: `UPDATE coupon SET status = 'EXPIRED', updated_at = ? WHERE id IN (${valuesList(ids.length)})`,
  params: [now, ...ids],
});

export function purgeKeys(sql: Sql, before: number): Promise<number> {
  return sql.run(`DELETE FROM idempotency_key WHERE created_at < ?`, [before]);
}

// ---------------------------------------------------------------------------------------------------
// Checkout's writes to coupons (lock, redeem, release, refund) and templates' unbound codes: statements
// on coupons/' tables, built here for checkout/ and templates/ to run in their transactions.

/** Locks one coupon to the order while it is still the user's, valid and unchanged (0: it is not). */
export function lockCoupon(
  sql: Sql,
  c: { id: string; userId: string; balance: number | null; discount: number },
  orderId: string,
  expiresAt: number,
  now: number,
): Promise<number> {
  return sql.run(
    `UPDATE coupon SET status = 'LOCKED', locked_order_id = ?, lock_expires_at = ?, locked_discount = ?, updated_at = ?
      WHERE id = ? AND user_id = ? AND valid_until > ? AND (balance IS NULL OR balance = ?)
        AND (status = 'AVAILABLE' OR (status = 'LOCKED' AND locked_order_id = ?))`,
    [orderId, expiresAt, c.discount, now, c.id, c.userId, now, c.balance, orderId],
  );
}

/** A redeemed coupon: REDEEMED, or (CASH with money left) AVAILABLE with its new balance and value. */
export const setRedeemed = (
  id: string,
  orderId: string,
  balance: number | null,
  partial: boolean,
  now: number,
): Statement =>
  partial
    ? {
        sql: `UPDATE coupon SET status = 'AVAILABLE', balance = ?, max_value = ?, locked_order_id = NULL, lock_expires_at = NULL, locked_discount = NULL, updated_at = ? WHERE id = ?`,
        params: [balance, balance, now, id],
      }
    : {
        sql: `UPDATE coupon SET status = 'REDEEMED', balance = ?, redeemed_order_id = ?, redeemed_at = ?, locked_order_id = NULL, lock_expires_at = NULL, updated_at = ? WHERE id = ?`,
        params: [balance, orderId, now, now, id],
      };

/** A released coupon back to AVAILABLE (or EXPIRED when its window has passed), its lock cleared. */
export const setReleased = (id: string, status: 'AVAILABLE' | 'EXPIRED', now: number): Statement => ({
  sql: `UPDATE coupon SET status = ?, locked_order_id = NULL, lock_expires_at = NULL, locked_discount = NULL, updated_at = ? WHERE id = ?`,
  params: [status, now, id],
});

/** A refunded coupon back in the wallet (AVAILABLE, its balance and value restored, unredeemed). */
export const setCouponRefunded = (
  couponId: string,
  balance: number | null,
  maxValue: number,
  now: number,
): Statement => ({
  sql: `UPDATE coupon SET status = 'AVAILABLE', balance = ?, max_value = ?, redeemed_order_id = NULL, redeemed_at = NULL, updated_at = ? WHERE id = ?`,
  params: [balance, maxValue, now, couponId],
});

/** Inserts unbound codes; returns those that did not collide with an existing code. */
export async function insertCodes(
  sql: Sql,
  templateId: string,
  codes: readonly string[],
  now: number,
): Promise<string[]> {
  const rows = await sql.all<{ code: string }>(
    `INSERT INTO coupon_code (code, template_id, status, created_at)
     VALUES ${codes.map(() => "(?, ?, 'UNUSED', ?)").join(', ')}
     ON CONFLICT (code) DO NOTHING RETURNING code`,
    codes.flatMap((c) => [c, templateId, now]),
  );
  return rows.map((r) => r.code);
}
