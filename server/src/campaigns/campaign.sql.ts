// Every SQL text of campaigns/: the campaign row's conditional writes and its money counters.
import { type RowOf, rowLock, type Sql, type Statement, valuesList } from '../db/sql';
import type { Campaign } from './campaign.entity';

export type CommittedRow = RowOf<Campaign, 'spent' | 'reserved'>;

export function lockCommitted(sql: Sql, id: string): Promise<CommittedRow | undefined> {
  return sql.get<CommittedRow>(`SELECT spent, reserved FROM campaign WHERE id = ?${rowLock(sql)}`, [id]);
}

/** Tables whose rows have a life cycle (lifecycle.ts) and are edited column by column. */
export type LifecycleTable = 'campaign' | 'coupon_template' | 'bulk_job';

/** Sets the given snake_case columns of one row (names come from code, never from input). */
export function updateColumns(
  sql: Sql,
  table: LifecycleTable,
  id: string,
  columns: ReadonlyMap<string, unknown>,
): Promise<number> {
  const names = [...columns.keys()];
  return sql.run(`UPDATE ${table} SET ${names.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [
    ...columns.values(),
    id,
  ]);
}

/** The life-cycle write: moves one row to `to` only while its status is one of `from` (0: it was not). */
export function setStatus(
  sql: Sql,
  table: LifecycleTable,
  id: string,
  to: string,
  from: readonly string[],
  now: number,
): Promise<number> {
  return sql.run(
    `UPDATE ${table} SET status = ?, updated_at = ? WHERE id = ? AND status IN (${valuesList(from.length)})`,
    [to, now, id, ...from],
  );
}

/** Whether a template of the campaign (not ended) has no known maximum value (stored as 0). */
export async function hasUnboundedTemplate(sql: Sql, id: string): Promise<boolean> {
  const row = await sql.get(
    `SELECT id FROM coupon_template WHERE campaign_id = ? AND status <> 'ENDED' AND max_value = 0 LIMIT 1`,
    [id],
  );
  return row !== undefined;
}

/** Movements of a campaign's money and counters (issuance, lock, redemption, release, refund, expiry). */
export interface CampaignDelta {
  spent: number;
  reserved: number;
  outstandingMax: number;
  issued: number;
  redeemed: number;
  expired: number;
}

export const campaignDelta = (
  id: string,
  d: CampaignDelta,
  now: number,
  exhaustedAt?: number,
  budgetAlertBp?: number,
): Statement => ({
  sql: `UPDATE campaign SET spent = spent + ?, reserved = reserved + ?, outstanding_max = outstanding_max + ?,
               issued_count = issued_count + ?, redeemed_count = redeemed_count + ?,
               expired_count = expired_count + ?, updated_at = ?${exhaustedAt != null ? ', exhausted_at = ?' : ''}${
                 budgetAlertBp != null ? ', budget_alert_bp = ?' : ''
               }
         WHERE id = ?`,
  params: [
    d.spent,
    d.reserved,
    d.outstandingMax,
    d.issued,
    d.redeemed,
    d.expired,
    now,
    ...(exhaustedAt != null ? [exhaustedAt] : []),
    ...(budgetAlertBp != null ? [budgetAlertBp] : []),
    id,
  ],
});

/**
 * Reserves `amount` for a lock only while spent + reserved stays within the budget (budget.ts);
 * 0 rows changed means the budget refuses it.
 */
export const reserve = (id: string, amount: number, now: number): Statement => ({
  sql: `UPDATE campaign SET reserved = reserved + ?, updated_at = ? WHERE id = ? AND (budget IS NULL OR spent + reserved + ? <= budget)`,
  params: [amount, now, id, amount],
});
