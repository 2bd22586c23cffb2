// Every SQL text of shares/: packs, claims through them, the sharer's reward and the figures of
// sharing. Reads of coupons, templates, order facts and profiles are reads only.
import { type RowOf, rowLock, type Sql } from '../db/sql';
import { paddedList } from '../db/writes';
import type { Coupon } from '../coupons/coupon.entity';
import type { CouponTemplate } from '../templates/template.entity';
import type { ShareClaim, SharePack, ShareRewardState } from './share.entity';

export type PackRow = RowOf<SharePack>;

const PACK_COLUMNS = `id, code, template_id, coupon_id, sharer_user_id, sharer_device_id, sharer_cookie_id, friend_template_id,
  size, claimed_count, new_users_only, reward_template_id, reward_when, reward_after_claims, reward_state, reward_coupon_id,
  rewarded_at, expires_at, created_at, updated_at`;

/** The sharer's coupon with its template's sharing option and envelope fields. */
export type SharerCouponRow = RowOf<
  Coupon,
  'id' | 'templateId' | 'userId' | 'status' | 'deviceId' | 'cookieId' | 'validUntil'
> &
  RowOf<CouponTemplate, 'sharing' | 'scope' | 'funding'>;

export function sharerCoupon(sql: Sql, couponId: string): Promise<SharerCouponRow | undefined> {
  return sql.get<SharerCouponRow>(
    `SELECT c.id, c.template_id, c.user_id, c.status, c.device_id, c.cookie_id, c.valid_until, t.sharing, t.scope, t.funding
       FROM coupon c JOIN coupon_template t ON t.id = c.template_id WHERE c.id = ?`,
    [couponId],
  );
}

export function packByCoupon(sql: Sql, couponId: string): Promise<PackRow | undefined> {
  return sql.get<PackRow>(`SELECT ${PACK_COLUMNS} FROM share_pack WHERE coupon_id = ?`, [couponId]);
}

/** The pack behind a code, row-locked (PostgreSQL) until the transaction ends when `lock`. */
export function packByCode(sql: Sql, code: string, lock = false): Promise<PackRow | undefined> {
  return sql.get<PackRow>(
    `SELECT ${PACK_COLUMNS} FROM share_pack WHERE code = ?${lock ? rowLock(sql) : ''}`,
    [code],
  );
}

export function packById(sql: Sql, id: string, lock = false): Promise<PackRow | undefined> {
  return sql.get<PackRow>(`SELECT ${PACK_COLUMNS} FROM share_pack WHERE id = ?${lock ? rowLock(sql) : ''}`, [
    id,
  ]);
}

/** Creates the pack; false when one already exists for this coupon (or the code collided). */
export async function insertPack(sql: Sql, p: SharePack): Promise<boolean> {
  const rows = await sql.all(
    `INSERT INTO share_pack (id, code, template_id, coupon_id, sharer_user_id, sharer_device_id, sharer_cookie_id,
       friend_template_id, size, claimed_count, new_users_only, reward_template_id, reward_when, reward_after_claims,
       reward_state, reward_coupon_id, rewarded_at, expires_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`,
    [
      p.id,
      p.code,
      p.templateId,
      p.couponId,
      p.sharerUserId,
      p.sharerDeviceId ?? null,
      p.sharerCookieId ?? null,
      p.friendTemplateId,
      p.size,
      p.newUsersOnly,
      p.rewardTemplateId ?? null,
      p.rewardWhen,
      p.rewardAfterClaims ?? null,
      p.rewardState,
      p.expiresAt,
      p.createdAt,
      p.updatedAt,
    ],
  );
  return rows.length > 0;
}

export type ClaimRow = RowOf<ShareClaim>;

export function claimOf(sql: Sql, shareId: string, friendUserId: string): Promise<ClaimRow | undefined> {
  return sql.get<ClaimRow>(`SELECT * FROM share_claim WHERE share_id = ? AND friend_user_id = ?`, [
    shareId,
    friendUserId,
  ]);
}

/** Whether this device or cookie already claimed through this pack. */
export async function deviceClaimed(
  sql: Sql,
  shareId: string,
  deviceId: string,
  cookieId: string | null,
): Promise<boolean> {
  const row = await sql.get(
    `SELECT 1 AS x FROM share_claim WHERE share_id = ? AND (device_id = ?${cookieId != null ? ' OR cookie_id = ?' : ''}) LIMIT 1`,
    [shareId, deviceId, ...(cookieId != null ? [cookieId] : [])],
  );
  return row !== undefined;
}

/** Whether the sharer ever used this device or cookie (a friend on it is the sharer's second account). */
export async function sharerUsedDevice(
  sql: Sql,
  sharerUserId: string,
  deviceId: string,
  cookieId: string | null,
): Promise<boolean> {
  const row = await sql.get(
    `SELECT 1 AS x FROM coupon WHERE user_id = ? AND (device_id = ?${cookieId != null ? ' OR cookie_id = ?' : ''}) LIMIT 1`,
    [sharerUserId, deviceId, ...(cookieId != null ? [cookieId] : [])],
  );
  return row !== undefined;
}

/** A new user: no paid order, no coupon, and not seen by tracking before `since`. */
export async function isNewUser(sql: Sql, userId: string, since: number): Promise<boolean> {
  const row = await sql.get<{ paid: number; coupons: number; seen: number }>(
    `SELECT (SELECT COUNT(*) FROM order_fact WHERE user_id = ?) AS paid,
            (SELECT COUNT(*) FROM coupon WHERE user_id = ?) AS coupons,
            (SELECT COUNT(*) FROM user_profile WHERE user_id = ? AND first_seen_at < ?) AS seen`,
    [userId, userId, userId, since],
  );
  return Number(row?.paid ?? 0) === 0 && Number(row?.coupons ?? 0) === 0 && Number(row?.seen ?? 0) === 0;
}

/** Takes one place in the pack; 0 when it is full. */
export function takePlace(sql: Sql, shareId: string, now: number): Promise<number> {
  return sql.run(
    `UPDATE share_pack SET claimed_count = claimed_count + 1, updated_at = ? WHERE id = ? AND claimed_count < size`,
    [now, shareId],
  );
}

export function insertClaim(sql: Sql, c: ShareClaim): Promise<number> {
  return sql.run(
    `INSERT INTO share_claim (id, share_id, sharer_user_id, friend_user_id, coupon_id, template_id, device_id, cookie_id,
       new_user, claimed_at, first_paid_at, first_order_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)`,
    [
      c.id,
      c.shareId,
      c.sharerUserId,
      c.friendUserId,
      c.couponId,
      c.templateId,
      c.deviceId ?? null,
      c.cookieId ?? null,
      c.newUser,
      c.claimedAt,
    ],
  );
}

/** Settles the pack's reward once: 1 when this call moved it from PENDING. */
export function settleReward(
  sql: Sql,
  shareId: string,
  state: Exclude<ShareRewardState, 'PENDING'>,
  couponId: string | null,
  now: number,
): Promise<number> {
  return sql.run(
    `UPDATE share_pack SET reward_state = ?, reward_coupon_id = ?, rewarded_at = ?, updated_at = ?
      WHERE id = ? AND reward_state = 'PENDING'`,
    [state, couponId, now, now, shareId],
  );
}

/** A friend's claims through shares not yet followed by a paid order, claimed at or before `at`. */
/** The claims through shares of these friends that no payment has followed yet (one query a batch). */
export function unpaidClaims(sql: Sql, friendUserIds: readonly string[]): Promise<ClaimRow[]> {
  if (friendUserIds.length === 0) return Promise.resolve([]);
  const { list, params } = paddedList(friendUserIds);
  return sql.all<ClaimRow>(
    `SELECT * FROM share_claim WHERE friend_user_id IN (${list}) AND first_paid_at IS NULL ORDER BY claimed_at, id`,
    params,
  );
}

export function setFirstPaid(sql: Sql, claimId: string, orderId: string, at: number): Promise<number> {
  return sql.run(
    `UPDATE share_claim SET first_paid_at = ?, first_order_id = ? WHERE id = ? AND first_paid_at IS NULL`,
    [at, orderId, claimId],
  );
}

export function claimsOf(sql: Sql, shareId: string): Promise<ClaimRow[]> {
  return sql.all<ClaimRow>(
    `SELECT * FROM share_claim WHERE share_id = ? ORDER BY claimed_at, id LIMIT 1000`,
    [shareId],
  );
}

export function packsOf(sql: Sql, sharerUserId: string): Promise<PackRow[]> {
  return sql.all<PackRow>(
    `SELECT ${PACK_COLUMNS} FROM share_pack WHERE sharer_user_id = ? ORDER BY created_at DESC, id LIMIT 100`,
    [sharerUserId],
  );
}

export interface SharingFigures {
  shares: number;
  claims: number;
  newUsers: number;
  newCustomers: number;
  orders: number;
  revenue: number;
}

/**
 * Sharing in [from, to): packs created, claims through them, new users among the friends, friends
 * who were new users and paid a first order (new customers won by sharing), and the friends' paid
 * orders after their claim (orders won by sharing) with their revenue. Optionally one shareable template, or a campaign's.
 */
export async function sharingFigures(
  sql: Sql,
  from: number,
  to: number,
  only: { templateId?: string | null; campaignId?: string | null },
): Promise<SharingFigures> {
  const tpl =
    only.templateId != null
      ? ' AND p.template_id = ?'
      : only.campaignId != null
        ? ' AND p.template_id IN (SELECT id FROM coupon_template WHERE campaign_id = ?)'
        : '';
  const tplArgs =
    only.templateId != null ? [only.templateId] : only.campaignId != null ? [only.campaignId] : [];
  const row = await sql.get<Record<keyof SharingFigures, number | string | null>>(
    `SELECT
       (SELECT COUNT(*) FROM share_pack p WHERE p.created_at >= ? AND p.created_at < ?${tpl}) AS shares,
       (SELECT COUNT(*) FROM share_claim c JOIN share_pack p ON p.id = c.share_id
         WHERE c.claimed_at >= ? AND c.claimed_at < ?${tpl}) AS claims,
       (SELECT COUNT(*) FROM share_claim c JOIN share_pack p ON p.id = c.share_id
         WHERE c.claimed_at >= ? AND c.claimed_at < ? AND c.new_user = ?${tpl}) AS new_users,
       (SELECT COUNT(DISTINCT c.friend_user_id) FROM share_claim c JOIN share_pack p ON p.id = c.share_id
         WHERE c.first_paid_at >= ? AND c.first_paid_at < ? AND c.new_user = ?${tpl}) AS new_customers,
       (SELECT COUNT(*) FROM order_fact o WHERE o.paid_at >= ? AND o.paid_at < ? AND EXISTS (
          SELECT 1 FROM share_claim c JOIN share_pack p ON p.id = c.share_id
           WHERE c.friend_user_id = o.user_id AND c.claimed_at <= o.paid_at${tpl})) AS orders,
       (SELECT COALESCE(SUM(o.amount), 0) FROM order_fact o WHERE o.paid_at >= ? AND o.paid_at < ? AND EXISTS (
          SELECT 1 FROM share_claim c JOIN share_pack p ON p.id = c.share_id
           WHERE c.friend_user_id = o.user_id AND c.claimed_at <= o.paid_at${tpl})) AS revenue`,
    [
      from,
      to,
      ...tplArgs,
      from,
      to,
      ...tplArgs,
      from,
      to,
      true,
      ...tplArgs,
      from,
      to,
      true,
      ...tplArgs,
      from,
      to,
      ...tplArgs,
      from,
      to,
      ...tplArgs,
    ],
  );
  const n = (v: number | string | null | undefined) => Number(v ?? 0);
  return {
    shares: n(row?.shares),
    claims: n(row?.claims),
    newUsers: n((row as Record<string, number>)?.new_users),
    newCustomers: n((row as Record<string, number>)?.new_customers),
    orders: n(row?.orders),
    revenue: n(row?.revenue),
  };
}
