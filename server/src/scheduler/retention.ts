// Retention (docs/retention.md): what grows with traffic is deleted once nothing needs it, in small
// transactions so that writers never wait long, by the scheduler on every instance (each chunk is a
// conditional delete: instances running it side by side delete each row once).
// - outbox events: older than OUTBOX_RETENTION_DAYS, the resume window and the delivery log's
//   retention, below the dispatcher's cursor and every open delivery;
// - raw tracked events: older than TRACKED_EVENT_RETENTION_DAYS (by occurrence and by receipt), and
//   older than every live rule's and dynamic audience's aggregate window;
// - decision traces: emptied after RULE_TRACE_RETENTION_DAYS, the firing kept;
// - refused claims (claim_refusal): deleted after CLAIM_REFUSAL_RETENTION_DAYS.
// Coupons (the ledger), order facts, rollups, daily buckets, exposures and node counts are kept.
// On SQLite the freed pages go back to the file system through incremental vacuum.
// On PostgreSQL tracked_event and outbox_event are partitioned by time (db/partitions.ts): each run
// first creates the partitions PARTITION_AHEAD spans ahead, then drops whole partitions past the
// window (under the same conditions as the row purge: for the outbox, every id in the partition at or
// below the bound), and purges row by row only what sits in the DEFAULT partition; the deduplication
// keys of raw events (tracked_event_key) go row by row.
import type { Config } from '../config';
import type { Database, Sql } from '../db/sql';
import {
  PARTITIONED,
  type PartitionedTable,
  dropPartition,
  ensureAhead,
  isLockTimeout,
  lockForDrop,
  type Partition,
} from '../db/partitions';
import { freePages } from '../db/vacuum';
import { nowSeconds } from '../ids';
import type { Logger } from '../logger';
import {
  outboxPartitionHead,
  outboxPurgeBound,
  purgeOutboxChunk,
  recordOutboxPurge,
} from '../outbox/outbox.sql';
import { purgeRefusals } from '../coupons/refusal.sql';
import { purgeTraces } from '../rules/rule.sql';
import { purgeTrackedEventKeys, purgeTrackedEvents } from '../tracking/tracking.sql';

const DAY = 86_400;
/** Pages returned to the file system per incremental-vacuum step (4 MiB at 4 KiB pages). */
const VACUUM_PAGES = 1024;
/** At most this many chunks per kind and run: a run never holds the scheduler for long. */
const MAX_CHUNKS = 500;

export type RetentionConfig = Pick<
  Config,
  | 'OUTBOX_RETENTION_DAYS'
  | 'TRACKED_EVENT_RETENTION_DAYS'
  | 'RULE_TRACE_RETENTION_DAYS'
  | 'CLAIM_REFUSAL_RETENTION_DAYS'
  | 'RETENTION_CHUNK'
  | 'EVENTS_RESUME_WINDOW_SECONDS'
  | 'WEBHOOK_LOG_RETENTION_DAYS'
  | 'RULE_TRIGGER_HORIZON_SECONDS'
  | 'PARTITION_SPAN_SECONDS'
  | 'PARTITION_AHEAD'
>;

/** Windows in seconds (0 = keep for ever); tests and the benchmark set them below a day. */
export interface RetentionWindows {
  outboxSeconds: number;
  trackedEventSeconds: number;
  traceSeconds: number;
  /** Refused claims (0 or absent: kept for ever). */
  refusalSeconds?: number;
  chunk: number;
  /** PostgreSQL partitions: span (seconds) and how many spans ahead they are created. */
  partitionSpan: number;
  partitionAhead: number;
}

export function retentionWindows(c: RetentionConfig): RetentionWindows {
  // The outbox outlives the resume window and the delivery log (a logged delivery's event can be
  // replayed): keep OUTBOX_RETENTION_DAYS above WEBHOOK_LOG_RETENTION_DAYS plus the retry schedule
  // (the defaults: 35 against 30 + 1.4). Open deliveries hold their events whatever the window.
  const outbox =
    c.OUTBOX_RETENTION_DAYS === 0
      ? 0
      : Math.max(
          c.OUTBOX_RETENTION_DAYS * DAY,
          c.EVENTS_RESUME_WINDOW_SECONDS,
          c.WEBHOOK_LOG_RETENTION_DAYS * DAY,
        );
  return {
    outboxSeconds: outbox,
    trackedEventSeconds: c.TRACKED_EVENT_RETENTION_DAYS * DAY,
    traceSeconds: c.RULE_TRACE_RETENTION_DAYS * DAY,
    refusalSeconds: c.CLAIM_REFUSAL_RETENTION_DAYS * DAY,
    chunk: c.RETENTION_CHUNK,
    partitionSpan: c.PARTITION_SPAN_SECONDS,
    partitionAhead: c.PARTITION_AHEAD,
  };
}

/** Rows purged since the process started (GET /health, `retention`). */
export interface RetentionCounters {
  outboxEvents: number;
  trackedEvents: number;
  ruleTraces: number;
  claimRefusals: number;
  /** SQLite pages returned to the file system. */
  freedPages: number;
  /** PostgreSQL partitions created ahead and dropped whole (their rows are counted above). */
  partitionsCreated: number;
  partitionsDropped: number;
  runs: number;
  lastRunAt: number | null;
}

/** Where raw events are still read from: live rules' and dynamic audiences' aggregate windows. */
export interface RawEventNeeds {
  rawEventsNeededFrom(now: number): number | null | Promise<number | null>;
}

export class Retention {
  readonly counters: RetentionCounters = {
    outboxEvents: 0,
    trackedEvents: 0,
    ruleTraces: 0,
    claimRefusals: 0,
    freedPages: 0,
    partitionsCreated: 0,
    partitionsDropped: 0,
    runs: 0,
    lastRunAt: null,
  };

  constructor(
    private readonly db: Database,
    readonly windows: RetentionWindows,
    private readonly needs: readonly RawEventNeeds[],
    private readonly triggerHorizonSeconds: number,
    private readonly log: Logger,
  ) {}

  /** One pass over every kind; returns what it purged. */
  async run(
    now = nowSeconds(),
  ): Promise<{ outboxEvents: number; trackedEvents: number; ruleTraces: number; claimRefusals: number }> {
    await this.createAhead(now);
    const outboxEvents = await this.purgeOutbox(now);
    const trackedEvents = await this.purgeTrackedEvents(now);
    const ruleTraces = await this.purgeTraces(now);
    const claimRefusals = await this.purgeRefusals(now);
    const c = this.counters;
    c.outboxEvents += outboxEvents;
    c.trackedEvents += trackedEvents;
    c.ruleTraces += ruleTraces;
    c.claimRefusals += claimRefusals;
    if (outboxEvents + trackedEvents + ruleTraces + claimRefusals > 0) {
      c.freedPages += await this.vacuum();
      this.log.info({ outboxEvents, trackedEvents, ruleTraces, claimRefusals }, 'retention: purged');
    }
    c.runs++;
    c.lastRunAt = now;
    return { outboxEvents, trackedEvents, ruleTraces, claimRefusals };
  }

  /** PostgreSQL: the partitions of the current span and PARTITION_AHEAD spans after it. */
  async createAhead(now: number): Promise<void> {
    if (this.db.dialect !== 'postgresql') return;
    for (const table of Object.keys(PARTITIONED) as PartitionedTable[]) {
      try {
        const made = await ensureAhead(
          this.db,
          table,
          now,
          this.windows.partitionSpan,
          this.windows.partitionAhead,
        );
        this.counters.partitionsCreated += made.length;
      } catch (err) {
        // a lock not granted in time: the next run tries again (rows meanwhile go to the default partition)
        if (!isLockTimeout(err)) throw err;
        this.log.warn({ table }, 'retention: partition not created (lock timeout), retrying next run');
      }
    }
  }

  /**
   * PostgreSQL: drops the oldest partitions of `table` one by one while `droppable` allows (each in
   * its own transaction, under the per-table lock). Returns the rows they held.
   */
  private async dropPartitions(
    table: PartitionedTable,
    droppable: (sql: Sql, p: Partition) => Promise<boolean>,
  ): Promise<number> {
    if (this.db.dialect !== 'postgresql') return 0;
    let total = 0;
    for (;;) {
      let rows: number | null;
      try {
        rows = await this.db.tx(async (sql) => {
          const oldest = (await lockForDrop(sql, table))[0];
          if (!oldest || !(await droppable(sql, oldest))) return null;
          return dropPartition(sql, oldest);
        });
      } catch (err) {
        if (!isLockTimeout(err)) throw err;
        this.log.warn({ table }, 'retention: partition not dropped (lock timeout), retrying next run');
        rows = null;
      }
      if (rows === null) return total;
      total += rows;
      this.counters.partitionsDropped++;
    }
  }

  async purgeOutbox(now: number): Promise<number> {
    if (this.windows.outboxSeconds === 0) return 0;
    const before = now - this.windows.outboxSeconds;
    // a partition goes when it ends before the window and its newest id is at or below the bound
    // (the dispatcher's cursor, every open delivery, the newest event); then the purge records it
    let total = await this.dropPartitions('outbox_event', async (sql, p) => {
      if (p.to > before) return false;
      const bound = await outboxPurgeBound(sql);
      const last = await outboxPartitionHead(sql, p.name);
      if (last?.id == null) return true;
      if (Number(last.id) > bound) return false;
      await recordOutboxPurge(sql, Number(last.id), Number(last.created_at), now);
      return true;
    });
    const table = this.db.dialect === 'postgresql' ? 'outbox_event_default' : 'outbox_event';
    for (let i = 0; i < MAX_CHUNKS; i++) {
      const n = await this.db.tx(async (sql) => {
        const bound = await outboxPurgeBound(sql);
        if (bound === 0) return 0;
        return purgeOutboxChunk(sql, { bound, before, limit: this.windows.chunk, now, table });
      });
      total += n;
      if (n < this.windows.chunk) break;
    }
    return total;
  }

  /** The instant raw events are kept from: the retention window, or earlier when an aggregate reads them. */
  async trackedEventCutoff(now: number): Promise<number | null> {
    if (this.windows.trackedEventSeconds === 0) return null;
    let cutoff = now - this.windows.trackedEventSeconds;
    // a late event (up to the trigger horizon old) evaluates its aggregates at its own time
    const at = this.triggerHorizonSeconds > 0 ? now - this.triggerHorizonSeconds : now;
    for (const n of this.needs) {
      const from = await n.rawEventsNeededFrom(at);
      if (from !== null && from < cutoff) cutoff = from;
    }
    return cutoff;
  }

  async purgeTrackedEvents(now: number): Promise<number> {
    const cutoff = await this.trackedEventCutoff(now);
    if (cutoff === null) return 0;
    const receivedBefore = now - this.windows.trackedEventSeconds;
    // PostgreSQL: whole partitions that end before the cutoff (their keys still deduplicate retries)
    let total = await this.dropPartitions('tracked_event', async (_sql, p) => p.to <= cutoff);
    const o = { occurredBefore: cutoff, receivedBefore, limit: this.windows.chunk };
    for (let i = 0; i < MAX_CHUNKS; i++) {
      const n = await this.db.tx((sql) => purgeTrackedEvents(sql, o));
      total += n;
      if (n < this.windows.chunk) break;
    }
    if (this.db.dialect === 'postgresql')
      for (let i = 0; i < MAX_CHUNKS; i++) {
        const n = await this.db.tx((sql) => purgeTrackedEventKeys(sql, o));
        if (n < this.windows.chunk) break;
      }
    return total;
  }

  async purgeTraces(now: number): Promise<number> {
    if (this.windows.traceSeconds === 0) return 0;
    const before = now - this.windows.traceSeconds;
    let total = 0;
    for (let i = 0; i < MAX_CHUNKS; i++) {
      const n = await this.db.tx((sql) => purgeTraces(sql, before, this.windows.chunk));
      total += n;
      if (n < this.windows.chunk) break;
    }
    return total;
  }

  async purgeRefusals(now: number): Promise<number> {
    const window = this.windows.refusalSeconds ?? 0;
    if (window === 0) return 0;
    const before = now - window;
    let total = 0;
    for (let i = 0; i < MAX_CHUNKS; i++) {
      const n = await this.db.tx((sql) => purgeRefusals(sql, before, this.windows.chunk));
      total += n;
      if (n < this.windows.chunk) break;
    }
    return total;
  }

  /** SQLite: returns free pages to the file system, a few MiB per step (PostgreSQL: autovacuum reuses them). */
  private async vacuum(): Promise<number> {
    if (this.db.dialect !== 'sqlite') return 0;
    try {
      return await freePages(this.db, VACUUM_PAGES);
    } catch (err) {
      this.log.warn({ err }, 'retention: incremental vacuum failed');
      return 0;
    }
  }
}
