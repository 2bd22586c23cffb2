// Live fan-out to this instance's subscribers. The dispatcher publishes each batch it hands out as
// { from, to, events } (the cursor before and after); every instance's hub receives it (in process,
// or through Redis pub/sub when REDIS_URL is set) and passes the events to local listeners in id order.
// A hub never skips: when a batch starts after what it has seen (a lost message, an instance that
// crashed between commit and publish) it first reads the missing range from the outbox, and a timer
// catches up from the database cursor when no message comes. Listeners therefore see every event
// up to the cursor exactly once, in order.
import { Redis } from 'ioredis';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import type { Database } from '../db/sql';
import type { Logger } from '../logger';
import { type EventView, readEventLog } from '../outbox/outbox.sql';
import { dispatchedUpTo } from './dispatch.sql';

export interface Batch {
  from: number;
  to: number;
  events: EventView[];
  /** Endpoints that got new deliveries: every instance may start sending them. */
  endpoints: string[];
}

export interface Transport {
  publish(batch: Batch): Promise<void>;
  subscribe(onBatch: (batch: Batch) => void): Promise<void>;
  close(): Promise<void>;
}

/** One process: batches go straight to this process's hub. */
export class LocalTransport implements Transport {
  private handler: ((b: Batch) => void) | null = null;
  async publish(batch: Batch): Promise<void> {
    const h = this.handler;
    if (h) setImmediate(() => h(batch));
  }
  async subscribe(onBatch: (batch: Batch) => void): Promise<void> {
    this.handler = onBatch;
  }
  async close(): Promise<void> {
    this.handler = null;
  }
}

/** Several processes: one Redis channel per deployment (per database), via graphql-redis-subscriptions. */
export class RedisTransport implements Transport {
  private readonly pubsub: RedisPubSub;
  private subId: number | null = null;

  constructor(
    url: string,
    private readonly channel: string,
    log: Logger,
  ) {
    const options = { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false };
    const publisher = new Redis(url, options);
    const subscriber = new Redis(url, options);
    for (const c of [publisher, subscriber])
      c.on('error', (err: Error) => log.warn({ err: err.message }, 'events: redis connection error'));
    this.pubsub = new RedisPubSub({ publisher, subscriber });
  }

  publish(batch: Batch): Promise<void> {
    return this.pubsub.publish(this.channel, batch);
  }

  async subscribe(onBatch: (batch: Batch) => void): Promise<void> {
    this.subId = await this.pubsub.subscribe<Batch>(this.channel, onBatch);
  }

  async close(): Promise<void> {
    if (this.subId !== null) this.pubsub.unsubscribe(this.subId);
    this.subId = null;
    this.pubsub.getPublisher().disconnect();
    this.pubsub.getSubscriber().disconnect();
  }
}

export type Listener = (e: EventView) => void;

const BACKFILL_PAGE = 1000;

export class EventHub {
  private lastSeen = 0;
  private chain: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<Listener>();
  private lastBatchAt = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Database,
    private readonly transport: Transport,
    private readonly log: Logger,
    private readonly syncMs = 1000,
  ) {}

  /** Every event up to here has been passed to the listeners. */
  get last(): number {
    return this.lastSeen;
  }

  async start(cursor: number): Promise<void> {
    this.lastSeen = cursor;
    this.lastBatchAt = Date.now();
    await this.transport.subscribe((b) => this.receive(b));
    this.timer = setInterval(() => {
      if (Date.now() - this.lastBatchAt >= this.syncMs) this.enqueue(() => this.catchUp());
    }, this.syncMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.transport.close();
    await this.chain;
    this.listeners.clear();
  }

  publish(batch: Batch): Promise<void> {
    return this.transport.publish(batch);
  }

  /** Registers a listener; it gets every event with an id above `last` at this moment. */
  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Extra work for every batch (e.g. waking webhook senders); runs after the listeners. */
  onBatch: ((batch: Batch) => void) | null = null;

  private receive(batch: Batch): void {
    this.lastBatchAt = Date.now();
    this.enqueue(async () => {
      if (batch.to > this.lastSeen) {
        if (batch.from > this.lastSeen) await this.backfill(batch.from);
        this.deliver(
          batch.events.filter((e) => e.id > this.lastSeen),
          batch.to,
        );
      }
      this.onBatch?.(batch);
    });
  }

  private enqueue(task: () => Promise<void>): void {
    this.chain = this.chain
      .then(task)
      .catch((err: unknown) => this.log.error({ err }, 'events: hub step failed'));
  }

  private async catchUp(): Promise<void> {
    const cursor = await this.db.read(dispatchedUpTo);
    if (cursor > this.lastSeen) await this.backfill(cursor);
  }

  /** Reads (lastSeen, upTo] from the outbox, page by page, and delivers it. */
  private async backfill(upTo: number): Promise<void> {
    for (let guard = 0; this.lastSeen < upTo && guard < 1_000_000; guard++) {
      const from = this.lastSeen;
      const events = await this.db.read((sql) =>
        readEventLog(sql, { afterId: from, upToId: upTo, limit: BACKFILL_PAGE }),
      );
      const to = events.length < BACKFILL_PAGE ? upTo : events[events.length - 1]!.id;
      this.deliver(events, to);
    }
  }

  private deliver(events: readonly EventView[], to: number): void {
    for (const e of events) {
      for (const l of this.listeners) {
        try {
          l(e);
        } catch (err) {
          this.log.error({ err }, 'events: listener failed');
        }
      }
    }
    this.lastSeen = Math.max(this.lastSeen, to);
  }
}
