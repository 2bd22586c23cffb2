// The outbox dispatcher: hands committed outbox rows out, in id order, exactly once per deployment.
// One transaction per round takes the cursor row (FOR UPDATE SKIP LOCKED on PostgreSQL, so with
// several instances one of them does a round while the others skip it; SQLite has one writer), reads
// the rows after the cursor, keeps the safe prefix (gaps.ts), inserts one webhook delivery per row and
// matching endpoint, and moves the cursor, all in that transaction: a crash before the commit redoes
// the round; after it, the deliveries are durable. The batch is then published to every instance's
// subscription hub.
// On PostgreSQL a round is five round trips (BEGIN; cursor and snapshot; rows and endpoints; deliveries
// and cursor; COMMIT), and its commit waits for the WAL flush like the outbox writers' own: the cursor
// is what says which events have their deliveries, so it is never ahead of what a crash would keep.
// (The delivery bookkeeping that follows, claims and results, commits without waiting: see delivery.ts.)
import { randomBytes } from 'node:crypto';
import type { Config } from '../config';
import { type Database, jsonColumn, type Sql, type Statement, valuesList } from '../db/sql';
import type { Logger } from '../logger';
import {
  compileFilter,
  type EventView,
  keyRestriction,
  OUTBOX_COLUMNS,
  type OutboxRow,
  toEventView,
} from './filters';
import { type GapWatch, safePrefix, type Snapshot } from './gaps';
import type { Batch } from './hub';

const CURSOR = 'dispatch';
const GAP_SETTLE_MS = 1000;
const INSERT_CHUNK = 500;
/** Bind parameters per statement at most (PostgreSQL takes 65 535). */
const MAX_PARAMS = 30_000;

const ENDPOINTS = `SELECT e.id, e.event_types, e.template_ids, e.campaign_ids, e.merchant_ids, e.owner_key_id,
       k.merchant_ids AS key_merchants, k.revoked_at AS key_revoked_at, e.failing_since
  FROM webhook_endpoint e LEFT JOIN api_key k ON k.id = e.owner_key_id
 WHERE e.enabled = ?`;

interface EndpointRow {
  id: string;
  event_types: unknown;
  template_ids: unknown;
  campaign_ids: unknown;
  merchant_ids: unknown;
  owner_key_id: string | null;
  key_merchants: unknown;
  key_revoked_at: number | null;
  failing_since: number | null;
}

/** Creates the cursor row on first start: at the current end of the outbox (earlier events had no endpoints). */
export async function initCursor(db: Database): Promise<{ lastId: number; channel: string }> {
  await db.tx(async (sql) => {
    const max = await sql.get<{ m: number | null }>(`SELECT MAX(id) AS m FROM outbox_event`);
    await sql.run(
      `INSERT INTO event_cursor (name, last_id, channel, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING`,
      [CURSOR, Number(max?.m ?? 0), `couponflow:events:${randomBytes(8).toString('hex')}`, Date.now()],
    );
  });
  const row = await db.read((sql) =>
    sql.get<{ last_id: number; channel: string }>(
      `SELECT last_id, channel FROM event_cursor WHERE name = ?`,
      [CURSOR],
    ),
  );
  return { lastId: Number(row!.last_id), channel: row!.channel };
}

export class OutboxDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private gap: GapWatch | null = null;
  private knownLast = 0;

  constructor(
    private readonly db: Database,
    private readonly config: Pick<Config, 'DISPATCH_POLL_MS' | 'DISPATCH_BATCH'>,
    private readonly log: Logger,
    private readonly publish: (batch: Batch) => Promise<void>,
  ) {}

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.tick(), Math.max(5, this.config.DISPATCH_POLL_MS));
    this.timer.unref();
    this.tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Runs rounds until the outbox is drained (overlapping ticks share the running one). */
  tick(): void {
    if (this.running || this.stopped) return;
    this.running = (async () => {
      try {
        for (let i = 0; i < 1000 && !this.stopped; i++) {
          if (!(await this.round())) break;
        }
      } catch (err) {
        this.log.error({ err }, 'events: dispatcher round failed');
      } finally {
        this.running = null;
      }
    })();
  }

  /** One round; true when it handed out a full batch (more may be waiting). */
  async round(): Promise<boolean> {
    // cheap look first: nothing new, no write transaction
    const max = await this.db.read((sql) =>
      sql.get<{ m: number | null }>(`SELECT MAX(id) AS m FROM outbox_event`),
    );
    if (Number(max?.m ?? 0) <= this.knownLast) return false;

    const pg = this.db.dialect === 'postgresql';
    const batchSize = Math.max(1, this.config.DISPATCH_BATCH);
    const result = await this.db.tx(async (sql) => {
      // on PostgreSQL with the snapshot's bounds, taken when this statement starts, before the rows are
      // read (the next statement): whatever ended before it is visible to that read
      const cur = await sql.get<{ last_id: number; xmin?: string; xmax?: string }>(
        pg
          ? `SELECT last_id, pg_snapshot_xmin(pg_current_snapshot())::text AS xmin, pg_snapshot_xmax(pg_current_snapshot())::text AS xmax
               FROM event_cursor WHERE name = ? FOR UPDATE SKIP LOCKED`
          : `SELECT last_id FROM event_cursor WHERE name = ?`,
        [CURSOR],
      );
      if (!cur) return null; // another instance is doing this round
      const last = Number(cur.last_id);
      const snapshot: Snapshot | null = pg ? { xmin: Number(cur.xmin), xmax: Number(cur.xmax) } : null;
      // the rows and the endpoints they may go to, in one round trip on PostgreSQL
      const [outbox, endpoints] = (await sql.allMany([
        {
          sql: `SELECT ${OUTBOX_COLUMNS} FROM outbox_event WHERE id > ? ORDER BY id LIMIT ${batchSize}`,
          params: [last],
        },
        { sql: ENDPOINTS, params: [true] },
      ])) as unknown as [OutboxRow[], EndpointRow[]];
      const rows = outbox.sort((a, b) => Number(a.id) - Number(b.id));
      const prefix = safePrefix(
        last,
        rows.map((r) => Number(r.id)),
        snapshot,
        this.gap,
        Date.now(),
        GAP_SETTLE_MS,
      );
      this.gap = prefix.gap;
      if (prefix.last === last)
        return { from: last, to: last, events: [] as EventView[], endpoints: [] as string[], full: false };
      const events = rows.slice(0, prefix.take).map(toEventView);
      const { inserts, touched } = await this.fanOut(sql, events, endpoints);
      // the deliveries and the cursor, in one round trip on PostgreSQL (as data-modifying CTEs)
      const writes: Statement[] = [
        ...inserts,
        {
          sql: `UPDATE event_cursor SET last_id = ?, updated_at = ? WHERE name = ?`,
          params: [prefix.last, Date.now(), CURSOR],
        },
      ];
      let group: Statement[] = [];
      let params = 0;
      for (const w of writes) {
        const n = w.params?.length ?? 0;
        if (group.length > 0 && params + n > MAX_PARAMS) {
          await sql.runMany(group);
          group = [];
          params = 0;
        }
        group.push(w);
        params += n;
      }
      await sql.runMany(group);
      return {
        from: last,
        to: prefix.last,
        events,
        endpoints: touched,
        full: rows.length === batchSize && prefix.take === rows.length,
      };
    });
    if (!result) return false;
    this.knownLast = result.to;
    if (result.to > result.from) {
      const batch: Batch = {
        from: result.from,
        to: result.to,
        events: result.events,
        endpoints: result.endpoints,
      };
      // best effort, and not waited for (a Redis outage must not hold up webhooks): hubs that miss a
      // batch read it from the outbox
      this.publish(batch).catch((err: unknown) =>
        this.log.warn({ err }, 'events: publishing a batch failed; instances catch up from the database'),
      );
    }
    if (this.gap) this.knownLast = Math.min(this.knownLast, this.gap.id - 1); // keep looking until the gap resolves
    return result.full;
  }

  /** The inserts of these events' deliveries, and the endpoints that get some. */
  private async fanOut(
    sql: Sql,
    events: readonly EventView[],
    endpoints: readonly EndpointRow[],
  ): Promise<{ inserts: Statement[]; touched: string[] }> {
    if (events.length === 0) return { inserts: [], touched: [] };
    const live = endpoints.filter(
      (e) => !e.owner_key_id || (e.key_merchants != null && e.key_revoked_at == null),
    );
    if (live.length === 0) return { inserts: [], touched: [] };
    const matchers = live.map((e) => ({
      id: e.id,
      failing: e.failing_since != null,
      match: compileFilter(
        {
          types: jsonColumn<string[]>(e.event_types),
          templateIds: jsonColumn<string[]>(e.template_ids),
          campaignIds: jsonColumn<string[]>(e.campaign_ids),
          merchantIds: jsonColumn<string[]>(e.merchant_ids),
        },
        e.owner_key_id ? keyRestriction(jsonColumn<string[]>(e.key_merchants)) : null,
      ),
    }));
    const now = Date.now();
    const rows: unknown[][] = [];
    const touched = new Set<string>();
    for (const m of matchers) {
      const mine = events.filter((ev) => m.match(ev));
      if (mine.length === 0) continue;
      touched.add(m.id);
      // a failing endpoint may have coupons whose head waits for a retry: their new events wait with it
      const waits = m.failing ? await retryWaits(sql, m.id, mine, now) : null;
      for (const ev of mine) {
        const key = ev.couponId ?? `event:${ev.id}`;
        rows.push([m.id, ev.id, key, 'PENDING', 0, waits?.get(key) ?? now, now]);
      }
    }
    const inserts: Statement[] = [];
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const chunk = rows.slice(i, i + INSERT_CHUNK);
      inserts.push({
        sql: `INSERT INTO webhook_delivery (endpoint_id, event_id, order_key, status, attempts, next_attempt_at, created_at) VALUES ${valuesList(chunk.length, 7)}`,
        params: chunk.flat(),
      });
    }
    return { inserts, touched: [...touched] };
  }
}

/** For each coupon of these events with a delivery waiting for a later retry: that retry time. */
async function retryWaits(
  sql: Sql,
  endpointId: string,
  events: readonly EventView[],
  now: number,
): Promise<Map<string, number>> {
  const keys = [...new Set(events.flatMap((e) => (e.couponId ? [e.couponId] : [])))];
  const out = new Map<string, number>();
  for (let i = 0; i < keys.length; i += INSERT_CHUNK) {
    const chunk = keys.slice(i, i + INSERT_CHUNK);
    // (shaped so that only the (endpoint, coupon) index can serve it)
    const rows = await sql.all<{ order_key: string; at: number | null }>(
      `SELECT order_key, MAX(CASE WHEN status = 'PENDING' AND next_attempt_at > ? THEN next_attempt_at END) AS at
         FROM webhook_delivery WHERE endpoint_id = ? AND order_key IN (${chunk.map(() => '?').join(', ')}) GROUP BY order_key`,
      [now, endpointId, ...chunk],
    );
    for (const r of rows) if (r.at != null) out.set(r.order_key, Number(r.at));
  }
  return out;
}
