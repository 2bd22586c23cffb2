// Time partitions on PostgreSQL (docs/retention.md): tracked_event (by occurred_at) and outbox_event
// (by created_at) are range-partitioned by a migration; this file creates the partitions ahead (the
// scheduler calls `ensureAhead` from the retention run) and lists and drops them for retention.
// - A row whose time no partition covers lands in the DEFAULT partition, so an insert never fails.
//   Creating a partition over rows already in the default partition moves them into it first, in the
//   same transaction (the default partition is locked meanwhile: inserts into it wait a moment).
// - Partitions are created as plain tables and attached while writers wait (the parent locked in
//   SHARE ROW EXCLUSIVE: readers go on); DDL waits at most PARTITION_LOCK_TIMEOUT for its locks and
//   is tried again at the next run, so a long transaction never queues the others behind it for long.
// - Instances running this side by side serialise on an advisory lock per table.
// SQLite has no partitions: every function here is for PostgreSQL only.
import type { Database, Sql } from './sql';

/** The partitioned tables and their time columns (epoch seconds). */
export const PARTITIONED = {
  tracked_event: 'occurred_at',
  outbox_event: 'created_at',
} as const;
export type PartitionedTable = keyof typeof PARTITIONED;

const PARTITION_LOCK_TIMEOUT = '2s';

export interface Partition {
  name: string;
  /** Inclusive lower bound (epoch seconds). */
  from: number;
  /** Exclusive upper bound (epoch seconds). */
  to: number;
}

/** The partitions of `table` by lower bound, without the default; null when the table is not partitioned. */
export async function listPartitions(sql: Sql, table: PartitionedTable): Promise<Partition[] | null> {
  const parent = await sql.get<{ kind: string }>(
    `SELECT c.relkind AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relname = ? AND n.nspname = current_schema()`,
    [table],
  );
  if (!parent || parent.kind !== 'p') return null;
  const rows = await sql.all<{ name: string; bound: string }>(
    `SELECT c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound
       FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = CAST(? AS regclass)`,
    [table],
  );
  const out: Partition[] = [];
  for (const r of rows) {
    const m = /FROM \('?(-?\d+)'?\) TO \('?(-?\d+)'?\)/.exec(r.bound);
    if (m) out.push({ name: r.name, from: Number(m[1]), to: Number(m[2]) });
  }
  return out.sort((a, b) => a.from - b.from);
}

/** `tracked_event_p20261207` for a day, `…_p20261207t101500` for a partition starting within one. */
export function partitionName(table: PartitionedTable, from: number): string {
  const iso = new Date(from * 1000).toISOString();
  const day = iso.slice(0, 10).replace(/-/g, '');
  const time = iso.slice(11, 19).replace(/:/g, '');
  return `${table}_p${day}${time === '000000' ? '' : `t${time}`}`;
}

async function lockTable(sql: Sql, table: PartitionedTable): Promise<void> {
  await sql.run(`SET LOCAL lock_timeout = '${PARTITION_LOCK_TIMEOUT}'`);
  await sql.get(`SELECT pg_advisory_xact_lock(hashtext(?))`, [`partitions:${table}`]);
}

/**
 * Creates the partitions of `table` covering the span that holds `now` and the next `ahead` spans
 * (spans of `span` seconds from the epoch; a day by default). Returns the names created.
 */
export async function ensureAhead(
  db: Database,
  table: PartitionedTable,
  now: number,
  span: number,
  ahead: number,
): Promise<string[]> {
  const created: string[] = [];
  const start = Math.floor(now / span) * span;
  for (let i = 0; i <= ahead; i++) {
    const from = start + i * span;
    const to = from + span;
    const made = await db.tx(async (sql) => {
      await lockTable(sql, table);
      const parts = await listPartitions(sql, table);
      // not partitioned (not migrated), or overlapping a partition made with another span
      if (parts === null || parts.some((p) => p.from < to && p.to > from)) return null;
      const name = partitionName(table, from);
      const column = PARTITIONED[table];
      // writers wait (readers do not) until the partition is attached: an insert routed with the
      // partitions it saw before would otherwise put a row of this range into the default partition
      await sql.run(`LOCK TABLE ${table} IN SHARE ROW EXCLUSIVE MODE`);
      await sql.run(`LOCK TABLE ${table}_default IN SHARE ROW EXCLUSIVE MODE`);
      await sql.run(`CREATE TABLE ${name} (LIKE ${table})`);
      // rows written before the partition existed (the scheduler was down, a late or early time)
      await sql.run(
        `WITH moved AS (DELETE FROM ${table}_default WHERE ${column} >= ${from} AND ${column} < ${to} RETURNING *)
         INSERT INTO ${name} SELECT * FROM moved`,
      );
      await sql.run(`ALTER TABLE ${table} ATTACH PARTITION ${name} FOR VALUES FROM (${from}) TO (${to})`);
      return name;
    });
    if (made) created.push(made);
  }
  return created;
}

/** Drops a partition (in the caller's transaction, after `lockForDrop`); returns the rows it held. */
export async function dropPartition(sql: Sql, p: Partition): Promise<number> {
  const row = await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${p.name}`);
  await sql.run(`DROP TABLE IF EXISTS ${p.name}`);
  return Number(row?.n ?? 0);
}

/** Takes the per-table lock for dropping, and lists the partitions still there. */
export async function lockForDrop(sql: Sql, table: PartitionedTable): Promise<Partition[]> {
  await lockTable(sql, table);
  return (await listPartitions(sql, table)) ?? [];
}

/** Whether `err` is a lock wait that timed out (tried again at the next run). */
export function isLockTimeout(err: unknown): boolean {
  return (err as { code?: string }).code === '55P03';
}
