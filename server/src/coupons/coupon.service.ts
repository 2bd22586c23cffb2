// Claims, wallets, the coupon centre, staff issuance and revocation.
import { createHash } from 'node:crypto';
import { quotaFigures } from '../quota/bucket.sql';
import { type Limiter, RateLimits } from '../rate-limit';
import type { Principal } from '../graphql/principal';
import { principalLabel } from '../graphql/principal';
import type { Config } from '../config';
import { type Database, jsonColumn, type Sql } from '../db/sql';
import { AppError, badInput, notFound } from '../graphql/errors';
import { decodeCursor, type Page, toPage } from '../graphql/pagination';
import { isId, nowSeconds } from '../ids';
import { couponRevoked, eventMerchant } from '../outbox/events';
import { admitsLine, type ScopedLine } from '../templates/scope';
import { CouponTemplate, type Placement } from '../templates/template.entity';
import { Coupon, type CouponStatus } from './coupon.entity';
import * as db from './coupon.sql';
import { decideIssue, type Holding, type Mint } from './decide';
import { campaignState, type IssueOutcome, type IssueRequest, type IssueService } from './issue';
import { Ledger } from './ledger';
import type { ClaimRefusal } from './refusals';
import { type RefusalRow, refusalPage } from './refusal.sql';

/** A cart as the coupon centre reads it (CART placement: thresholds and scope). */
export interface CentreCart {
  merchantId?: string | null;
  lines: (ScopedLine & { unitPrice: number; quantity: number })[];
}

export interface CentrePlacement {
  kind: Placement;
  campaignId?: string | null;
  sku?: string | null;
  brand?: string | null;
  category?: string | null;
  merchantId?: string | null;
  deviceId?: string | null;
}

/** The coupon centre previews decisions: nothing is issued, so no id or code is drawn. */
const PREVIEW: Mint = { couponId: () => '', code: () => '' };

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
  private readonly accountLimiter: Limiter | null;
  private readonly deviceLimiter: Limiter | null;
  /** claimByCode: attempts per minute, and attempts with a code that does not exist per hour. */
  private readonly codeAttempts: Limiter | null;
  private readonly codeFailures: Limiter | null;
  private readonly templateCache = new Map<
    string,
    { p: Promise<CouponTemplate | undefined>; at: number; value?: CouponTemplate }
  >();
  private templateBatch: { ids: Set<string>; p: Promise<Map<string, CouponTemplate>> } | null = null;

  constructor(
    private readonly db: Database,
    private readonly issuer: IssueService,
    private readonly config: Config,
    limits: RateLimits = new RateLimits(),
  ) {
    const make = (points: number, keyPrefix: string, duration = 60) =>
      points <= 0 ? null : limits.limiter({ points, duration, keyPrefix });
    this.accountLimiter = make(config.CLAIM_RATE_PER_ACCOUNT, 'cf:claim:acct');
    this.deviceLimiter = make(config.CLAIM_RATE_PER_DEVICE, 'cf:claim:dev');
    this.codeAttempts = make(config.CODE_ATTEMPTS_PER_MINUTE, 'cf:code:try');
    this.codeFailures = make(config.CODE_FAILURES_PER_HOUR, 'cf:code:fail', 3600);
  }

  /** A user's refused claims, newest first: `limit` rows before the row `beforeId`, with the user's total (one snapshot). */
  refusedClaims(
    userId: string,
    beforeId: number | null,
    limit: number,
  ): Promise<{ rows: RefusalRow[]; total: number }> {
    return this.db.snapshot((sql) => refusalPage(sql, userId, beforeId, limit));
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
      const stored = await this.db.read((sql) => db.storedKey(sql, scopedKey));
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

  /**
   * A user enters an unbound code: the code names its template, the claim then runs as usual. Code
   * attempts are rate-limited per account, device and (for user tokens, which come from the device)
   * client address, and attempts with codes that do not exist far more strictly, so codes cannot be
   * guessed by trying many.
   */
  async claimByCode(
    principal: Principal,
    req: Omit<ClaimRequest, 'templateId'>,
    code: string,
    address?: string,
  ): Promise<ClaimOutcome> {
    const keys = [
      `acct:${req.userId}`,
      `dev:${req.deviceId}`,
      ...(req.cookieId ? [`cookie:${req.cookieId}`] : []),
      ...(principal.kind === 'user' && address ? [`addr:${address}`] : []),
    ];
    const wait =
      (await this.overLimit(this.codeFailures, keys, true)) ??
      (await this.overLimit(this.codeAttempts, keys, false));
    if (wait != null) return { ok: false, reason: 'RATE_LIMITED', replayed: false, retryAfterSeconds: wait };
    const templateId = await this.db.read((sql) => db.templateOfCode(sql, code));
    if (!templateId) {
      if (this.codeFailures) await Promise.all(keys.map((k) => this.codeFailures!.consume(k)));
      return { ok: false, reason: 'CODE_INVALID', replayed: false };
    }
    return this.claim(principal, { ...req, templateId }, code);
  }

  /** The longest wait any of `keys` owes `limiter`: `peek` only reads (failures are charged after). */
  private async overLimit(limiter: Limiter | null, keys: string[], peek: boolean): Promise<number | null> {
    if (!limiter) return null;
    const waits = await Promise.all(
      keys.map((k) => (peek ? limiter.used(k) : limiter.consume(k).then((r) => r.retryAfterSeconds))),
    );
    return waits.reduce<number | null>((m, w) => (w == null ? m : Math.max(m ?? 0, w)), null);
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
    const consume = async (limiter: Limiter | null, key: string | null | undefined) =>
      limiter && key ? (await limiter.consume(key)).retryAfterSeconds : null;
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
    const entry: { p: Promise<CouponTemplate | undefined>; at: number; value?: CouponTemplate } = {
      p: this.templateBatch.p.then((m) => {
        entry.value = m.get(id);
        return entry.value;
      }),
      at: now,
    };
    entry.p.catch(() => this.templateCache.delete(id));
    if (this.templateCache.size > 10_000) this.templateCache.clear();
    this.templateCache.set(id, entry);
    return entry.p;
  }

  /** The template `template(id)` has loaded within its second, or undefined (then call `template`). */
  cachedTemplate(id: string): CouponTemplate | undefined {
    const hit = this.templateCache.get(id);
    return hit && Date.now() - hit.at < TEMPLATE_TTL_MS ? hit.value : undefined;
  }

  /** A wallet as a plain list (the fixed `wallet` operation); `walletPage` is the paged form. */
  async wallet(
    userId: string,
    statuses: CouponStatus[] | null | undefined,
    expiringWithinHours: number | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Coupon[]> {
    return (await this.walletPage(userId, statuses, expiringWithinHours, first, after, false)).nodes;
  }

  /**
   * One page of a user's coupons, soonest-expiring first (then by id), with the filtered wallet's
   * total count read in the same snapshot. The cursor position is `validUntil:` and the id without its `cpn_`.
   */
  async walletPage(
    userId: string,
    statuses: CouponStatus[] | null | undefined,
    expiringWithinHours: number | null | undefined,
    first: number,
    after?: string | null,
    withTotal = true,
  ): Promise<Page<Coupon>> {
    const now = nowSeconds();
    let position: { validUntil: number; id: string } | null = null;
    const raw = decodeCursor(after);
    if (raw != null) {
      const [until, id] = raw.split(':');
      if (!until || !id || !/^\d{1,12}$/.test(until) || !isId('coupon', `cpn_${id}`))
        throw badInput('after', 'is not a cursor from this list');
      position = { validUntil: Number(until), id: `cpn_${id}` };
    }
    const filter: db.WalletFilter = {
      userId,
      statuses: statuses?.length ? statuses : null,
      expiring: expiringWithinHours != null ? { now, by: now + expiringWithinHours * 3600 } : null,
    };
    const { rows, total } = withTotal
      ? await this.db.snapshot((sql) => db.walletPage(sql, filter, position, first + 1))
      : await this.db.read((sql) => db.walletPage(sql, filter, position, first + 1, false));
    return toPage(rows, first, total, (c) => `${c.validUntil}:${c.id.slice(4)}`, after);
  }

  async markSeen(userId: string, couponIds: string[]): Promise<number> {
    for (const [i, id] of couponIds.entries())
      if (!isId('coupon', id)) throw badInput(`couponIds[${i}]`, 'malformed coupon id');
    if (couponIds.length === 0) return 0;
    return this.db.tx((sql) => db.markSeen(sql, userId, couponIds, nowSeconds()));
  }

  /**
   * What this user may claim at a placement now, and why not: each template's answer is the
   * issuance decision itself (decideIssue), previewed for one claim with what the user holds.
   */
  async couponCenter(userId: string, placement: CentrePlacement, cart?: CentreCart | null) {
    const now = nowSeconds();
    const templates = await this.centreTemplates(placement, cart, now);
    if (templates.length === 0) return [];
    return this.db.read(async (sql) => {
      const ids = templates.map((t) => t.id);
      // PostgreSQL: units in quota buckets count as claimable (quota/).
      const figures = await quotaFigures(
        sql,
        templates.filter((t) => t.quotaTotal != null).map((t) => t.id),
      );
      for (const t of templates) t.quotaAvailable = figures.get(t.id)?.quotaAvailable ?? t.quotaAvailable;
      const held = new Map((await db.userHoldings(sql, userId, ids)).map((h) => [h.template_id, h]));
      const onDevice = placement.deviceId
        ? new Map(
            (await db.deviceHoldingsByTemplate(sql, placement.deviceId, ids)).map((d) => [
              d.template_id,
              Number(d.n),
            ]),
          )
        : new Map<string, number>();
      const campaigns = new Map(
        (await db.campaignsOfTemplates(sql, ids)).map((c) => [c.id, campaignState(c)]),
      );
      const items = [];
      for (const t of templates) {
        const h = held.get(t.id);
        const holding: Holding | undefined = h && db.holdingOf(h);
        const [decision] = decideIssue(
          {
            now,
            timeZone: this.config.TIME_ZONE,
            minHistory: this.config.BUDGET_MIN_HISTORY,
            template: { ...t, campaignId: t.campaignId ?? null, audienceIds: t.audienceIds ?? [] },
            campaign: (t.campaignId && campaigns.get(t.campaignId)) || null,
            accounts: new Map(holding ? [[userId, holding]] : []),
            devices: new Map([[`device:${placement.deviceId}`, onDevice.get(t.id) ?? 0]]),
            members: await this.audienceMembers(sql, userId, t.audienceIds ?? []),
            codes: new Map(),
          },
          [{ userId, source: 'CLAIM', deviceId: placement.deviceId, placement: placement.kind }],
          PREVIEW,
        );
        const reason = decision!.kind === 'refuse' ? decision!.reason : null;
        items.push({
          template: t,
          claimable: reason == null,
          reason,
          claimedCount: holding?.n ?? 0,
          remaining: t.quotaAvailable ?? null,
          shortBy: cart && t.threshold > 0 ? Math.max(0, t.threshold - eligibleSpend(t, cart)) : null,
        });
      }
      return items;
    });
  }

  /** The user, if a member of one of `audienceIds` (none to check: nobody needs to be). */
  private async audienceMembers(
    sql: Sql,
    userId: string,
    audienceIds: readonly string[],
  ): Promise<Set<string>> {
    if (audienceIds.length === 0 || !this.issuer.audiences) return new Set();
    return this.issuer.audiences.membersAmong(sql, [userId], audienceIds);
  }

  /** Templates shown at a placement: active or paused, not over, in scope of the page or cart (≤ 100). */
  private async centreTemplates(
    placement: CentrePlacement,
    cart: CentreCart | null | undefined,
    now: number,
  ): Promise<CouponTemplate[]> {
    const where: Record<string, unknown> = { status: { $in: ['ACTIVE', 'PAUSED'] } };
    if (placement.kind === 'EVENT_PAGE') {
      if (!placement.campaignId)
        throw badInput('placement.campaignId', 'an EVENT_PAGE placement names its campaign');
      where.campaignId = placement.campaignId;
    }
    if (placement.kind === 'PRODUCT_PAGE' && !placement.sku)
      throw badInput('placement.sku', 'a PRODUCT_PAGE placement names its sku');
    if (placement.kind === 'CART' && !cart) throw badInput('cart', 'a CART placement needs the cart');
    const candidates = await this.db
      .em()
      .find(CouponTemplate, where, { orderBy: { claimEndsAt: 'asc', id: 'desc' }, limit: 500 });
    const page: ScopedLine = {
      sku: placement.sku ?? '',
      brand: placement.brand ?? null,
      category: placement.category ?? null,
      merchantId: placement.merchantId ?? null,
    };
    const inScope = (t: CouponTemplate): boolean => {
      if (placement.kind === 'PRODUCT_PAGE') return admitsLine(t.scope, page, placement.merchantId ?? null);
      if (placement.kind === 'CART')
        return cart!.lines.some((l) => admitsLine(t.scope, l, cart!.merchantId ?? null));
      return true;
    };
    return candidates
      .filter(
        (t) =>
          t.placements.includes(placement.kind) &&
          (t.claimEndsAt == null || t.claimEndsAt > now) &&
          (t.validUntil == null || t.validUntil > now) &&
          inScope(t),
      )
      .slice(0, 100);
  }

  /** Staff revokes a coupon (any state but REDEEMED); a held lock's reservation is returned. */
  async revoke(id: string, reason: string | null): Promise<Coupon> {
    await this.getCoupon(id);
    const now = nowSeconds();
    await this.db.tx(async (sql) => {
      const row = await db.lockForRevoke(sql, id);
      if (!row || row.status === 'REDEEMED' || row.status === 'REVOKED' || row.status === 'EXPIRED') {
        throw new AppError(
          'BAD_USER_INPUT',
          `id: cannot revoke a coupon that is ${row?.status ?? 'missing'}`,
          { field: 'id' },
        );
      }
      await db.setRevoked(sql, id, now);
      const subject = {
        id,
        templateId: row.template_id,
        campaignId: row.campaign_id,
        userId: row.user_id,
        merchantId: eventMerchant(jsonColumn(row.scope), jsonColumn(row.funding)),
      };
      const ledger = new Ledger()
        .campaign(row.campaign_id, {
          outstandingMax: -row.max_value,
          reserved: row.status === 'LOCKED' ? -(row.locked_discount ?? 0) : 0,
        })
        .event(couponRevoked(subject, row.status, reason));
      for (const st of ledger.statements(now)) await sql.run(st.sql, st.params);
    });
    return this.getCoupon(id);
  }
}

/** Spend on the cart lines a template's scope admits. */
const eligibleSpend = (t: CouponTemplate, cart: CentreCart): number =>
  cart.lines
    .filter((l) => admitsLine(t.scope, l, cart.merchantId ?? null))
    .reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);

const keyReused = () =>
  new AppError('BAD_USER_INPUT', 'input.idempotencyKey: this key was used for a different request', {
    field: 'input.idempotencyKey',
    reason: 'IDEMPOTENCY_KEY_REUSED',
  });
