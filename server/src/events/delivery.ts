// Webhook delivery: each endpoint has its own pump on every instance. A pump's cycle is one short
// transaction that records the attempts that finished and claims the next deliveries the endpoint may
// take; the HTTP requests run outside any transaction, so a slow endpoint only ever holds its own slots.
//
// Claiming (per endpoint, in one transaction):
//   - the endpoint row is locked (FOR UPDATE SKIP LOCKED on PostgreSQL: one claimer per endpoint at a
//     time, the others skip it), which makes its concurrency limit global across instances;
//   - due rows are read FOR UPDATE SKIP LOCKED and only the head of each (endpoint, coupon) queue is
//     taken, so a coupon's events go out one after the other, in order;
//   - a taken row becomes SENDING with a lease (nextAttemptAt = now + timeout + grace), attempts + 1,
//     and a fresh claim token; results are written only where the token still matches, so an attempt
//     whose lease ran out (its instance died or stalled) and was taken again is recorded once.
// Rows queued behind a head waiting for its retry are moved to that retry time (by record() and by
// the dispatcher for rows it adds), so the due scans do not keep passing over them. On PostgreSQL the
// claim skips non-heads itself; on SQLite rows behind a head this instance is sending also leave the
// scans until it finishes (heads()).
//
// PostgreSQL: a cycle is one round trip, `SELECT webhook_cycle(...)` (a PL/pgSQL function, migration
// Migration20261125161831): it writes the successes, then takes the endpoint's lock and claims, each
// step a statement with a fresh snapshot, all in that statement's transaction. A pump is bound by its
// endpoint's concurrency limit, so what it delivers per second is that limit over the time a slot
// stays taken (request + wait + cycle): five round trips per cycle made the cycle as long as the
// request itself. Results that need more (retries, dead letters, health changes) are written first in
// their own transaction by record(), as on SQLite.
// Those commits do not wait for the WAL flush (synchronous_commit off for the transaction). That cannot
// lose an event: the outbox rows and the dispatcher's cursor and deliveries are committed with full
// durability, and the WAL is replayed in order, so a crash can only take back the last claims and
// results; their rows are then PENDING or SENDING again and the events are sent again, with the same
// webhook-id, which at-least-once delivery allows (as does a crash between a request and its record).
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Config } from '../config';
import { fillCouponColumns, toEventView } from '../outbox/outbox.sql';
import { boolColumn, type Database, type Sql, type Statement } from '../db/sql';
import { runGrouped } from '../db/writes';
import type { Logger } from '../logger';
import { webhookDisabled } from '../outbox/events';
import { writeEvents } from '../outbox/outbox';
import {
  type AttemptLog,
  attemptInserts,
  beat,
  type CandidateRow,
  disableEndpoint,
  dueDeliveries,
  dueTimes,
  type EndpointClaimRow,
  endLeasesOf,
  endpointForClaim,
  failDelivery,
  holdQueueUntil,
  instances,
  markDead,
  markFailing,
  markHealthy,
  postponeStatements,
  queueRows,
  releaseStatement,
  retryDelivery,
  runCycle,
  sendingCount,
  succeedStatements,
  takeDeliveries,
} from './delivery.sql';
import type { EventView } from '../outbox/outbox.sql';
import { nextRetryDelay } from './schedule';
import type { AttemptResult, WebhookSender } from './sender';
import { signedHeaders, webhookBody, webhookId } from './signing';

const SCAN_MS = 250;
/** Due rows read per claim at most (heads and the rows queued behind them). */
const MAX_SCAN = 1000;
/** How long a pump waits for its requests in flight before its next transaction. */
const SETTLE_MS = 10;

/** This process, as named in the delivery log. */
export const INSTANCE = `${process.pid}-${randomBytes(3).toString('hex')}`;
/** This process's heartbeat id: its claim tokens start with it (see WebhookInstance). */
export const INSTANCE_TAG = randomBytes(4).toString('hex');

interface Claimed {
  deliveryId: number;
  token: string;
  attempt: number;
  orderKey: string;
  event: EventView;
  url: string;
  secrets: string[];
}

interface Finished {
  claimed: Claimed;
  result: AttemptResult;
  startedAt: number;
}

export type DeliveryConfig = Pick<
  Config,
  | 'WEBHOOK_TIMEOUT_MS'
  | 'WEBHOOK_LEASE_GRACE_MS'
  | 'WEBHOOK_RETRY_JITTER_PCT'
  | 'WEBHOOK_DISABLE_AFTER_SECONDS'
  | 'WEBHOOK_HEARTBEAT_MS'
  | 'WEBHOOK_INSTANCE_DEAD_MS'
>;

/** last_error of a delivery whose event was deleted before it went out. */
const MISSING_EVENT = 'the event is no longer stored';
/** The log's error for an attempt whose lease ran out (its instance died or stalled). */
const LEASE_RAN_OUT = 'lease ran out: the instance sending it stopped answering';

/** Whether a process of this host with this pid runs (this process's own pid: a predecessor in a container). */
function processAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Appends `id` to the list kept under `key`. */
function push<K>(map: Map<K, number[]>, key: K, ...ids: number[]): void {
  const list = map.get(key);
  if (list) list.push(...ids);
  else map.set(key, [...ids]);
}

/** A claim's limits: its token, its lease, and what it may take. */
interface ClaimPlan {
  now: number;
  token: string;
  leaseUntil: number;
}

export class DeliveryWorker {
  private readonly pumps = new Map<string, EndpointPump>();
  private timer: NodeJS.Timeout | null = null;
  private heart: NodeJS.Timeout | null = null;
  private scanning = false;
  stopping = false;
  readonly abort = new AbortController();

  constructor(
    readonly db: Database,
    readonly config: DeliveryConfig,
    readonly schedule: readonly number[],
    readonly sender: WebhookSender,
    readonly log: Logger,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.scan(), SCAN_MS);
    this.timer.unref();
    void this.heartbeat().then(() => this.scan());
    this.heart = setInterval(() => void this.heartbeat(), this.config.WEBHOOK_HEARTBEAT_MS);
    this.heart.unref();
  }

  /**
   * Writes this instance's heartbeat and ends the leases of instances known dead: silent for
   * WEBHOOK_INSTANCE_DEAD_MS, or on this host with their process gone (a restart reclaims its
   * predecessor's leases at once). Their attempts are then taken over as leases that ran out.
   */
  private async heartbeat(): Promise<void> {
    if (this.stopping) return;
    try {
      const now = Date.now();
      const host = hostname();
      const dead = await this.db.tx(async (sql) => {
        await beat(sql, INSTANCE_TAG, host, process.pid, now);
        const gone = (await instances(sql)).filter(
          (i) =>
            i.id !== INSTANCE_TAG &&
            (Number(i.heartbeat_at) < now - this.config.WEBHOOK_INSTANCE_DEAD_MS ||
              (i.host === host && !processAlive(Number(i.pid)))),
        );
        for (const i of gone) await endLeasesOf(sql, i.id, now);
        return gone.map((i) => i.id);
      });
      if (dead.length) {
        this.log.warn({ instances: dead }, 'events: took over the webhook leases of dead instances');
        void this.scan();
      }
    } catch (err) {
      this.log.warn({ err }, 'events: webhook heartbeat failed');
    }
  }

  /** Wakes the pumps of these endpoints (new deliveries, a replay, a re-enabled endpoint). */
  kick(endpointIds: Iterable<string>): void {
    if (this.stopping) return;
    for (const id of endpointIds) this.pump(id).kick();
  }

  private pump(id: string): EndpointPump {
    let p = this.pumps.get(id);
    if (!p) {
      p = new EndpointPump(this, id);
      this.pumps.set(id, p);
    }
    return p;
  }

  /** A new claim's token and lease. */
  plan(now: number): ClaimPlan {
    const leaseUntil = now + this.config.WEBHOOK_TIMEOUT_MS + this.config.WEBHOOK_LEASE_GRACE_MS;
    return { now, token: INSTANCE_TAG + randomBytes(12).toString('hex'), leaseUntil };
  }

  /** Finds endpoints with due work (retries coming due, leases run out, other instances' batches). */
  private async scan(): Promise<void> {
    if (this.scanning || this.stopping) return;
    this.scanning = true;
    try {
      const now = Date.now();
      const due = (t: number | null) => t != null && Number(t) <= now;
      // the earliest due time of each endpoint's queue
      const rows = (await this.db.read(dueTimes)).filter((r) => due(r.p) || due(r.s));
      for (const r of rows) if (due(r.s)) this.pump(r.id).expiredDue = true;
      this.kick(rows.map((r) => r.id));
      // forget idle pumps of endpoints that went away
      for (const [id, p] of this.pumps) if (p.idle && !rows.some((r) => r.id === id)) this.pumps.delete(id);
    } catch (err) {
      this.log.error({ err }, 'events: delivery scan failed');
    } finally {
      this.scanning = false;
    }
  }

  /** Stops claiming, abandons requests in flight (their rows go back to PENDING at once) and records what finished. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    if (this.heart) clearInterval(this.heart);
    this.timer = null;
    this.abort.abort();
    for (let i = 0; i < 250 && [...this.pumps.values()].some((p) => p.inflight > 0 || p.running); i++)
      await sleep(20);
    for (const p of this.pumps.values()) await p.flush();
  }
}

/** What record() gathered from a set of results, written together. */
interface Outcomes {
  /** Successes by claim token and HTTP status. */
  succeeded: Map<string, number[]>;
  /** Attempts abandoned at shutdown. */
  released: Finished[];
  /** Rows to wake (next attempt time -> ids): those this instance parked behind the heads that finished. */
  wake: Map<number, number[]>;
  anyOk: boolean;
  anyFail: boolean;
  /** An endpoint answered 410 Gone. */
  gone: boolean;
}

class EndpointPump {
  inflight = 0;
  running = false;
  private again = false;
  private readonly finished: Finished[] = [];
  /** The endpoint's concurrency as last read; no claim transaction while this many are in flight here. */
  private cap = Number.POSITIVE_INFINITY;
  private retryTimer: NodeJS.Timeout | null = null;
  /** Set by the scan when a lease of this endpoint ran out; checked once per claim until none are left. */
  expiredDue = true;
  /** The endpoint's failure state as this instance last wrote it (undefined: not known). */
  private healthy: boolean | undefined = undefined;
  private successWrittenAt = 0;
  /** Deliveries this instance has in flight. */
  private readonly flight = new Set<number>();
  /** Rows moved to the lease end of a head this instance has in flight: woken when it finishes. */
  private readonly blockedBy = new Map<number, number[]>();

  constructor(
    private readonly w: DeliveryWorker,
    private readonly endpointId: string,
  ) {}

  get idle(): boolean {
    return !this.running && this.inflight === 0 && this.finished.length === 0;
  }

  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.loop();
  }

  private async loop(): Promise<void> {
    try {
      for (let i = 0; i < 10_000; i++) {
        this.again = false;
        // completions that arrive in the same turn of the event loop share one transaction, and
        // requests about to finish are waited for briefly: one transaction then frees and refills
        // every slot, instead of half of them each time
        await new Promise((resolve) => setImmediate(resolve));
        if (this.inflight > 0 && !this.w.stopping) await this.settle(SETTLE_MS);
        await this.cycle();
        if (!this.again) break;
      }
    } finally {
      this.running = false;
    }
  }

  private settled: (() => void) | null = null;

  /** Resolves when nothing is in flight any more, or after `ms`. */
  private settle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.settled = null;
        resolve();
      }, ms);
      this.settled = () => {
        clearTimeout(timer);
        this.settled = null;
        resolve();
      };
    });
  }

  async flush(): Promise<void> {
    while (this.running) await sleep(10);
    this.running = true;
    try {
      await this.cycle();
    } finally {
      this.running = false;
    }
  }

  private async cycle(): Promise<void> {
    const results = this.finished.splice(0);
    const claim = !this.w.stopping && this.inflight < this.cap;
    if (results.length === 0 && !claim) return;
    /** Results not yet written (put back when the cycle fails). */
    let unwritten = results;
    let claimed: Claimed[];
    try {
      if (this.w.db.dialect === 'postgresql') {
        if (!this.recordsInCycle(results)) {
          // retries, dead letters, health changes: several statements, in their own transaction first
          await this.w.db.tx((sql) => this.record(sql, results));
          unwritten = [];
        }
        claimed = await this.w.db.read((sql) => this.cyclePg(sql, unwritten, claim));
      } else {
        claimed = await this.w.db.tx(async (sql) => {
          if (results.length > 0) await this.record(sql, results);
          return claim ? this.claim(sql) : [];
        });
      }
    } catch (err) {
      this.finished.unshift(...unwritten);
      this.retryLater(err);
      return;
    }
    for (const c of claimed) this.send(c);
  }

  /** A cycle failed: its results were put back; the pump tries again in a second. */
  private retryLater(err: unknown): void {
    this.w.log.error({ err, endpointId: this.endpointId }, 'events: delivery cycle failed; retrying');
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.kick();
    }, 1000);
    this.retryTimer.unref();
  }

  /**
   * PostgreSQL: whether these results can be written by webhook_cycle() itself: successes only (each
   * is one UPDATE and one log row) and no endpoint health write due.
   */
  private recordsInCycle(results: readonly Finished[]): boolean {
    if (results.length === 0) return true;
    if (results.some((f) => f.result.outcome !== 'SUCCEEDED')) return false;
    return !this.successWriteDue(Math.floor(Date.now() / 1000));
  }

  private successWriteDue(nowS: number): boolean {
    return this.healthy !== true || nowS - this.successWrittenAt >= 10;
  }

  /**
   * PostgreSQL: one cycle in one round trip, webhook_cycle() (migration Migration20261125161831): it
   * writes these successes, then, when `claim`, takes the endpoint's lock and claims exactly as claim()
   * describes, each step a statement with its own snapshot, all in the statement's transaction.
   */
  private async cyclePg(sql: Sql, done: readonly Finished[], claim: boolean): Promise<Claimed[]> {
    if (done.length === 0 && !claim) return [];
    const plan = this.w.plan(Date.now());
    const checkExpired = this.expiredDue;
    const r = await runCycle(sql, {
      endpointId: this.endpointId,
      now: plan.now,
      leaseUntil: plan.leaseUntil,
      token: plan.token,
      claim,
      checkExpired,
      successes: done.map((f) => ({
        id: f.claimed.deliveryId,
        token: f.claimed.token,
        event_id: f.claimed.event.id,
        attempt: f.claimed.attempt,
        started_at: f.startedAt,
        duration_ms: f.result.durationMs,
        status_code: f.result.statusCode,
        excerpt: f.result.excerpt,
      })),
      instance: INSTANCE,
    });
    if (!r?.endpoint) return []; // not claiming, or another instance is claiming for this endpoint
    if (!this.mayClaim(r.endpoint)) return [];
    if (checkExpired) this.expiredDue = r.more_expired;
    // webhook_cycle() reads the outbox row as stored: a coupon event's template, campaign and code
    // come from its coupon (outbox.sql.ts)
    return this.claimedRows(r.endpoint, plan, await fillCouponColumns(sql, [...r.expired, ...r.pending]));
  }

  /** Whether the endpoint takes deliveries (enabled, its partner key not revoked); reads its limit. */
  private mayClaim(ep: EndpointClaimRow): boolean {
    if (ep.owner_key_id && ep.key_revoked_at != null) return false; // its partner key was revoked
    if (!boolColumn(ep.enabled)) return false;
    this.cap = Math.max(1, ep.max_concurrency);
    return true;
  }

  private send(c: Claimed): void {
    this.inflight++;
    this.flight.add(c.deliveryId);
    const startedAt = Date.now();
    const body = webhookBody(c.event);
    const headers = signedHeaders(webhookId(c.event.id), body, c.secrets, startedAt);
    void this.w.sender
      .send({ url: c.url, body, headers, signal: this.w.abort.signal })
      .catch((err: unknown): AttemptResult => ({
        outcome: 'NETWORK_ERROR',
        statusCode: null,
        durationMs: Date.now() - startedAt,
        excerpt: null,
        error: String(err).slice(0, 500),
        retryAfterMs: null,
      }))
      .then((result) => {
        this.inflight--;
        this.flight.delete(c.deliveryId);
        this.finished.push({ claimed: c, result, startedAt });
        if (this.inflight === 0) this.settled?.();
        this.kick();
      });
  }

  /**
   * SQLite (in process: no round trips, and its write transaction already excludes other writers):
   * takes up to the endpoint's free slots of due head-of-queue deliveries. PostgreSQL runs the same
   * steps in webhook_cycle().
   */
  private async claim(sql: Sql): Promise<Claimed[]> {
    const plan = this.w.plan(Date.now());
    const ep = await endpointForClaim(sql, this.endpointId);
    if (!ep || !this.mayClaim(ep)) return []; // gone, disabled or its key revoked
    const free = this.cap - (await sendingCount(sql, this.endpointId, plan.now));
    if (free <= 0) return [];
    const expired = await this.expiredHeads(sql, plan.now, free);
    const pending = await this.dueHeads(sql, plan.now, free - expired.length);
    const take = [...expired, ...pending];
    if (take.length === 0) return [];
    await takeDeliveries(
      sql,
      take.map((c) => Number(c.id)),
      plan.leaseUntil,
      plan.token,
    );
    await this.logAbandoned(sql, expired, plan.now);
    const out = this.claimedRows(ep, plan, take);
    if (out.length < take.length) {
      const missing = take.filter((c) => c.o_id == null).map((c) => Number(c.id));
      await markDead(sql, missing, MISSING_EVENT, plan.now);
    }
    return out;
  }

  /** 1. Attempts whose instance went silent (their lease ran out) go first: each is the head of its queue. */
  private async expiredHeads(sql: Sql, now: number, free: number): Promise<CandidateRow[]> {
    if (!this.expiredDue) return [];
    const expired = await dueDeliveries(sql, this.endpointId, 'SENDING', now, free);
    this.expiredDue = expired.length >= free;
    return expired;
  }

  /**
   * 2. Due rows that are the head of their coupon's queue (no earlier row of it still open): the due
   * rows in order, then their heads, decided here.
   */
  private async dueHeads(sql: Sql, now: number, want: number): Promise<CandidateRow[]> {
    if (want <= 0) return [];
    const candidates = await dueDeliveries(
      sql,
      this.endpointId,
      'PENDING',
      now,
      Math.min(MAX_SCAN, want * 2 + 20),
    );
    return this.heads(sql, candidates, want, now);
  }

  /** The attempts cut short by a lease running out: in the log as abandoned before they are tried again. */
  private async logAbandoned(sql: Sql, expired: readonly CandidateRow[], now: number): Promise<void> {
    if (expired.length === 0) return;
    const logs = expired.map((c): AttemptLog => ({
      deliveryId: Number(c.id),
      endpointId: this.endpointId,
      eventId: Number(c.event_id),
      attempt: Number(c.attempts),
      startedAt: now,
      durationMs: 0,
      outcome: 'ABANDONED',
      error: LEASE_RAN_OUT,
    }));
    for (const st of attemptInserts(logs)) await sql.run(st.sql, st.params);
  }

  /** The claimed rows as attempts to make (rows whose event is no longer stored left out: they go DEAD). */
  private claimedRows(ep: EndpointClaimRow, plan: ClaimPlan, take: readonly CandidateRow[]): Claimed[] {
    const secrets = [ep.secret];
    const previousValid =
      ep.previous_secret_until != null && Number(ep.previous_secret_until) * 1000 > plan.now;
    if (ep.previous_secret && previousValid) secrets.push(ep.previous_secret);
    const out: Claimed[] = [];
    for (const c of take) {
      if (c.o_id == null) continue;
      out.push({
        deliveryId: Number(c.id),
        token: plan.token,
        attempt: Number(c.attempts) + 1,
        orderKey: c.order_key,
        event: toEventView({ ...c, id: c.o_id }),
        url: ep.url,
        secrets,
      });
    }
    return out;
  }

  /**
   * SQLite: which candidates head their coupon's queue (up to `want`). Rows queued behind a head that
   * cannot move yet leave the due scans: behind a retry, until its time; behind a head this instance
   * is sending, until its lease ends or, sooner, it finishes (record() wakes them).
   */
  private async heads(
    sql: Sql,
    candidates: readonly CandidateRow[],
    want: number,
    now: number,
  ): Promise<CandidateRow[]> {
    if (candidates.length === 0) return [];
    const heads = new Map<string, { id: number; status: string; next: number }>();
    const keys = [...new Set(candidates.map((c) => c.order_key))];
    for (const r of await queueRows(sql, this.endpointId, keys)) {
      const open = r.status === 'PENDING' || r.status === 'SENDING';
      if (open && !heads.has(r.order_key))
        heads.set(r.order_key, { id: Number(r.id), status: r.status, next: Number(r.next_attempt_at) });
    }
    const pending: CandidateRow[] = [];
    const later = new Map<number, number[]>();
    for (const c of candidates) {
      const head = heads.get(c.order_key);
      if (!head || head.id === Number(c.id)) {
        if (pending.length < want) pending.push(c);
      } else if (head.next > now && (head.status === 'PENDING' || this.flight.has(head.id))) {
        push(later, head.next, Number(c.id));
        if (head.status === 'SENDING') push(this.blockedBy, head.id, Number(c.id));
      }
    }
    for (const [at, ids] of later)
      for (const st of postponeStatements(at, ids)) await sql.run(st.sql, st.params);
    return pending;
  }

  /** Writes finished attempts: delivery states, the attempt log, successors' wake-up times, endpoint health. */
  private async record(sql: Sql, results: readonly Finished[]): Promise<void> {
    const now = Date.now();
    const o: Outcomes = {
      succeeded: new Map(),
      released: [],
      wake: new Map(),
      anyOk: false,
      anyFail: false,
      gone: false,
    };
    for (const f of results) {
      if (f.result.outcome === 'SUCCEEDED') {
        push(o.succeeded, `${f.claimed.token}|${f.result.statusCode}`, f.claimed.deliveryId);
        o.anyOk = true;
        this.wakeBehind(o, now, f.claimed.deliveryId);
      } else if (f.result.outcome === 'ABANDONED') {
        o.released.push(f);
        this.wakeBehind(o, now, f.claimed.deliveryId);
      } else {
        await this.recordFailure(sql, o, f, now);
      }
    }
    // one round trip on PostgreSQL: the updates touch different rows, and the log rows are new
    await runGrouped(sql, [
      ...this.settledStatements(o, now),
      ...attemptInserts(results.map((f) => this.logLine(f))),
    ]);
    await this.health(sql, o.anyOk, o.anyFail, o.gone);
  }

  /** The rows this instance parked behind `deliveryId` are due at `at`. */
  private wakeBehind(o: Outcomes, at: number, deliveryId: number): void {
    const ids = this.blockedBy.get(deliveryId);
    if (!ids) return;
    this.blockedBy.delete(deliveryId);
    push(o.wake, at, ...ids);
  }

  /** A failed attempt: retried on the schedule (its coupon's later events wait with it), or DEAD. */
  private async recordFailure(sql: Sql, o: Outcomes, f: Finished, now: number): Promise<void> {
    const { claimed: c, result: r } = f;
    o.anyFail = true;
    if (r.statusCode === 410) o.gone = true;
    const delay = nextRetryDelay(
      this.w.schedule,
      c.attempt,
      this.w.config.WEBHOOK_RETRY_JITTER_PCT,
      r.retryAfterMs,
    );
    const error = (r.error ?? (r.statusCode != null ? `HTTP ${r.statusCode}` : r.outcome)).slice(0, 500);
    const row = { id: c.deliveryId, token: c.token, statusCode: r.statusCode, error };
    if (delay === null) {
      await failDelivery(sql, { ...row, now });
      this.wakeBehind(o, now, c.deliveryId);
      return;
    }
    const at = now + delay;
    this.wakeBehind(o, at, c.deliveryId);
    const changed = await retryDelivery(sql, { ...row, at });
    if (changed > 0 && !c.orderKey.startsWith('event:')) {
      // the coupon's later events wait for it: keep them out of the due scans until then
      await holdQueueUntil(sql, {
        endpointId: this.endpointId,
        orderKey: c.orderKey,
        afterId: c.deliveryId,
        at,
      });
    }
  }

  /** Successes, released attempts and woken successors, as independent statements. */
  private settledStatements(o: Outcomes, now: number): Statement[] {
    const writes: Statement[] = [];
    for (const [k, ids] of o.succeeded) {
      const [token, code] = k.split('|') as [string, string];
      writes.push(...succeedStatements(token, Number(code), ids, now));
    }
    // shut down mid-request: back to the queue at once, and the attempt does not count
    for (const f of o.released) writes.push(releaseStatement(f.claimed.deliveryId, f.claimed.token, now));
    for (const [at, ids] of o.wake) writes.push(...postponeStatements(at, ids));
    return writes;
  }

  private logLine(f: Finished): AttemptLog {
    return {
      deliveryId: f.claimed.deliveryId,
      endpointId: this.endpointId,
      eventId: f.claimed.event.id,
      attempt: f.claimed.attempt,
      startedAt: f.startedAt,
      durationMs: f.result.durationMs,
      outcome: f.result.outcome,
      statusCode: f.result.statusCode,
      responseExcerpt: f.result.excerpt,
      error: f.result.error,
      instance: INSTANCE,
    };
  }

  private async health(sql: Sql, ok: boolean, failed: boolean, gone: boolean): Promise<void> {
    const nowS = Math.floor(Date.now() / 1000);
    if (ok) {
      // written when the state changes, and lastSuccessAt at most every 10 s
      if (this.successWriteDue(nowS)) {
        await markHealthy(sql, this.endpointId, nowS);
        this.healthy = true;
        this.successWrittenAt = nowS;
      }
    } else if (failed) {
      this.healthy = false;
      await markFailing(sql, this.endpointId, nowS);
      await this.disableWhenFailingTooLong(sql, nowS);
    }
    if (gone) {
      await this.disable(sql, nowS, 'GONE: the endpoint answered 410 Gone', undefined, () =>
        this.w.log.warn(
          { endpointId: this.endpointId },
          'webhook endpoint disabled: it answered 410 Gone (staff: see webhookEndpoints)',
        ),
      );
    }
  }

  /** WEBHOOK_DISABLE_AFTER_SECONDS without a success disables the endpoint (0: never). */
  private async disableWhenFailingTooLong(sql: Sql, nowS: number): Promise<void> {
    const after = this.w.config.WEBHOOK_DISABLE_AFTER_SECONDS;
    if (after <= 0) return;
    await this.disable(sql, nowS, `FAILING: no successful delivery for ${after} seconds`, nowS - after, () =>
      this.w.log.warn(
        { endpointId: this.endpointId, failingForSeconds: after },
        'webhook endpoint disabled: failing too long (staff: see webhookEndpoints)',
      ),
    );
  }

  /** Disables the endpoint (when it is still enabled) and announces it. */
  private async disable(
    sql: Sql,
    nowS: number,
    reason: string,
    failingSince: number | undefined,
    logIt: () => void,
  ): Promise<void> {
    if (!(await disableEndpoint(sql, { endpointId: this.endpointId, reason, nowS, failingSince }))) return;
    await this.announceDisabled(sql, reason, nowS);
    logIt();
  }

  /**
   * Staff are told through the event stream: a `webhook.disabled` event, committed with the change,
   * reaches staff subscriptions (`couponEvents`), the event log and any endpoint that listens for it.
   */
  private announceDisabled(sql: Sql, reason: string, at: number): Promise<void> {
    return writeEvents(sql, [webhookDisabled(this.endpointId, reason, at)], at);
  }
}
