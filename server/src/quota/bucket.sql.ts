// Every SQL text of quota/ (PostgreSQL only: SQLite has one writer and no buckets). Statements on
// quota_bucket that coupons/ (claim rounds) and templates/ (quota changes) run in their transactions.
import type { RowOf, Sql, Statement } from '../db/sql';
import type { QuotaBucket } from './bucket.entity';

export type BucketRow = Pick<RowOf<QuotaBucket>, 'bucket_no' | 'remaining'>;

/**
 * One bucket of the template with units left, locked; buckets other rounds hold are skipped
 * (none: all empty or held). Parameters: template id, a start in [0, n) and n, so that concurrent
 * rounds start at different buckets.
 */
export const FREE_BUCKET = `SELECT bucket_no, remaining FROM quota_bucket
  WHERE template_id = ? AND remaining > 0
  ORDER BY (bucket_no + ?) % ? LIMIT 1 FOR UPDATE SKIP LOCKED`;

/** Every bucket of the template, locked in bucket order (after the template row). */
export function lockAllBuckets(sql: Sql, templateId: string): Promise<BucketRow[]> {
  return sql.all<BucketRow>(
    `SELECT bucket_no, remaining FROM quota_bucket WHERE template_id = ? ORDER BY bucket_no FOR UPDATE`,
    [templateId],
  );
}

/** Units taken out of one bucket by a round, and the coupons counted there as issued. */
export const takeFromBucket = (
  templateId: string,
  bucketNo: number,
  units: number,
  issued: number,
  now: number,
): Statement => ({
  sql: `UPDATE quota_bucket SET remaining = remaining - ?, issued = issued + ?, updated_at = ?
         WHERE template_id = ? AND bucket_no = ? AND remaining >= ?`,
  params: [units, issued, now, templateId, bucketNo, units],
});

/** Sets the remaining units of buckets (creating them), e.g. when a template's units are split. */
export const setBuckets = (templateId: string, remaining: readonly number[], now: number): Statement => ({
  sql: `INSERT INTO quota_bucket (template_id, bucket_no, remaining, issued, updated_at)
        SELECT ?, n - 1, r, 0, ? FROM unnest(CAST(? AS integer[])) WITH ORDINALITY AS u(r, n)
        ON CONFLICT (template_id, bucket_no) DO UPDATE SET remaining = excluded.remaining, updated_at = excluded.updated_at`,
  params: [templateId, now, remaining],
});

/** The advisory lock keys of one bucket round, by what makes the template lock them (see `KEY_LOCKS`). */
export interface RoundKeys {
  /** Accounts: locked when the template limits per account or by frequency. */
  accounts: readonly string[];
  /** Devices and cookies: locked when the template limits per device. */
  devices: readonly string[];
  /** Codes: always locked. */
  codes: readonly string[];
}

/**
 * Serialises rounds that decide for the same account, device, cookie or code of a template: a
 * transaction-scoped advisory lock per key, taken in one order (by hash) so that two rounds never
 * wait on each other in a loop. Part of a bucket round's lock statement (coupons/coupon.sql.ts; no
 * round trip of its own): a lateral subquery over the locked row `r` (the template's limit columns,
 * joined after its campaign's lock) taking the keys that row's limits need. Three text[] parameters:
 * accounts, devices, codes. The round's reads are later statements, so they see every round that held
 * these keys before (rounds on other buckets, other processes).
 */
export const KEY_LOCKS = (r: string): string => `CROSS JOIN LATERAL (
    SELECT count(pg_advisory_xact_lock(h)) AS n FROM (
      SELECT DISTINCT hashtextextended(k, 0) AS h FROM (
        SELECT k FROM unnest(CAST(? AS text[])) AS k
         WHERE ${r}.limit_per_account IS NOT NULL OR ${r}.limit_frequency IS NOT NULL
        UNION ALL
        SELECT k FROM unnest(CAST(? AS text[])) AS k WHERE ${r}.limit_per_device IS NOT NULL
        UNION ALL
        SELECT k FROM unnest(CAST(? AS text[])) AS k
      ) keys ORDER BY 1
    ) s
  ) a`;

export const keyParams = (k: RoundKeys): unknown[] => [k.accounts, k.devices, k.codes];

export interface QuotaFigures {
  /** Claimable units: the pool plus every bucket (null: unlimited). */
  quotaAvailable: number | null;
  issuedCount: number;
}

/**
 * A template's claimable units and issued count, pool and buckets read in one statement (one
 * snapshot: a split that moves units from the pool into buckets is seen whole or not at all).
 */
export async function quotaFigures(
  sql: Sql,
  templateIds: readonly string[],
): Promise<Map<string, QuotaFigures>> {
  const out = new Map<string, QuotaFigures>();
  if (templateIds.length === 0 || sql.dialect !== 'postgresql') return out;
  const rows = await sql.all<{
    id: string;
    quota_available: number | null;
    issued_count: number | string;
    b_remaining: number | string | null;
    b_issued: number | string | null;
  }>(
    `SELECT t.id, t.quota_available, t.issued_count, b.remaining AS b_remaining, b.issued AS b_issued
       FROM coupon_template t
       LEFT JOIN LATERAL (SELECT SUM(remaining) AS remaining, SUM(issued) AS issued
                            FROM quota_bucket q WHERE q.template_id = t.id) b ON true
      WHERE t.id = ANY(CAST(? AS text[]))`,
    [templateIds],
  );
  for (const r of rows)
    out.set(r.id, {
      quotaAvailable:
        r.quota_available == null ? null : Number(r.quota_available) + Number(r.b_remaining ?? 0),
      issuedCount: Number(r.issued_count) + Number(r.b_issued ?? 0),
    });
  return out;
}

/**
 * Folds the buckets back into the template row: returns the units they hold (the caller adds them to
 * the pool) and the coupons they counted as issued (added to the template's issued count); the
 * buckets are left empty. The caller holds the template row; the buckets are locked here.
 */
export async function drainBuckets(
  sql: Sql,
  templateId: string,
  now: number,
): Promise<{ units: number; issued: number }> {
  if (sql.dialect !== 'postgresql') return { units: 0, issued: 0 };
  const rows = await sql.all<{ remaining: number; issued: number }>(
    `SELECT remaining, issued FROM quota_bucket WHERE template_id = ? ORDER BY bucket_no FOR UPDATE`,
    [templateId],
  );
  const units = rows.reduce((sum, b) => sum + Number(b.remaining), 0);
  const issued = rows.reduce((sum, b) => sum + Number(b.issued), 0);
  if (units > 0 || issued > 0)
    await sql.run(`UPDATE quota_bucket SET remaining = 0, issued = 0, updated_at = ? WHERE template_id = ?`, [
      now,
      templateId,
    ]);
  return { units, issued };
}
