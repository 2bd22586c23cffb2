// Every SQL text of outbox/: writing domain events and reading them back in outbox order.
import { type Sql, type Statement, valuesList } from '../db/sql';

const INSERT_COLUMNS = 8;

/** One multi-row INSERT of `rows` events (params: type, coupon, template, campaign, user, merchant, payload, created_at). */
export const insertEvents = (rows: number, params: readonly unknown[]): Statement => ({
  sql: `INSERT INTO outbox_event (type, coupon_id, template_id, campaign_id, user_id, merchant_id, payload, created_at) VALUES ${valuesList(rows, INSERT_COLUMNS)}`,
  params,
});

/** One outbox event as subscribers and webhooks see it (payload parsed once, shared). */
export interface EventView {
  id: number;
  type: string;
  couponId: string | null;
  templateId: string | null;
  campaignId: string | null;
  userId: string | null;
  merchantId: string | null;
  payload: Record<string, unknown>;
  /** Epoch seconds. */
  createdAt: number;
}

export interface OutboxRow {
  id: number | string;
  type: string;
  coupon_id: string | null;
  template_id: string | null;
  campaign_id: string | null;
  user_id: string | null;
  merchant_id: string | null;
  payload: string | Record<string, unknown>;
  created_at: number | string;
}

export const OUTBOX_COLUMNS =
  'id, type, coupon_id, template_id, campaign_id, user_id, merchant_id, payload, created_at';

export function toEventView(r: OutboxRow): EventView {
  return {
    id: Number(r.id),
    type: r.type,
    couponId: r.coupon_id,
    templateId: r.template_id,
    campaignId: r.campaign_id,
    userId: r.user_id,
    merchantId: r.merchant_id,
    payload: typeof r.payload === 'string' ? (JSON.parse(r.payload) as Record<string, unknown>) : r.payload,
    createdAt: Number(r.created_at),
  };
}

/** Events after `afterId` in outbox order, optionally of one coupon or template (the event log). */
export async function eventLog(
  sql: Sql,
  f: { afterId: number; couponId?: string | null; templateId?: string | null; first: number },
): Promise<EventView[]> {
  const where: string[] = ['id > ?'];
  const params: unknown[] = [f.afterId];
  if (f.couponId) {
    where.push('coupon_id = ?');
    params.push(f.couponId);
  }
  if (f.templateId) {
    where.push('template_id = ?');
    params.push(f.templateId);
  }
  const rows = await sql.all<OutboxRow>(
    `SELECT ${OUTBOX_COLUMNS} FROM outbox_event WHERE ${where.join(' AND ')} ORDER BY id LIMIT ${Math.floor(f.first)}`,
    params,
  );
  return rows.map(toEventView);
}
