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
import type { Config } from '../config';
import type { Database, Sql } from '../db/sql';
import { valuesList } from '../db/sql';
import { runGrouped } from '../db/writes';
import type { Logger } from '../logger';
import { webhookDisabled } from '../outbox/events';
import { writeEvents } from '../outbox/outbox';
import type { AttemptOutcome } from './events.entity';
import { type EventView, toEventView } from './filters';
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

interface EndpointClaimRow {
  id: string;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_until: number | null;
  max_concurrency: number;
  enabled: unknown;
  owner_key_id: string | null;
  key_revoked_at: number | null;
}

interface CandidateRow {
  id: number;
  event_id: number;
  order_key: string;
  attempts: number;
  status: string;
  /** The event's columns (null when the event is no longer stored). */
  o_id: number | null;
  type: string;
  coupon_id: string | null;
  template_id: string | null;
  campaign_id: string | null;
  user_id: string | null;
  merchant_id: string | null;
  payload: string | Record<string, unknown>;
  created_at: number;
}

/** A delivery row with its event, in one read. */
const CANDIDATE_COLUMNS = `d.id, d.event_id, d.order_key, d.attempts, d.status, o.id AS o_id, o.type, o.coupon_id, o.template_id,
       o.campaign_id, o.user_id, o.merchant_id, o.payload, o.created_at`;
const CANDIDATE_FROM = `webhook_delivery d LEFT JOIN outbox_event o ON o.id = d.event_id`;
const CANDIDATE = `SELECT ${CANDIDATE_COLUMNS} FROM ${CANDIDATE_FROM}`;

export type DeliveryConfig = Pick<
  Config,
  | 'WEBHOOK_TIMEOUT_MS'
  | 'WEBHOOK_LEASE_GRACE_MS'
  | 'WEBHOOK_RETRY_JITTER_PCT'
  | 'WEBHOOK_DISABLE_AFTER_SECONDS'
>;

/** last_error of a delivery whose event was deleted before it went out. */
const MISSING_EVENT = 'the event is no longer stored';
/** The log's error for an attempt whose lease ran out (its instance died or stalled). */
const LEASE_RAN_OUT = 'lease ran out: the instance sending it stopped answering';

/** What webhook_cycle() answers (json; null when it did not claim). */
interface CycleResult {
  /** Null when another instance holds the endpoint's claim lock (or the endpoint is gone). */
  endpoint: EndpointClaimRow | null;
  expired: CandidateRow[];
  pending: CandidateRow[];
  /** The lease-expired rows may not all have been taken (only meaningful when they were checked). */
  more_expired: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const inList = (n: number) => new Array(n).fill('?').join(', ');

export class DeliveryWorker {
  private readonly pumps = new Map<string, EndpointPump>();
  private timer: NodeJS.Timeout | null = null;
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
    void this.scan();
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

  /** Finds endpoints with due work (retries coming due, leases run out, other instances' batches). */
  private async scan(): Promise<void> {
    if (this.scanning || this.stopping) return;
    this.scanning = true;
    try {
      const now = Date.now();
      // the earliest due time of each endpoint's queue: one index probe per endpoint and status
      const rows = await this.db
        .read((sql) =>
          sql.all<{ id: string; p: number | null; s: number | null }>(
            `SELECT e.id,
                  (SELECT MIN(d.next_attempt_at) FROM webhook_delivery d WHERE d.endpoint_id = e.id AND d.status = 'PENDING') AS p,
                  (SELECT MIN(d.next_attempt_at) FROM webhook_delivery d WHERE d.endpoint_id = e.id AND d.status = 'SENDING') AS s
             FROM webhook_endpoint e WHERE e.enabled = ?`,
            [true],
          ),
        )
        .then((all) =>
          all.filter((r) => (r.p != null && Number(r.p) <= now) || (r.s != null && Number(r.s) <= now)),
        );
      for (const r of rows) if (r.s != null && Number(r.s) <= now) this.pump(r.id).expiredDue = true;
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
    this.timer = null;
    this.abort.abort();
    for (let i = 0; i < 250 && [...this.pumps.values()].some((p) => p.inflight > 0 || p.running); i++)
      await sleep(20);
    for (const p of this.pumps.values()) await p.flush();
  }
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
    let claimed: Claimed[];
    /** Results not yet written (put back when the cycle fails). */
    let unwritten = results;
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
      this.w.log.error({ err, endpointId: this.endpointId }, 'events: delivery cycle failed; retrying');
      if (!this.retryTimer) {
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          this.kick();
        }, 1000);
        this.retryTimer.unref();
      }
      return;
    }
    for (const c of claimed) this.send(c);
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
    const now = Date.now();
    const token = randomBytes(12).toString('hex');
    const leaseUntil = now + this.w.config.WEBHOOK_TIMEOUT_MS + this.w.config.WEBHOOK_LEASE_GRACE_MS;
    const checkExpired = this.expiredDue;
    const row = await sql.get<{ r: CycleResult | null }>(
      `SELECT webhook_cycle(?, ?, ?, ?, ?, ?, ?, ?) AS r`,
      [
        this.endpointId,
        now,
        leaseUntil,
        token,
        claim,
        checkExpired,
        done.length > 0
          ? JSON.stringify(
              done.map((f) => ({
                id: f.claimed.deliveryId,
                token: f.claimed.token,
                event_id: f.claimed.event.id,
                attempt: f.claimed.attempt,
                started_at: f.startedAt,
                duration_ms: f.result.durationMs,
                status_code: f.result.statusCode,
                excerpt: f.result.excerpt,
              })),
            )
          : null,
        INSTANCE,
      ],
    );
    const r = row?.r;
    if (!r?.endpoint) return []; // not claiming, or another instance is claiming for this endpoint
    const ep = r.endpoint;
    if (ep.owner_key_id && ep.key_revoked_at != null) return [];
    if (!ep.enabled) return [];
    this.cap = Math.max(1, ep.max_concurrency);
    if (checkExpired) this.expiredDue = r.more_expired;
    return this.claimedRows(ep, token, now, [...r.expired, ...r.pending]);
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
    const now = Date.now();
    const ep = await sql.get<EndpointClaimRow>(
      `SELECT e.id, e.url, e.secret, e.previous_secret, e.previous_secret_until, e.max_concurrency, e.enabled, e.owner_key_id,
              k.revoked_at AS key_revoked_at
         FROM webhook_endpoint e LEFT JOIN api_key k ON k.id = e.owner_key_id
        WHERE e.id = ?`,
      [this.endpointId],
    );
    if (!ep) return []; // gone
    if (ep.owner_key_id && ep.key_revoked_at != null) return []; // its partner key was revoked
    if (!(ep.enabled === true || ep.enabled === 1)) return [];
    this.cap = Math.max(1, ep.max_concurrency);
    const token = randomBytes(12).toString('hex');
    const leaseUntil = now + this.w.config.WEBHOOK_TIMEOUT_MS + this.w.config.WEBHOOK_LEASE_GRACE_MS;
    // requests in flight for this endpoint on every instance
    const busy = Number(
      (
        await sql.get<{ n: number }>(
          `SELECT COUNT(*) AS n FROM webhook_delivery b WHERE b.endpoint_id = ? AND b.status = 'SENDING' AND b.next_attempt_at > ?`,
          [this.endpointId, now],
        )
      )?.n ?? 0,
    );
    if (this.cap - busy <= 0) return [];

    // 1. attempts whose instance went silent (their lease ran out) go first: each is the head of its queue
    let expired: CandidateRow[] = [];
    if (this.expiredDue) {
      expired = await sql.all<CandidateRow>(
        `${CANDIDATE} WHERE d.endpoint_id = ? AND d.status = 'SENDING' AND d.next_attempt_at <= ?
          ORDER BY d.next_attempt_at LIMIT ${this.cap - busy}`,
        [this.endpointId, now],
      );
      this.expiredDue = expired.length >= this.cap - busy;
    }

    // 2. due rows that are the head of their coupon's queue (no earlier row of it still open): the due
    // rows in order, then their heads, decided here
    const want = this.cap - busy - expired.length;
    const candidates =
      want <= 0
        ? []
        : await sql.all<CandidateRow>(
            `${CANDIDATE} WHERE d.endpoint_id = ? AND d.status = 'PENDING' AND d.next_attempt_at <= ?
              ORDER BY d.next_attempt_at LIMIT ${Math.min(MAX_SCAN, want * 2 + 20)}`,
            [this.endpointId, now],
          );
    const pending = await this.heads(sql, candidates, want, now);
    const take = [...expired, ...pending];
    if (take.length === 0) return [];
    const ids = take.map((c) => Number(c.id));
    await sql.run(
      `UPDATE webhook_delivery SET status = 'SENDING', attempts = attempts + 1, next_attempt_at = ?, claim_token = ? WHERE id IN (${inList(ids.length)})`,
      [leaseUntil, token, ...ids],
    );
    if (expired.length > 0) {
      // the attempts cut short: in the log as abandoned before they are tried again
      await sql.run(
        `INSERT INTO webhook_attempt (delivery_id, endpoint_id, event_id, attempt, started_at, duration_ms, outcome, status_code, response_excerpt, error, instance)
         VALUES ${valuesList(expired.length, 11)}`,
        expired.flatMap((c) => [
          c.id,
          this.endpointId,
          c.event_id,
          c.attempts,
          now,
          0,
          'ABANDONED',
          null,
          null,
          LEASE_RAN_OUT,
          null,
        ]),
      );
    }
    const out = this.claimedRows(ep, token, now, take);
    if (out.length < take.length) {
      const missing = take.filter((c) => c.o_id == null).map((c) => Number(c.id));
      await sql.run(
        `UPDATE webhook_delivery SET status = 'DEAD', last_error = ?, finished_at = ?, claim_token = NULL WHERE id IN (${inList(missing.length)})`,
        [MISSING_EVENT, now, ...missing],
      );
    }
    return out;
  }

  /** The claimed rows as attempts to make (rows whose event is no longer stored left out: they go DEAD). */
  private claimedRows(
    ep: EndpointClaimRow,
    token: string,
    now: number,
    take: readonly CandidateRow[],
  ): Claimed[] {
    const secrets = [ep.secret];
    if (
      ep.previous_secret &&
      ep.previous_secret_until != null &&
      Number(ep.previous_secret_until) * 1000 > now
    ) {
      secrets.push(ep.previous_secret);
    }
    const out: Claimed[] = [];
    for (const c of take) {
      if (c.o_id == null) continue;
      out.push({
        deliveryId: Number(c.id),
        token,
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
    for (let i = 0; i < keys.length; i += 500) {
      const chunk = keys.slice(i, i + 500);
      const rows = await sql.all<{ order_key: string; id: number; status: string; next_attempt_at: number }>(
        // (no status condition, so that only the (endpoint, coupon, id) index fits; finished rows skipped here)
        `SELECT order_key, id, status, next_attempt_at FROM webhook_delivery
          WHERE endpoint_id = ? AND order_key IN (${inList(chunk.length)}) ORDER BY order_key, id`,
        [this.endpointId, ...chunk],
      );
      for (const r of rows) {
        const open = r.status === 'PENDING' || r.status === 'SENDING';
        if (open && !heads.has(r.order_key))
          heads.set(r.order_key, { id: Number(r.id), status: r.status, next: Number(r.next_attempt_at) });
      }
    }
    const pending: CandidateRow[] = [];
    const later = new Map<number, number[]>();
    for (const c of candidates) {
      const head = heads.get(c.order_key);
      if (!head || head.id === Number(c.id)) {
        if (pending.length < want) pending.push(c);
      } else if (head.next > now && (head.status === 'PENDING' || this.flight.has(head.id))) {
        later.set(head.next, [...(later.get(head.next) ?? []), Number(c.id)]);
        if (head.status === 'SENDING')
          this.blockedBy.set(head.id, [...(this.blockedBy.get(head.id) ?? []), Number(c.id)]);
      }
    }
    for (const [at, ids] of later) {
      await sql.run(
        `UPDATE webhook_delivery SET next_attempt_at = ? WHERE id IN (${inList(ids.length)}) AND status = 'PENDING'`,
        [at, ...ids],
      );
    }
    return pending;
  }

  /** Writes finished attempts: delivery states, the attempt log, successors' wake-up times, endpoint health. */
  private async record(sql: Sql, results: readonly Finished[]): Promise<void> {
    const now = Date.now();
    const cfg = this.w.config;
    const succeeded = new Map<string, number[]>();
    const released: Finished[] = [];
    /** Rows to wake (next attempt time -> ids), those this instance parked behind the heads that finished. */
    const wake = new Map<number, number[]>();
    const wakeAt = (at: number, deliveryId: number) => {
      const ids = this.blockedBy.get(deliveryId);
      if (!ids) return;
      this.blockedBy.delete(deliveryId);
      wake.set(at, [...(wake.get(at) ?? []), ...ids]);
    };
    let anyOk = false;
    let anyFail = false;
    let gone = false;
    for (const f of results) {
      const { claimed: c, result: r } = f;
      if (r.outcome === 'SUCCEEDED') {
        const k = `${c.token}|${r.statusCode}`;
        const list = succeeded.get(k) ?? [];
        list.push(c.deliveryId);
        succeeded.set(k, list);
        anyOk = true;
        wakeAt(now, c.deliveryId);
      } else if (r.outcome === 'ABANDONED') {
        released.push(f);
        wakeAt(now, c.deliveryId);
      } else {
        anyFail = true;
        if (r.statusCode === 410) gone = true;
        const delay = nextRetryDelay(
          this.w.schedule,
          c.attempt,
          cfg.WEBHOOK_RETRY_JITTER_PCT,
          r.retryAfterMs,
        );
        const error = r.error ?? (r.statusCode != null ? `HTTP ${r.statusCode}` : r.outcome);
        if (delay === null) {
          await sql.run(
            `UPDATE webhook_delivery SET status = 'DEAD', last_status_code = ?, last_error = ?, finished_at = ?, claim_token = NULL
              WHERE id = ? AND claim_token = ? AND status = 'SENDING'`,
            [r.statusCode, error.slice(0, 500), now, c.deliveryId, c.token],
          );
          wakeAt(now, c.deliveryId);
        } else {
          const at = now + delay;
          wakeAt(at, c.deliveryId);
          const changed = await sql.run(
            `UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = ?, last_status_code = ?, last_error = ?, claim_token = NULL
              WHERE id = ? AND claim_token = ? AND status = 'SENDING'`,
            [at, r.statusCode, error.slice(0, 500), c.deliveryId, c.token],
          );
          if (changed > 0 && !c.orderKey.startsWith('event:')) {
            // the coupon's later events wait for it: keep them out of the due scans until then
            await sql.run(
              `UPDATE webhook_delivery SET next_attempt_at = ? WHERE endpoint_id = ? AND order_key = ? AND id > ? AND status = 'PENDING' AND next_attempt_at < ?`,
              [at, this.endpointId, c.orderKey, c.deliveryId, at],
            );
          }
        }
      }
    }
    const writes: { sql: string; params: unknown[] }[] = [];
    for (const [k, ids] of succeeded) {
      const [token, code] = k.split('|') as [string, string];
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        writes.push({
          sql: `UPDATE webhook_delivery SET status = 'SUCCEEDED', last_status_code = ?, last_error = NULL, finished_at = ?, claim_token = NULL
                 WHERE claim_token = ? AND status = 'SENDING' AND id IN (${inList(chunk.length)})`,
          params: [Number(code), now, token, ...chunk],
        });
      }
    }
    for (const f of released) {
      // shut down mid-request: back to the queue at once, and the attempt does not count
      writes.push({
        sql: `UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = ?, attempts = attempts - 1, claim_token = NULL
               WHERE id = ? AND claim_token = ? AND status = 'SENDING'`,
        params: [now, f.claimed.deliveryId, f.claimed.token],
      });
    }
    for (const [at, ids] of wake) {
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        writes.push({
          sql: `UPDATE webhook_delivery SET next_attempt_at = ? WHERE id IN (${inList(chunk.length)}) AND status = 'PENDING'`,
          params: [at, ...chunk],
        });
      }
    }
    const logs: { sql: string; params: unknown[] }[] = [];
    for (let i = 0; i < results.length; i += 400) {
      const chunk = results.slice(i, i + 400);
      logs.push({
        sql: `INSERT INTO webhook_attempt (delivery_id, endpoint_id, event_id, attempt, started_at, duration_ms, outcome, status_code, response_excerpt, error, instance)
              VALUES ${valuesList(chunk.length, 11)}`,
        params: chunk.flatMap((f) => [
          f.claimed.deliveryId,
          this.endpointId,
          f.claimed.event.id,
          f.claimed.attempt,
          f.startedAt,
          f.result.durationMs,
          f.result.outcome satisfies AttemptOutcome,
          f.result.statusCode,
          f.result.excerpt,
          f.result.error,
          INSTANCE,
        ]),
      });
    }
    // one round trip on PostgreSQL: the updates touch different rows, and the log rows are new
    await runGrouped(sql, [...writes, ...logs]);
    await this.health(sql, anyOk, anyFail, gone);
  }

  private async health(sql: Sql, ok: boolean, failed: boolean, gone: boolean): Promise<void> {
    const nowS = Math.floor(Date.now() / 1000);
    if (ok) {
      // written when the state changes, and lastSuccessAt at most every 10 s
      if (this.successWriteDue(nowS)) {
        await sql.run(
          `UPDATE webhook_endpoint SET failing_since = NULL, last_success_at = ?
            WHERE id = ? AND (failing_since IS NOT NULL OR last_success_at IS NULL OR last_success_at < ?)`,
          [nowS, this.endpointId, nowS - 10],
        );
        this.healthy = true;
        this.successWrittenAt = nowS;
      }
    } else if (failed) {
      this.healthy = false;
      await sql.run(`UPDATE webhook_endpoint SET failing_since = ? WHERE id = ? AND failing_since IS NULL`, [
        nowS,
        this.endpointId,
      ]);
      const after = this.w.config.WEBHOOK_DISABLE_AFTER_SECONDS;
      if (after > 0) {
        const disabled = await sql.run(
          `UPDATE webhook_endpoint SET enabled = ?, disabled_reason = ?, disabled_at = ?, updated_at = ?
            WHERE id = ? AND enabled = ? AND failing_since IS NOT NULL AND failing_since <= ?`,
          [
            false,
            `FAILING: no successful delivery for ${after} seconds`,
            nowS,
            nowS,
            this.endpointId,
            true,
            nowS - after,
          ],
        );
        if (disabled > 0) {
          await this.announceDisabled(sql, `FAILING: no successful delivery for ${after} seconds`, nowS);
          this.w.log.warn(
            { endpointId: this.endpointId, failingForSeconds: after },
            'webhook endpoint disabled: failing too long (staff: see webhookEndpoints)',
          );
        }
      }
    }
    if (gone) {
      const disabled = await sql.run(
        `UPDATE webhook_endpoint SET enabled = ?, disabled_reason = ?, disabled_at = ?, updated_at = ? WHERE id = ? AND enabled = ?`,
        [false, 'GONE: the endpoint answered 410 Gone', nowS, nowS, this.endpointId, true],
      );
      if (disabled > 0) {
        await this.announceDisabled(sql, 'GONE: the endpoint answered 410 Gone', nowS);
        this.w.log.warn(
          { endpointId: this.endpointId },
          'webhook endpoint disabled: it answered 410 Gone (staff: see webhookEndpoints)',
        );
      }
    }
  }

  /**
   * Staff are told through the event stream: a `webhook.disabled` event, committed with the change,
   * reaches staff subscriptions (`couponEvents`), the event log and any endpoint that listens for it.
   */
  private announceDisabled(sql: Sql, reason: string, at: number): Promise<void> {
    return writeEvents(sql, [webhookDisabled(this.endpointId, reason, at)], at);
  }
}
