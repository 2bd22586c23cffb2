// The delivery pumps' statements (delivery.ts): finding due work, claiming the heads of coupon queues,
// recording attempts, and the endpoint's health. On PostgreSQL one cycle is webhook_cycle() (a
// function defined in migration Migration20261125161831) that runs the claim and success steps itself.
import { couponColumns, type OutboxRow } from '../outbox/outbox.sql';
import { type RowOf, type Sql, type Statement, valuesList } from '../db/sql';
import type {
  AttemptOutcome,
  WebhookAttempt,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookInstance,
} from './events.entity';

const CHUNK = 500;
const LOG_CHUNK = 400;

/** An endpoint as a claim needs it, with its owner key's revocation. */
export type EndpointClaimRow = Pick<
  RowOf<WebhookEndpoint>,
  | 'id'
  | 'url'
  | 'secret'
  | 'previous_secret'
  | 'previous_secret_until'
  | 'max_concurrency'
  | 'enabled'
  | 'owner_key_id'
> & { key_revoked_at: number | null };

/** A delivery row with its event's columns (`o_id` null when the event is no longer stored). */
export type CandidateRow = Pick<
  RowOf<WebhookDelivery>,
  'id' | 'event_id' | 'order_key' | 'attempts' | 'status'
> &
  Omit<OutboxRow, 'id'> & { o_id: number | null };

/** What webhook_cycle() answers (json; null when it did not claim). */
export interface CycleResult {
  /** Null when another instance holds the endpoint's claim lock (or the endpoint is gone). */
  endpoint: EndpointClaimRow | null;
  expired: CandidateRow[];
  pending: CandidateRow[];
  /** The lease-expired rows may not all have been taken (only meaningful when they were checked). */
  more_expired: boolean;
}

/** A success webhook_cycle() records itself. */
export interface CycleSuccess {
  id: number;
  token: string;
  event_id: number;
  attempt: number;
  started_at: number;
  duration_ms: number;
  status_code: number | null;
  excerpt: string | null;
}

export interface CycleArgs {
  endpointId: string;
  now: number;
  leaseUntil: number;
  token: string;
  claim: boolean;
  checkExpired: boolean;
  successes: readonly CycleSuccess[];
  instance: string;
}

/** PostgreSQL: one cycle in one round trip (see delivery.ts). */
export async function runCycle(sql: Sql, a: CycleArgs): Promise<CycleResult | null> {
  const row = await sql.get<{ r: CycleResult | null }>(`SELECT webhook_cycle(?, ?, ?, ?, ?, ?, ?, ?) AS r`, [
    a.endpointId,
    a.now,
    a.leaseUntil,
    a.token,
    a.claim,
    a.checkExpired,
    a.successes.length > 0 ? JSON.stringify(a.successes) : null,
    a.instance,
  ]);
  return row?.r ?? null;
}

/** Each enabled endpoint's earliest due PENDING and SENDING times: one index probe per endpoint and status. */
export function dueTimes(sql: Sql): Promise<{ id: string; p: number | null; s: number | null }[]> {
  return sql.all(
    `SELECT e.id,
          (SELECT MIN(d.next_attempt_at) FROM webhook_delivery d WHERE d.endpoint_id = e.id AND d.status = 'PENDING') AS p,
          (SELECT MIN(d.next_attempt_at) FROM webhook_delivery d WHERE d.endpoint_id = e.id AND d.status = 'SENDING') AS s
     FROM webhook_endpoint e WHERE e.enabled = ?`,
    [true],
  );
}

export function endpointForClaim(sql: Sql, endpointId: string): Promise<EndpointClaimRow | undefined> {
  return sql.get<EndpointClaimRow>(
    `SELECT e.id, e.url, e.secret, e.previous_secret, e.previous_secret_until, e.max_concurrency, e.enabled, e.owner_key_id,
            k.revoked_at AS key_revoked_at
       FROM webhook_endpoint e LEFT JOIN api_key k ON k.id = e.owner_key_id
      WHERE e.id = ?`,
    [endpointId],
  );
}

/** Requests in flight for this endpoint on every instance (SENDING rows whose lease runs). */
export async function sendingCount(sql: Sql, endpointId: string, now: number): Promise<number> {
  const row = await sql.get<{ n: number }>(
    `SELECT COUNT(*) AS n FROM webhook_delivery b WHERE b.endpoint_id = ? AND b.status = 'SENDING' AND b.next_attempt_at > ?`,
    [endpointId, now],
  );
  return Number(row?.n ?? 0);
}

const CANDIDATE = `SELECT d.id, d.event_id, d.order_key, d.attempts, d.status, o.id AS o_id, o.type, o.coupon_id, ${couponColumns('o')},
       o.user_id, o.merchant_id, o.payload, o.created_at
  FROM webhook_delivery d LEFT JOIN outbox_event o ON o.id = d.event_id`;

/** SENDING rows whose lease ran out (`SENDING`) or due PENDING rows (`PENDING`), earliest first. */
export function dueDeliveries(
  sql: Sql,
  endpointId: string,
  status: 'SENDING' | 'PENDING',
  now: number,
  limit: number,
): Promise<CandidateRow[]> {
  return sql.all<CandidateRow>(
    `${CANDIDATE} WHERE d.endpoint_id = ? AND d.status = ? AND d.next_attempt_at <= ?
      ORDER BY d.next_attempt_at LIMIT ${Math.max(1, Math.floor(limit))}`,
    [endpointId, status, now],
  );
}

/** Every delivery of these coupon queues, in queue order (finished rows included). */
export async function queueRows(
  sql: Sql,
  endpointId: string,
  orderKeys: readonly string[],
): Promise<Pick<RowOf<WebhookDelivery>, 'order_key' | 'id' | 'status' | 'next_attempt_at'>[]> {
  const out: Pick<RowOf<WebhookDelivery>, 'order_key' | 'id' | 'status' | 'next_attempt_at'>[] = [];
  for (let i = 0; i < orderKeys.length; i += CHUNK) {
    const chunk = orderKeys.slice(i, i + CHUNK);
    // (no status condition, so that only the (endpoint, coupon, id) index fits)
    const rows = await sql.all<(typeof out)[number]>(
      `SELECT order_key, id, status, next_attempt_at FROM webhook_delivery
        WHERE endpoint_id = ? AND order_key IN (${valuesList(chunk.length)}) ORDER BY order_key, id`,
      [endpointId, ...chunk],
    );
    out.push(...rows);
  }
  return out;
}

/** The claimed rows become SENDING with a lease until `leaseUntil` and this claim's token. */
export function takeDeliveries(
  sql: Sql,
  ids: readonly number[],
  leaseUntil: number,
  token: string,
): Promise<number> {
  return sql.run(
    `UPDATE webhook_delivery SET status = 'SENDING', attempts = attempts + 1, next_attempt_at = ?, claim_token = ? WHERE id IN (${valuesList(ids.length)})`,
    [leaseUntil, token, ...ids],
  );
}

/** Rows whose event is no longer stored: DEAD with this error. */
export function markDead(sql: Sql, ids: readonly number[], error: string, now: number): Promise<number> {
  return sql.run(
    `UPDATE webhook_delivery SET status = 'DEAD', last_error = ?, finished_at = ?, claim_token = NULL WHERE id IN (${valuesList(ids.length)})`,
    [error, now, ...ids],
  );
}

/** PENDING rows among these ids wait until `at` (behind a head that cannot move yet, or woken). */
export function postponeStatements(at: number, ids: readonly number[]): Statement[] {
  const out: Statement[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    out.push({
      sql: `UPDATE webhook_delivery SET next_attempt_at = ? WHERE id IN (${valuesList(chunk.length)}) AND status = 'PENDING'`,
      params: [at, ...chunk],
    });
  }
  return out;
}

/** A failed attempt that will not be retried: DEAD, if this claim still holds the row. */
export function failDelivery(
  sql: Sql,
  d: { id: number; token: string; statusCode: number | null; error: string; now: number },
): Promise<number> {
  return sql.run(
    `UPDATE webhook_delivery SET status = 'DEAD', last_status_code = ?, last_error = ?, finished_at = ?, claim_token = NULL
      WHERE id = ? AND claim_token = ? AND status = 'SENDING'`,
    [d.statusCode, d.error, d.now, d.id, d.token],
  );
}

/** A failed attempt to retry at `at`, if this claim still holds the row. */
export function retryDelivery(
  sql: Sql,
  d: { id: number; token: string; statusCode: number | null; error: string; at: number },
): Promise<number> {
  return sql.run(
    `UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = ?, last_status_code = ?, last_error = ?, claim_token = NULL
      WHERE id = ? AND claim_token = ? AND status = 'SENDING'`,
    [d.at, d.statusCode, d.error, d.id, d.token],
  );
}

/** The coupon's later deliveries wait for its retry at `at`: out of the due scans until then. */
export function holdQueueUntil(
  sql: Sql,
  d: { endpointId: string; orderKey: string; afterId: number; at: number },
): Promise<number> {
  return sql.run(
    `UPDATE webhook_delivery SET next_attempt_at = ? WHERE endpoint_id = ? AND order_key = ? AND id > ? AND status = 'PENDING' AND next_attempt_at < ?`,
    [d.at, d.endpointId, d.orderKey, d.afterId, d.at],
  );
}

/** These deliveries of one claim succeeded with this HTTP status. */
export function succeedStatements(
  token: string,
  statusCode: number,
  ids: readonly number[],
  now: number,
): Statement[] {
  const out: Statement[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    out.push({
      sql: `UPDATE webhook_delivery SET status = 'SUCCEEDED', last_status_code = ?, last_error = NULL, finished_at = ?, claim_token = NULL
             WHERE claim_token = ? AND status = 'SENDING' AND id IN (${valuesList(chunk.length)})`,
      params: [statusCode, now, token, ...chunk],
    });
  }
  return out;
}

/** An attempt abandoned at shutdown: back to the queue at once, and the attempt does not count. */
export const releaseStatement = (id: number, token: string, now: number): Statement => ({
  sql: `UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = ?, attempts = attempts - 1, claim_token = NULL
         WHERE id = ? AND claim_token = ? AND status = 'SENDING'`,
  params: [now, id, token],
});

/** One line of the delivery log. */
export type AttemptLog = Omit<WebhookAttempt, 'id' | 'outcome'> & { outcome: AttemptOutcome };

/** The inserts of these attempts into the delivery log, in chunks. */
export function attemptInserts(attempts: readonly AttemptLog[]): Statement[] {
  const out: Statement[] = [];
  for (let i = 0; i < attempts.length; i += LOG_CHUNK) {
    const chunk = attempts.slice(i, i + LOG_CHUNK);
    out.push({
      sql: `INSERT INTO webhook_attempt (delivery_id, endpoint_id, event_id, attempt, started_at, duration_ms, outcome, status_code, response_excerpt, error, instance)
            VALUES ${valuesList(chunk.length, 11)}`,
      params: chunk.flatMap((a) => [
        a.deliveryId,
        a.endpointId,
        a.eventId,
        a.attempt,
        a.startedAt,
        a.durationMs,
        a.outcome,
        a.statusCode ?? null,
        a.responseExcerpt ?? null,
        a.error ?? null,
        a.instance ?? null,
      ]),
    });
  }
  return out;
}

/** A success clears the failure state; lastSuccessAt is written at most every 10 s. */
export function markHealthy(sql: Sql, endpointId: string, nowS: number): Promise<number> {
  return sql.run(
    `UPDATE webhook_endpoint SET failing_since = NULL, last_success_at = ?
      WHERE id = ? AND (failing_since IS NOT NULL OR last_success_at IS NULL OR last_success_at < ?)`,
    [nowS, endpointId, nowS - 10],
  );
}

/** The first failure since the last success starts the failure clock. */
export function markFailing(sql: Sql, endpointId: string, nowS: number): Promise<number> {
  return sql.run(`UPDATE webhook_endpoint SET failing_since = ? WHERE id = ? AND failing_since IS NULL`, [
    nowS,
    endpointId,
  ]);
}

/**
 * Disables an enabled endpoint for `reason`; with `failingSince`, only when it has been failing since
 * then or earlier. Returns whether it did.
 */
export async function disableEndpoint(
  sql: Sql,
  d: { endpointId: string; reason: string; nowS: number; failingSince?: number },
): Promise<boolean> {
  const failing = d.failingSince === undefined ? '' : ' AND failing_since IS NOT NULL AND failing_since <= ?';
  const changed = await sql.run(
    `UPDATE webhook_endpoint SET enabled = ?, disabled_reason = ?, disabled_at = ?, updated_at = ?
      WHERE id = ? AND enabled = ?${failing}`,
    [
      false,
      d.reason,
      d.nowS,
      d.nowS,
      d.endpointId,
      true,
      ...(d.failingSince === undefined ? [] : [d.failingSince]),
    ],
  );
  return changed > 0;
}

/** This instance is alive (inserted on its first beat). */
export function beat(sql: Sql, id: string, host: string, pid: number, now: number): Promise<number> {
  return sql.run(
    `INSERT INTO webhook_instance (id, host, pid, started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at`,
    [id, host, pid, now, now],
  );
}

export function instances(
  sql: Sql,
): Promise<Pick<RowOf<WebhookInstance>, 'id' | 'host' | 'pid' | 'heartbeat_at'>[]> {
  return sql.all(`SELECT id, host, pid, heartbeat_at FROM webhook_instance`);
}

/**
 * A dead instance's leases end now: its SENDING rows (claim tokens start with its id) become due, so
 * the pumps take them over as leases that ran out; then its heartbeat row goes.
 */
export async function endLeasesOf(sql: Sql, instanceId: string, now: number): Promise<number> {
  const n = await sql.run(
    `UPDATE webhook_delivery SET next_attempt_at = ?
      WHERE endpoint_id IN (SELECT id FROM webhook_endpoint) AND status = 'SENDING'
        AND next_attempt_at > ? AND claim_token LIKE ?`,
    [now, now, `${instanceId}%`],
  );
  await sql.run(`DELETE FROM webhook_instance WHERE id = ?`, [instanceId]);
  return n;
}
