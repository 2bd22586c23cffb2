// The one budget rule (DOMAIN.md, Budgets). Pure, integer money: minor units and basis points.
//   committed = spent + reserved (redeemed discounts and discounts held by locked orders)
//   liability = outstanding maximum value × redemption rate, rounded up to a whole minor unit
//   rate      = redeemed / settled in bp, rounded up; 10 000 bp (every coupon redeemed) until
//               `minHistory` coupons have settled (redeemed or expired)
// Issuance stops when committed + liability would pass the budget; a lock reserves its discount
// only while committed stays within it (so redemption never takes spending past the budget).
import { mulDivFloorRem } from '@couponflow/schema';
import type { Campaign } from './campaign.entity';

export const BP = 10_000;

/** What the rule reads of a campaign. */
export type BudgetFigures = Pick<
  Campaign,
  'spent' | 'reserved' | 'outstandingMax' | 'redeemedCount' | 'expiredCount'
> & { budget: number | null };

/** ceil(a × b / c) for non-negative integers, exact. */
const mulDivCeil = (a: number, b: number, c: number): number => {
  const { quotient, remainder } = mulDivFloorRem(Math.max(0, a), b, c);
  return remainder > 0 ? quotient + 1 : quotient;
};

/** The campaign's redemption rate in bp: observed (rounded up) once `minHistory` coupons settled. */
export function redemptionRateBp(
  history: { redeemedCount: number; expiredCount: number },
  minHistory: number,
): number {
  const settled = history.redeemedCount + history.expiredCount;
  if (settled < Math.max(1, minHistory)) return BP;
  return Math.min(BP, mulDivCeil(history.redeemedCount, BP, settled));
}

/** What `maxValue` of coupons is expected to cost at `rateBp`, rounded up. */
export const expectedCost = (maxValue: number, rateBp: number): number => mulDivCeil(maxValue, rateBp, BP);

/** Whether `extraMaxValue` more of outstanding coupons keeps committed + liability within the budget. */
export function budgetAllows(c: BudgetFigures, extraMaxValue: number, minHistory: number): boolean {
  if (c.budget == null) return true;
  const liability = expectedCost(c.outstandingMax + extraMaxValue, redemptionRateBp(c, minHistory));
  return c.spent + c.reserved + liability <= c.budget;
}

/** Money left for discounts at checkout (budget − spent − reserved); null = unlimited. */
export function spendable(c: Pick<BudgetFigures, 'budget' | 'spent' | 'reserved'>): number | null {
  return c.budget == null ? null : Math.max(0, c.budget - c.spent - c.reserved);
}

/** Budget-use thresholds announced once each (`budget.threshold` events): 50 %, 80 %, 100 %. */
export const BUDGET_ALERTS_BP = [5_000, 8_000, 10_000] as const;

/** Committed + liability as a share of the budget, in bp (rounded down); null = unlimited. */
export function budgetUsedBp(c: BudgetFigures, minHistory: number): number | null {
  if (c.budget == null) return null;
  const used = c.spent + c.reserved + expectedCost(c.outstandingMax, redemptionRateBp(c, minHistory));
  if (c.budget <= 0) return used > 0 ? BP : 0;
  return mulDivFloorRem(Math.max(0, used), BP, c.budget).quotient;
}

/** The thresholds above `announcedBp` that the campaign's use has reached (ascending). */
export function budgetAlertsReached(c: BudgetFigures, announcedBp: number, minHistory: number): number[] {
  const used = budgetUsedBp(c, minHistory);
  if (used == null) return [];
  return BUDGET_ALERTS_BP.filter((t) => t > announcedBp && used >= t);
}

export interface BudgetView {
  budget: number | null;
  spent: number;
  reserved: number;
  liability: number;
  redemptionRateBp: number;
  /** budget − spent − reserved − liability; null = unlimited. */
  headroom: number | null;
}

/** The figures staff see (campaign.budgetStatus), by the same rule issuance uses. */
export function budgetView(c: BudgetFigures, minHistory: number): BudgetView {
  const rateBp = redemptionRateBp(c, minHistory);
  const liability = expectedCost(c.outstandingMax, rateBp);
  return {
    budget: c.budget,
    spent: c.spent,
    reserved: c.reserved,
    liability,
    redemptionRateBp: rateBp,
    headroom: c.budget == null ? null : c.budget - c.spent - c.reserved - liability,
  };
}
