// One subscriber's stream: optionally the stored events after the id it last saw (read from the
// outbox page by page, as it consumes them), then the live events from the hub, with no gap and no
// duplicate between the two. A subscriber that falls too far behind is ended with an error that
// tells it where to resume.
import type { Database } from '../db/sql';
import { AppError } from '../graphql/errors';
import { type EventView, readEventLog } from '../outbox/outbox.sql';
import type { EventHub } from './hub';

const REPLAY_PAGE = 500;

interface Waiter {
  resolve(r: IteratorResult<EventView>): void;
  reject(err: unknown): void;
}

export class SubscriptionStream implements AsyncIterableIterator<EventView> {
  private readonly queue: EventView[] = [];
  /** Live events that arrive while the stored ones are being replayed. */
  private live: EventView[] = [];
  private replayFrom: number;
  private readonly replayTo: number;
  private replaying: boolean;
  private waiter: Waiter | null = null;
  private failure: Error | null = null;
  private done = false;
  private lastSent: number;
  /** Ids up to here were seen by the client already. */
  private readonly floor: number;
  private readonly unlisten: () => void;
  /** Called once when the stream ends, however it ends. */
  onClose: (() => void) | null = null;

  constructor(
    hub: EventHub,
    private readonly db: Database,
    private readonly matches: (e: EventView) => boolean,
    afterId: number | null,
    private readonly maxQueue: number,
  ) {
    const now = hub.last;
    this.replayTo = now;
    this.replayFrom = afterId ?? now;
    this.replaying = afterId != null && afterId < now;
    this.lastSent = afterId ?? now;
    this.floor = afterId ?? 0;
    this.unlisten = hub.listen((e) => this.push(e));
  }

  private push(e: EventView): void {
    // (a hub lagging behind the one the client resumed from must not repeat what the client has seen)
    if (this.done || e.id <= this.floor || !this.matches(e)) return;
    if (this.replaying) {
      this.live.push(e);
      if (this.live.length > this.maxQueue) this.tooSlow();
      return;
    }
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      this.lastSent = e.id;
      w.resolve({ value: e, done: false });
      return;
    }
    this.queue.push(e);
    if (this.queue.length > this.maxQueue) this.tooSlow();
  }

  private tooSlow(): void {
    const resumeAfter = this.lastSent;
    this.end(
      new AppError(
        'CONFLICT',
        `this subscriber fell more than ${this.maxQueue} events behind; subscribe again with afterId ${resumeAfter}`,
        { reason: 'SLOW_CONSUMER', resumeAfterId: resumeAfter },
      ),
    );
  }

  /** Ends the stream with an error for the subscriber; nothing queued is sent after it. */
  end(error: Error): void {
    if (this.done) return;
    this.queue.length = 0;
    this.live = [];
    const w = this.waiter;
    this.waiter = null;
    this.close();
    if (w) w.reject(error);
    else this.failure = error;
  }

  private close(): void {
    if (this.done) return;
    this.done = true;
    this.unlisten();
    this.onClose?.();
    const w = this.waiter;
    this.waiter = null;
    w?.resolve({ value: undefined, done: true });
  }

  private async replayPage(): Promise<void> {
    const from = this.replayFrom;
    const events = await this.db.read((sql) =>
      readEventLog(sql, { afterId: from, upToId: this.replayTo, limit: REPLAY_PAGE }),
    );
    for (const e of events) if (this.matches(e)) this.queue.push(e);
    this.replayFrom = events.length > 0 ? events[events.length - 1]!.id : this.replayTo;
    if (events.length < REPLAY_PAGE || this.replayFrom >= this.replayTo) {
      // stored events done: the live ones gathered meanwhile follow (all have ids above replayTo)
      this.replaying = false;
      this.queue.push(...this.live);
      this.live = [];
    }
  }

  async next(): Promise<IteratorResult<EventView>> {
    for (;;) {
      if (this.failure) {
        const f = this.failure;
        this.failure = null;
        throw f;
      }
      const e = this.queue.shift();
      if (e) {
        this.lastSent = e.id;
        return { value: e, done: false };
      }
      if (this.done) return { value: undefined, done: true };
      if (this.replaying) {
        await this.replayPage();
        continue;
      }
      return new Promise((resolve, reject) => {
        this.waiter = { resolve, reject };
      });
    }
  }

  async return(): Promise<IteratorResult<EventView>> {
    this.close();
    this.queue.length = 0;
    return { value: undefined, done: true };
  }

  async throw(err?: unknown): Promise<IteratorResult<EventView>> {
    this.close();
    throw err;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<EventView> {
    return this;
  }
}
