// The outbox read as a log of events: the one query over outbox_event by id range (and optionally by
// time, coupon or template), and the parsed view that subscriptions, webhooks and the event log share.
// It lives in db/ because both outbox/ (the staff event log) and events/ (dispatcher, hub, replays)
// read it, and outbox/ must not import events/. Writing events stays with outbox/outbox.ts.
import type { Row, Sql, Statement } from './sql';

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

/**
 * An outbox_event row as the drivers return it. Stated here rather than derived from the entity
 * (outbox/outbox.entity.ts): db/ imports no feature. PostgreSQL's JSON aggregates (`Sql.allMany`)
 * may return the payload parsed.
 */
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

/** Which events to read: ids in (afterId, upToId], in id order, at most `limit`. */
export interface EventLogRange {
  afterId: number;
  upToId?: number;
  /** Created at or after (epoch seconds). */
  createdFrom?: number;
  /** Created before (epoch seconds). */
  createdBefore?: number;
  couponId?: string | null;
  templateId?: string | null;
  limit: number;
}

/** The statement that reads `range` (for callers that batch it with other reads, `Sql.allMany`). */
export function eventLogQuery(range: EventLogRange): Statement {
  const where = ['id > ?'];
  const params: unknown[] = [range.afterId];
  const add = (condition: string, value: unknown) => {
    if (value === undefined || value === null) return;
    where.push(condition);
    params.push(value);
  };
  add('id <= ?', range.upToId);
  add('created_at >= ?', range.createdFrom);
  add('created_at < ?', range.createdBefore);
  add('coupon_id = ?', range.couponId);
  add('template_id = ?', range.templateId);
  const limit = Math.max(1, Math.floor(range.limit));
  return {
    sql: `SELECT ${OUTBOX_COLUMNS} FROM outbox_event WHERE ${where.join(' AND ')} ORDER BY id LIMIT ${limit}`,
    params,
  };
}

/** The events of `range`, in id order. */
export async function readEventLog(sql: Sql, range: EventLogRange): Promise<EventView[]> {
  const q = eventLogQuery(range);
  return (await sql.all<OutboxRow>(q.sql, q.params)).map(toEventView);
}

/** Rows of `eventLogQuery` as `Sql.allMany` returns them, in id order. */
export const eventLogRows = (rows: readonly Row[]): EventView[] =>
  (rows as unknown as OutboxRow[]).map(toEventView).sort((a, b) => a.id - b.id);

/** The newest event's id (0 when the outbox is empty). */
export async function lastEventId(sql: Sql): Promise<number> {
  return Number((await sql.get<{ m: number | null }>(`SELECT MAX(id) AS m FROM outbox_event`))?.m ?? 0);
}

/** When the first event after `afterId` was created (epoch seconds), or null when there is none. */
export async function firstCreatedAfter(sql: Sql, afterId: number): Promise<number | null> {
  const row = await sql.get<{ created_at: number }>(
    `SELECT created_at FROM outbox_event WHERE id > ? ORDER BY id LIMIT 1`,
    [afterId],
  );
  return row ? Number(row.created_at) : null;
}
