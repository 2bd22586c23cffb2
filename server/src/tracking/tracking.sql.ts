// Every SQL text of tracking/: event types, stored events, user profiles and attribute names, the
// daily behaviour buckets and sums, first events, and the reads behind aggregates.
import type { Dialect } from '../config';
import { type RowOf, type Sql, type Statement, valuesList } from '../db/sql';
import { multiRow } from '../db/writes';
import type { EventTypeDef, PropertyDef, TrackedEvent, UserProfile } from './tracking.entity';

export type EventTypeRow = RowOf<EventTypeDef>;
export type ProfileRow = RowOf<UserProfile, 'userId' | 'attributes'>;
export type EventPropertiesRow = RowOf<TrackedEvent, 'properties'>;

// ---- event types ------------------------------------------------------------------------------

export function eventTypes(sql: Sql): Promise<EventTypeRow[]> {
  return sql.all<EventTypeRow>(
    `SELECT name, description, properties, builtin, created_at, updated_at FROM event_type`,
  );
}

/** Inserts the built-in types that are missing. */
export async function seedEventTypes(
  sql: Sql,
  types: readonly { name: string; description: string; properties: readonly PropertyDef[] }[],
  now: number,
): Promise<void> {
  for (const t of types)
    await sql.run(
      `INSERT INTO event_type (name, description, properties, builtin, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING`,
      [t.name, t.description, JSON.stringify(t.properties), true, now, now],
    );
}

/** Creates or replaces a type's description and properties. */
export function upsertEventType(
  sql: Sql,
  t: { name: string; description: string | null; properties: readonly PropertyDef[]; builtin: boolean },
  now: number,
): Promise<number> {
  return sql.run(
    `INSERT INTO event_type (name, description, properties, builtin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET description = excluded.description, properties = excluded.properties,
       updated_at = excluded.updated_at`,
    [t.name, t.description, JSON.stringify(t.properties), t.builtin, now, now],
  );
}

// ---- profiles and attribute names -------------------------------------------------------------

/** Attribute names in name order; `pattern` is a LIKE pattern (case-insensitive). */
export async function attributeKeys(sql: Sql, pattern: string | null, first: number): Promise<string[]> {
  const rows = pattern
    ? await sql.all<{ name: string }>(
        `SELECT name FROM user_attribute_key WHERE LOWER(name) LIKE LOWER(?) ESCAPE '\\' ORDER BY name LIMIT ?`,
        [pattern, first],
      )
    : await sql.all<{ name: string }>(`SELECT name FROM user_attribute_key ORDER BY name LIMIT ?`, [first]);
  return rows.map((r) => r.name);
}

/** Rows: name, first_seen_at (names already there are kept). */
export function attributeKeyInserts(out: Statement[], dialect: Dialect, rows: readonly unknown[][]): void {
  multiRow(out, dialect, rows, {
    name: 'tracking.attributeKey',
    types: ['text', 'bigint'],
    perStatement: 1000,
    sql: (rows) =>
      `INSERT INTO user_attribute_key (name, first_seen_at) ${rows} ON CONFLICT (name) DO NOTHING`,
  });
}

export function profileOf(sql: Sql, userId: string): Promise<Pick<ProfileRow, 'attributes'> | undefined> {
  return sql.get(`SELECT attributes FROM user_profile WHERE user_id = ?`, [userId]);
}

/** The profiles of the given users (500 ids per statement). */
export async function profilesOf(sql: Sql, userIds: readonly string[]): Promise<ProfileRow[]> {
  const out: ProfileRow[] = [];
  for (let i = 0; i < userIds.length; i += 500) {
    const chunk = userIds.slice(i, i + 500);
    out.push(
      ...(await sql.all<ProfileRow>(
        `SELECT user_id, attributes FROM user_profile WHERE user_id IN (${valuesList(chunk.length)})`,
        chunk,
      )),
    );
  }
  return out;
}

/** Appends the reads of the users' profiles (rows: user_id, attributes). */
export function profileReads(out: Statement[], dialect: Dialect, userIds: readonly string[]): void {
  multiRow(
    out,
    dialect,
    userIds.map((u) => [u]),
    {
      name: 'tracking.profiles',
      types: ['text'],
      perStatement: 500,
      list: true,
      sql: (rows) => `SELECT user_id, attributes FROM user_profile WHERE user_id IN (${rows})`,
    },
  );
}

/**
 * Rows: user_id, attributes, first_seen_at, updated_at. PostgreSQL merges the given attributes into
 * the stored ones atomically (jsonb ||, nulls removed); SQLite (one writer) stores the merged ones.
 */
export function profileUpserts(out: Statement[], dialect: Dialect, rows: readonly unknown[][]): void {
  const merge =
    dialect === 'postgresql'
      ? `jsonb_strip_nulls(user_profile.attributes || excluded.attributes)`
      : `excluded.attributes`;
  multiRow(out, dialect, rows, {
    name: 'tracking.profile',
    types: ['text', 'jsonb', 'bigint', 'bigint'],
    perStatement: 1000,
    sql: (rows) => `INSERT INTO user_profile (user_id, attributes, first_seen_at, updated_at) ${rows}
       ON CONFLICT (user_id) DO UPDATE SET attributes = ${merge}, updated_at = excluded.updated_at`,
  });
}

// ---- events and aggregates --------------------------------------------------------------------

/** Rows: id, type, user_id, occurred_at, properties, received_at; each statement returns the new ids. */
export function trackedEventInserts(out: Statement[], dialect: Dialect, rows: readonly unknown[][]): void {
  multiRow(out, dialect, rows, {
    name: 'tracking.events',
    types: ['text', 'text', 'text', 'bigint', 'jsonb', 'bigint'],
    perStatement: 500,
    // PostgreSQL: tracked_event is partitioned by occurred_at and its primary key is (id, occurred_at);
    // the id alone is deduplicated by tracked_event_key (an app's retry may carry another time).
    sql: (rows) =>
      dialect === 'postgresql'
        ? `WITH v (id, type, user_id, occurred_at, properties, received_at) AS (${rows}),
             k AS (INSERT INTO tracked_event_key (id, occurred_at, received_at)
                   SELECT id, occurred_at, received_at FROM v ON CONFLICT (id) DO NOTHING RETURNING id)
           INSERT INTO tracked_event (id, type, user_id, occurred_at, properties, received_at)
           SELECT v.id, v.type, v.user_id, v.occurred_at, v.properties, v.received_at FROM v JOIN k ON k.id = v.id
           ON CONFLICT DO NOTHING RETURNING id`
        : `INSERT INTO tracked_event (id, type, user_id, occurred_at, properties, received_at)
      ${rows} ON CONFLICT (id) DO NOTHING RETURNING id`,
  });
}

/** Rows: user_id, event_type, day, count (added to the stored count). */
export function bucketUpserts(out: Statement[], dialect: Dialect, rows: readonly unknown[][]): void {
  multiRow(out, dialect, rows, {
    name: 'tracking.bucket',
    types: ['text', 'text', 'integer', 'integer'],
    perStatement: 1000,
    sql: (rows) => `INSERT INTO behaviour_bucket (user_id, event_type, day, count) ${rows}
       ON CONFLICT (user_id, event_type, day) DO UPDATE SET count = behaviour_bucket.count + excluded.count`,
  });
}

/** Rows: user_id, event_type, day, property, total (added to the stored total). */
export function sumUpserts(out: Statement[], dialect: Dialect, rows: readonly unknown[][]): void {
  multiRow(out, dialect, rows, {
    name: 'tracking.sum',
    types: ['text', 'text', 'integer', 'text', 'double precision'],
    perStatement: 1000,
    sql: (rows) => `INSERT INTO behaviour_sum (user_id, event_type, day, property, total) ${rows}
       ON CONFLICT (user_id, event_type, day, property) DO UPDATE SET total = behaviour_sum.total + excluded.total`,
  });
}

/** Rows: user_id, event_type, event_id, occurred_at (kept when earlier than the stored one). */
export function firstEventUpserts(out: Statement[], dialect: Dialect, rows: readonly unknown[][]): void {
  multiRow(out, dialect, rows, {
    name: 'tracking.first',
    types: ['text', 'text', 'text', 'bigint'],
    perStatement: 1000,
    sql: (rows) => `INSERT INTO user_first_event (user_id, event_type, event_id, occurred_at) ${rows}
       ON CONFLICT (user_id, event_type) DO UPDATE SET event_id = excluded.event_id, occurred_at = excluded.occurred_at
       WHERE excluded.occurred_at < user_first_event.occurred_at`,
  });
}

/** Sum of a property's daily totals over the days strictly between d0 and d1. */
export async function sumBetweenDays(
  sql: Sql,
  userId: string,
  eventType: string,
  property: string | undefined,
  d0: number,
  d1: number,
): Promise<number> {
  const r = await sql.get<{ v: number | null }>(
    `SELECT SUM(total) AS v FROM behaviour_sum WHERE user_id = ? AND event_type = ? AND property = ? AND day > ? AND day < ?`,
    [userId, eventType, property, d0, d1],
  );
  return Number(r?.v ?? 0);
}

/** The user's events of a type in [from, to]: their count. */
export async function countEvents(
  sql: Sql,
  userId: string,
  type: string,
  from: number,
  to: number,
): Promise<number> {
  const r = await sql.get<{ n: number }>(
    `SELECT COUNT(*) AS n FROM tracked_event WHERE user_id = ? AND type = ? AND occurred_at >= ? AND occurred_at <= ?`,
    [userId, type, from, to],
  );
  return Number(r?.n ?? 0);
}

/** The user's events of a type in [from, to]: their properties. */
export function eventProperties(
  sql: Sql,
  userId: string,
  type: string,
  from: number,
  to: number,
): Promise<EventPropertiesRow[]> {
  return sql.all<EventPropertiesRow>(
    `SELECT properties FROM tracked_event WHERE user_id = ? AND type = ? AND occurred_at >= ? AND occurred_at <= ?`,
    [userId, type, from, to],
  );
}

/** SQLite: probes per counting statement (9 parameters each), and the placeholders of one. */
const PROBES_PER_STATEMENT = 250;
const COUNT_PROBE = `(CAST(? AS INTEGER), ?, ?, CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS INTEGER))`;

/**
 * Rows: i, user_id, type, start, first_end, second_start, now, d0, d1. Each statement returns
 * i, edges (events in [start, first_end) and [second_start, now]) and mid (whole days d0 < day < d1
 * from the buckets). Each edge is its own COUNT so that both are index ranges (with an OR, SQLite
 * scans all of the user's events of the type).
 */
export function countProbeReads(out: Statement[], dialect: Dialect, rows: readonly unknown[][]): void {
  multiRow(out, dialect, rows, {
    name: 'aggregates.count',
    types: ['integer', 'text', 'text', 'bigint', 'bigint', 'bigint', 'bigint', 'integer', 'integer'],
    perStatement: PROBES_PER_STATEMENT,
    sql: (source) => `WITH q(i, u, t, s, e1, s2, n, d0, d1) AS (${source})
       SELECT q.i AS i,
              (SELECT COUNT(*) FROM tracked_event te WHERE te.user_id = q.u AND te.type = q.t
                  AND te.occurred_at >= q.s AND te.occurred_at < q.e1)
              + (SELECT COUNT(*) FROM tracked_event te WHERE te.user_id = q.u AND te.type = q.t
                  AND te.occurred_at >= q.s2 AND te.occurred_at <= q.n) AS edges,
              (SELECT SUM(b.count) FROM behaviour_bucket b WHERE b.user_id = q.u AND b.event_type = q.t
                  AND b.day > q.d0 AND b.day < q.d1) AS mid
         FROM q`,
    row: COUNT_PROBE,
  });
}

// ---- staff reads: recent events and a user's behaviour totals ---------------------------------------

export type TrackedEventRow = RowOf<TrackedEvent>;

/** The newest stored events, optionally of one type and/or one user (newest first). */
export function recentEvents(
  sql: Sql,
  filter: { type: string | null; userId: string | null; limit: number },
): Promise<TrackedEventRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.type !== null) {
    where.push('type = ?');
    params.push(filter.type);
  }
  if (filter.userId !== null) {
    where.push('user_id = ?');
    params.push(filter.userId);
  }
  const limit = Math.max(1, Math.floor(filter.limit));
  return sql.all<TrackedEventRow>(
    `SELECT id, type, user_id, occurred_at, properties, received_at FROM tracked_event${
      where.length ? ` WHERE ${where.join(' AND ')}` : ''
    } ORDER BY occurred_at DESC, id DESC LIMIT ${limit}`,
    params,
  );
}

export interface BehaviourCountRow {
  event_type: string;
  total: number;
  recent: number;
  last_day: number;
}

/** A user's event counts per type from the daily buckets: all time, since `sinceDay`, and the last day. */
export function behaviourCounts(sql: Sql, userId: string, sinceDay: number): Promise<BehaviourCountRow[]> {
  return sql.all<BehaviourCountRow>(
    `SELECT event_type, SUM(count) AS total, SUM(CASE WHEN day >= ? THEN count ELSE 0 END) AS recent, MAX(day) AS last_day FROM behaviour_bucket WHERE user_id = ? GROUP BY event_type ORDER BY event_type`,
    [sinceDay, userId],
  );
}

export interface BehaviourSumRow {
  event_type: string;
  property: string;
  total: number;
  recent: number;
}

/** A user's sums of declared numeric properties per type: all time and since `sinceDay`. */
export function behaviourSums(sql: Sql, userId: string, sinceDay: number): Promise<BehaviourSumRow[]> {
  return sql.all<BehaviourSumRow>(
    `SELECT event_type, property, SUM(total) AS total, SUM(CASE WHEN day >= ? THEN total ELSE 0 END) AS recent FROM behaviour_sum WHERE user_id = ? GROUP BY event_type, property ORDER BY event_type, property`,
    [sinceDay, userId],
  );
}

// ---- retention (scheduler/retention.ts) ----------------------------------------------------------

/**
 * Deletes up to `limit` raw events that occurred before `occurredBefore` and were received before
 * `receivedBefore` (epoch seconds), oldest first; the daily buckets, sums and first events built from
 * them stay. Returns how many went.
 */
export function purgeTrackedEvents(
  sql: Sql,
  o: { occurredBefore: number; receivedBefore: number; limit: number },
): Promise<number> {
  const limit = Math.max(1, Math.floor(o.limit));
  // PostgreSQL: the DEFAULT partition only (dated partitions are dropped whole), by its primary key
  if (sql.dialect === 'postgresql')
    return sql.run(
      `DELETE FROM tracked_event_default WHERE (id, occurred_at) IN (
         SELECT id, occurred_at FROM tracked_event_default WHERE occurred_at < ? AND received_at < ? ORDER BY occurred_at LIMIT ${limit})`,
      [o.occurredBefore, o.receivedBefore],
    );
  return sql.run(
    `DELETE FROM tracked_event WHERE id IN (
       SELECT id FROM tracked_event WHERE occurred_at < ? AND received_at < ? ORDER BY occurred_at LIMIT ${limit})`,
    [o.occurredBefore, o.receivedBefore],
  );
}

/**
 * PostgreSQL: deletes up to `limit` deduplication keys (tracked_event_key) of events that occurred and
 * were received before the bounds, as raw events themselves would go on SQLite. Returns how many went.
 */
export function purgeTrackedEventKeys(
  sql: Sql,
  o: { occurredBefore: number; receivedBefore: number; limit: number },
): Promise<number> {
  return sql.run(
    `DELETE FROM tracked_event_key WHERE id IN (
       SELECT id FROM tracked_event_key WHERE received_at < ? AND occurred_at < ? ORDER BY received_at LIMIT ${Math.max(1, Math.floor(o.limit))})`,
    [o.receivedBefore, o.occurredBefore],
  );
}
