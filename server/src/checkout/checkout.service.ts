// Checkout: quote (every wallet coupon, applicable or why not, and the exact best combination),
// lock (idempotent per order id; coupons and budget reserved atomically), redeem, release, refund.
import { createHash } from 'node:crypto';
import type { Config } from '../config';
import type { Coupon } from '../coupons/coupon.entity';
import { COUPON_COLUMNS, type CouponRow, couponFromRow } from '../coupons/coupon.rows';
import { eventMerchant } from '../coupons/issue';
import { boolColumn, type Database, jsonColumn, type Sql, valuesList } from '../db/sql';
import { AppError, forbidden, notFound } from '../graphql/errors';
import { newId, nowSeconds } from '../ids';
import { type DomainEvent, writeEvents } from '../outbox/outbox';
import type { Funding, Scope } from '../templates/template.entity';
import { applyCombination, quoteCart } from './index';
import type { AppliedCombination, Cart, CheckoutCoupon, CheckoutProblem } from './types';
import type { OrderStatus } from './order.entity';

interface WalletRow extends CouponRow {
  t_kind: string;
  t_amount: number | null;
  t_threshold: number;
  t_discount_bp: number | null;
  t_cap: number | null;
  t_step: number | null;
  t_sku: string | null;
  t_units: number | null;
  t_stack_group: string;
  t_exclusive: unknown;
  t_scope: unknown;
  t_funding: unknown;
  t_refundable: unknown;
  b_budget: number | null;
  b_spent: number | null;
  b_reserved: number | null;
}

const WALLET_SELECT = `SELECT ${COUPON_COLUMNS}, t.kind AS t_kind, t.amount AS t_amount, t.threshold AS t_threshold,
  t.discount_bp AS t_discount_bp, t.cap AS t_cap, t.step AS t_step, t.sku AS t_sku, t.units AS t_units,
  t.stack_group AS t_stack_group, t.exclusive AS t_exclusive, t.scope AS t_scope, t.funding AS t_funding, t.refundable AS t_refundable,
  b.budget AS b_budget, b.spent AS b_spent, b.reserved AS b_reserved
  FROM coupon c JOIN coupon_template t ON t.id = c.template_id LEFT JOIN campaign b ON b.id = c.campaign_id`;

export interface QuoteView {
  subtotal: number;
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
  payable: number;
  coupons: AppliedCombination['coupons'];
  lines: AppliedCombination['lines'];
}

const view = (c: AppliedCombination): CombinationView => ({
  couponIds: c.coupons.map((x) => x.couponId),
  totalDiscount: c.totalDiscount,
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

export class CheckoutService {
  private readonly scopeCache = new Map<string, Scope>();

  constructor(
    private readonly db: Database,
    private readonly config: Pick<Config, 'LOCK_TTL_SECONDS'>,
  ) {}

  private async walletRows(sql: Sql, userId: string, orderId?: string | null): Promise<WalletRow[]> {
    return sql.allPacked<WalletRow>(
      `${WALLET_SELECT} WHERE c.user_id = ? AND (c.status = 'AVAILABLE' OR (c.status = 'LOCKED' AND c.locked_order_id = ?))
       ORDER BY c.valid_until, c.id LIMIT 500`,
      [userId, orderId ?? null],
    );
  }

  private scopeOf(row: WalletRow): Scope {
    // Scope is fixed at creation, so it is parsed once per template.
    let s = this.scopeCache.get(row.template_id);
    if (!s) {
      s = jsonColumn<Scope>(row.t_scope);
      if (this.scopeCache.size > 10_000) this.scopeCache.clear();
      this.scopeCache.set(row.template_id, s);
    }
    return s;
  }

  private toCheckout(row: WalletRow): CheckoutCoupon {
    return {
      id: row.id,
      kind: row.t_kind as CheckoutCoupon['kind'],
      stackGroup: row.t_stack_group as CheckoutCoupon['stackGroup'],
      exclusive: boolColumn(row.t_exclusive),
      amount: row.t_amount,
      threshold: row.t_threshold,
      discountBp: row.t_discount_bp,
      cap: row.t_cap,
      step: row.t_step,
      sku: row.t_sku,
      units: row.t_units,
      balance: row.balance,
      validFrom: Number(row.valid_from),
      validUntil: Number(row.valid_until),
      scope: this.scopeOf(row),
      budgetRemaining:
        row.b_budget == null ? null : Math.max(0, row.b_budget - (row.b_spent ?? 0) - (row.b_reserved ?? 0)),
    };
  }

  private buildQuote(cart: Cart, rows: WalletRow[], now: number): QuoteView {
    const coupons = rows.map((r) => this.toCheckout(r));
    const q = quoteCart(cart, coupons, now);
    const items = q.items.map((it, i) => ({
      coupon: couponFromRow(rows[i]!),
      applicable: it.applicable,
      reason: it.reason ?? null,
      shortBy: it.shortBy ?? null,
      discount: it.discount,
      inBest: it.inBest,
    }));
    return {
      subtotal: q.subtotal,
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

  async quote(userId: string, cart: Cart & { orderId?: string | null }): Promise<QuoteView> {
    const rows = await this.db.read((sql) => this.walletRows(sql, userId, cart.orderId));
    return this.buildQuote(cart, rows, nowSeconds());
  }

  /** lockCoupons: idempotent per order id; the same id with another cart or coupon set is refused. */
  async lock(userId: string, orderId: string, cart: Cart, couponIds: string[]): Promise<QuoteView> {
    const hash = createHash('sha256')
      .update(JSON.stringify([userId, cart, [...couponIds].sort()]))
      .digest('hex');
    const now = nowSeconds();
    const existing = await this.db.read((sql) =>
      sql.get<{ user_id: string; status: string; cart_hash: string; quote: string; lock_expires_at: number }>(
        `SELECT user_id, status, cart_hash, quote, lock_expires_at FROM checkout_order WHERE id = ?`,
        [orderId],
      ),
    );
    if (existing) return this.replayLock(existing, userId, orderId, hash, cart);
    const rows = await this.db.read((sql) => this.walletRows(sql, userId, orderId));
    const quote = this.buildQuote(cart, rows, now);
    quote.orderId = orderId;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const missing = [...new Set(couponIds)].filter((id) => !byId.has(id));
    if (missing.length)
      return {
        ...quote,
        problems: missing.map((couponId) => ({ couponId, reason: 'NOT_AVAILABLE' as never })),
      };
    const chosen = couponIds.map((id) => this.toCheckout(byId.get(id)!));
    const result = applyCombination(cart, chosen, now);
    if (!result.ok) return { ...quote, problems: result.problems };
    const expiresAt = now + this.config.LOCK_TTL_SECONDS;
    const applied = view(result);
    try {
      await this.db.tx(async (sql) => {
        const created = await sql.all(
          `INSERT INTO checkout_order (id, user_id, status, cart_hash, quote, total_discount, lock_expires_at, created_at, updated_at)
           VALUES (?, ?, 'LOCKED', ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING id`,
          [
            orderId,
            userId,
            hash,
            JSON.stringify({ applied, subtotal: result.subtotal }),
            result.totalDiscount,
            expiresAt,
            now,
            now,
          ],
        );
        if (created.length === 0) throw new LockRefused([]); // a concurrent lock of the same order won; replay it below
        const problems: CheckoutProblem[] = [];
        const reserve = new Map<string, number>();
        const events: DomainEvent[] = [];
        for (const c of result.coupons) {
          const row = byId.get(c.couponId)!;
          const changed = await sql.run(
            `UPDATE coupon SET status = 'LOCKED', locked_order_id = ?, lock_expires_at = ?, locked_discount = ?, updated_at = ?
              WHERE id = ? AND user_id = ? AND valid_until > ? AND (balance IS NULL OR balance = ?)
                AND (status = 'AVAILABLE' OR (status = 'LOCKED' AND locked_order_id = ?))`,
            [orderId, expiresAt, c.discount, now, c.couponId, userId, now, row.balance, orderId],
          );
          if (changed === 0) problems.push({ couponId: c.couponId, reason: 'NOT_AVAILABLE' as never });
          if (row.campaign_id) reserve.set(row.campaign_id, (reserve.get(row.campaign_id) ?? 0) + c.discount);
          events.push({
            type: 'coupon.locked',
            couponId: c.couponId,
            templateId: row.template_id,
            campaignId: row.campaign_id,
            userId,
            merchantId: eventMerchant(this.scopeOf(row), jsonColumn<Funding>(row.t_funding)),
            payload: {
              coupon: { id: c.couponId, status: 'LOCKED', templateId: row.template_id, userId },
              orderId,
              discount: c.discount,
              lockExpiresAt: expiresAt,
            },
          });
        }
        if (problems.length) throw new LockRefused(problems);
        for (const [campaignId, amount] of reserve) {
          const ok = await sql.run(
            `UPDATE campaign SET reserved = reserved + ?, updated_at = ? WHERE id = ? AND (budget IS NULL OR spent + reserved + ? <= budget)`,
            [amount, now, campaignId, amount],
          );
          if (ok === 0) {
            throw new LockRefused(
              result.coupons
                .filter((c) => byId.get(c.couponId)!.campaign_id === campaignId)
                .map((c) => ({ couponId: c.couponId, reason: 'BUDGET_EXHAUSTED' as never })),
            );
          }
        }
        await writeEvents(sql, events, now);
      });
    } catch (err) {
      if (!(err instanceof LockRefused)) throw err;
      if (err.problems.length === 0) return this.lock(userId, orderId, cart, couponIds);
      return { ...quote, problems: err.problems };
    }
    return { ...quote, locked: true, applied, lockExpiresAt: expiresAt };
  }

  private async replayLock(
    existing: { user_id: string; status: string; cart_hash: string; quote: string; lock_expires_at: number },
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
    const rows = await this.db.read((sql) => this.walletRows(sql, userId, orderId));
    const quote = this.buildQuote(cart, rows, nowSeconds());
    return {
      ...quote,
      orderId,
      locked: existing.status === 'LOCKED' || existing.status === 'REDEEMED',
      applied: stored.applied,
      lockExpiresAt: Number(existing.lock_expires_at),
      replayed: true,
    };
  }

  private async orderFor(
    sql: Sql,
    orderId: string,
    userId: string | null,
  ): Promise<{ user_id: string; status: OrderStatus; total_discount: number }> {
    const order = await sql.get<{ user_id: string; status: OrderStatus; total_discount: number }>(
      `SELECT user_id, status, total_discount FROM checkout_order WHERE id = ?${this.db.forUpdate}`,
      [orderId],
    );
    if (!order) throw notFound('orderId', 'order');
    if (userId != null && order.user_id !== userId) throw forbidden('this order belongs to another user');
    return order;
  }

  /**
   * The coupons an order holds (locked) or has used (every redemption, partial CASH ones included, has a
   * `redemption` row). Written as a UNION of two index lookups: an OR across the two conditions would
   * make both SQLite and PostgreSQL scan the whole coupon table.
   */
  private couponsOfOrder(sql: Sql, orderId: string): Promise<Coupon[]> {
    return sql
      .all<CouponRow>(
        `SELECT ${COUPON_COLUMNS} FROM coupon c WHERE c.id IN (
           SELECT id FROM coupon WHERE locked_order_id = ?
           UNION SELECT coupon_id FROM redemption WHERE order_id = ?) ORDER BY c.id`,
        [orderId, orderId],
      )
      .then((rows) => rows.map(couponFromRow));
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
          coupons: await this.couponsOfOrder(sql, orderId),
          replayed: true,
        };
      }
      const rows = await sql.all<{
        id: string;
        template_id: string;
        campaign_id: string | null;
        user_id: string;
        locked_discount: number;
        balance: number | null;
        max_value: number;
        scope: unknown;
        funding: unknown;
      }>(
        `SELECT c.id, c.template_id, c.campaign_id, c.user_id, c.locked_discount, c.balance, c.max_value, t.scope, t.funding
           FROM coupon c JOIN coupon_template t ON t.id = c.template_id WHERE c.locked_order_id = ? AND c.status = 'LOCKED'${this.db.forUpdate ? ' FOR UPDATE OF c' : ''}`,
        [orderId],
      );
      const perCampaign = new Map<string, { discount: number; redeemed: number; outstanding: number }>();
      const redemptions: unknown[][] = [];
      const events: DomainEvent[] = [];
      for (const r of rows) {
        const d = r.locked_discount ?? 0;
        const left = r.balance != null ? r.balance - d : null;
        const partial = left != null && left > 0; // CASH with money left stays in the wallet
        if (partial) {
          await sql.run(
            `UPDATE coupon SET status = 'AVAILABLE', balance = ?, max_value = ?, locked_order_id = NULL, lock_expires_at = NULL, locked_discount = NULL, updated_at = ? WHERE id = ?`,
            [left, left, now, r.id],
          );
        } else {
          await sql.run(
            `UPDATE coupon SET status = 'REDEEMED', balance = ?, redeemed_order_id = ?, redeemed_at = ?, locked_order_id = NULL, lock_expires_at = NULL, updated_at = ? WHERE id = ?`,
            [left, orderId, now, now, r.id],
          );
        }
        redemptions.push([
          newId('redemption'),
          r.id,
          orderId,
          r.template_id,
          r.campaign_id,
          r.user_id,
          d,
          now,
        ]);
        if (r.campaign_id) {
          const agg = perCampaign.get(r.campaign_id) ?? { discount: 0, redeemed: 0, outstanding: 0 };
          agg.discount += d;
          agg.redeemed += partial ? 0 : 1;
          agg.outstanding += partial ? d : r.max_value;
          perCampaign.set(r.campaign_id, agg);
        }
        events.push({
          type: 'coupon.redeemed',
          couponId: r.id,
          templateId: r.template_id,
          campaignId: r.campaign_id,
          userId: r.user_id,
          merchantId: eventMerchant(jsonColumn<Scope>(r.scope), jsonColumn<Funding>(r.funding)),
          payload: {
            coupon: {
              id: r.id,
              status: partial ? 'AVAILABLE' : 'REDEEMED',
              templateId: r.template_id,
              userId: r.user_id,
              balance: left,
            },
            orderId,
            discount: d,
          },
        });
      }
      if (redemptions.length) {
        await sql.run(
          `INSERT INTO redemption (id, coupon_id, order_id, template_id, campaign_id, user_id, discount, redeemed_at) VALUES ${valuesList(redemptions.length, 8)}`,
          redemptions.flat(),
        );
      }
      for (const [id, a] of perCampaign) {
        await sql.run(
          `UPDATE campaign SET reserved = reserved - ?, spent = spent + ?, redeemed_count = redeemed_count + ?, outstanding_max = outstanding_max - ?, updated_at = ? WHERE id = ?`,
          [a.discount, a.discount, a.redeemed, a.outstanding, now, id],
        );
      }
      await sql.run(`UPDATE checkout_order SET status = 'REDEEMED', updated_at = ? WHERE id = ?`, [
        now,
        orderId,
      ]);
      await writeEvents(sql, events, now);
      return {
        orderId,
        ok: true,
        status: 'REDEEMED',
        totalDiscount: order.total_discount,
        coupons: await this.couponsOfOrder(sql, orderId),
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
          coupons: await this.couponsOfOrder(sql, orderId),
          replayed: true,
        };
      const rows = await sql.all<{
        id: string;
        template_id: string;
        campaign_id: string | null;
        user_id: string;
        locked_discount: number;
        valid_until: number;
        max_value: number;
        scope: unknown;
        funding: unknown;
        restore_on_expiry: unknown;
      }>(
        `SELECT c.id, c.template_id, c.campaign_id, c.user_id, c.locked_discount, c.valid_until, c.max_value, t.scope, t.funding, t.restore_on_expiry
           FROM coupon c JOIN coupon_template t ON t.id = c.template_id WHERE c.locked_order_id = ? AND c.status = 'LOCKED'`,
        [orderId],
      );
      const events: DomainEvent[] = [];
      for (const r of rows) {
        const expired = Number(r.valid_until) <= now;
        await sql.run(
          `UPDATE coupon SET status = ?, locked_order_id = NULL, lock_expires_at = NULL, locked_discount = NULL, updated_at = ? WHERE id = ?`,
          [expired ? 'EXPIRED' : 'AVAILABLE', now, r.id],
        );
        if (r.campaign_id) {
          await sql.run(
            `UPDATE campaign SET reserved = reserved - ?, outstanding_max = outstanding_max - ?, expired_count = expired_count + ?, updated_at = ? WHERE id = ?`,
            [r.locked_discount ?? 0, expired ? r.max_value : 0, expired ? 1 : 0, now, r.campaign_id],
          );
        }
        if (expired && boolColumn(r.restore_on_expiry)) {
          await sql.run(
            `UPDATE coupon_template SET quota_available = quota_available + 1 WHERE id = ? AND quota_available IS NOT NULL`,
            [r.template_id],
          );
        }
        const merchantId = eventMerchant(jsonColumn<Scope>(r.scope), jsonColumn<Funding>(r.funding));
        const base = {
          couponId: r.id,
          templateId: r.template_id,
          campaignId: r.campaign_id,
          userId: r.user_id,
          merchantId,
        };
        events.push({
          ...base,
          type: 'coupon.released',
          payload: {
            coupon: {
              id: r.id,
              status: expired ? 'EXPIRED' : 'AVAILABLE',
              templateId: r.template_id,
              userId: r.user_id,
            },
            orderId,
            reason,
          },
        });
        if (expired)
          events.push({
            ...base,
            type: 'coupon.expired',
            payload: {
              coupon: { id: r.id, status: 'EXPIRED', templateId: r.template_id, userId: r.user_id },
            },
          });
      }
      await sql.run(`UPDATE checkout_order SET status = 'RELEASED', updated_at = ? WHERE id = ?`, [
        now,
        orderId,
      ]);
      await writeEvents(sql, events, now);
      const coupons = rows.length
        ? (
            await sql.all<CouponRow>(
              `SELECT ${COUPON_COLUMNS} FROM coupon c WHERE c.id IN (${rows.map(() => '?').join(', ')})`,
              rows.map((r) => r.id),
            )
          ).map(couponFromRow)
        : [];
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
          coupons: await this.couponsOfOrder(sql, orderId),
          replayed: true,
        };
      if (order.status !== 'REDEEMED')
        throw new AppError(
          'BAD_USER_INPUT',
          `orderId: only a redeemed order can be refunded (it is ${order.status})`,
          { field: 'orderId' },
        );
      const rows = await sql.all<{
        rid: string;
        id: string;
        status: string;
        balance: number | null;
        valid_until: number;
        discount: number;
        template_id: string;
        campaign_id: string | null;
        user_id: string;
        refundable: unknown;
        max_value: number;
        kind: string;
        scope: unknown;
        funding: unknown;
      }>(
        `SELECT r.id AS rid, c.id, c.status, c.balance, c.valid_until, r.discount, c.template_id, c.campaign_id, c.user_id, t.refundable, c.max_value, t.kind, t.scope, t.funding
           FROM redemption r JOIN coupon c ON c.id = r.coupon_id JOIN coupon_template t ON t.id = c.template_id
          WHERE r.order_id = ? AND r.refunded_at IS NULL`,
        [orderId],
      );
      const events: DomainEvent[] = [];
      for (const r of rows) {
        if (!boolColumn(r.refundable) || Number(r.valid_until) <= now || r.status === 'REVOKED') continue;
        const cash = r.kind === 'CASH';
        const wasRedeemed = r.status === 'REDEEMED';
        const balance = cash ? (r.balance ?? 0) + r.discount : r.balance;
        await sql.run(
          `UPDATE coupon SET status = 'AVAILABLE', balance = ?, max_value = ?, redeemed_order_id = NULL, redeemed_at = NULL, updated_at = ? WHERE id = ?`,
          [balance, cash ? balance : r.max_value, now, r.id],
        );
        await sql.run(`UPDATE redemption SET refunded_at = ? WHERE id = ?`, [now, r.rid]);
        if (r.campaign_id) {
          await sql.run(
            `UPDATE campaign SET spent = spent - ?, redeemed_count = redeemed_count - ?, outstanding_max = outstanding_max + ?, updated_at = ? WHERE id = ?`,
            [r.discount, wasRedeemed ? 1 : 0, cash ? r.discount : r.max_value, now, r.campaign_id],
          );
        }
        events.push({
          type: 'coupon.released',
          couponId: r.id,
          templateId: r.template_id,
          campaignId: r.campaign_id,
          userId: r.user_id,
          merchantId: eventMerchant(jsonColumn<Scope>(r.scope), jsonColumn<Funding>(r.funding)),
          payload: {
            coupon: { id: r.id, status: 'AVAILABLE', templateId: r.template_id, userId: r.user_id, balance },
            orderId,
            reason: 'REFUND',
            discount: r.discount,
          },
        });
      }
      await sql.run(`UPDATE checkout_order SET status = 'REFUNDED', updated_at = ? WHERE id = ?`, [
        now,
        orderId,
      ]);
      await writeEvents(sql, events, now);
      return {
        orderId,
        status: 'REFUNDED' as const,
        coupons: await this.couponsOfOrder(sql, orderId),
        replayed: false,
      };
    });
  }
}
