// Webhook management's statements (webhook.service.ts, events.service.ts): the delivery log pages,
// replays, removing an endpoint with its log, purging old log rows, and checking filter ids.
import { type RowOf, type Sql, valuesList } from '../db/sql';
import type { WebhookAttempt, WebhookDelivery } from './events.entity';

/** A delivery with its event's type and coupon. */
export type DeliveryRow = Pick<
  RowOf<WebhookDelivery>,
  | 'id'
  | 'endpoint_id'
  | 'event_id'
  | 'status'
  | 'attempts'
  | 'next_attempt_at'
  | 'last_status_code'
  | 'last_error'
  | 'replay_of'
  | 'created_at'
  | 'finished_at'
> & { type: string; coupon_id: string | null };

export type AttemptRow = RowOf<WebhookAttempt>;

const DELIVERY_SELECT = `SELECT d.id, d.endpoint_id, d.event_id, d.status, d.attempts, d.next_attempt_at, d.last_status_code, d.last_error,
       d.replay_of, d.created_at, d.finished_at, e.type, e.coupon_id
  FROM webhook_delivery d JOIN outbox_event e ON e.id = d.event_id`;

/** A page of a log, newest first: rows with an id below `before` (all when null), at most `limit`. */
export interface LogPage {
  endpointId: string;
  before: number | null;
  limit: number;
}

/** One page of an endpoint's deliveries (optionally of one status), and how many there are in all. */
export async function deliveryPage(
  sql: Sql,
  page: LogPage & { status: string | null },
): Promise<{ rows: DeliveryRow[]; total: number }> {
  const where = ['d.endpoint_id = ?'];
  const params: unknown[] = [page.endpointId];
  if (page.status) {
    where.push('d.status = ?');
    params.push(page.status);
  }
  const before =
    page.before != null ? { sql: ' AND d.id < ?', params: [page.before] } : { sql: '', params: [] };
  const rows = await sql.all<DeliveryRow>(
    `${DELIVERY_SELECT} WHERE ${where.join(' AND ')}${before.sql} ORDER BY d.id DESC LIMIT ${page.limit}`,
    [...params, ...before.params],
  );
  const total = await sql.get<{ n: number }>(
    `SELECT COUNT(*) AS n FROM webhook_delivery d WHERE ${where.join(' AND ')}`,
    params,
  );
  return { rows, total: Number(total?.n ?? 0) };
}

/** One page of an endpoint's attempt log (optionally of one delivery), and how many there are in all. */
export async function attemptPage(
  sql: Sql,
  page: LogPage & { deliveryId: number | null },
): Promise<{ rows: AttemptRow[]; total: number }> {
  const where = ['endpoint_id = ?'];
  const params: unknown[] = [page.endpointId];
  if (page.deliveryId != null) {
    where.push('delivery_id = ?');
    params.push(page.deliveryId);
  }
  const before =
    page.before != null ? { sql: ' AND id < ?', params: [page.before] } : { sql: '', params: [] };
  const rows = await sql.all<AttemptRow>(
    `SELECT id, delivery_id, endpoint_id, event_id, attempt, started_at, duration_ms, outcome, status_code, response_excerpt, error, instance
       FROM webhook_attempt WHERE ${where.join(' AND ')}${before.sql} ORDER BY id DESC LIMIT ${page.limit}`,
    [...params, ...before.params],
  );
  const total = await sql.get<{ n: number }>(
    `SELECT COUNT(*) AS n FROM webhook_attempt WHERE ${where.join(' AND ')}`,
    params,
  );
  return { rows, total: Number(total?.n ?? 0) };
}

export function deliveryById(sql: Sql, id: number): Promise<DeliveryRow | undefined> {
  return sql.get<DeliveryRow>(`${DELIVERY_SELECT} WHERE d.id = ?`, [id]);
}

/** The newest replay of delivery `replayOf` at this endpoint. */
export function latestReplay(
  sql: Sql,
  endpointId: string,
  replayOf: number,
): Promise<DeliveryRow | undefined> {
  return sql.get<DeliveryRow>(
    `${DELIVERY_SELECT} WHERE d.endpoint_id = ? AND d.replay_of = ? ORDER BY d.id DESC LIMIT 1`,
    [endpointId, replayOf],
  );
}

/**
 * The endpoint's dead deliveries of events created in [from, to) that were not delivered again
 * since, in event order, at most `limit`.
 */
export function deadDeliveries(
  sql: Sql,
  d: { endpointId: string; from: number; to: number; limit: number },
): Promise<{ id: number; event_id: number; coupon_id: string | null }[]> {
  return sql.all(
    `SELECT d.id, d.event_id, e.coupon_id FROM webhook_delivery d JOIN outbox_event e ON e.id = d.event_id
      WHERE d.endpoint_id = ? AND d.status = 'DEAD' AND e.created_at >= ? AND e.created_at < ?
        -- (a later delivery of the same event is in the same coupon's queue: the (endpoint, coupon, id) index)
        AND NOT EXISTS (SELECT 1 FROM webhook_delivery n WHERE n.endpoint_id = d.endpoint_id AND n.order_key = d.order_key AND n.id > d.id AND n.event_id = d.event_id)
      ORDER BY d.event_id LIMIT ${d.limit}`,
    [d.endpointId, d.from, d.to],
  );
}

/** Deletes an endpoint with its deliveries and their log. */
export async function removeEndpoint(sql: Sql, id: string): Promise<void> {
  await sql.run(`DELETE FROM webhook_attempt WHERE endpoint_id = ?`, [id]);
  await sql.run(`DELETE FROM webhook_delivery WHERE endpoint_id = ?`, [id]);
  await sql.run(`DELETE FROM webhook_endpoint WHERE id = ?`, [id]);
}

/** Deletes up to `chunk` attempts and `chunk` finished deliveries older than `before` (ms); returns how many. */
export async function purgeLog(sql: Sql, before: number, chunk: number): Promise<number> {
  const a = await sql.run(
    `DELETE FROM webhook_attempt WHERE id IN (SELECT id FROM webhook_attempt WHERE started_at < ? LIMIT ${chunk})`,
    [before],
  );
  const d = await sql.run(
    `DELETE FROM webhook_delivery WHERE id IN (SELECT id FROM webhook_delivery
       WHERE status IN ('SUCCEEDED', 'DEAD') AND finished_at < ? LIMIT ${chunk})`,
    [before],
  );
  return a + d;
}

/** Which of these template or campaign ids exist (filters must name real ones). */
export async function existingIds(
  sql: Sql,
  table: 'coupon_template' | 'campaign',
  ids: readonly string[],
): Promise<Set<string>> {
  const rows = await sql.all<{ id: string }>(
    `SELECT id FROM ${table} WHERE id IN (${valuesList(ids.length)})`,
    ids,
  );
  return new Set(rows.map((r) => r.id));
}
