// Issuance: the one path by which coupons enter wallets (claims, codes, bulk jobs, rules, API).
// Concurrent requests for one template queue up and run as one short transaction each round
// (group commit): the template row is locked once, what the batch's accounts, devices and codes
// hold is read in one go, `decideIssue` (decide.ts, pure) decides every request in arrival order,
// and coupons, counters, outbox events and idempotency records are written with multi-row
// statements. On PostgreSQL a round is BEGIN, lock, read, write, COMMIT. The template lock
// serialises issuers across processes; SQLite has one writer.
//
// Quota buckets (PostgreSQL, QUOTA_BUCKETS > 1; quota/): a round that finds QUOTA_BUCKET_AUTO_AT
// requests waiting splits what is left of a limited quota over bucket rows. From then on a round
// locks one free bucket instead of the template row (SKIP LOCKED: rounds on other buckets run in
// parallel, up to one per bucket in each process), takes advisory locks on the accounts, devices
// and codes it decides for in the same statement (so limits stay exact across rounds and processes),
// and issues at most what its bucket holds; requests its bucket cannot serve go to the next round,
// not SOLD_OUT. When no bucket is free the round locks the template row and then every bucket (the
// order every path takes them in): it sees the whole quota (pool + buckets), so SOLD_OUT means
// nothing is left anywhere.
import type { Config, Dialect } from '../config';
import { type Database, jsonColumn, type Row, type Sql, type Statement } from '../db/sql';
import { nowSeconds } from '../ids';
import { budgetAlertsReached, budgetUsedBp } from '../campaigns/budget';
import { budgetExhausted, budgetThreshold, couponIssued, eventMerchant } from '../outbox/events';
import type { Funding, Scope } from '../templates/template.entity';
import type { Coupon } from './coupon.entity';
import * as db from './coupon.sql';
import {
  audienceGated,
  type CampaignState,
  closedBecause,
  type Decision,
  decideIssue,
  type Holding,
  type IssueAsk,
  type IssueState,
  type TemplateState,
} from './decide';
import { Ledger } from './ledger';
import {
  type BucketRow,
  lockAllBuckets,
  type RoundKeys,
  setBuckets,
  takeFromBucket,
} from '../quota/bucket.sql';
import { planLocked, shouldSplit } from '../quota/buckets';
import type { ClaimRefusal } from './refusals';
import { insertRefusals, type NewRefusal } from './refusal.sql';

export interface IssueRequest extends IssueAsk {
  /** Fully scoped idempotency key and the hash of the request it belongs to. */
  idempotencyKey?: string | null;
  requestHash?: string | null;
}

export type IssueOutcome =
  | {
      kind: 'issued';
      couponId: string;
      replayed: boolean;
      /** the new row (absent on replays) */ coupon?: Coupon;
    }
  | { kind: 'refused'; reason: ClaimRefusal; replayed: boolean }
  | { kind: 'unknownTemplate' }
  | { kind: 'keyReused' };

/** What an idempotency record keeps of a first result. */
type Stored = { kind: 'issued'; couponId: string } | { kind: 'refused'; reason: ClaimRefusal };

const MAX_BATCH = 256;
/** Requests waiting for a bucketed template that start one more parallel round (up to one per bucket). */
const LANE_BACKLOG = 32;

export const yieldToIo = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface Pending {
  req: IssueRequest;
  resolve(outcome: IssueOutcome): void;
  reject(err: unknown): void;
}

/** Decides audience membership for templates restricted to audiences (server/src/audiences). */
export interface AudienceGate {
  membersAmong(sql: Sql, userIds: readonly string[], audienceIds: readonly string[]): Promise<Set<string>>;
}

/** The locked template row as the decision reads it. */
export function templateState(r: db.TemplateStateRow): TemplateState & { merchantId: string | null } {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    status: r.status,
    kind: r.kind,
    balance: r.balance,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    validForSeconds: r.valid_for_seconds,
    validAfterSeconds: r.valid_after_seconds,
    claimStartsAt: r.claim_starts_at,
    claimEndsAt: r.claim_ends_at,
    quotaAvailable: r.quota_available,
    limitPerAccount: r.limit_per_account,
    limitFrequency: r.limit_frequency,
    limitPerDevice: r.limit_per_device,
    maxValue: r.max_value,
    audienceIds: jsonColumn<string[] | null>(r.audience_ids) ?? [],
    merchantId: eventMerchant(jsonColumn<Scope>(r.scope), jsonColumn<Funding>(r.funding)),
  };
}

export function campaignState(
  r: db.CampaignStateRow | undefined,
): (CampaignState & { exhaustedAt: number | null; budgetAlertBp: number }) | null {
  if (!r) return null;
  return {
    id: r.id,
    status: r.status,
    budget: r.budget,
    spent: r.spent,
    reserved: r.reserved,
    outstandingMax: r.outstanding_max,
    redeemedCount: r.redeemed_count,
    expiredCount: r.expired_count,
    exhaustedAt: r.exhausted_at,
    budgetAlertBp: Number(r.budget_alert_bp ?? 0),
  };
}

/** What the batch's accounts, devices, codes and keys hold, read in one round trip. */
interface Holdings {
  accounts: Map<string, Holding>;
  devices: Map<string, number>;
  codes: Map<string, 'UNUSED' | 'CLAIMED' | 'VOID'>;
  keys: Map<string, db.StoredKeyRow>;
}

/** Where a round's units come from: the template row (and, holding them all, its buckets), or one bucket. */
type QuotaSource =
  | {
      kind: 'template';
      pool: number | null;
      buckets: readonly { no: number; remaining: number }[];
      split: number;
    }
  | { kind: 'bucket'; no: number };

/** What one decided round returns: an outcome per request (undefined: deferred to the next round). */
interface Round {
  outcomes: (IssueOutcome | undefined)[];
  /** The template's quota is split over buckets (its rounds may run in parallel). */
  bucketed: boolean;
}

interface Queue {
  pending: Pending[];
  workers: number;
}

export class IssueService {
  private readonly queues = new Map<string, Queue>();
  /** Templates whose last round found them split over buckets (PostgreSQL): rounds run in parallel. */
  private readonly bucketed = new Set<string>();
  audiences?: AudienceGate;

  constructor(
    private readonly db: Database,
    private readonly config: Pick<Config, 'TIME_ZONE' | 'BUDGET_MIN_HISTORY'> &
      Partial<Pick<Config, 'QUOTA_BUCKETS' | 'QUOTA_BUCKET_AUTO_AT'>>,
  ) {}

  /** Buckets per hot template (0: off; always off on SQLite, which has one writer). */
  private get buckets(): number {
    const n = this.config.QUOTA_BUCKETS ?? 0;
    return this.db.dialect === 'postgresql' && n > 1 ? n : 0;
  }

  /** Issues one coupon of a template (or refuses with a reason). Batched with concurrent calls. */
  issue(templateId: string, req: IssueRequest): Promise<IssueOutcome> {
    return new Promise((resolve, reject) => {
      let queue = this.queues.get(templateId);
      if (!queue) {
        queue = { pending: [], workers: 0 };
        this.queues.set(templateId, queue);
      }
      queue.pending.push({ req, resolve, reject });
      this.wake(templateId, queue);
    });
  }

  issueMany(templateId: string, reqs: readonly IssueRequest[]): Promise<IssueOutcome[]> {
    return Promise.all(reqs.map((r) => this.issue(templateId, r)));
  }

  /**
   * One round at a time per template; a bucketed template runs up to one round per bucket, a further
   * one starting only while LANE_BACKLOG requests wait (each round still carries a full batch: a round
   * costs the same statements whatever its size, so small rounds would spend more per claim).
   */
  private wake(templateId: string, queue: Queue): void {
    const lanes = this.bucketed.has(templateId) ? this.buckets : 1;
    if (queue.workers === 0 && queue.pending.length > 0) {
      queue.workers++;
      void this.drain(templateId, queue);
    }
    while (queue.workers < lanes && queue.pending.length >= LANE_BACKLOG) {
      queue.workers++;
      void this.drain(templateId, queue);
    }
  }

  private async drain(templateId: string, queue: Queue): Promise<void> {
    try {
      while (queue.pending.length > 0) {
        const batch = queue.pending.splice(0, MAX_BATCH);
        const waiting = batch.length + queue.pending.length;
        try {
          const round = await this.db.tx((sql) =>
            this.round(
              sql,
              templateId,
              batch.map((p) => p.req),
              waiting,
            ),
          );
          if (round.bucketed) this.bucketed.add(templateId);
          else this.bucketed.delete(templateId);
          const deferred: Pending[] = [];
          batch.forEach((p, i) => {
            const o = round.outcomes[i];
            if (o) p.resolve(o);
            else deferred.push(p);
          });
          // Refused by an empty bucket: decided again in the next round (another bucket, or all of them).
          queue.pending.unshift(...deferred);
          this.wake(templateId, queue);
        } catch (err) {
          batch.forEach((p) => p.reject(err));
        }
        // SQLite runs synchronously: yield to I/O so waiting requests are read (and join the next batch).
        await yieldToIo();
      }
    } finally {
      queue.workers--;
      if (queue.workers === 0 && queue.pending.length === 0) this.queues.delete(templateId);
      else if (queue.workers === 0) this.wake(templateId, queue);
    }
  }

  /**
   * One claim round in its own transaction. PostgreSQL with buckets: a free bucket with units left,
   * else (and on SQLite, or a template without buckets) the template row and all its buckets.
   */
  private async round(
    sql: Sql,
    templateId: string,
    reqs: readonly IssueRequest[],
    waiting: number,
  ): Promise<Round> {
    const n = this.buckets;
    if (n > 0) {
      const start = Math.floor(Math.random() * n);
      // The bucket, its campaign and the round's advisory locks in one statement.
      const row = await db.lockFreeBucket(sql, templateId, start, n, roundKeys(templateId, reqs));
      if (row) {
        const outcomes = await this.decideAndWrite(
          sql,
          row,
          reqs,
          { kind: 'bucket', no: Number(row.q_bucket_no) },
          Number(row.q_remaining),
        );
        return { outcomes, bucketed: true };
      }
    }
    return this.lockedRound(sql, templateId, reqs, waiting);
  }

  /**
   * Issues inside the caller's transaction (e.g. a rule's actions commit with their trace and events).
   * Locks the template row (and its quota buckets) until that transaction ends; requests are decided
   * in order.
   */
  async issueWithin(sql: Sql, templateId: string, reqs: readonly IssueRequest[]): Promise<IssueOutcome[]> {
    const round = await this.lockedRound(sql, templateId, reqs, 0);
    return round.outcomes.map((o) => o ?? { kind: 'keyReused' });
  }

  /** The template row locked, then every bucket it has (in bucket order): the whole quota, exactly. */
  private async lockedRound(
    sql: Sql,
    templateId: string,
    reqs: readonly IssueRequest[],
    waiting: number,
  ): Promise<Round> {
    const unknown: Round = { outcomes: reqs.map(() => ({ kind: 'unknownTemplate' })), bucketed: false };
    let locked: (db.TemplateStateRow & db.PrefixedCampaignRow) | undefined;
    let rows: BucketRow[] = [];
    if (sql.dialect === 'postgresql' && this.buckets > 0) {
      // Template, then its buckets, then its campaign: a bucket round holds its bucket while it
      // waits for the campaign, so a round that waits for buckets must not hold the campaign yet.
      const t = await db.lockTemplateOnly(sql, templateId);
      if (!t) return unknown;
      if (t.quota_available != null) rows = await lockAllBuckets(sql, templateId);
      const campaign = t.campaign_id ? await db.lockCampaign(sql, t.campaign_id) : undefined;
      locked = { ...t, ...campaign } as db.TemplateStateRow & db.PrefixedCampaignRow;
    } else {
      locked = await db.lockTemplate(sql, templateId);
      if (!locked) return unknown;
      // buckets left from a time the setting was on still count (PostgreSQL)
      if (sql.dialect === 'postgresql' && locked.quota_available != null)
        rows = await lockAllBuckets(sql, templateId);
    }
    const buckets = rows.map((b) => ({ no: Number(b.bucket_no), remaining: Number(b.remaining) }));
    const pool = locked.quota_available == null ? null : Number(locked.quota_available);
    const available = pool == null ? null : pool + buckets.reduce((sum, b) => sum + b.remaining, 0);
    const source: QuotaSource = { kind: 'template', pool, buckets, split: 0 };
    const outcomes = await this.decideAndWrite(sql, locked, reqs, source, available, (issued) => {
      const split = shouldSplit({
        n: this.buckets,
        autoAt: this.config.QUOTA_BUCKET_AUTO_AT ?? 0,
        waiting,
        bucketed: buckets.length > 0,
        pool,
        left: (available ?? 0) - issued,
      });
      if (split) source.split = Math.max(this.buckets, buckets.length);
    });
    return { outcomes, bucketed: source.split > 0 || buckets.some((b) => b.remaining > 0) };
  }

  /**
   * Decides the requests against `available` units and writes the round: coupons, codes, counters,
   * events, idempotency records. From one bucket, requests refused SOLD_OUT are deferred (undefined):
   * other buckets may still hold units.
   */
  private async decideAndWrite(
    sql: Sql,
    locked: db.TemplateStateRow & db.PrefixedCampaignRow,
    reqs: readonly IssueRequest[],
    source: QuotaSource,
    available: number | null,
    beforeWrite?: (issued: number) => void,
  ): Promise<(IssueOutcome | undefined)[]> {
    const now = nowSeconds();
    const template = { ...templateState(locked), quotaAvailable: available };
    const campaign = campaignState(db.campaignOf(locked));
    const open = closedBecause(template, campaign, now) === null;
    const held = await readHoldings(sql, template, reqs, open);
    const outcomes: (IssueOutcome | undefined)[] = replays(reqs, held.keys);
    const fresh = reqs.flatMap((_, i) => (outcomes[i] ? [] : [i]));
    const state: IssueState = {
      now,
      timeZone: this.config.TIME_ZONE,
      minHistory: this.config.BUDGET_MIN_HISTORY,
      template,
      campaign,
      ...held,
      members: open
        ? await this.members(
            sql,
            template,
            fresh.map((i) => reqs[i]!),
          )
        : new Set(),
    };
    const decisions = decideIssue(
      state,
      fresh.map((i) => reqs[i]!),
    );
    const deferred = new Set<number>();
    fresh.forEach((i, k) => {
      const d = decisions[k]!;
      if (source.kind === 'bucket' && d.kind === 'refuse' && d.reason === 'SOLD_OUT') deferred.add(i);
      else outcomes[i] = outcomeOf(d);
    });
    replayRepeatedKeys(reqs, outcomes);
    const keyed = fresh.filter((i) => reqs[i]!.idempotencyKey && !deferred.has(i));
    const issued = decisions.filter((d) => d.kind === 'issue').length;
    beforeWrite?.(issued);
    const quota = quotaWrites(template.id, source, issued, now);
    const writes = issueWrites(state, template.merchantId, campaign, decisions, now, quota, sql.dialect);
    // Refused claims are kept for the user lookup: one multi-row insert in this round's statements.
    writes.push(...insertRefusals(refusalsOf(template.id, reqs, fresh, decisions, deferred), now));
    if (keyed.length > 0)
      writes.push(
        db.storeKeys(
          keyed.map((i) => [
            reqs[i]!.idempotencyKey!,
            reqs[i]!.requestHash ?? '',
            storedOf(outcomes[i]!),
            now,
          ]),
        ),
      );
    const counts = await sql.runMany(writes);
    // Each bucket statement writes rows this round holds: none written means something is wrong.
    for (const st of quota.statements)
      if ((counts[writes.indexOf(st)] ?? 0) < 1)
        throw new Error(`quota bucket of ${template.id} did not move`);
    // Another process (or round) stored one of these keys meanwhile: undo and retry.
    if (keyed.length > 0 && counts[counts.length - 1] !== keyed.length)
      throw Object.assign(new Error('idempotency key raced'), { code: '40001' });
    // A later request repeating a deferred one's key waits with it.
    reqs.forEach((r, i) => {
      if (!r.idempotencyKey || deferred.has(i)) return;
      const first = reqs.findIndex((q) => q.idempotencyKey === r.idempotencyKey);
      if (deferred.has(first)) {
        outcomes[i] = undefined;
        deferred.add(i);
      }
    });
    return outcomes.map((o, i) => (deferred.has(i) ? undefined : (o ?? { kind: 'keyReused' })));
  }

  /** Users of gated requests (claims and codes of an audience-restricted template) who are members. */
  private async members(sql: Sql, t: TemplateState, asks: readonly IssueAsk[]): Promise<Set<string>> {
    const gated = [...new Set(asks.filter((a) => audienceGated(t, a.source)).map((a) => a.userId))];
    if (gated.length === 0 || !this.audiences) return new Set();
    return this.audiences.membersAmong(sql, gated, t.audienceIds);
  }
}

/** Sources whose refusals are stored (claim_refusal): a user asked; issuers that act for them keep their own record. */
const RECORDED_SOURCES: ReadonlySet<string> = new Set(['CLAIM', 'CODE']);

/** The round's final refusals of users' own claims (deferred requests are decided again later). */
function refusalsOf(
  templateId: string,
  reqs: readonly IssueRequest[],
  fresh: readonly number[],
  decisions: readonly Decision[],
  deferred: ReadonlySet<number>,
): NewRefusal[] {
  const out: NewRefusal[] = [];
  fresh.forEach((i, k) => {
    const d = decisions[k]!;
    const r = reqs[i]!;
    if (d.kind !== 'refuse' || deferred.has(i) || !RECORDED_SOURCES.has(r.source)) return;
    out.push({
      userId: r.userId,
      templateId,
      reason: d.reason,
      source: r.source,
      deviceId: r.deviceId ?? null,
      cookieId: r.cookieId ?? null,
      placement: r.placement ?? null,
    });
  });
  return out;
}

/**
 * The advisory lock keys of a bucket round: its accounts, devices and cookies, and codes (the lock
 * statement takes those the template limits: rounds on other buckets may decide for the same account,
 * device or code, so they decide one at a time).
 */
function roundKeys(templateId: string, reqs: readonly IssueRequest[]): RoundKeys {
  const accounts: string[] = [];
  const devices: string[] = [];
  const codes: string[] = [];
  for (const r of reqs) {
    accounts.push(JSON.stringify([templateId, 'u', r.userId]));
    if (r.deviceId) devices.push(JSON.stringify([templateId, 'd', r.deviceId]));
    if (r.cookieId) devices.push(JSON.stringify([templateId, 'c', r.cookieId]));
    if (r.code) codes.push(JSON.stringify([templateId, 'k', r.code]));
  }
  return { accounts, devices, codes };
}

/** The quota's statements for a round that issued `issued` coupons. */
function quotaWrites(
  templateId: string,
  source: QuotaSource,
  issued: number,
  now: number,
): { template: TemplateQuota; statements: Statement[] } {
  if (source.kind === 'bucket')
    return {
      template: null,
      statements: issued > 0 ? [takeFromBucket(templateId, source.no, issued, issued, now)] : [],
    };
  if (source.pool == null) return { template: { issued, quota: 0 }, statements: [] };
  const plan = planLocked(
    source.pool,
    source.buckets.map((b) => b.remaining),
    issued,
    source.split,
  );
  // The round's coupons count on the template row; buckets count only what bucket rounds issue.
  return {
    template: { issued, quota: plan.poolDelta },
    statements: plan.split
      ? [setBuckets(templateId, plan.split, now)]
      : source.buckets.flatMap((b, i) =>
          plan.takes[i]! > 0 ? [takeFromBucket(templateId, b.no, plan.takes[i]!, 0, now)] : [],
        ),
  };
}

/** The template row's counters a round moves (null: untouched, a bucket round). */
type TemplateQuota = { issued: number; quota: number } | null;

/** One round trip: stored keys, and (while the template is open) account, device and code holdings. */
async function readHoldings(
  sql: Sql,
  t: TemplateState,
  reqs: readonly IssueRequest[],
  open: boolean,
): Promise<Holdings> {
  const reads: Statement[] = [];
  const parse: ((rows: Row[], h: Holdings) => void)[] = [];
  const read = (st: Statement, into: (rows: Row[], h: Holdings) => void) => {
    reads.push(st);
    parse.push(into);
  };
  const keys = [...new Set(reqs.flatMap((r) => (r.idempotencyKey ? [r.idempotencyKey] : [])))];
  if (keys.length > 0)
    read(db.storedKeys(keys), (rows, h) => {
      for (const r of rows as unknown as db.StoredKeyRow[]) h.keys.set(r.key, r);
    });
  if (open && (t.limitPerAccount != null || t.limitFrequency != null))
    read(db.accountHoldings(t.id, [...new Set(reqs.map((r) => r.userId))]), (rows, h) => {
      for (const r of rows as unknown as db.HoldingRow[]) h.accounts.set(r.user_id, db.holdingOf(r));
    });
  if (open && t.limitPerDevice != null)
    for (const [column, field, prefix] of DEVICE_COLUMNS) {
      const ids = [...new Set(reqs.flatMap((r) => (r[field] ? [r[field]] : [])))];
      if (ids.length > 0)
        read(db.deviceHoldings(t.id, column, ids), (rows, h) => {
          for (const r of rows as { d: string; n: number }[]) h.devices.set(`${prefix}:${r.d}`, Number(r.n));
        });
    }
  const codes = [...new Set(reqs.flatMap((r) => (r.code ? [r.code] : [])))];
  if (open && codes.length > 0)
    read(db.codeStatuses(t.id, codes), (rows, h) => {
      for (const r of rows as unknown as db.CodeRow[]) h.codes.set(r.code, r.status);
    });
  const held: Holdings = { accounts: new Map(), devices: new Map(), codes: new Map(), keys: new Map() };
  const results = await sql.allMany(reads);
  results.forEach((rows, i) => parse[i]!(rows, held));
  return held;
}

const DEVICE_COLUMNS = [
  ['device_id', 'deviceId', 'device'],
  ['cookie_id', 'cookieId', 'cookie'],
] as const;

/** Requests whose key was seen before replay its first result (or are refused if the request differs). */
function replays(
  reqs: readonly IssueRequest[],
  stored: ReadonlyMap<string, db.StoredKeyRow>,
): (IssueOutcome | undefined)[] {
  const firstInBatch = new Set<string>();
  return reqs.map((r) => {
    if (!r.idempotencyKey) return undefined;
    const s = stored.get(r.idempotencyKey);
    if (s)
      return s.request_hash !== r.requestHash
        ? { kind: 'keyReused' }
        : { ...(JSON.parse(s.response) as Stored), replayed: true };
    // A key repeated inside one batch: resolved once the first request has its outcome.
    if (firstInBatch.has(r.idempotencyKey)) return { kind: 'keyReused' };
    firstInBatch.add(r.idempotencyKey);
    return undefined;
  });
}

/** A key repeated inside one batch: the later requests replay the first one's outcome. */
function replayRepeatedKeys(reqs: readonly IssueRequest[], outcomes: (IssueOutcome | undefined)[]): void {
  reqs.forEach((r, i) => {
    if (!r.idempotencyKey || outcomes[i]?.kind !== 'keyReused') return;
    const first = reqs.findIndex((q) => q.idempotencyKey === r.idempotencyKey);
    const o = outcomes[first];
    if (
      first !== i &&
      reqs[first]!.requestHash === r.requestHash &&
      o &&
      (o.kind === 'issued' || o.kind === 'refused')
    )
      outcomes[i] = { ...o, replayed: true };
  });
}

const outcomeOf = (d: Decision): IssueOutcome =>
  d.kind === 'issue'
    ? { kind: 'issued', couponId: d.coupon.id, replayed: false, coupon: d.coupon }
    : { kind: 'refused', reason: d.reason, replayed: false };

const storedOf = (o: IssueOutcome): string =>
  JSON.stringify(
    (o.kind === 'issued'
      ? { kind: 'issued', couponId: o.couponId }
      : { kind: 'refused', reason: o.kind === 'refused' ? o.reason : 'SOLD_OUT' }) satisfies Stored,
  );

/** The decision's writes: coupons, consumed codes, counters and events (independent statements). */
function issueWrites(
  state: IssueState,
  merchantId: string | null,
  campaign: (CampaignState & { exhaustedAt: number | null; budgetAlertBp: number }) | null,
  decisions: readonly Decision[],
  now: number,
  quota: { template: TemplateQuota; statements: Statement[] },
  dialect: Dialect,
): Statement[] {
  const coupons = decisions.flatMap((d) => (d.kind === 'issue' ? [d.coupon] : []));
  const ledger = new Ledger();
  if (quota.template && (quota.template.issued !== 0 || quota.template.quota !== 0))
    ledger.template(state.template.id, quota.template);
  if (coupons.length > 0) {
    const value = coupons.reduce((sum, c) => sum + c.maxValue, 0);
    ledger.campaign(campaign?.id, { issued: coupons.length, outstandingMax: value });
    for (const c of coupons)
      ledger.event(couponIssued({ ...c, campaignId: c.campaignId ?? null, merchantId }));
    // Budget use thresholds (50, 80, 100 %) reached by this round: each announced once.
    if (campaign && campaign.budget != null) {
      const after = { ...campaign, outstandingMax: campaign.outstandingMax + value };
      const reached = budgetAlertsReached(after, campaign.budgetAlertBp, state.minHistory);
      if (reached.length > 0) {
        const usedBp = budgetUsedBp(after, state.minHistory) ?? 0;
        const figures = {
          id: campaign.id,
          budget: campaign.budget,
          spent: campaign.spent,
          reserved: campaign.reserved,
          outstandingMax: after.outstandingMax,
        };
        for (const thresholdBp of reached)
          ledger.event(
            budgetThreshold({ campaign: figures, thresholdBp, usedBp }, state.template.id, merchantId),
          );
        ledger.budgetAlert(campaign.id, reached[reached.length - 1]!);
      }
    }
  }
  const refusedForBudget = decisions.some((d) => d.kind === 'refuse' && d.reason === 'BUDGET_EXHAUSTED');
  if (campaign && refusedForBudget && campaign.exhaustedAt == null) {
    const outstandingMax = campaign.outstandingMax + coupons.reduce((sum, c) => sum + c.maxValue, 0);
    ledger.exhaustedAt(campaign.id, now).event(
      budgetExhausted(
        {
          id: campaign.id,
          budget: campaign.budget,
          spent: campaign.spent,
          reserved: campaign.reserved,
          outstandingMax,
        },
        state.template.id,
        merchantId,
      ),
    );
  }
  return [
    ...db.insertCoupons(coupons),
    ...coupons.flatMap((c) =>
      c.source === 'CODE' && state.codes.has(c.code)
        ? [db.claimCode(c.code, c.id, c.userId, c.templateId, now)]
        : [],
    ),
    ...quota.statements,
    ...ledger.statements(now, dialect),
  ];
}
