// claim_refusal (refusal.entity.ts): written by claim rounds, read by the user lookup, purged by retention.
import { type Sql, type Statement, valuesList } from '../db/sql';
import type { CouponSource } from './coupon.entity';
import type { ClaimRefusal } from './refusals';

export interface RefusalRow {
  id: number;
  userId: string;
  templateId: string;
  reason: ClaimRefusal;
  source: CouponSource;
  deviceId: string | null;
  cookieId: string | null;
  placement: string | null;
  createdAt: number;
}

export type NewRefusal = Omit<RefusalRow, 'id' | 'createdAt'>;

const COLUMNS = [
  'user_id',
  'template_id',
  'reason',
  'source',
  'device_id',
  'cookie_id',
  'placement',
  'created_at',
];
/** Rows per statement: a round holds at most 256 requests, so one statement in practice. */
const CHUNK = 256;

/** Multi-row inserts of a round's refusals (none when nothing was refused). */
export function insertRefusals(rows: readonly NewRefusal[], now: number): Statement[] {
  const out: Statement[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    out.push({
      sql: `INSERT INTO claim_refusal (${COLUMNS.join(', ')}) VALUES ${valuesList(chunk.length, COLUMNS.length)}`,
      params: chunk.flatMap((r) => [
        r.userId,
        r.templateId,
        r.reason,
        r.source,
        r.deviceId ?? null,
        r.cookieId ?? null,
        r.placement ?? null,
        now,
      ]),
    });
  }
  return out;
}

const SELECT = `SELECT id, user_id AS "userId", template_id AS "templateId", reason, source,
  device_id AS "deviceId", cookie_id AS "cookieId", placement, created_at AS "createdAt" FROM claim_refusal`;

/** A user's refusals, newest first, before the row `beforeId` (exclusive), with the user's total. */
export async function refusalPage(
  sql: Sql,
  userId: string,
  beforeId: number | null,
  limit: number,
): Promise<{ rows: RefusalRow[]; total: number }> {
  const rows = await sql.all<RefusalRow>(
    `${SELECT} WHERE user_id = ?${beforeId == null ? '' : ' AND id < ?'} ORDER BY id DESC LIMIT ${Math.floor(limit)}`,
    beforeId == null ? [userId] : [userId, beforeId],
  );
  const total = await sql.get<{ n: number | string }>(
    'SELECT COUNT(*) AS n FROM claim_refusal WHERE user_id = ?',
    [userId],
  );
  return {
    rows: rows.map((r) => ({ ...r, id: Number(r.id), createdAt: Number(r.createdAt) })),
    total: Number(total?.n ?? 0),
  };
}

/** Retention: deletes up to `limit` refusals recorded before `before` (oldest first). */
export function purgeRefusals(sql: Sql, before: number, limit: number): Promise<number> {
  return sql.run(
    `DELETE FROM claim_refusal WHERE id IN (
       SELECT id FROM claim_refusal WHERE created_at < ? ORDER BY created_at LIMIT ${Math.max(1, Math.floor(limit))})`,
    [before],
  );
}

/** Every stored refusal, of any user (tests and diagnostics). */
export async function countRefusals(sql: Sql): Promise<number> {
  const r = await sql.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM claim_refusal');
  return Number(r?.n ?? 0);
}
