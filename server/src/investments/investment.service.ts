// Investments (DOMAIN.md, Checkout: INTEREST_RATE): quoteInvestment lists the user's interest-rate
// coupons with the bonus each gives or why not, and the best set; lock / redeem / release / refund
// reuse the order life cycle of checkout/ with the order id `inv:<investmentId>`, so they are
// idempotent per investment, the bonus is the discount (the subsidy spent against the campaign's
// budget) and the coupon events carry it.
import { createHash } from 'node:crypto';
import { interestBonus } from '@couponflow/schema';
import { spendable } from '../campaigns/budget';
import type { CheckoutService, RedeemView } from '../checkout/checkout.service';
import type { OrderStatus } from '../checkout/order.entity';
import type { Coupon } from '../coupons/coupon.entity';
import { couponFromRow } from '../coupons/coupon.sql';
import { boolColumn, type Database, jsonColumn } from '../db/sql';
import { badInput } from '../graphql/errors';
import { nowSeconds } from '../ids';
import type { CouponScope } from '../templates/scope';
import {
  checkChosen,
  type InterestCoupon,
  type Investment,
  type InvestmentReason,
  quoteInterest,
} from './interest';
import * as db from './investment.sql';

export type InvestmentProblemReason = InvestmentReason | 'STACK_CONFLICT' | 'NOT_AVAILABLE';

export interface InvestmentRequest extends Investment {
  /** The product's own annual rate (bp), for the base interest shown beside the bonus; optional. */
  annualRateBp?: number | null;
}

export interface InvestmentQuoteView {
  principal: number;
  termDays: number;
  baseInterest: number | null;
  items: {
    coupon: Coupon;
    applicable: boolean;
    reason: InvestmentReason | null;
    shortBy: number | null;
    bonus: number;
    inBest: boolean;
  }[];
  best: { couponIds: string[]; totalBonus: number };
}

export interface InvestmentLockView {
  investmentId: string;
  locked: boolean;
  replayed: boolean;
  couponIds: string[];
  totalBonus: number;
  lockExpiresAt: number | null;
  problems: { couponId: string; reason: InvestmentProblemReason }[];
}

/** The order id an investment's coupons are locked to (order ids and investment ids never collide). */
export const investmentOrderId = (investmentId: string): string => `inv:${investmentId}`;

const INVESTMENT_ID = /^[A-Za-z0-9_.:@\-/#+=]{1,120}$/;

/** Bad figures are typed errors naming the field, before anything is read or written. */
export function checkInvestment(inv: InvestmentRequest, prefix = 'input'): void {
  if (!Number.isSafeInteger(inv.principal) || inv.principal <= 0)
    throw badInput(`${prefix}.principal`, 'principal must be a positive whole number of minor units');
  if (!Number.isSafeInteger(inv.termDays) || inv.termDays <= 0 || inv.termDays > 36_500)
    throw badInput(`${prefix}.termDays`, 'termDays must be 1 to 36 500 days');
  if (
    inv.annualRateBp != null &&
    (!Number.isSafeInteger(inv.annualRateBp) || inv.annualRateBp < 0 || inv.annualRateBp > 100_000)
  )
    throw badInput(`${prefix}.annualRateBp`, 'annualRateBp must be 0 to 100 000 bp');
  if (!INVESTMENT_ID.test(inv.productId)) throw badInput(`${prefix}.productId`, 'malformed product id');
}

const toInterest = (r: db.InterestRow): InterestCoupon => ({
  id: r.id,
  stackGroup: r.stack_group,
  exclusive: boolColumn(r.exclusive),
  rateBp: Number(r.rate_bp ?? 0),
  days: Number(r.days ?? 0),
  principalCap: Number(r.principal_cap ?? 0),
  threshold: Number(r.threshold ?? 0),
  minTermDays: r.min_term_days == null ? null : Number(r.min_term_days),
  validFrom: Number(r.valid_from),
  validUntil: Number(r.valid_until),
  scope: jsonColumn<CouponScope>(r.scope),
  budgetRemaining: spendable({
    budget: r.b_budget == null ? null : Number(r.b_budget),
    spent: Number(r.b_spent ?? 0),
    reserved: Number(r.b_reserved ?? 0),
  }),
});

export class InvestmentService {
  constructor(
    private readonly db: Database,
    private readonly checkout: CheckoutService,
  ) {}

  private rows(userId: string, investmentId: string | null): Promise<db.InterestRow[]> {
    return this.db.read((sql) =>
      db.interestRows(sql, userId, investmentId ? investmentOrderId(investmentId) : ''),
    );
  }

  /** quoteInvestment: every interest-rate wallet coupon with its bonus or why not, and the best set. */
  async quote(userId: string, inv: InvestmentRequest): Promise<InvestmentQuoteView> {
    checkInvestment(inv);
    const rows = await this.rows(userId, null);
    const q = quoteInterest(inv, rows.map(toInterest), nowSeconds());
    return {
      principal: inv.principal,
      termDays: inv.termDays,
      baseInterest:
        inv.annualRateBp == null
          ? null
          : interestBonus({
              principal: inv.principal,
              principalCap: null,
              rateBp: inv.annualRateBp,
              termDays: inv.termDays,
              maxDays: null,
            }),
      items: q.items.map((it, i) => ({
        coupon: couponFromRow(rows[i]!),
        applicable: it.applicable,
        reason: it.reason ?? null,
        shortBy: it.shortBy ?? null,
        bonus: it.bonus,
        inBest: it.inBest,
      })),
      best: q.best,
    };
  }

  /** lockInvestment: locks the chosen coupons with their bonuses; idempotent per investment id. */
  async lock(
    userId: string,
    investmentId: string,
    inv: InvestmentRequest,
    couponIds: string[],
  ): Promise<InvestmentLockView> {
    if (!INVESTMENT_ID.test(investmentId))
      throw badInput('input.investmentId', 'must be 1-120 characters of A-Z a-z 0-9 _ . : @ - / # + =');
    checkInvestment(inv, 'input.investment');
    const ids = [...new Set(couponIds)];
    if (ids.length === 0) throw badInput('input.couponIds', 'choose at least one coupon');
    const orderId = investmentOrderId(investmentId);
    const requestHash = createHash('sha256')
      .update(
        JSON.stringify([
          userId,
          inv.productId,
          inv.category ?? null,
          inv.merchantId ?? null,
          inv.principal,
          inv.termDays,
          [...ids].sort(),
        ]),
      )
      .digest('hex');
    const rows = await this.rows(userId, investmentId);
    const byId = new Map(rows.map((r) => [r.id, toInterest(r)]));
    const base = {
      investmentId,
      couponIds: ids,
      totalBonus: 0,
      lockExpiresAt: null,
      replayed: false,
      locked: false,
    };
    const missing = ids.filter((id) => !byId.has(id));
    // A replay finds its coupons LOCKED to this investment (still in `rows`); anything else is gone.
    if (missing.length) {
      const replay = await this.replayOnly(userId, orderId, requestHash);
      if (replay) return { ...base, ...replay };
      return {
        ...base,
        problems: missing.map((couponId) => ({ couponId, reason: 'NOT_AVAILABLE' as const })),
      };
    }
    const now = nowSeconds();
    const chosen = ids.map((id) => byId.get(id)!);
    const problem = checkChosen(inv, chosen, now);
    if (problem) {
      const replay = await this.replayOnly(userId, orderId, requestHash);
      if (replay) return { ...base, ...replay };
      return { ...base, problems: [problem] };
    }
    const q = quoteInterest(inv, chosen, now);
    const priced = q.items.map((it) => ({ couponId: it.couponId, discount: it.bonus }));
    const totalBonus = priced.reduce((sum, p) => sum + p.discount, 0);
    const r = await this.checkout.lockPriced({
      userId,
      orderId,
      requestHash,
      stored: {
        applied: { couponIds: ids, totalDiscount: totalBonus, payable: 0 },
        investment: {
          productId: inv.productId,
          principal: inv.principal,
          termDays: inv.termDays,
          bonuses: priced,
        },
      },
      priced,
    });
    const stored = r.stored as { applied: { couponIds: string[]; totalDiscount: number } };
    return {
      investmentId,
      locked: r.locked,
      replayed: r.replayed,
      couponIds: stored.applied.couponIds,
      totalBonus: r.locked ? stored.applied.totalDiscount : 0,
      lockExpiresAt: r.lockExpiresAt,
      problems: r.problems.map((p) => ({
        couponId: p.couponId,
        reason: p.reason as InvestmentProblemReason,
      })),
    };
  }

  /** A lock already made for this investment answers a replay the same way (or a CONFLICT). */
  private async replayOnly(userId: string, orderId: string, requestHash: string) {
    const r = await this.checkout.replayPriced(userId, orderId, requestHash);
    if (!r) return null;
    const stored = r.stored as { applied: { couponIds: string[]; totalDiscount: number } };
    return {
      locked: r.locked,
      replayed: true,
      couponIds: stored.applied.couponIds,
      totalBonus: r.locked ? stored.applied.totalDiscount : 0,
      lockExpiresAt: r.lockExpiresAt,
      problems: [],
    };
  }

  /** The investment is made: the bonus is spent against the campaign (idempotent). */
  redeem(investmentId: string, userId: string | null): Promise<RedeemView> {
    return this.checkout.redeem(this.orderIdOf(investmentId), userId);
  }

  /** The investment was cancelled before it was made: the coupons return, the reservation is released. */
  release(
    investmentId: string,
    userId: string | null,
  ): Promise<{ orderId: string; status: OrderStatus; coupons: Coupon[]; replayed: boolean }> {
    return this.checkout.release(this.orderIdOf(investmentId), userId);
  }

  /** The investment was withdrawn in full: the bonus goes back to the budget, refundable coupons return. */
  refund(
    investmentId: string,
    userId: string | null,
  ): Promise<{ orderId: string; status: OrderStatus; coupons: Coupon[]; replayed: boolean }> {
    return this.checkout.refund(this.orderIdOf(investmentId), userId);
  }

  private orderIdOf(investmentId: string): string {
    if (!INVESTMENT_ID.test(investmentId))
      throw badInput('investmentId', 'must be 1-120 characters of A-Z a-z 0-9 _ . : @ - / # + =');
    return investmentOrderId(investmentId);
  }
}
