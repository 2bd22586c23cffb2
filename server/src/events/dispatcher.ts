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
import { eventLogQuery, eventLogRows, type EventView, lastEventId } from '../outbox/outbox.sql';
import { type Database, jsonColumn, type Sql, type Statement } from '../db/sql';
import { runGrouped } from '../db/writes';
import type { Logger } from '../logger';
import {
  deliveryInserts,
  enabledEndpoints,
  type FanOutEndpointRow,
  initCursor as insertCursor,
  lockCursor,
  moveCursor,
  type NewDelivery,
  readCursor,
  retryWaits,
} from './dispatch.sql';
import { compileFilter, keyRestriction } from './filters';
import { type GapWatch, safePrefix } from './gaps';
import type { Batch } from './hub';

const GAP_SETTLE_MS = 1000;

/** What one round handed out (`to` = `from` when nothing). */
interface Round {
  from: number;
  to: number;
  events: EventView[];
  endpoints: string[];
  /** A full batch: more may be waiting. */
  full: boolean;
}

/** Creates the cursor row on first start: at the current end of the outbox (earlier events had no endpoints). */
export async function initCursor(db: Database): Promise<{ lastId: number; channel: string }> {
  const channel = `couponflow:events:${randomBytes(8).toString('hex')}`;
  await db.tx((sql) => insertCursor(sql, channel, Date.now()));
  const cursor = await db.read(readCursor);
  return cursor!;
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
    if ((await this.db.read(lastEventId)) <= this.knownLast) return false;
    const result = await this.db.tx((sql) => this.handOut(sql));
    if (!result) return false;
    this.knownLast = result.to;
    if (result.to > result.from) this.announce(result);
    if (this.gap) this.knownLast = Math.min(this.knownLast, this.gap.id - 1); // keep looking until the gap resolves
    return result.full;
  }

  /**
   * In the round's transaction: takes the cursor, reads the rows after it, keeps the safe prefix,
   * creates their deliveries and moves the cursor. Null when another instance holds the cursor.
   */
  private async handOut(sql: Sql): Promise<Round | null> {
    // on PostgreSQL with the snapshot's bounds, taken when this statement starts, before the rows are
    // read (the next statement): whatever ended before it is visible to that read
    const cursor = await lockCursor(sql);
    if (!cursor) return null; // another instance is doing this round
    const last = cursor.lastId;
    const batchSize = Math.max(1, this.config.DISPATCH_BATCH);
    // the rows and the endpoints they may go to, in one round trip on PostgreSQL
    const [outbox, endpoints] = await sql.allMany([
      eventLogQuery({ afterId: last, limit: batchSize }),
      enabledEndpoints(),
    ]);
    const rows = eventLogRows(outbox!);
    const prefix = safePrefix(
      last,
      rows.map((r) => r.id),
      cursor.snapshot,
      this.gap,
      Date.now(),
      GAP_SETTLE_MS,
    );
    this.gap = prefix.gap;
    if (prefix.last === last) return { from: last, to: last, events: [], endpoints: [], full: false };
    const events = rows.slice(0, prefix.take);
    const { deliveries, touched } = await this.fanOut(sql, events, endpoints as FanOutEndpointRow[]);
    // the deliveries and the cursor, in one round trip on PostgreSQL (as data-modifying CTEs)
    const now = Date.now();
    const writes: Statement[] = [...deliveryInserts(deliveries, now), moveCursor(prefix.last, now)];
    await runGrouped(sql, writes);
    return {
      from: last,
      to: prefix.last,
      events,
      endpoints: touched,
      full: rows.length === batchSize && prefix.take === rows.length,
    };
  }

  /**
   * Publishes a round to every instance's hub: best effort, and not waited for (a Redis outage must
   * not hold up webhooks); hubs that miss a batch read it from the outbox.
   */
  private announce(round: Round): void {
    const batch: Batch = { from: round.from, to: round.to, events: round.events, endpoints: round.endpoints };
    this.publish(batch).catch((err: unknown) =>
      this.log.warn({ err }, 'events: publishing a batch failed; instances catch up from the database'),
    );
  }

  /** The deliveries of these events, and the endpoints that get some. */
  private async fanOut(
    sql: Sql,
    events: readonly EventView[],
    endpoints: readonly FanOutEndpointRow[],
  ): Promise<{ deliveries: NewDelivery[]; touched: string[] }> {
    if (events.length === 0) return { deliveries: [], touched: [] };
    const now = Date.now();
    const deliveries: NewDelivery[] = [];
    const touched = new Set<string>();
    for (const m of matchers(endpoints)) {
      const mine = events.filter((ev) => m.match(ev));
      if (mine.length === 0) continue;
      touched.add(m.id);
      // a failing endpoint may have coupons whose head waits for a retry: their new events wait with it
      const couponIds = [...new Set(mine.flatMap((e) => (e.couponId ? [e.couponId] : [])))];
      const waits = m.failing ? await retryWaits(sql, m.id, couponIds, now) : null;
      for (const ev of mine) {
        const orderKey = ev.couponId ?? `event:${ev.id}`;
        const nextAttemptAt = waits?.get(orderKey) ?? now;
        deliveries.push({ endpointId: m.id, eventId: ev.id, orderKey, nextAttemptAt, replayOf: null });
      }
    }
    return { deliveries, touched: [...touched] };
  }
}

/** A matcher per live endpoint (a partner's endpoint lives while its key does). */
function matchers(endpoints: readonly FanOutEndpointRow[]) {
  return endpoints
    .filter((e) => !e.owner_key_id || (e.key_merchants != null && e.key_revoked_at == null))
    .map((e) => ({
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
}
