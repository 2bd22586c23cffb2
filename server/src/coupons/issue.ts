// Issuance: the one path by which coupons enter wallets (claims, codes, bulk jobs, rules, API).
// Concurrent requests for one template queue up and run as one short transaction each round
// (group commit): the template row is locked once, what the batch's accounts, devices and codes
// hold is read in one go, `decideIssue` (decide.ts, pure) decides every request in arrival order,
// and coupons, counters, outbox events and idempotency records are written with multi-row
// statements. On PostgreSQL a round is BEGIN, lock, read, write, COMMIT. The template lock
// serialises issuers across processes; SQLite has one writer.
import type { Config } from '../config';
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
import type { ClaimRefusal } from './refusals';

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

export class IssueService {
  private readonly queues = new Map<string, Pending[]>();
  audiences?: AudienceGate;

  constructor(
    private readonly db: Database,
    private readonly config: Pick<Config, 'TIME_ZONE' | 'BUDGET_MIN_HISTORY'>,
  ) {}

  /** Issues one coupon of a template (or refuses with a reason). Batched with concurrent calls. */
  issue(templateId: string, req: IssueRequest): Promise<IssueOutcome> {
    return new Promise((resolve, reject) => {
      let queue = this.queues.get(templateId);
      const idle = !queue;
      if (!queue) {
        queue = [];
        this.queues.set(templateId, queue);
      }
      queue.push({ req, resolve, reject });
      if (idle) void this.drain(templateId, queue);
    });
  }

  issueMany(templateId: string, reqs: readonly IssueRequest[]): Promise<IssueOutcome[]> {
    return Promise.all(reqs.map((r) => this.issue(templateId, r)));
  }

  private async drain(templateId: string, queue: Pending[]): Promise<void> {
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, MAX_BATCH);
        try {
          const outcomes = await this.db.tx((sql) =>
            this.issueWithin(
              sql,
              templateId,
              batch.map((p) => p.req),
            ),
          );
          batch.forEach((p, i) => p.resolve(outcomes[i]!));
        } catch (err) {
          batch.forEach((p) => p.reject(err));
        }
        // SQLite runs synchronously: yield to I/O so waiting requests are read (and join the next batch).
        await yieldToIo();
      }
    } finally {
      this.queues.delete(templateId);
    }
  }

  /**
   * Issues inside the caller's transaction (e.g. a rule's actions commit with their trace and events).
   * Locks the template row until that transaction ends; requests are decided in order.
   */
  async issueWithin(sql: Sql, templateId: string, reqs: readonly IssueRequest[]): Promise<IssueOutcome[]> {
    const now = nowSeconds();
    const locked = await db.lockTemplate(sql, templateId);
    if (!locked) return reqs.map(() => ({ kind: 'unknownTemplate' }));
    const template = templateState(locked);
    const campaign = campaignState(db.campaignOf(locked));
    const open = closedBecause(template, campaign, now) === null;
    const held = await readHoldings(sql, template, reqs, open);
    const outcomes = replays(reqs, held.keys);
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
    fresh.forEach((i, k) => (outcomes[i] = outcomeOf(decisions[k]!)));
    replayRepeatedKeys(reqs, outcomes);
    const keyed = fresh.filter((i) => reqs[i]!.idempotencyKey);
    const writes = issueWrites(state, template.merchantId, campaign, decisions, now);
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
    // Another process stored one of these keys meanwhile (for another template): undo and retry.
    if (keyed.length > 0 && counts[counts.length - 1] !== keyed.length)
      throw Object.assign(new Error('idempotency key raced'), { code: '40001' });
    return outcomes.map((o) => o ?? { kind: 'keyReused' });
  }

  /** Users of gated requests (claims and codes of an audience-restricted template) who are members. */
  private async members(sql: Sql, t: TemplateState, asks: readonly IssueAsk[]): Promise<Set<string>> {
    const gated = [...new Set(asks.filter((a) => audienceGated(t, a.source)).map((a) => a.userId))];
    if (gated.length === 0 || !this.audiences) return new Set();
    return this.audiences.membersAmong(sql, gated, t.audienceIds);
  }
}

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
): Statement[] {
  const coupons = decisions.flatMap((d) => (d.kind === 'issue' ? [d.coupon] : []));
  const ledger = new Ledger();
  if (coupons.length > 0) {
    const value = coupons.reduce((sum, c) => sum + c.maxValue, 0);
    ledger.template(state.template.id, {
      issued: coupons.length,
      quota: -coupons.length,
    });
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
    ...ledger.statements(now),
  ];
}
