// Every SQL text of outbox/: writing domain events, and reading the outbox back as a log of events in
// id order (the parsed view that subscriptions, webhooks and the staff event log share). events/
// reads through these functions; outbox/ imports nothing of events/.
import { type Row, type Sql, type Statement, valuesList } from '../db/sql';
import { expandStored } from './events';

const INSERT_COLUMNS = 8;

/** One multi-row INSERT of `rows` events (params: type, coupon, template, campaign, user, merchant, payload, created_at). */
export const insertEvents = (rows: number, params: readonly unknown[]): Statement => ({
  sql: insertEventsText(rows),
  params,
});

/** The text of a multi-row INSERT of `rows` events. */
export const insertEventsText = (rows: number): string =>
  `INSERT INTO outbox_event (type, coupon_id, template_id, campaign_id, user_id, merchant_id, payload, created_at) VALUES ${valuesList(rows, INSERT_COLUMNS)}`;

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

/** An outbox_event row as the drivers return it (PostgreSQL's JSON aggregates may return the payload parsed). */
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
  /** The coupon's code, for `coupon.issued` and `coupon.claimed` (their payload leaves it out). */
  coupon_code?: string | null;
}

// A coupon's event (type `coupon.…`) is written without its template and campaign (the coupon row,
// kept for ever, holds them), and an issued or claimed coupon's payload without its code: readers
// take them from the coupon row. Rows written before keep theirs (a NULL template_id with a coupon
// is what marks a row of the new form: every coupon event has a template).
const FROM_COUPON = (t: string) => `${t}.template_id IS NULL AND ${t}.coupon_id IS NOT NULL`;
const couponColumn = (t: string, column: string) =>
  `(SELECT c.${column} FROM coupon c WHERE c.id = ${t}.coupon_id)`;

/** Template, campaign and code columns of outbox rows read as `t` (with the coupon's where it holds them). */
export const couponColumns = (t: string): string =>
  `CASE WHEN ${FROM_COUPON(t)} THEN ${couponColumn(t, 'template_id')} ELSE ${t}.template_id END AS template_id, ` +
  `CASE WHEN ${FROM_COUPON(t)} THEN ${couponColumn(t, 'campaign_id')} ELSE ${t}.campaign_id END AS campaign_id, ` +
  `CASE WHEN ${t}.type IN ('coupon.issued', 'coupon.claimed') AND ${t}.coupon_id IS NOT NULL THEN ${couponColumn(t, 'code')} END AS coupon_code`;

/** Whether an event's template and campaign are its coupon's (written NULL, read from the coupon). */
export const couponHoldsEnvelope = (type: string, couponId: string | null | undefined): boolean =>
  couponId != null && type.startsWith('coupon.');

export const OUTBOX_COLUMNS = `outbox_event.id, outbox_event.type, outbox_event.coupon_id, ${couponColumns('outbox_event')}, outbox_event.user_id, outbox_event.merchant_id, outbox_event.payload, outbox_event.created_at`;

/** The coupon columns of rows read without them (PostgreSQL's webhook_cycle()): one query for the rows that need them. */
export async function fillCouponColumns<R extends OutboxRow>(sql: Sql, rows: R[]): Promise<R[]> {
  const issued = (r: R) => r.type === 'coupon.issued' || r.type === 'coupon.claimed';
  // as couponColumns: a NULL template with a coupon is the coupon's; an issued coupon's code is its row's
  const need = new Set(
    rows.filter(
      (r) => r.coupon_id != null && (r.template_id == null || (issued(r) && r.coupon_code == null)),
    ),
  );
  if (need.size === 0) return rows;
  const ids = [...new Set([...need].map((r) => r.coupon_id!))];
  const coupons = new Map(
    (
      await sql.all<{ id: string; template_id: string; campaign_id: string | null; code: string }>(
        `SELECT id, template_id, campaign_id, code FROM coupon WHERE id IN (${valuesList(ids.length)})`,
        ids,
      )
    ).map((c) => [c.id, c]),
  );
  return rows.map((r) => {
    const c = r.coupon_id == null ? undefined : coupons.get(r.coupon_id);
    if (!c || !need.has(r)) return r;
    const own = r.template_id == null;
    return {
      ...r,
      template_id: own ? c.template_id : r.template_id,
      campaign_id: own ? c.campaign_id : r.campaign_id,
      coupon_code: issued(r) ? c.code : r.coupon_code,
    };
  });
}

export function toEventView(r: OutboxRow): EventView {
  const payload =
    typeof r.payload === 'string' ? (JSON.parse(r.payload) as Record<string, unknown>) : r.payload;
  return {
    id: Number(r.id),
    type: r.type,
    couponId: r.coupon_id,
    templateId: r.template_id,
    campaignId: r.campaign_id,
    userId: r.user_id,
    merchantId: r.merchant_id,
    payload: expandStored(r.type, Number(r.created_at), payload, r.coupon_code),
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
  userId?: string | null;
  /** Only these event types. */
  types?: readonly string[] | null;
  /** Only events filed under one of these merchants (a partner key's). */
  merchantIds?: readonly string[] | null;
  limit: number;
}

/** The WHERE conditions of a range's filters (every part but the id bounds and the limit). */
function eventLogFilter(range: Omit<EventLogRange, 'afterId' | 'limit'>): {
  where: string[];
  params: unknown[];
} {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (condition: string, value: unknown) => {
    if (value === undefined || value === null) return;
    where.push(condition);
    params.push(value);
  };
  add('id <= ?', range.upToId);
  add('created_at >= ?', range.createdFrom);
  add('created_at < ?', range.createdBefore);
  add('coupon_id = ?', range.couponId);
  add(
    `CASE WHEN ${FROM_COUPON('outbox_event')} THEN ${couponColumn('outbox_event', 'template_id')} ELSE outbox_event.template_id END = ?`,
    range.templateId,
  );
  add('user_id = ?', range.userId);
  const anyOf = (column: string, values: readonly string[] | null | undefined) => {
    if (!values || values.length === 0) return;
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  anyOf('type', range.types);
  anyOf('merchant_id', range.merchantIds);
  return { where, params };
}

/** The statement that reads `range` (for callers that batch it with other reads, `Sql.allMany`). */
export function eventLogQuery(range: EventLogRange): Statement {
  const filter = eventLogFilter(range);
  const where = ['id > ?', ...filter.where];
  const params: unknown[] = [range.afterId, ...filter.params];
  const limit = Math.max(1, Math.floor(range.limit));
  return {
    sql: `SELECT ${OUTBOX_COLUMNS} FROM outbox_event WHERE ${where.join(' AND ')} ORDER BY id LIMIT ${limit}`,
    params,
  };
}

/**
 * One keyset page of the filtered event log (`page` from pagination.ts `keyset` over `id`) and how
 * many events the filtered log holds; run it in one snapshot so the two agree.
 */
export async function eventLogPage(
  sql: Sql,
  range: Omit<EventLogRange, 'afterId' | 'limit'>,
  page: { where: string | null; params: unknown[]; orderBy: string; limit: number },
): Promise<{ rows: EventView[]; total: number }> {
  const filter = eventLogFilter(range);
  const where = page.where ? [...filter.where, page.where] : filter.where;
  const clause = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const rows = await sql.all<OutboxRow>(
    `SELECT ${OUTBOX_COLUMNS} FROM outbox_event${clause} ORDER BY ${page.orderBy} LIMIT ${Number(page.limit)}`,
    [...filter.params, ...page.params],
  );
  const filterClause = filter.where.length ? ` WHERE ${filter.where.join(' AND ')}` : '';
  const total = await sql.get<{ n: number }>(
    `SELECT COUNT(*) AS n FROM outbox_event${filterClause}`,
    filter.params,
  );
  return { rows: rows.map(toEventView), total: Number(total?.n ?? 0) };
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

/** SQLite's plan for a statement, one line per step (index tests). */
export async function sqlitePlan(sql: Sql, st: Statement): Promise<string[]> {
  const rows = await sql.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${st.sql}`, st.params);
  return rows.map((r) => r.detail);
}

// ---- retention (scheduler/retention.ts) ----------------------------------------------------------

/**
 * The highest id retention may delete: below the dispatcher's cursor (every lower id is handed out or
 * proven absent), below every delivery still open (its event is sent from this row), and never the
 * newest event (so the lowest kept id always tells how far the outbox was purged). 0 when nothing may go.
 */
export async function outboxPurgeBound(sql: Sql): Promise<number> {
  const row = await sql.get<{ cursor: number | null; newest: number | null; open: number | null }>(
    `SELECT (SELECT MIN(last_id) FROM event_cursor) AS cursor,
            (SELECT MAX(id) FROM outbox_event) AS newest,
            (SELECT MIN(event_id) FROM webhook_delivery WHERE status IN ('PENDING', 'SENDING')) AS open`,
  );
  if (!row || row.cursor == null || row.newest == null) return 0;
  let bound = Math.min(Number(row.cursor), Number(row.newest) - 1);
  if (row.open != null) bound = Math.min(bound, Number(row.open) - 1);
  return Math.max(0, bound);
}

/**
 * Deletes the oldest events up to id `bound` created before `before` (epoch seconds), at most `limit`,
 * in id order, stopping at the first one too young; records how far the outbox is purged. Returns how
 * many rows went.
 */
export async function purgeOutboxChunk(
  sql: Sql,
  o: {
    bound: number;
    before: number;
    limit: number;
    now: number;
    table?: 'outbox_event' | 'outbox_event_default';
  },
): Promise<number> {
  // PostgreSQL purges its DEFAULT partition row by row (the dated partitions are dropped whole)
  const table = o.table ?? 'outbox_event';
  const rows = await sql.all<{ id: number; created_at: number }>(
    `SELECT id, created_at FROM ${table} WHERE id <= ? ORDER BY id LIMIT ${Math.max(1, Math.floor(o.limit))}`,
    [o.bound],
  );
  let take = 0;
  while (take < rows.length && Number(rows[take]!.created_at) < o.before) take++;
  if (take === 0) return 0;
  const first = Number(rows[0]!.id);
  const last = rows[take - 1]!;
  const n = await sql.run(`DELETE FROM ${table} WHERE id >= ? AND id <= ?`, [first, Number(last.id)]);
  await recordOutboxPurge(sql, Number(last.id), Number(last.created_at), o.now);
  return n;
}

/** The highest id in one outbox partition (PostgreSQL), with its time; null ids when it is empty. */
export function outboxPartitionHead(
  sql: Sql,
  partition: string,
): Promise<{ id: number | null; created_at: number | null } | undefined> {
  return sql.get(`SELECT MAX(id) AS id, MAX(created_at) AS created_at FROM ${partition}`);
}

/** Records that every event up to `throughId` may be gone (never moves back). */
export async function recordOutboxPurge(
  sql: Sql,
  throughId: number,
  throughCreatedAt: number,
  now: number,
): Promise<void> {
  await sql.run(
    `INSERT INTO outbox_purge (name, through_id, through_created_at, updated_at) VALUES ('outbox', ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET through_id = excluded.through_id,
         through_created_at = excluded.through_created_at, updated_at = excluded.updated_at
       WHERE outbox_purge.through_id < excluded.through_id`,
    [throughId, throughCreatedAt, now],
  );
}

/** How far retention has deleted the outbox: every id up to `throughId` is gone (null: nothing purged). */
export async function outboxPurgedThrough(
  sql: Sql,
): Promise<{ throughId: number; throughCreatedAt: number } | null> {
  const row = await sql.get<{ through_id: number; through_created_at: number }>(
    `SELECT through_id, through_created_at FROM outbox_purge WHERE name = 'outbox'`,
  );
  return row ? { throughId: Number(row.through_id), throughCreatedAt: Number(row.through_created_at) } : null;
}
