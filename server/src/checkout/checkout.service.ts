// Checkout: quote (every wallet coupon, applicable or why not, and the exact best combination),
// lock (idempotent per order id; coupons and budget reserved atomically), redeem, release, refund.
import { createHash } from 'node:crypto';
import { spendable } from '../campaigns/budget';
import * as campaignSql from '../campaigns/campaign.sql';
import type { Config } from '../config';
import type { Coupon } from '../coupons/coupon.entity';
import { couponFromRow, couponsByIds, lockCoupon, setRedeemed, setReleased } from '../coupons/coupon.sql';
import { isExpired, settleExpired } from '../coupons/expiry';
import { Ledger } from '../coupons/ledger';
import { boolColumn, type Database, jsonColumn, type Sql, type Statement } from '../db/sql';
import { AppError, forbidden, notFound } from '../graphql/errors';
import { newId, nowSeconds } from '../ids';
import {
  couponLocked,
  couponRedeemed,
  couponReleased,
  type CouponSubject,
  type DomainEvent,
  eventMerchant,
} from '../outbox/events';
import { writeEvents } from '../outbox/outbox';
import { KINDS } from '../templates/kinds';
import type { Funding, Scope } from '../templates/template.entity';
import * as db from './checkout.sql';
import { applyCombination, quoteCart } from './index';
import type { AppliedCombination, Cart, CheckoutCoupon, CheckoutProblem } from './types';
import type { OrderStatus, Redemption } from './order.entity';

type WalletRow = db.WalletRow;

/** The part of a CheckoutCoupon its template decides. */
type TemplateTerms = Omit<CheckoutCoupon, 'id' | 'balance' | 'validFrom' | 'validUntil' | 'budgetRemaining'>;

/** Order facts (server/src/metrics, wired in app.ts): a redeemed order is paid, a refund undoes it. */
export interface CheckoutOrderHook {
  paid(
    sql: Sql,
    o: { orderId: string; userId: string; amount: number; discount: number; couponIds: string[]; at: number },
  ): Promise<void>;
  refunded(sql: Sql, orderId: string, at: number): Promise<void>;
}

/** The envelope of a coupon's events, from a row with its template's scope and funding. */
const subjectOf = (r: {
  id: string;
  template_id: string;
  campaign_id: string | null;
  user_id: string;
  scope: unknown;
  funding: unknown;
}): CouponSubject => ({
  id: r.id,
  templateId: r.template_id,
  campaignId: r.campaign_id,
  userId: r.user_id,
  merchantId: eventMerchant(jsonColumn<Scope>(r.scope), jsonColumn<Funding>(r.funding)),
});

export interface QuoteView {
  subtotal: number;
  shippingAmount: number;
  items: {
    coupon: Coupon;
    applicable: boolean;
    reason: string | null;
    shortBy: number | null;
    discount: number;
    inBest: boolean;
  }[];
  applicable: QuoteView['items'];
  inapplicable: QuoteView['items'];
  best: CombinationView;
  orderId: string | null;
  locked: boolean;
  applied: CombinationView | null;
  problems: CheckoutProblem[];
  lockExpiresAt: number | null;
  replayed: boolean;
}

interface CombinationView {
  couponIds: string[];
  totalDiscount: number;
  goodsDiscount: number;
  shipping: AppliedCombination['shipping'];
  payable: number;
  coupons: AppliedCombination['coupons'];
  lines: AppliedCombination['lines'];
}

const view = (c: AppliedCombination): CombinationView => ({
  couponIds: c.coupons.map((x) => x.couponId),
  totalDiscount: c.totalDiscount,
  goodsDiscount: c.goodsDiscount,
  shipping: c.shipping,
  payable: c.payable,
  coupons: c.coupons,
  lines: c.lines,
});

export interface RedeemView {
  orderId: string;
  ok: boolean;
  status: OrderStatus;
  totalDiscount: number;
  coupons: Coupon[];
  replayed: boolean;
}

/** Rolls a lock transaction back while returning the problems to the caller. */
class LockRefused extends Error {
  constructor(readonly problems: CheckoutProblem[]) {
    super('lock refused');
  }
}

/**
 * Whether the brief wallet read answers these Coupon fields: its columns (BRIEF_COUPON_FIELDS),
 * `template` (from `templateId`, by the template cache) and `__typename`.
 */
function briefServes(fields: ReadonlySet<string>): boolean {
  for (const f of fields)
    if (!db.BRIEF_COUPON_FIELDS.has(f) && f !== 'template' && f !== '__typename') return false;
  return true;
}

export class CheckoutService {
  private readonly scopeCache = new Map<string, Scope>();
  private readonly scopeTexts = new Map<string, Scope>();
  private readonly terms = new Map<string, TemplateTerms>();
  orderFacts?: CheckoutOrderHook;

  constructor(
    private readonly db: Database,
    private readonly config: Pick<Config, 'LOCK_TTL_SECONDS'>,
  ) {}

  /**
   * One object per distinct scope: templates with equal scopes (no scope at all, most often) share it,
   * so a quote works out the lines it admits and their order once for all of them (math.ts, PrepareMemo
   * is keyed by the scope object). Scopes are never changed after they are parsed.
   */
  private interned(value: unknown): Scope {
    const parsed = jsonColumn<Scope>(value);
    if (parsed === null || typeof parsed !== 'object') return parsed;
    const text = typeof value === 'string' ? value : JSON.stringify(parsed);
    let s = this.scopeTexts.get(text);
    if (!s) {
      if (this.scopeTexts.size > 10_000) this.scopeTexts.clear();
      this.scopeTexts.set(text, (s = parsed));
    }
    return s;
  }

  private scopeOf(row: WalletRow): Scope {
    // Scope is fixed at creation, so it is parsed once per template.
    let s = this.scopeCache.get(row.template_id);
    if (!s) {
      s = this.interned(row.t_scope);
      if (this.scopeCache.size > 10_000) this.scopeCache.clear();
      this.scopeCache.set(row.template_id, s);
    }
    return s;
  }

  private getScopeOf(row: WalletRow): Scope {
    const key = `${row.template_id}/get`;
    let s = this.scopeCache.get(key);
    if (!s) {
      s = this.interned(row.t_get_scope);
      if (this.scopeCache.size > 10_000) this.scopeCache.clear();
      this.scopeCache.set(key, s);
    }
    return s;
  }

  /** What checkout needs of a coupon's template, fixed at creation: built once per template. */
  private termsOf(row: WalletRow): TemplateTerms {
    let t = this.terms.get(row.template_id);
    if (!t) {
      t = {
        kind: row.t_kind,
        stackGroup: row.t_stack_group,
        exclusive: boolColumn(row.t_exclusive),
        amount: row.t_amount,
        threshold: row.t_threshold,
        discountBp: row.t_discount_bp,
        cap: row.t_cap,
        step: row.t_step,
        sku: row.t_sku,
        units: row.t_units,
        unitValue: row.t_unit_value,
        applyTo: row.t_apply_to,
        maxUnits: row.t_max_units,
        minQuantity: row.t_min_quantity,
        buyQuantity: row.t_buy_quantity,
        getQuantity: row.t_get_quantity,
        maxApplications: row.t_max_applications,
        getScope: row.t_get_scope == null ? null : this.getScopeOf(row),
        multiplePerOrder: row.t_multiple_per_order == null ? null : boolColumn(row.t_multiple_per_order),
        scope: this.scopeOf(row),
      };
      if (this.terms.size > 10_000) this.terms.clear();
      this.terms.set(row.template_id, t);
    }
    return t;
  }

  /** A coupon for the checkout math: its template's terms, its own balance and validity, its budget. */
  private static checkoutCoupon(
    c: Pick<Coupon, 'id' | 'balance' | 'validFrom' | 'validUntil'>,
    b: db.BudgetColumns,
    t: TemplateTerms,
  ): CheckoutCoupon {
    return {
      id: c.id,
      kind: t.kind,
      stackGroup: t.stackGroup,
      exclusive: t.exclusive,
      amount: t.amount,
      threshold: t.threshold,
      discountBp: t.discountBp,
      cap: t.cap,
      step: t.step,
      sku: t.sku,
      units: t.units,
      unitValue: t.unitValue,
      applyTo: t.applyTo,
      maxUnits: t.maxUnits,
      minQuantity: t.minQuantity,
      buyQuantity: t.buyQuantity,
      getQuantity: t.getQuantity,
      maxApplications: t.maxApplications,
      getScope: t.getScope,
      multiplePerOrder: t.multiplePerOrder,
      balance: c.balance ?? null,
      validFrom: c.validFrom,
      validUntil: c.validUntil,
      scope: t.scope,
      budgetRemaining: spendable({
        budget: b.b_budget,
        spent: b.b_spent ?? 0,
        reserved: b.b_reserved ?? 0,
      }),
    };
  }

  private toCheckout(row: WalletRow, coupon: Coupon = couponFromRow(row)): CheckoutCoupon {
    return CheckoutService.checkoutCoupon(coupon, row, this.termsOf(row));
  }

  private buildQuote(
    cart: Cart,
    wallet: readonly Coupon[],
    coupons: CheckoutCoupon[],
    now: number,
  ): QuoteView {
    const q = quoteCart(cart, coupons, now);
    const items = q.items.map((it, i) => ({
      coupon: wallet[i]!,
      applicable: it.applicable,
      reason: it.reason ?? null,
      shortBy: it.shortBy ?? null,
      discount: it.discount,
      inBest: it.inBest,
    }));
    return {
      subtotal: q.subtotal,
      shippingAmount: q.shippingAmount,
      items,
      applicable: items.filter((i) => i.applicable),
      inapplicable: items.filter((i) => !i.applicable),
      best: view(q.best),
      orderId: null,
      locked: false,
      applied: null,
      problems: [],
      lockExpiresAt: null,
      replayed: false,
    };
  }

  private quoteOf(cart: Cart, rows: WalletRow[], now: number): QuoteView {
    const wallet = rows.map(couponFromRow);
    return this.buildQuote(
      cart,
      wallet,
      rows.map((r, i) => this.toCheckout(r, wallet[i])),
      now,
    );
  }

  /**
   * The quote reads the coupons and their budgets only, and takes each template's terms from what an
   * earlier read kept; a wallet with a template not seen yet is read whole once (`walletRows`).
   * `couponFields`: what the response selects of a Coupon (null: not known); when the brief wallet
   * read has all of it, only that is read.
   */
  async quote(
    userId: string,
    cart: Cart & { orderId?: string | null },
    couponFields: ReadonlySet<string> | null = null,
  ): Promise<QuoteView> {
    const now = nowSeconds();
    const brief = couponFields !== null && briefServes(couponFields);
    const rows = await this.db.readOne((sql) => db.walletCoupons(sql, userId, cart.orderId, brief));
    const coupons = new Array<CheckoutCoupon>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const t = this.terms.get(rows[i]!.templateId);
      if (!t) {
        const full = await this.db.read((sql) => db.walletRows(sql, userId, cart.orderId));
        return this.quoteOf(cart, full, now);
      }
      coupons[i] = CheckoutService.checkoutCoupon(rows[i]!, rows[i]!, t);
    }
    return this.buildQuote(cart, rows, coupons, now);
  }

  /** lockCoupons: idempotent per order id; the same id with another cart or coupon set is refused. */
  async lock(userId: string, orderId: string, cart: Cart, couponIds: string[]): Promise<QuoteView> {
    const hash = createHash('sha256')
      .update(JSON.stringify([userId, cart, [...couponIds].sort()]))
      .digest('hex');
    const now = nowSeconds();
    const existing = await this.db.read((sql) => db.storedOrder(sql, orderId));
    if (existing) return this.replayLock(existing, userId, orderId, hash, cart);
    const rows = await this.db.read((sql) => db.walletRows(sql, userId, orderId));
    const quote = { ...this.quoteOf(cart, rows, now), orderId };
    const byId = new Map(rows.map((r) => [r.id, r]));
    const missing = [...new Set(couponIds)].filter((id) => !byId.has(id));
    if (missing.length)
      return {
        ...quote,
        problems: missing.map((couponId) => ({ couponId, reason: 'NOT_AVAILABLE' as never })),
      };
    const result = applyCombination(
      cart,
      couponIds.map((id) => this.toCheckout(byId.get(id)!)),
      now,
    );
    if (!result.ok) return { ...quote, problems: result.problems };
    const lockExpiresAt = now + this.config.LOCK_TTL_SECONDS;
    const applied = view(result);
    try {
      await this.db.tx(async (sql) => {
        const order = {
          id: orderId,
          userId,
          cartHash: hash,
          quote: JSON.stringify({ applied, subtotal: result.subtotal }),
          totalDiscount: result.totalDiscount,
          lockExpiresAt,
        };
        // A concurrent lock of the same order won: replay it below.
        if (!(await db.insertOrder(sql, order, now))) throw new LockRefused([]);
        const events = await this.lockChosen(sql, result, byId, orderId, lockExpiresAt, now);
        await this.reserveBudgets(sql, result, byId, now);
        await writeEvents(sql, events, now);
      });
    } catch (err) {
      if (!(err instanceof LockRefused)) throw err;
      if (err.problems.length === 0) return this.lock(userId, orderId, cart, couponIds);
      return { ...quote, problems: err.problems };
    }
    return { ...quote, locked: true, applied, lockExpiresAt };
  }

  /**
   * Locks coupons priced elsewhere to an order, through the same life cycle as a cart's: idempotent
   * per order id (the same id with another request is a CONFLICT), each coupon locked with its
   * discount and its campaign's budget reserved atomically, events in the same transaction. Used by
   * investments/ (an INTEREST_RATE coupon's bonus is its discount); redeem, release and refund then
   * work on the order id as for carts.
   */
  async lockPriced(p: {
    userId: string;
    orderId: string;
    requestHash: string;
    /** What redeem and replays read back (JSON); `applied.payable` is the order's paid amount. */
    stored: {
      applied: { couponIds: string[]; totalDiscount: number; payable: number };
      [k: string]: unknown;
    };
    priced: readonly { couponId: string; discount: number }[];
  }): Promise<{
    locked: boolean;
    problems: CheckoutProblem[];
    lockExpiresAt: number | null;
    replayed: boolean;
    stored: unknown;
  }> {
    const now = nowSeconds();
    const replay = await this.replayPriced(p.userId, p.orderId, p.requestHash);
    if (replay) return { ...replay, problems: [] };
    const rows = await this.db.read((sql) => db.walletRows(sql, p.userId, p.orderId));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const missing = p.priced.filter((c) => !byId.has(c.couponId));
    const refused = (problems: CheckoutProblem[]) => ({
      locked: false,
      problems,
      lockExpiresAt: null,
      replayed: false,
      stored: p.stored,
    });
    if (missing.length)
      return refused(missing.map((c) => ({ couponId: c.couponId, reason: 'NOT_AVAILABLE' as never })));
    const totalDiscount = p.priced.reduce((sum, c) => sum + c.discount, 0);
    const result: AppliedCombination = {
      ok: true,
      subtotal: 0,
      shippingAmount: 0,
      totalDiscount,
      goodsDiscount: totalDiscount,
      shipping: { amount: 0, discount: 0, payable: 0 },
      payable: 0,
      coupons: p.priced.map((c) => ({
        couponId: c.couponId,
        stackGroup: byId.get(c.couponId)!.t_stack_group,
        discount: c.discount,
        shippingDiscount: 0,
        lines: [],
      })),
      lines: [],
    };
    const lockExpiresAt = now + this.config.LOCK_TTL_SECONDS;
    try {
      await this.db.tx(async (sql) => {
        const order = {
          id: p.orderId,
          userId: p.userId,
          cartHash: p.requestHash,
          quote: JSON.stringify(p.stored),
          totalDiscount,
          lockExpiresAt,
        };
        if (!(await db.insertOrder(sql, order, now))) throw new LockRefused([]);
        const events = await this.lockChosen(sql, result, byId, p.orderId, lockExpiresAt, now);
        await this.reserveBudgets(sql, result, byId, now);
        await writeEvents(sql, events, now);
      });
    } catch (err) {
      if (!(err instanceof LockRefused)) throw err;
      if (err.problems.length === 0) return this.lockPriced(p);
      return refused(err.problems);
    }
    return { locked: true, problems: [], lockExpiresAt, replayed: false, stored: p.stored };
  }

  /** A `lockPriced` order already made: its stored answer, or a CONFLICT when the request differs. */
  async replayPriced(
    userId: string,
    orderId: string,
    requestHash: string,
  ): Promise<{ locked: boolean; lockExpiresAt: number; replayed: true; stored: unknown } | null> {
    const existing = await this.db.read((sql) => db.storedOrder(sql, orderId));
    if (!existing) return null;
    if (existing.user_id !== userId || existing.cart_hash !== requestHash)
      throw new AppError(
        'CONFLICT',
        'investmentId: this investment was locked with other figures or coupons',
        {
          field: 'input.investmentId',
        },
      );
    return {
      locked: existing.status === 'LOCKED' || existing.status === 'REDEEMED',
      lockExpiresAt: Number(existing.lock_expires_at),
      replayed: true,
      stored: JSON.parse(existing.quote) as unknown,
    };
  }

  /** Locks each chosen coupon to the order (all or none: a coupon that changed refuses the lock). */
  private async lockChosen(
    sql: Sql,
    result: AppliedCombination,
    byId: ReadonlyMap<string, WalletRow>,
    orderId: string,
    lockExpiresAt: number,
    now: number,
  ): Promise<DomainEvent[]> {
    const problems: CheckoutProblem[] = [];
    const events: DomainEvent[] = [];
    for (const c of result.coupons) {
      const row = byId.get(c.couponId)!;
      const changed = await lockCoupon(
        sql,
        { id: c.couponId, userId: row.user_id, balance: row.balance, discount: c.discount },
        orderId,
        lockExpiresAt,
        now,
      );
      if (changed === 0) problems.push({ couponId: c.couponId, reason: 'NOT_AVAILABLE' as never });
      const subject = subjectOf({ ...row, scope: this.scopeOf(row), funding: row.t_funding });
      events.push(couponLocked(subject, { orderId, discount: c.discount, lockExpiresAt }));
    }
    if (problems.length) throw new LockRefused(problems);
    return events;
  }

  /** Reserves each campaign's share of the discount, within its budget (budget.ts), or refuses the lock. */
  private async reserveBudgets(
    sql: Sql,
    result: AppliedCombination,
    byId: ReadonlyMap<string, WalletRow>,
    now: number,
  ): Promise<void> {
    const reserve = new Map<string, number>();
    for (const c of result.coupons) {
      const campaignId = byId.get(c.couponId)!.campaign_id;
      if (campaignId) reserve.set(campaignId, (reserve.get(campaignId) ?? 0) + c.discount);
    }
    for (const [campaignId, amount] of reserve) {
      const st = campaignSql.reserve(campaignId, amount, now);
      if ((await sql.run(st.sql, st.params)) === 0)
        throw new LockRefused(
          result.coupons
            .filter((c) => byId.get(c.couponId)!.campaign_id === campaignId)
            .map((c) => ({ couponId: c.couponId, reason: 'BUDGET_EXHAUSTED' as never })),
        );
    }
  }

  private async replayLock(
    existing: db.StoredOrderRow,
    userId: string,
    orderId: string,
    hash: string,
    cart: Cart,
  ): Promise<QuoteView> {
    if (existing.user_id !== userId || existing.cart_hash !== hash) {
      throw new AppError('CONFLICT', 'orderId: this order was locked with a different cart or coupons', {
        field: 'input.orderId',
      });
    }
    const stored = JSON.parse(existing.quote) as { applied: CombinationView };
    const rows = await this.db.read((sql) => db.walletRows(sql, userId, orderId));
    const quote = this.quoteOf(cart, rows, nowSeconds());
    return {
      ...quote,
      orderId,
      locked: existing.status === 'LOCKED' || existing.status === 'REDEEMED',
      applied: withShipping(stored.applied),
      lockExpiresAt: Number(existing.lock_expires_at),
      replayed: true,
    };
  }

  private async orderFor(sql: Sql, orderId: string, userId: string | null): Promise<db.OrderRow> {
    const order = await db.lockOrder(sql, orderId);
    if (!order) throw notFound('orderId', 'order');
    if (userId != null && order.user_id !== userId) throw forbidden('this order belongs to another user');
    return order;
  }

  /** redeemOrder: confirms the order's locked coupons; idempotent. */
  async redeem(orderId: string, userId: string | null): Promise<RedeemView> {
    const now = nowSeconds();
    return this.db.tx(async (sql) => {
      const order = await this.orderFor(sql, orderId, userId);
      if (order.status !== 'LOCKED') {
        return {
          orderId,
          ok: order.status === 'REDEEMED' || order.status === 'REFUNDED',
          status: order.status,
          totalDiscount: order.total_discount,
          coupons: await db.couponsOfOrder(sql, orderId),
          replayed: true,
        };
      }
      const rows = await db.lockedCoupons(sql, orderId);
      await runAll(sql, redeemWrites(rows, orderId, now));
      if (this.orderFacts) {
        const stored = jsonColumn<{ applied?: { payable?: number } | null; subtotal?: number }>(
          (await db.storedOrder(sql, orderId))?.quote ?? '{}',
        );
        await this.orderFacts.paid(sql, {
          orderId,
          userId: order.user_id,
          amount: stored.applied?.payable ?? Math.max(0, (stored.subtotal ?? 0) - order.total_discount),
          discount: order.total_discount,
          couponIds: rows.map((r) => r.id),
          at: now,
        });
      }
      return {
        orderId,
        ok: true,
        status: 'REDEEMED',
        totalDiscount: order.total_discount,
        coupons: await db.couponsOfOrder(sql, orderId),
        replayed: false,
      };
    });
  }

  /** releaseOrder: the order was cancelled (or its lock lapsed): locked coupons return to the wallet. */
  async release(
    orderId: string,
    userId: string | null,
    reason: 'CANCELLED' | 'LOCK_EXPIRED' = 'CANCELLED',
  ): Promise<{ orderId: string; status: OrderStatus; coupons: Coupon[]; replayed: boolean }> {
    const now = nowSeconds();
    return this.db.tx(async (sql) => {
      const order = await this.orderFor(sql, orderId, userId);
      if (order.status === 'REDEEMED' || order.status === 'REFUNDED') {
        throw new AppError('BAD_USER_INPUT', 'orderId: the order is redeemed; use refundOrder', {
          field: 'orderId',
          status: order.status,
        });
      }
      if (order.status === 'RELEASED')
        return {
          orderId,
          status: order.status,
          coupons: await db.couponsOfOrder(sql, orderId),
          replayed: true,
        };
      const rows = await db.lockedCoupons(sql, orderId);
      await runAll(sql, releaseWrites(rows, orderId, reason, now));
      const coupons = await couponsByIds(
        sql,
        rows.map((r) => r.id),
      );
      return { orderId, status: 'RELEASED' as const, coupons, replayed: false };
    });
  }

  /** refundOrder: a fully refunded order returns refundable, still-valid coupons (CASH gets its money back). */
  async refund(
    orderId: string,
    userId: string | null,
  ): Promise<{ orderId: string; status: OrderStatus; coupons: Coupon[]; replayed: boolean }> {
    const now = nowSeconds();
    return this.db.tx(async (sql) => {
      const order = await this.orderFor(sql, orderId, userId);
      if (order.status === 'REFUNDED')
        return {
          orderId,
          status: order.status,
          coupons: await db.couponsOfOrder(sql, orderId),
          replayed: true,
        };
      if (order.status !== 'REDEEMED')
        throw new AppError(
          'BAD_USER_INPUT',
          `orderId: only a redeemed order can be refunded (it is ${order.status})`,
          { field: 'orderId' },
        );
      const rows = await db.unrefunded(sql, orderId);
      await runAll(sql, refundWrites(rows, orderId, now));
      await this.orderFacts?.refunded(sql, orderId, now);
      return {
        orderId,
        status: 'REFUNDED' as const,
        coupons: await db.couponsOfOrder(sql, orderId),
        replayed: false,
      };
    });
  }
}

/** An order stored before shipping existed (issue 17) replays with no shipping. */
function withShipping(c: CombinationView): CombinationView {
  return {
    ...c,
    goodsDiscount: c.goodsDiscount ?? c.totalDiscount,
    shipping: c.shipping ?? { amount: 0, discount: 0, payable: 0 },
    coupons: c.coupons.map((x) => ({ ...x, shippingDiscount: x.shippingDiscount ?? 0 })),
  };
}

/** Independent writes (no two touch one row): one round trip on PostgreSQL. */
const runAll = async (sql: Sql, statements: readonly Statement[]): Promise<void> => {
  await sql.runMany(statements);
};

/** Redemption: coupons used (CASH with money left stays), redemption rows, counters, order, events. */
function redeemWrites(rows: readonly db.LockedRow[], orderId: string, now: number): Statement[] {
  const ledger = new Ledger();
  const coupons: Statement[] = [];
  const redemptions: Redemption[] = [];
  for (const r of rows) {
    const discount = r.locked_discount ?? 0;
    const balance = r.balance != null ? r.balance - discount : null;
    const partial = balance != null && balance > 0; // CASH with money left stays in the wallet
    coupons.push(setRedeemed(r.id, orderId, balance, partial, now));
    redemptions.push({
      id: newId('redemption'),
      couponId: r.id,
      orderId,
      templateId: r.template_id,
      campaignId: r.campaign_id,
      userId: r.user_id,
      discount,
      redeemedAt: now,
    });
    ledger
      .template(r.template_id, { redeemed: partial ? 0 : 1 })
      .campaign(r.campaign_id, {
        reserved: -discount,
        spent: discount,
        redeemed: partial ? 0 : 1,
        outstandingMax: partial ? -discount : -r.max_value,
      })
      .event(couponRedeemed(subjectOf(r), { orderId, discount, balance, partial }));
  }
  return [
    ...coupons,
    ...(redemptions.length ? [db.insertRedemptions(redemptions)] : []),
    db.setOrderStatus(orderId, 'REDEEMED', now),
    ...ledger.statements(now),
  ];
}

/** Release: locked coupons back to the wallet, or expired when their window passed meanwhile. */
function releaseWrites(
  rows: readonly db.LockedRow[],
  orderId: string,
  reason: 'CANCELLED' | 'LOCK_EXPIRED',
  now: number,
): Statement[] {
  const ledger = new Ledger();
  const coupons: Statement[] = [];
  for (const r of rows) {
    const expired = isExpired(Number(r.valid_until), now);
    const discount = r.locked_discount ?? 0;
    const subject = subjectOf(r);
    coupons.push(setReleased(r.id, expired ? 'EXPIRED' : 'AVAILABLE', now));
    ledger.campaign(r.campaign_id, { reserved: -discount });
    ledger.event(
      couponReleased(subject, {
        orderId,
        reason,
        discount,
        balance: r.balance,
        status: expired ? 'EXPIRED' : 'AVAILABLE',
      }),
    );
    if (expired)
      settleExpired(ledger, {
        ...subject,
        maxValue: r.max_value,
        restoreOnExpiry: boolColumn(r.restore_on_expiry),
      });
  }
  return [...coupons, db.setOrderStatus(orderId, 'RELEASED', now), ...ledger.statements(now)];
}

/** Refund: refundable coupons still valid return to the wallet (CASH gets its money back). */
function refundWrites(rows: readonly db.RedeemedRow[], orderId: string, now: number): Statement[] {
  const ledger = new Ledger();
  const coupons: Statement[] = [];
  for (const r of rows) {
    if (!boolColumn(r.refundable) || isExpired(Number(r.valid_until), now) || r.status === 'REVOKED')
      continue;
    const stored = KINDS[r.kind].storedValue;
    const wasRedeemed = r.status === 'REDEEMED';
    const balance = stored ? (r.balance ?? 0) + r.discount : r.balance;
    coupons.push(...db.setRefunded(r.id, r.rid, balance, stored ? balance! : r.max_value, now));
    ledger
      .template(r.template_id, { redeemed: wasRedeemed ? -1 : 0 })
      .campaign(r.campaign_id, {
        spent: -r.discount,
        redeemed: wasRedeemed ? -1 : 0,
        outstandingMax: stored ? r.discount : r.max_value,
      })
      .event(
        couponReleased(subjectOf(r), {
          orderId,
          reason: 'REFUND',
          discount: r.discount,
          balance,
          status: 'AVAILABLE',
        }),
      );
  }
  return [...coupons, db.setOrderStatus(orderId, 'REFUNDED', now), ...ledger.statements(now)];
}
