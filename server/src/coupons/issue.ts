// Issuance: the one path by which coupons enter wallets (claims, codes, bulk jobs, rules, API).
// Concurrent requests for one template queue up and run as one short transaction each round
// (group commit): the template row is locked once, quotas, limits and budget are checked for the
// whole batch in memory, and coupons, outbox events and idempotency records are written with
// multi-row inserts. The template lock serialises issuers across processes on PostgreSQL; SQLite
// has one writer. Nothing is ever issued past the quota, a limit or the budget.
import { DateTime } from 'luxon';
import type { Config } from '../config';
import { boolColumn, type Database, jsonColumn, type Sql, type Statement, valuesList } from '../db/sql';
import { couponCode, newId, nowSeconds } from '../ids';
import { eventInserts, type DomainEvent } from '../outbox/outbox';
import type { Funding, Placement, Scope } from '../templates/template.entity';
import type { Coupon, CouponSource } from './coupon.entity';
import type { ClaimRefusal } from './refusals';

export interface IssueRequest {
  userId: string;
  source: CouponSource;
  deviceId?: string | null;
  cookieId?: string | null;
  placement?: Placement | null;
  ruleId?: string | null;
  ruleVersion?: number | null;
  /** An unbound code to consume (source CODE). */
  code?: string | null;
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

type Stored = { kind: 'issued'; couponId: string } | { kind: 'refused'; reason: ClaimRefusal };

export interface TemplateRow {
  id: string;
  campaign_id: string | null;
  status: string;
  kind: string;
  balance: number | null;
  valid_from: number | null;
  valid_until: number | null;
  valid_for_seconds: number | null;
  valid_after_seconds: number;
  claim_starts_at: number | null;
  claim_ends_at: number | null;
  quota_available: number | null;
  limit_per_account: number | null;
  limit_frequency: string | null;
  limit_per_device: number | null;
  max_value: number;
  scope: unknown;
  funding: unknown;
  restore_on_expiry: unknown;
  audience_ids: unknown;
}

interface CampaignRow {
  id: string;
  status: string;
  budget: number | null;
  spent: number;
  reserved: number;
  outstanding_max: number;
  redeemed_count: number;
  expired_count: number;
  exhausted_at: number | null;
}

/** The campaign's columns as the lock statement returns them (all null without a campaign). */
interface CampaignColumns {
  b_id: string | null;
  b_status: string | null;
  b_budget: number | null;
  b_spent: number | null;
  b_reserved: number | null;
  b_outstanding_max: number | null;
  b_redeemed_count: number | null;
  b_expired_count: number | null;
  b_exhausted_at: number | null;
}

const TEMPLATE_COLUMNS = [
  'id',
  'campaign_id',
  'status',
  'kind',
  'balance',
  'valid_from',
  'valid_until',
  'valid_for_seconds',
  'valid_after_seconds',
  'claim_starts_at',
  'claim_ends_at',
  'quota_available',
  'limit_per_account',
  'limit_frequency',
  'limit_per_device',
  'max_value',
  'scope',
  'funding',
  'restore_on_expiry',
  'audience_ids',
];
const CAMPAIGN_COLUMNS = `b.id AS b_id, b.status AS b_status, b.budget AS b_budget, b.spent AS b_spent, b.reserved AS b_reserved,
  b.outstanding_max AS b_outstanding_max, b.redeemed_count AS b_redeemed_count, b.expired_count AS b_expired_count,
  b.exhausted_at AS b_exhausted_at`;
/**
 * The template row and its campaign's, locked in one statement on PostgreSQL (template first, as
 * every path that takes both does). SQLite's write transaction already excludes other writers.
 */
const LOCK_PG = `WITH t AS (SELECT ${TEMPLATE_COLUMNS.join(', ')} FROM coupon_template WHERE id = ? FOR UPDATE)
  SELECT t.*, ${CAMPAIGN_COLUMNS} FROM t
    LEFT JOIN LATERAL (SELECT * FROM campaign WHERE campaign.id = t.campaign_id FOR UPDATE) b ON true`;
const LOCK_SQLITE = `SELECT ${TEMPLATE_COLUMNS.map((c) => `t.${c}`).join(', ')}, ${CAMPAIGN_COLUMNS}
  FROM coupon_template t LEFT JOIN campaign b ON b.id = t.campaign_id WHERE t.id = ?`;

const MAX_BATCH = 256;

export const yieldToIo = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface Pending {
  req: IssueRequest;
  resolve(outcome: IssueOutcome): void;
  reject(err: unknown): void;
}

/** The merchant a template's events are filed under (for partner filters). */
export function eventMerchant(scope: Scope, funding: Funding): string | null {
  return funding.merchantId ?? (scope.merchantIds.length === 1 ? scope.merchantIds[0]! : null);
}

/** Decides audience membership for templates restricted to audiences (server/src/audiences). */
export interface AudienceGate {
  membersAmong(sql: Sql, userIds: readonly string[], audienceIds: readonly string[]): Promise<Set<string>>;
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
    const locked = await sql.get<TemplateRow & CampaignColumns>(
      sql.dialect === 'postgresql' ? LOCK_PG : LOCK_SQLITE,
      [templateId],
    );
    const tpl: TemplateRow | undefined = locked;
    if (!tpl) return reqs.map(() => ({ kind: 'unknownTemplate' }));
    const outcomes: (IssueOutcome | undefined)[] = new Array(reqs.length);

    // 1. Idempotency: a key seen before replays its first result (or is refused if the request differs).
    //    Read with the account and device counts below, in one round trip on PostgreSQL.
    const keyed = reqs.filter((r) => r.idempotencyKey);
    const reads: Statement[] = [];
    if (keyed.length > 0)
      reads.push({
        sql: `SELECT key, request_hash, response FROM idempotency_key WHERE key IN (${keyed.map(() => '?').join(', ')})`,
        params: keyed.map((r) => r.idempotencyKey),
      });

    // 2. The template's own state.
    const templateRefusal = this.templateRefusal(tpl, now);
    const campaign: CampaignRow | undefined =
      locked!.b_id != null
        ? {
            id: locked!.b_id,
            status: locked!.b_status!,
            budget: locked!.b_budget,
            spent: locked!.b_spent!,
            reserved: locked!.b_reserved!,
            outstanding_max: locked!.b_outstanding_max!,
            redeemed_count: locked!.b_redeemed_count!,
            expired_count: locked!.b_expired_count!,
            exhausted_at: locked!.b_exhausted_at,
          }
        : undefined;
    const campaignRefusal: ClaimRefusal | null =
      campaign?.status === 'PAUSED' ? 'PAUSED' : campaign?.status === 'ENDED' ? 'ENDED' : null;

    // 3. What each account and device already holds of this template.
    const limited = !templateRefusal && !campaignRefusal;
    const users = [...new Set(reqs.map((r) => r.userId))];
    const accountsRead =
      limited && (tpl.limit_per_account != null || tpl.limit_frequency != null)
        ? reads.push({
            sql: `SELECT user_id, COUNT(*) AS n, MAX(issued_at) AS last,
                         SUM(CASE WHEN status IN ('AVAILABLE', 'LOCKED') THEN 1 ELSE 0 END) AS active
                    FROM coupon WHERE template_id = ? AND user_id IN (${users.map(() => '?').join(', ')}) GROUP BY user_id`,
            params: [templateId, ...users],
          }) - 1
        : -1;
    const deviceReads: [column: string, index: number][] = [];
    if (limited && tpl.limit_per_device != null) {
      for (const column of ['device_id', 'cookie_id'] as const) {
        const field = column === 'device_id' ? 'deviceId' : 'cookieId';
        const ids = [...new Set(reqs.map((r) => r[field]).filter((d): d is string => !!d))];
        if (ids.length === 0) continue;
        const index = reads.push({
          sql: `SELECT ${column} AS d, COUNT(*) AS n FROM coupon WHERE template_id = ? AND ${column} IN (${ids.map(() => '?').join(', ')}) GROUP BY ${column}`,
          params: [templateId, ...ids],
        });
        deviceReads.push([column, index - 1]);
      }
    }
    const results = await sql.allMany(reads);

    if (keyed.length > 0) {
      const rows = results[0] as { key: string; request_hash: string; response: string }[];
      const stored = new Map(rows.map((r) => [r.key, r]));
      const firstInBatch = new Map<string, number>();
      reqs.forEach((r, i) => {
        if (!r.idempotencyKey) return;
        const s = stored.get(r.idempotencyKey);
        if (s) {
          outcomes[i] =
            s.request_hash !== r.requestHash
              ? { kind: 'keyReused' }
              : { ...(JSON.parse(s.response) as Stored), replayed: true };
        } else if (firstInBatch.has(r.idempotencyKey)) {
          outcomes[i] = { kind: 'keyReused' }; // resolved below once the first one has an outcome
        } else firstInBatch.set(r.idempotencyKey, i);
      });
    }
    const accounts = new Map<string, { n: number; last: number; active: number }>();
    if (accountsRead >= 0)
      for (const r of results[accountsRead] as { user_id: string; n: number; last: number; active: number }[])
        accounts.set(r.user_id, { n: Number(r.n), last: Number(r.last), active: Number(r.active) });
    const devices = new Map<string, number>();
    for (const [column, index] of deviceReads)
      for (const r of results[index] as { d: string; n: number }[])
        devices.set(`${column}:${r.d}`, Number(r.n));

    const open = reqs.map((_, i) => i).filter((i) => !outcomes[i]);
    // Templates restricted to audiences: claims and codes are for members only (decided in this batch).
    const audienceIds = jsonColumn<string[] | null>(tpl.audience_ids) ?? [];
    const gated = (r: IssueRequest) =>
      audienceIds.length > 0 && (r.source === 'CLAIM' || r.source === 'CODE');
    let members: Set<string> | null = null;
    if (limited && this.audiences && open.some((i) => gated(reqs[i]!))) {
      const gatedUsers = [...new Set(open.filter((i) => gated(reqs[i]!)).map((i) => reqs[i]!.userId))];
      members = await this.audiences.membersAmong(sql, gatedUsers, audienceIds);
    }

    // 4. Decide each request in arrival order, counting what this batch has issued so far.
    const scope = jsonColumn<Scope>(tpl.scope);
    const funding = jsonColumn<Funding>(tpl.funding);
    const merchantId = eventMerchant(scope, funding);
    let quota = tpl.quota_available;
    let outstanding = campaign?.outstanding_max ?? 0;
    const today = DateTime.fromSeconds(now, { zone: this.config.TIME_ZONE }).toISODate();
    const coupons: unknown[][] = [];
    const events: DomainEvent[] = [];
    const idem: unknown[][] = [];
    let budgetRefused = false;

    for (const i of open) {
      const req = reqs[i]!;
      const refuse = (reason: ClaimRefusal) => {
        outcomes[i] = { kind: 'refused', reason, replayed: false };
      };
      if (templateRefusal) {
        refuse(templateRefusal);
      } else if (campaignRefusal) {
        refuse(campaignRefusal);
      } else if (gated(req) && !members?.has(req.userId)) {
        refuse('NOT_IN_AUDIENCE');
      } else {
        const acct = accounts.get(req.userId) ?? { n: 0, last: 0, active: 0 };
        const deviceKeys = [
          req.deviceId && `device_id:${req.deviceId}`,
          req.cookieId && `cookie_id:${req.cookieId}`,
        ].filter((k): k is string => !!k);
        if (tpl.limit_per_account != null && acct.n >= tpl.limit_per_account) refuse('ACCOUNT_LIMIT');
        else if (tpl.limit_frequency === 'ONCE' && acct.n >= 1) refuse('ACCOUNT_LIMIT');
        else if (tpl.limit_frequency === 'AFTER_USE' && acct.active > 0) refuse('ACCOUNT_LIMIT');
        else if (
          tpl.limit_frequency === 'DAILY' &&
          acct.n > 0 &&
          DateTime.fromSeconds(acct.last, { zone: this.config.TIME_ZONE }).toISODate() === today
        )
          refuse('DAILY_LIMIT');
        else if (
          tpl.limit_per_device != null &&
          deviceKeys.some((k) => (devices.get(k) ?? 0) >= tpl.limit_per_device!)
        )
          refuse('DEVICE_LIMIT');
        else if (quota != null && quota <= 0) refuse('SOLD_OUT');
        else if (campaign && !this.budgetAllows(campaign, outstanding + tpl.max_value)) {
          refuse('BUDGET_EXHAUSTED');
          budgetRefused = true;
        } else {
          const couponId = newId('coupon');
          let code = couponCode();
          if (req.code) {
            const claimed = await sql.run(
              `UPDATE coupon_code SET status = 'CLAIMED', coupon_id = ?, user_id = ?, claimed_at = ?
                 WHERE code = ? AND template_id = ? AND status = 'UNUSED'`,
              [couponId, req.userId, now, req.code, templateId],
            );
            if (claimed === 0) {
              const exists = await sql.get(
                `SELECT code FROM coupon_code WHERE code = ? AND template_id = ?`,
                [req.code, templateId],
              );
              refuse(exists ? 'CODE_ALREADY_USED' : 'CODE_INVALID');
            } else code = req.code;
          }
          if (!outcomes[i]) {
            const { validFrom, validUntil } = this.validity(tpl, now);
            const balance = tpl.kind === 'CASH' ? tpl.balance : null;
            coupons.push([
              couponId,
              templateId,
              tpl.campaign_id,
              req.userId,
              code,
              'AVAILABLE',
              req.source,
              req.ruleId ?? null,
              req.ruleVersion ?? null,
              req.placement ?? null,
              req.deviceId ?? null,
              req.cookieId ?? null,
              now,
              validFrom,
              validUntil,
              balance,
              tpl.max_value,
              now,
            ]);
            events.push({
              type: req.source === 'CLAIM' || req.source === 'CODE' ? 'coupon.claimed' : 'coupon.issued',
              couponId,
              templateId,
              campaignId: tpl.campaign_id,
              userId: req.userId,
              merchantId,
              payload: {
                coupon: {
                  id: couponId,
                  code,
                  templateId,
                  campaignId: tpl.campaign_id,
                  userId: req.userId,
                  status: 'AVAILABLE',
                  source: req.source,
                  validFrom,
                  validUntil,
                },
                placement: req.placement ?? null,
                ruleId: req.ruleId ?? null,
                ruleVersion: req.ruleVersion ?? null,
              },
            });
            const coupon: Coupon = {
              id: couponId,
              templateId,
              campaignId: tpl.campaign_id,
              userId: req.userId,
              code,
              status: 'AVAILABLE',
              source: req.source,
              ruleId: req.ruleId ?? null,
              ruleVersion: req.ruleVersion ?? null,
              placement: req.placement ?? null,
              deviceId: req.deviceId ?? null,
              cookieId: req.cookieId ?? null,
              issuedAt: now,
              validFrom,
              validUntil,
              seenAt: null,
              balance,
              maxValue: tpl.max_value,
              lockedOrderId: null,
              lockExpiresAt: null,
              lockedDiscount: null,
              redeemedOrderId: null,
              redeemedAt: null,
              updatedAt: now,
            };
            outcomes[i] = { kind: 'issued', couponId, replayed: false, coupon };
            accounts.set(req.userId, { n: acct.n + 1, last: now, active: acct.active + 1 });
            for (const k of deviceKeys) devices.set(k, (devices.get(k) ?? 0) + 1);
            if (quota != null) quota--;
            outstanding += tpl.max_value;
          }
        }
      }
      if (req.idempotencyKey) {
        const o = outcomes[i]!;
        const stored: Stored =
          o.kind === 'issued'
            ? { kind: 'issued', couponId: o.couponId }
            : { kind: 'refused', reason: (o as { reason: ClaimRefusal }).reason };
        idem.push([req.idempotencyKey, req.requestHash ?? '', JSON.stringify(stored), now]);
      }
    }
    // A key repeated inside one batch: the later requests replay the first one's outcome.
    reqs.forEach((r, i) => {
      if (!r.idempotencyKey || outcomes[i]?.kind !== 'keyReused') return;
      const first = reqs.findIndex((q) => q.idempotencyKey === r.idempotencyKey);
      if (first !== i && reqs[first]!.requestHash === r.requestHash && outcomes[first]) {
        const o = outcomes[first]!;
        if (o.kind === 'issued' || o.kind === 'refused') outcomes[i] = { ...o, replayed: true };
      }
    });

    // 5. Write it all: on PostgreSQL in one round trip (none of these statements reads another's rows).
    const writes: Statement[] = [];
    for (let c = 0; c < coupons.length; c += 200) {
      const chunk = coupons.slice(c, c + 200);
      writes.push({
        sql: `INSERT INTO coupon (id, template_id, campaign_id, user_id, code, status, source, rule_id, rule_version, placement,
                                  device_id, cookie_id, issued_at, valid_from, valid_until, balance, max_value, updated_at)
              VALUES ${valuesList(chunk.length, 18)}`,
        params: chunk.flat(),
      });
    }
    if (coupons.length > 0) {
      writes.push({
        sql: `UPDATE coupon_template SET issued_count = issued_count + ?,
                     quota_available = CASE WHEN quota_available IS NULL THEN NULL ELSE quota_available - ? END, updated_at = ?
               WHERE id = ?`,
        params: [coupons.length, coupons.length, now, templateId],
      });
    }
    if (campaign && (coupons.length > 0 || (budgetRefused && campaign.exhausted_at == null))) {
      const announce = budgetRefused && campaign.exhausted_at == null;
      writes.push({
        sql: `UPDATE campaign SET outstanding_max = outstanding_max + ?, issued_count = issued_count + ?, updated_at = ?
                     ${announce ? ', exhausted_at = ?' : ''} WHERE id = ?`,
        params: announce
          ? [outstanding - campaign.outstanding_max, coupons.length, now, now, campaign.id]
          : [outstanding - campaign.outstanding_max, coupons.length, now, campaign.id],
      });
      if (announce) {
        events.push({
          type: 'budget.exhausted',
          campaignId: campaign.id,
          templateId,
          merchantId,
          payload: {
            campaign: {
              id: campaign.id,
              budget: campaign.budget,
              spent: campaign.spent,
              reserved: campaign.reserved,
              outstandingMax: outstanding,
            },
          },
        });
      }
    }
    writes.push(...eventInserts(events, now));
    if (idem.length > 0) {
      writes.push({
        sql: `INSERT INTO idempotency_key (key, request_hash, response, created_at) VALUES ${valuesList(idem.length, 4)}
              ON CONFLICT (key) DO NOTHING RETURNING key`,
        params: idem.flat(),
      });
    }
    const counts = await sql.runMany(writes);
    // Another process stored one of these keys meanwhile (for another template): undo and retry.
    if (idem.length > 0 && counts[counts.length - 1] !== idem.length)
      throw Object.assign(new Error('idempotency key raced'), { code: '40001' });
    return outcomes.map((o) => o ?? { kind: 'keyReused' });
  }

  private templateRefusal(tpl: TemplateRow, now: number): ClaimRefusal | null {
    if (tpl.status === 'PAUSED') return 'PAUSED';
    if (tpl.status === 'ENDED') return 'ENDED';
    if (tpl.status !== 'ACTIVE') return 'NOT_STARTED';
    if (tpl.claim_starts_at != null && now < tpl.claim_starts_at) return 'NOT_STARTED';
    if (tpl.claim_ends_at != null && now >= tpl.claim_ends_at) return 'ENDED';
    if (tpl.valid_until != null && now >= tpl.valid_until) return 'ENDED';
    return null;
  }

  /** spent + reserved + (outstanding max value) × redemption rate must stay within the budget. */
  private budgetAllows(c: CampaignRow, outstandingAfter: number): boolean {
    if (c.budget == null) return true;
    const settled = c.redeemed_count + c.expired_count;
    const committed = BigInt(c.spent) + BigInt(c.reserved);
    if (settled < this.config.BUDGET_MIN_HISTORY)
      return committed + BigInt(outstandingAfter) <= BigInt(c.budget);
    // observed rate = redeemed / settled; compare without division.
    return (
      committed * BigInt(settled) + BigInt(outstandingAfter) * BigInt(c.redeemed_count) <=
      BigInt(c.budget) * BigInt(settled)
    );
  }

  validity(
    tpl: Pick<TemplateRow, 'valid_from' | 'valid_until' | 'valid_for_seconds' | 'valid_after_seconds'>,
    now: number,
  ) {
    if (tpl.valid_for_seconds != null) {
      const validFrom = now + (tpl.valid_after_seconds ?? 0);
      const until = validFrom + tpl.valid_for_seconds;
      return { validFrom, validUntil: tpl.valid_until != null ? Math.min(until, tpl.valid_until) : until };
    }
    return { validFrom: tpl.valid_from ?? now, validUntil: tpl.valid_until! };
  }
}

export const restoresOnExpiry = (row: Pick<TemplateRow, 'restore_on_expiry'>): boolean =>
  boolColumn(row.restore_on_expiry);
