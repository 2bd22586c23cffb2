// Every SQL text of templates/ (coupon templates, quota batches, counts of unbound codes; the codes
// themselves, rows of coupons/, are inserted by coupons/coupon.sql.ts). Model and CRUD go through the
// ORM in template.service.ts; these are the conditional and batched writes.
import { type RowOf, rowLock, type Sql, type Statement, valuesList } from '../db/sql';
import type { CouponTemplate, QuotaBatch } from './template.entity';

/** Ids among `ids` that name an audience. */
export async function existingAudiences(sql: Sql, ids: readonly string[]): Promise<Set<string>> {
  const rows = await sql.all<{ id: string }>(
    `SELECT id FROM audience WHERE id IN (${valuesList(ids.length)})`,
    ids,
  );
  return new Set(rows.map((r) => r.id));
}

export type QuotaRow = RowOf<CouponTemplate, 'quotaTotal' | 'quotaAvailable' | 'issuedCount'>;

/** The template's quota figures, locked, and the units its unreleased batches still hold. */
export async function lockQuota(
  sql: Sql,
  id: string,
): Promise<{ row: QuotaRow | undefined; scheduled: number }> {
  const row = await sql.get<QuotaRow>(
    `SELECT quota_total, quota_available, issued_count FROM coupon_template WHERE id = ?${rowLock(sql)}`,
    [id],
  );
  const pending = await sql.get<{ units: number | null }>(
    `SELECT SUM(units) AS units FROM quota_batch WHERE template_id = ? AND released_at IS NULL`,
    [id],
  );
  return { row, scheduled: Number(pending?.units ?? 0) };
}

/** Counter movements of one template (issuance, redemption, refund, expiry). */
export interface TemplateDelta {
  issued: number;
  redeemed: number;
  expired: number;
  /** Units back to (positive) or out of (negative) the claimable quota, when it is limited. */
  quota: number;
}

export const templateDelta = (id: string, d: TemplateDelta, now: number): Statement => ({
  sql: `UPDATE coupon_template SET issued_count = issued_count + ?, redeemed_count = redeemed_count + ?,
               expired_count = expired_count + ?,
               quota_available = CASE WHEN quota_available IS NULL THEN NULL ELSE quota_available + ? END,
               updated_at = ?
         WHERE id = ?`,
  params: [d.issued, d.redeemed, d.expired, d.quota, now, id],
});

export async function codeCounts(sql: Sql, templateId: string): Promise<{ unused: number; claimed: number }> {
  const rows = await sql.all<{ status: string; n: number }>(
    `SELECT status, COUNT(*) AS n FROM coupon_code WHERE template_id = ? GROUP BY status`,
    [templateId],
  );
  const n = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  return { unused: n('UNUSED'), claimed: n('CLAIMED') };
}

export type DueBatchRow = RowOf<QuotaBatch, 'id' | 'templateId' | 'units'>;

/** Quota batches due for release, oldest first. */
export function dueBatches(sql: Sql, now: number, limit: number): Promise<DueBatchRow[]> {
  return sql.all<DueBatchRow>(
    `SELECT id, template_id, units FROM quota_batch WHERE released_at IS NULL AND release_at <= ? ORDER BY release_at LIMIT ${limit}`,
    [now],
  );
}

/** Releases one batch into its template's quota, once (false when another instance did). */
export async function releaseBatch(sql: Sql, b: DueBatchRow, now: number): Promise<boolean> {
  if (
    (await sql.run(`UPDATE quota_batch SET released_at = ? WHERE id = ? AND released_at IS NULL`, [
      now,
      b.id,
    ])) === 0
  )
    return false;
  await sql.run(
    `UPDATE coupon_template SET quota_available = COALESCE(quota_available, 0) + ?, updated_at = ? WHERE id = ?`,
    [b.units, now, b.template_id],
  );
  return true;
}
