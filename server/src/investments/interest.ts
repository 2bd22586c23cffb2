// Interest-rate coupons on an investment (DOMAIN.md, Checkout: INTEREST_RATE). Pure: no I/O.
// Each coupon is judged alone (in scope, valid, principal at least its threshold, term at least its
// minimum, within its campaign's budget), its bonus is `interestBonus` (principal capped, term capped
// by the coupon's days, floored to minor units), and the best set is the one with the largest total
// bonus under the stacking rules: at most one coupon per stack group, an exclusive one alone. Each
// bonus depends only on the investment, so the best set is the larger of (the best coupon of every
// group together) and (the best exclusive coupon alone); ties go to the earlier coupon.
import { interestBonus } from '@couponflow/schema';
import type { StackGroup } from '../templates/kinds';
import { admitsLine, type CouponScope } from '../templates/scope';

export interface Investment {
  /** The financial product, scoped like a SKU (includeSkus / excludeSkus). */
  productId: string;
  /** The product's category, scoped like a cart line's category. */
  category?: string | null;
  merchantId?: string | null;
  /** Minor units, > 0. */
  principal: number;
  /** Days, > 0. */
  termDays: number;
}

/** An INTEREST_RATE wallet coupon as the investment math reads it. */
export interface InterestCoupon {
  id: string;
  stackGroup: StackGroup;
  exclusive: boolean;
  rateBp: number;
  /** The bonus runs for at most this many days. */
  days: number;
  /** The bonus is paid on at most this much principal. */
  principalCap: number;
  /** The least principal (minor units); 0 = none. */
  threshold: number;
  /** The shortest term (days); null = none. */
  minTermDays: number | null;
  validFrom: number;
  validUntil: number;
  scope: CouponScope;
  /** Campaign money left for the bonus; null = unlimited. */
  budgetRemaining: number | null;
}

export type InvestmentReason =
  | 'NOT_YET_VALID'
  | 'EXPIRED'
  | 'OUT_OF_SCOPE'
  | 'PRINCIPAL_BELOW_THRESHOLD'
  | 'TERM_TOO_SHORT'
  | 'BUDGET_EXHAUSTED'
  | 'NO_EFFECT';

export interface InterestEvaluation {
  couponId: string;
  applicable: boolean;
  reason?: InvestmentReason;
  /** PRINCIPAL_BELOW_THRESHOLD: minor units missing; TERM_TOO_SHORT: days missing. */
  shortBy?: number;
  /** The bonus it gives (0 when not applicable). */
  bonus: number;
}

export interface InterestQuote {
  items: (InterestEvaluation & { inBest: boolean })[];
  best: { couponIds: string[]; totalBonus: number };
}

/** The bonus one coupon gives on an investment (ignoring validity, scope and budget). */
export const bonusOf = (inv: Pick<Investment, 'principal' | 'termDays'>, c: InterestCoupon): number =>
  interestBonus({
    principal: inv.principal,
    principalCap: c.principalCap,
    rateBp: c.rateBp,
    termDays: inv.termDays,
    maxDays: c.days,
  });

/** One coupon alone on the investment: its bonus, or why it gives none. */
export function evaluateInterest(inv: Investment, c: InterestCoupon, now: number): InterestEvaluation {
  const no = (reason: InvestmentReason, shortBy?: number): InterestEvaluation => ({
    couponId: c.id,
    applicable: false,
    reason,
    ...(shortBy != null ? { shortBy } : {}),
    bonus: 0,
  });
  if (now < c.validFrom) return no('NOT_YET_VALID');
  if (now >= c.validUntil) return no('EXPIRED');
  if (!admitsLine(c.scope, { sku: inv.productId, category: inv.category ?? null }, inv.merchantId))
    return no('OUT_OF_SCOPE');
  if (inv.principal < c.threshold) return no('PRINCIPAL_BELOW_THRESHOLD', c.threshold - inv.principal);
  if (c.minTermDays != null && inv.termDays < c.minTermDays)
    return no('TERM_TOO_SHORT', c.minTermDays - inv.termDays);
  const bonus = bonusOf(inv, c);
  if (bonus <= 0) return no('NO_EFFECT');
  if (c.budgetRemaining != null && bonus > c.budgetRemaining) return no('BUDGET_EXHAUSTED');
  return { couponId: c.id, applicable: true, bonus };
}

/** Whether a set of coupons may be used together: one per stack group, an exclusive one alone. */
export function stacks(coupons: readonly Pick<InterestCoupon, 'stackGroup' | 'exclusive'>[]): boolean {
  if (coupons.length > 1 && coupons.some((c) => c.exclusive)) return false;
  return new Set(coupons.map((c) => c.stackGroup)).size === coupons.length;
}

/** Every coupon judged alone, and the set with the largest total bonus. */
export function quoteInterest(
  inv: Investment,
  coupons: readonly InterestCoupon[],
  now: number,
): InterestQuote {
  const evals = coupons.map((c) => evaluateInterest(inv, c, now));
  const best = bestSet(coupons, evals);
  const chosen = new Set(best.couponIds);
  return { items: evals.map((e) => ({ ...e, inBest: chosen.has(e.couponId) })), best };
}

function bestSet(
  coupons: readonly InterestCoupon[],
  evals: readonly InterestEvaluation[],
): InterestQuote['best'] {
  const byGroup = new Map<StackGroup, number>();
  let exclusive: number | null = null;
  evals.forEach((e, i) => {
    if (!e.applicable) return;
    const c = coupons[i]!;
    if (c.exclusive) {
      if (exclusive === null || e.bonus > evals[exclusive]!.bonus) exclusive = i;
      return;
    }
    const held = byGroup.get(c.stackGroup);
    if (held === undefined || e.bonus > evals[held]!.bonus) byGroup.set(c.stackGroup, i);
  });
  const grouped = [...byGroup.values()].sort((a, b) => a - b);
  const groupedTotal = grouped.reduce((sum, i) => sum + evals[i]!.bonus, 0);
  if (exclusive !== null && evals[exclusive]!.bonus > groupedTotal)
    return { couponIds: [coupons[exclusive]!.id], totalBonus: evals[exclusive]!.bonus };
  return { couponIds: grouped.map((i) => coupons[i]!.id), totalBonus: groupedTotal };
}

/** Why a chosen set cannot be locked: the first chosen coupon that does not apply, or a stack conflict. */
export function checkChosen(
  inv: Investment,
  chosen: readonly InterestCoupon[],
  now: number,
): { couponId: string; reason: InvestmentReason | 'STACK_CONFLICT' } | null {
  for (const c of chosen) {
    const e = evaluateInterest(inv, c, now);
    if (!e.applicable) return { couponId: c.id, reason: e.reason! };
  }
  if (!stacks(chosen)) return { couponId: chosen[chosen.length - 1]!.id, reason: 'STACK_CONFLICT' };
  return null;
}
