// Claims, wallets, the coupon centre, staff issuance and revocation.
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import type { Principal } from '../graphql/principal';
import { principalLabel } from '../graphql/principal';
import { admitsLine, type Cart } from '../checkout';
import type { Config } from '../config';
import { type Database, jsonColumn } from '../db/sql';
import { AppError, badInput, notFound } from '../graphql/errors';
import { isId, nowSeconds } from '../ids';
import { writeEvents } from '../outbox/outbox';
import { CouponTemplate, type Placement, type Scope } from '../templates/template.entity';
import { Coupon, type CouponStatus } from './coupon.entity';
import type { IssueOutcome, IssueRequest, IssueService } from './issue';
import { eventMerchant } from './issue';
import type { ClaimRefusal } from './refusals';

export type ClaimOutcome =
  | { ok: true; coupon: Coupon; replayed: boolean }
  | { ok: false; reason: ClaimRefusal; replayed: boolean; retryAfterSeconds?: number };

export interface ClaimRequest {
  templateId: string;
  userId: string;
  deviceId: string;
  cookieId?: string | null;
  idempotencyKey: string;
  placement?: Placement | null;
}

const REFUSAL_TEXT: Record<ClaimRefusal, string> = {
  SOLD_OUT: 'All coupons of this kind have been claimed.',
  NOT_STARTED: 'Claiming has not started yet.',
  ENDED: 'Claiming has ended.',
  NOT_IN_AUDIENCE: 'This coupon is not offered to this user.',
  ACCOUNT_LIMIT: 'This account has reached its limit for this coupon.',
  DEVICE_LIMIT: 'This device has reached its limit for this coupon.',
  DAILY_LIMIT: 'Already claimed today; try again tomorrow.',
  BUDGET_EXHAUSTED: "The campaign's budget is used up.",
  PAUSED: 'This coupon is paused.',
  RATE_LIMITED: 'Too many claims; slow down.',
  CODE_INVALID: 'This code does not exist.',
  CODE_ALREADY_USED: 'This code has been used.',
};
export const refusalMessage = (r: ClaimRefusal): string => REFUSAL_TEXT[r];

const TEMPLATE_TTL_MS = 1000;

export class CouponService {
  private readonly inflight = new Map<string, { hash: string; promise: Promise<ClaimOutcome> }>();
  private readonly accountLimiter: RateLimiterAbstract | null;
  private readonly deviceLimiter: RateLimiterAbstract | null;
  private readonly templateCache = new Map<string, { p: Promise<CouponTemplate | undefined>; at: number }>();
  private templateBatch: { ids: Set<string>; p: Promise<Map<string, CouponTemplate>> } | null = null;

  constructor(
    private readonly db: Database,
    private readonly issuer: IssueService,
    private readonly config: Config,
    redis?: Redis,
  ) {
    const make = (points: number, keyPrefix: string) =>
      points <= 0
        ? null
        : redis
          ? new RateLimiterRedis({ storeClient: redis, points, duration: 60, keyPrefix })
          : new RateLimiterMemory({ points, duration: 60, keyPrefix });
    this.accountLimiter = make(config.CLAIM_RATE_PER_ACCOUNT, 'cf:claim:acct');
    this.deviceLimiter = make(config.CLAIM_RATE_PER_DEVICE, 'cf:claim:dev');
  }

  /** claimCoupon: idempotent per key, rate-limited per account and device, atomic against quotas and limits. */
  async claim(principal: Principal, req: ClaimRequest, code?: string): Promise<ClaimOutcome> {
    if (!code && !isId('template', req.templateId))
      throw badInput('input.templateId', 'malformed template id');
    const scopedKey = `claim:${principalLabel(principal)}:${req.idempotencyKey}`;
    const hash = createHash('sha256')
      .update(
        JSON.stringify([
          req.templateId,
          req.userId,
          req.deviceId,
          req.cookieId ?? null,
          req.placement ?? null,
          code ?? null,
        ]),
      )
      .digest('hex');
    const running = this.inflight.get(scopedKey);
    if (running) {
      if (running.hash !== hash) throw keyReused();
      const o = await running.promise;
      return { ...o, replayed: true };
    }
    const promise = this.claimOnce(req, scopedKey, hash, code);
    this.inflight.set(scopedKey, { hash, promise });
    try {
      return await promise;
    } finally {
      this.inflight.delete(scopedKey);
    }
  }

  private async claimOnce(
    req: ClaimRequest,
    scopedKey: string,
    hash: string,
    code?: string,
  ): Promise<ClaimOutcome> {
    const limited = await this.rateLimited(req);
    if (limited != null) {
      const stored = await this.db.read((sql) =>
        sql.get<{ request_hash: string; response: string }>(
          `SELECT request_hash, response FROM idempotency_key WHERE key = ?`,
          [scopedKey],
        ),
      );
      if (!stored) return { ok: false, reason: 'RATE_LIMITED', replayed: false, retryAfterSeconds: limited };
      if (stored.request_hash !== hash) throw keyReused();
      const s = JSON.parse(stored.response) as
        { kind: 'issued'; couponId: string } | { kind: 'refused'; reason: ClaimRefusal };
      return s.kind === 'issued'
        ? { ok: true, coupon: await this.getCoupon(s.couponId), replayed: true }
        : { ok: false, reason: s.reason, replayed: true };
    }
    const outcome = await this.issuer.issue(req.templateId, {
      userId: req.userId,
      deviceId: req.deviceId,
      cookieId: req.cookieId ?? null,
      placement: req.placement ?? null,
      source: code ? 'CODE' : 'CLAIM',
      code: code ?? null,
      idempotencyKey: scopedKey,
      requestHash: hash,
    });
    return this.toClaimOutcome(outcome, 'input.templateId');
  }

  /** A user enters an unbound code: the code names its template, the claim then runs as usual. */
  async claimByCode(
    principal: Principal,
    req: Omit<ClaimRequest, 'templateId'>,
    code: string,
  ): Promise<ClaimOutcome> {
    const row = await this.db.read((sql) =>
      sql.get<{ template_id: string }>(`SELECT template_id FROM coupon_code WHERE code = ?`, [code]),
    );
    if (!row) return { ok: false, reason: 'CODE_INVALID', replayed: false };
    return this.claim(principal, { ...req, templateId: row.template_id }, code);
  }

  /** Staff or API issuance to a list of users; bulk jobs use the same issuer. Coupons are loaded in one query. */
  async issueTo(
    templateId: string,
    userIds: string[],
    source: 'API' | 'BULK',
    keyPrefix?: string | null,
  ): Promise<{ userId: string; outcome: ClaimOutcome }[]> {
    if (!isId('template', templateId)) throw badInput('input.templateId', 'malformed template id');
    const reqs: IssueRequest[] = userIds.map((userId) => ({
      userId,
      source,
      idempotencyKey: keyPrefix ? `issue:${keyPrefix}:${userId}` : null,
      requestHash: keyPrefix ? `${templateId}:${userId}` : null,
    }));
    const outcomes = await this.issuer.issueMany(templateId, reqs);
    const replayedIds = outcomes.flatMap((o) => (o.kind === 'issued' && !o.coupon ? [o.couponId] : []));
    const replayed = new Map<string, Coupon>();
    if (replayedIds.length)
      for (const c of await this.db.em().find(Coupon, { id: { $in: replayedIds } })) replayed.set(c.id, c);
    return outcomes.map((o, i) => {
      if (o.kind === 'unknownTemplate') throw notFound('input.templateId', 'template');
      if (o.kind === 'keyReused') throw keyReused();
      const outcome: ClaimOutcome =
        o.kind === 'refused'
          ? { ok: false, reason: o.reason, replayed: o.replayed }
          : { ok: true, coupon: o.coupon ?? replayed.get(o.couponId)!, replayed: o.replayed };
      return { userId: userIds[i]!, outcome };
    });
  }

  private async toClaimOutcome(o: IssueOutcome, field: string): Promise<ClaimOutcome> {
    switch (o.kind) {
      case 'unknownTemplate':
        throw notFound(field, 'template');
      case 'keyReused':
        throw keyReused();
      case 'refused':
        return { ok: false, reason: o.reason, replayed: o.replayed };
      case 'issued':
        return { ok: true, coupon: o.coupon ?? (await this.getCoupon(o.couponId)), replayed: o.replayed };
    }
  }

  /** Seconds to wait when the account or device is over its claim rate, else null. */
  private async rateLimited(req: ClaimRequest): Promise<number | null> {
    const consume = async (limiter: RateLimiterAbstract | null, key: string | null | undefined) => {
      if (!limiter || !key) return null;
      try {
        await limiter.consume(key);
        return null;
      } catch (e) {
        if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
        throw e;
      }
    };
    return (
      (await consume(this.accountLimiter, req.userId)) ??
      (await consume(this.deviceLimiter, req.deviceId)) ??
      (await consume(this.deviceLimiter, req.cookieId ? `cookie:${req.cookieId}` : null))
    );
  }

  async getCoupon(id: string, field = 'id'): Promise<Coupon> {
    if (!isId('coupon', id)) throw badInput(field, 'malformed coupon id');
    const c = await this.db.em().findOne(Coupon, { id }, { disableIdentityMap: true });
    if (!c) throw notFound(field, 'coupon');
    return c;
  }

  /**
   * One template by id, cached for a second. Loads started in the same tick share one query, and the
   * in-flight promise is what is cached, so fifty wallet coupons cost one query, not fifty.
   */
  template(id: string): Promise<CouponTemplate | undefined> {
    const now = Date.now();
    const hit = this.templateCache.get(id);
    if (hit && now - hit.at < TEMPLATE_TTL_MS) return hit.p;
    if (!this.templateBatch) {
      const ids = new Set<string>();
      const p = Promise.resolve().then(async () => {
        this.templateBatch = null;
        const rows = await this.db.em().find(CouponTemplate, { id: { $in: [...ids] } });
        return new Map(rows.map((t) => [t.id, t]));
      });
      this.templateBatch = { ids, p };
    }
    this.templateBatch.ids.add(id);
    const p = this.templateBatch.p.then((m) => m.get(id));
    p.catch(() => this.templateCache.delete(id));
    if (this.templateCache.size > 10_000) this.templateCache.clear();
    this.templateCache.set(id, { p, at: now });
    return p;
  }

  async wallet(
    userId: string,
    statuses: CouponStatus[] | null | undefined,
    expiringWithinHours: number | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Coupon[]> {
    const now = nowSeconds();
    const where: Record<string, unknown> = { userId };
    if (statuses?.length) where.status = { $in: statuses };
    if (expiringWithinHours != null) {
      where.status = 'AVAILABLE';
      where.validUntil = { $gt: now, $lte: now + expiringWithinHours * 3600 };
    }
    if (after) {
      const [until, id] = after.split(':');
      if (!until || !id || !/^\d+$/.test(until)) throw badInput('after', 'malformed cursor');
      where.$or = [
        { validUntil: { $gt: Number(until) } },
        { validUntil: Number(until), id: { $gt: `cpn_${id}` } },
      ];
    }
    return this.db.em().find(Coupon, where, { orderBy: { validUntil: 'asc', id: 'asc' }, limit: first });
  }

  async markSeen(userId: string, couponIds: string[]): Promise<number> {
    for (const [i, id] of couponIds.entries())
      if (!isId('coupon', id)) throw badInput(`couponIds[${i}]`, 'malformed coupon id');
    if (couponIds.length === 0) return 0;
    return this.db.tx((sql) =>
      sql.run(
        `UPDATE coupon SET seen_at = ? WHERE user_id = ? AND seen_at IS NULL AND id IN (${couponIds.map(() => '?').join(', ')})`,
        [nowSeconds(), userId, ...couponIds],
      ),
    );
  }

  /** What this user may claim at a placement now, and why not. */
  async couponCenter(
    userId: string,
    placement: {
      kind: Placement;
      campaignId?: string | null;
      sku?: string | null;
      brand?: string | null;
      category?: string | null;
      merchantId?: string | null;
      deviceId?: string | null;
    },
    cart?: Cart | null,
  ) {
    const now = nowSeconds();
    const em = this.db.em();
    const where: Record<string, unknown> = { status: { $in: ['ACTIVE', 'PAUSED'] } };
    if (placement.kind === 'EVENT_PAGE') {
      if (!placement.campaignId)
        throw badInput('placement.campaignId', 'an EVENT_PAGE placement names its campaign');
      where.campaignId = placement.campaignId;
    }
    const candidates = (
      await em.find(CouponTemplate, where, { orderBy: { claimEndsAt: 'asc', id: 'desc' }, limit: 500 })
    ).filter(
      (t) =>
        t.placements.includes(placement.kind) &&
        (t.claimEndsAt == null || t.claimEndsAt > now) &&
        (t.validUntil == null || t.validUntil > now),
    );
    const lineOf = (sku: string) => ({
      sku,
      brand: placement.brand ?? null,
      category: placement.category ?? null,
      merchantId: placement.merchantId ?? null,
      unitPrice: 0,
      quantity: 1,
    });
    const inScope = (scope: Scope): boolean => {
      if (placement.kind === 'PRODUCT_PAGE') {
        if (!placement.sku) throw badInput('placement.sku', 'a PRODUCT_PAGE placement names its sku');
        return admitsLine(scope, lineOf(placement.sku), placement.merchantId ?? null);
      }
      if (placement.kind === 'CART') {
        if (!cart) throw badInput('cart', 'a CART placement needs the cart');
        return cart.lines.some((l) => admitsLine(scope, l, cart.merchantId ?? null));
      }
      return true;
    };
    const templates = candidates.filter((t) => inScope(t.scope)).slice(0, 100);
    if (templates.length === 0) return [];
    const ids = templates.map((t) => t.id);
    const [held, devices, campaigns] = await this.db.read(
      async (sql) =>
        [
          await sql.all<{ template_id: string; n: number; last: number; active: number }>(
            `SELECT template_id, COUNT(*) AS n, MAX(issued_at) AS last, SUM(CASE WHEN status IN ('AVAILABLE','LOCKED') THEN 1 ELSE 0 END) AS active
           FROM coupon WHERE user_id = ? AND template_id IN (${ids.map(() => '?').join(', ')}) GROUP BY template_id`,
            [userId, ...ids],
          ),
          placement.deviceId
            ? await sql.all<{ template_id: string; n: number }>(
                `SELECT template_id, COUNT(*) AS n FROM coupon WHERE device_id = ? AND template_id IN (${ids.map(() => '?').join(', ')}) GROUP BY template_id`,
                [placement.deviceId, ...ids],
              )
            : [],
          await sql.all<{
            id: string;
            status: string;
            budget: number | null;
            spent: number;
            reserved: number;
            outstanding_max: number;
          }>(
            `SELECT id, status, budget, spent, reserved, outstanding_max FROM campaign WHERE id IN (SELECT campaign_id FROM coupon_template WHERE id IN (${ids.map(() => '?').join(', ')}))`,
            ids,
          ),
        ] as const,
    );
    const heldBy = new Map(held.map((h) => [h.template_id, h]));
    const deviceBy = new Map(devices.map((d) => [d.template_id, Number(d.n)]));
    const campaignBy = new Map(campaigns.map((c) => [c.id, c]));
    const today = DateTime.fromSeconds(now, { zone: this.config.TIME_ZONE }).toISODate();
    return templates.map((t) => {
      const h = heldBy.get(t.id);
      const n = Number(h?.n ?? 0);
      const c = t.campaignId ? campaignBy.get(t.campaignId) : undefined;
      let reason: ClaimRefusal | null = null;
      if (t.status === 'PAUSED' || c?.status === 'PAUSED') reason = 'PAUSED';
      else if (c?.status === 'ENDED') reason = 'ENDED';
      else if (t.claimStartsAt != null && now < t.claimStartsAt) reason = 'NOT_STARTED';
      else if (t.limitPerAccount != null && n >= t.limitPerAccount) reason = 'ACCOUNT_LIMIT';
      else if (t.limitFrequency === 'ONCE' && n >= 1) reason = 'ACCOUNT_LIMIT';
      else if (t.limitFrequency === 'AFTER_USE' && Number(h?.active ?? 0) > 0) reason = 'ACCOUNT_LIMIT';
      else if (
        t.limitFrequency === 'DAILY' &&
        h &&
        DateTime.fromSeconds(Number(h.last), { zone: this.config.TIME_ZONE }).toISODate() === today
      )
        reason = 'DAILY_LIMIT';
      else if (t.limitPerDevice != null && (deviceBy.get(t.id) ?? 0) >= t.limitPerDevice)
        reason = 'DEVICE_LIMIT';
      else if (t.quotaAvailable != null && t.quotaAvailable <= 0) reason = 'SOLD_OUT';
      else if (c?.budget != null && c.spent + c.reserved + c.outstanding_max + t.maxValue > c.budget)
        reason = 'BUDGET_EXHAUSTED';
      let shortBy: number | null = null;
      if (cart && t.threshold > 0) {
        const eligible = cart.lines
          .filter((l) => admitsLine(t.scope, l, cart.merchantId ?? null))
          .reduce((s, l) => s + l.unitPrice * l.quantity, 0);
        shortBy = Math.max(0, t.threshold - eligible);
      }
      return {
        template: t,
        claimable: reason == null,
        reason,
        claimedCount: n,
        remaining: t.quotaAvailable ?? null,
        shortBy,
      };
    });
  }

  /** Staff revokes a coupon (any state but REDEEMED); a held lock's reservation is returned. */
  async revoke(id: string, reason: string | null): Promise<Coupon> {
    await this.getCoupon(id);
    const now = nowSeconds();
    await this.db.tx(async (sql) => {
      const row = await sql.get<{
        status: string;
        campaign_id: string | null;
        max_value: number;
        locked_discount: number | null;
        template_id: string;
        user_id: string;
        scope: unknown;
        funding: unknown;
      }>(
        `SELECT c.status, c.campaign_id, c.max_value, c.locked_discount, c.template_id, c.user_id, t.scope, t.funding
           FROM coupon c JOIN coupon_template t ON t.id = c.template_id WHERE c.id = ?${this.db.forUpdate}`,
        [id],
      );
      if (!row || row.status === 'REDEEMED' || row.status === 'REVOKED' || row.status === 'EXPIRED') {
        throw new AppError(
          'BAD_USER_INPUT',
          `id: cannot revoke a coupon that is ${row?.status ?? 'missing'}`,
          { field: 'id' },
        );
      }
      await sql.run(
        `UPDATE coupon SET status = 'REVOKED', locked_order_id = NULL, lock_expires_at = NULL, locked_discount = NULL, updated_at = ? WHERE id = ?`,
        [now, id],
      );
      if (row.campaign_id) {
        await sql.run(
          `UPDATE campaign SET outstanding_max = outstanding_max - ?, reserved = reserved - ?, updated_at = ? WHERE id = ?`,
          [row.max_value, row.status === 'LOCKED' ? (row.locked_discount ?? 0) : 0, now, row.campaign_id],
        );
      }
      await writeEvents(
        sql,
        [
          {
            type: 'coupon.revoked',
            couponId: id,
            templateId: row.template_id,
            campaignId: row.campaign_id,
            userId: row.user_id,
            merchantId: eventMerchant(jsonColumn(row.scope), jsonColumn(row.funding)),
            payload: {
              coupon: {
                id,
                status: 'REVOKED',
                previousStatus: row.status,
                templateId: row.template_id,
                userId: row.user_id,
              },
              reason,
            },
          },
        ],
        now,
      );
    });
    return this.getCoupon(id);
  }
}

const keyReused = () =>
  new AppError('BAD_USER_INPUT', 'input.idempotencyKey: this key was used for a different request', {
    field: 'input.idempotencyKey',
    reason: 'IDEMPOTENCY_KEY_REUSED',
  });
