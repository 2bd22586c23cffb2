// The dispatcher's statements: its cursor over the outbox, the endpoints events may go to, and the
// deliveries it creates (replays create theirs with the same insert).
import type { EventCursor, WebhookDelivery, WebhookEndpoint } from './events.entity';
import { type ColumnValue, type RowOf, type Sql, type Statement, valuesList } from '../db/sql';
import { lastEventId } from '../outbox/outbox.sql';

const CURSOR = 'dispatch';
const INSERT_CHUNK = 500;

/** Creates the cursor row on first start, at the current end of the outbox; returns where it stands. */
export async function initCursor(sql: Sql, channel: string, now: number): Promise<void> {
  await sql.run(
    `INSERT INTO event_cursor (name, last_id, channel, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING`,
    [CURSOR, await lastEventId(sql), channel, now],
  );
}

export async function readCursor(sql: Sql): Promise<{ lastId: number; channel: string } | null> {
  const row = await sql.get<Pick<RowOf<EventCursor>, 'last_id' | 'channel'>>(
    `SELECT last_id, channel FROM event_cursor WHERE name = ?`,
    [CURSOR],
  );
  return row ? { lastId: Number(row.last_id), channel: row.channel } : null;
}

/** Every committed event with an id up to this has its deliveries. */
export async function dispatchedUpTo(sql: Sql): Promise<number> {
  return (await readCursor(sql))?.lastId ?? 0;
}

/**
 * Takes the cursor for one round (FOR UPDATE SKIP LOCKED on PostgreSQL: null when another instance
 * holds it), with, on PostgreSQL, the bounds of the snapshot the next statement will see.
 */
export async function lockCursor(
  sql: Sql,
): Promise<{ lastId: number; snapshot: { xmin: number; xmax: number } | null } | null> {
  if (sql.dialect === 'sqlite') {
    const row = await sql.get<{ last_id: number }>(`SELECT last_id FROM event_cursor WHERE name = ?`, [
      CURSOR,
    ]);
    return row ? { lastId: Number(row.last_id), snapshot: null } : null;
  }
  const row = await sql.get<{ last_id: number; xmin: string; xmax: string }>(
    `SELECT last_id, pg_snapshot_xmin(pg_current_snapshot())::text AS xmin, pg_snapshot_xmax(pg_current_snapshot())::text AS xmax
       FROM event_cursor WHERE name = ? FOR UPDATE SKIP LOCKED`,
    [CURSOR],
  );
  return row
    ? { lastId: Number(row.last_id), snapshot: { xmin: Number(row.xmin), xmax: Number(row.xmax) } }
    : null;
}

export const moveCursor = (to: number, now: number): Statement => ({
  sql: `UPDATE event_cursor SET last_id = ?, updated_at = ? WHERE name = ?`,
  params: [to, now, CURSOR],
});

/** An enabled endpoint with its filters and, for a partner's endpoint, its key's merchants and state. */
export type FanOutEndpointRow = Pick<
  RowOf<WebhookEndpoint>,
  'id' | 'event_types' | 'template_ids' | 'campaign_ids' | 'merchant_ids' | 'owner_key_id' | 'failing_since'
> & { key_merchants: ColumnValue<string[]> | null; key_revoked_at: number | null };

export const enabledEndpoints = (): Statement => ({
  sql: `SELECT e.id, e.event_types, e.template_ids, e.campaign_ids, e.merchant_ids, e.owner_key_id,
       k.merchant_ids AS key_merchants, k.revoked_at AS key_revoked_at, e.failing_since
  FROM webhook_endpoint e LEFT JOIN api_key k ON k.id = e.owner_key_id
 WHERE e.enabled = ?`,
  params: [true],
});

/** For each of these coupons with a delivery to the endpoint waiting for a later retry: that retry time. */
export async function retryWaits(
  sql: Sql,
  endpointId: string,
  couponIds: readonly string[],
  now: number,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < couponIds.length; i += INSERT_CHUNK) {
    const chunk = couponIds.slice(i, i + INSERT_CHUNK);
    // (shaped so that only the (endpoint, coupon) index can serve it)
    const rows = await sql.all<{ order_key: string; at: number | null }>(
      `SELECT order_key, MAX(CASE WHEN status = 'PENDING' AND next_attempt_at > ? THEN next_attempt_at END) AS at
         FROM webhook_delivery WHERE endpoint_id = ? AND order_key IN (${valuesList(chunk.length)}) GROUP BY order_key`,
      [now, endpointId, ...chunk],
    );
    for (const r of rows) if (r.at != null) out.set(r.order_key, Number(r.at));
  }
  return out;
}

/** A delivery to create: PENDING, due at `nextAttemptAt`. */
export type NewDelivery = Pick<WebhookDelivery, 'endpointId' | 'eventId' | 'orderKey' | 'nextAttemptAt'> & {
  replayOf: number | null;
};

/** The inserts of these deliveries, in chunks. */
export function deliveryInserts(rows: readonly NewDelivery[], now: number): Statement[] {
  const inserts: Statement[] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    inserts.push({
      sql: `INSERT INTO webhook_delivery (endpoint_id, event_id, order_key, status, attempts, next_attempt_at, created_at, replay_of) VALUES ${valuesList(chunk.length, 8)}`,
      params: chunk.flatMap((r) => [
        r.endpointId,
        r.eventId,
        r.orderKey,
        'PENDING',
        0,
        r.nextAttemptAt,
        now,
        r.replayOf,
      ]),
    });
  }
  return inserts;
}
