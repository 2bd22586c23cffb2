import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BudgetFigures,
  budgetAlertsReached,
  budgetAllows,
  budgetUsedBp,
  budgetView,
  expectedCost,
  redemptionRateBp,
  spendable,
} from './budget';

const figures = (over: Partial<BudgetFigures> = {}): BudgetFigures => ({
  budget: 10_000,
  spent: 0,
  reserved: 0,
  outstandingMax: 0,
  redeemedCount: 0,
  expiredCount: 0,
  ...over,
});

describe('the budget rule', () => {
  it('assumes every coupon is redeemed until enough have settled, then the observed rate (rounded up)', () => {
    expect(redemptionRateBp({ redeemedCount: 10, expiredCount: 89 }, 100)).toBe(10_000);
    expect(redemptionRateBp({ redeemedCount: 10, expiredCount: 90 }, 100)).toBe(1_000);
    expect(redemptionRateBp({ redeemedCount: 1, expiredCount: 2 }, 3)).toBe(3_334);
    expect(redemptionRateBp({ redeemedCount: 0, expiredCount: 0 }, 0)).toBe(10_000);
  });

  it('prices liability in whole minor units, rounded up', () => {
    expect(expectedCost(1_000, 3_334)).toBe(334);
    expect(expectedCost(999, 10_000)).toBe(999);
    expect(expectedCost(Number.MAX_SAFE_INTEGER, 10_000)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('issues while spent + reserved + liability stays within the budget', () => {
    const c = figures({ spent: 3_000, reserved: 2_000, outstandingMax: 4_000 });
    expect(budgetAllows(c, 1_000, 100)).toBe(true);
    expect(budgetAllows(c, 1_001, 100)).toBe(false);
    // with history: 20 % of 20 000 outstanding is 4 000
    const seasoned = figures({ outstandingMax: 15_000, redeemedCount: 20, expiredCount: 80 });
    expect(budgetAllows(seasoned, 5_000, 100)).toBe(true);
    expect(budgetAllows(figures({ budget: null, spent: 1e12 }), 1e12, 100)).toBe(true);
  });

  it('shows staff the same figures', () => {
    expect(budgetView(figures({ spent: 1_000, reserved: 500, outstandingMax: 3_000 }), 100)).toEqual({
      budget: 10_000,
      spent: 1_000,
      reserved: 500,
      liability: 3_000,
      redemptionRateBp: 10_000,
      headroom: 5_500,
    });
    expect(spendable(figures({ spent: 9_000, reserved: 2_000 }))).toBe(0);
    expect(spendable(figures({ budget: null }))).toBeNull();
  });

  it('never lets issuance pass the budget it reports as headroom (any figures)', () => {
    fc.assert(
      fc.property(
        fc.record({
          budget: fc.integer({ min: 0, max: 1e9 }),
          spent: fc.integer({ min: 0, max: 1e9 }),
          reserved: fc.integer({ min: 0, max: 1e9 }),
          outstandingMax: fc.integer({ min: 0, max: 1e9 }),
          redeemedCount: fc.integer({ min: 0, max: 1e6 }),
          expiredCount: fc.integer({ min: 0, max: 1e6 }),
        }),
        fc.integer({ min: 0, max: 1e9 }),
        (c, extra) => {
          const allowed = budgetAllows(c, extra, 100);
          const after = budgetView({ ...c, outstandingMax: c.outstandingMax + extra }, 100);
          expect(allowed).toBe(after.headroom! >= 0);
        },
      ),
    );
  });
});

describe('budget-use thresholds', () => {
  it('reports each threshold reached above the one already announced, once', () => {
    expect(budgetUsedBp(figures({ budget: null }), 100)).toBeNull();
    expect(budgetUsedBp(figures({ spent: 2_000, reserved: 1_000, outstandingMax: 2_000 }), 100)).toBe(5_000);
    expect(budgetAlertsReached(figures({ outstandingMax: 4_999 }), 0, 100)).toEqual([]);
    expect(budgetAlertsReached(figures({ outstandingMax: 5_000 }), 0, 100)).toEqual([5_000]);
    expect(budgetAlertsReached(figures({ outstandingMax: 10_000 }), 5_000, 100)).toEqual([8_000, 10_000]);
    expect(budgetAlertsReached(figures({ outstandingMax: 10_000 }), 10_000, 100)).toEqual([]);
    // With history, liability is priced at the observed redemption rate (10 %).
    expect(
      budgetAlertsReached(figures({ outstandingMax: 50_000, redeemedCount: 10, expiredCount: 90 }), 0, 100),
    ).toEqual([5_000]);
  });
});
