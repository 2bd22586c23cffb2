// Reads of API keys for the partner-events feature (events/): which keys were revoked, and the
// merchants a key is limited to. Everything else in auth/ goes through the EntityManager.
import { jsonColumn, type RowOf, type Sql, valuesList } from '../db/sql';
import type { ApiKey } from './auth.entity';

/** Those of these key ids that are revoked. */
export async function revokedKeyIds(sql: Sql, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await sql.all<Pick<RowOf<ApiKey>, 'id'>>(
    `SELECT id FROM api_key WHERE revoked_at IS NOT NULL AND id IN (${valuesList(ids.length)})`,
    ids,
  );
  return rows.map((r) => r.id);
}

/** The merchants a key is limited to (empty: all), or null when there is no such key. */
export async function keyMerchantIds(sql: Sql, id: string): Promise<string[] | null> {
  const row = await sql.get<Pick<RowOf<ApiKey>, 'merchant_ids'>>(
    `SELECT merchant_ids FROM api_key WHERE id = ?`,
    [id],
  );
  return row ? jsonColumn<string[]>(row.merchant_ids) : null;
}
