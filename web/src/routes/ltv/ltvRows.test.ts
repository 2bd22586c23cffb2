// LTV curves: one row per period with a column per group; young cohorts stop where their history does.
import { describe, expect, it } from 'vitest';
import { cohortElapsed, curveRows, expectedPoints, type LtvGroup } from './ltvRows';

const period = (p: number, revenue: number, profit = revenue / 2) => ({
  period: p,
  activeUsers: 1,
  revenuePerUser: revenue,
  profitPerUser: profit,
});

const groups: LtvGroup[] = [
  { key: '2026-10', customers: 40, historical: [period(0, 1_000), period(1, 1_500), period(2, 1_800)] },
  {
    key: '2026-12',
    customers: 10,
    historical: [period(0, 2_000), period(1, 2_000), period(2, 2_000)],
    expected: { value: 5_000, low: 3_000, high: 7_500, purchases: 2, customers: 10 },
  },
];

describe('curveRows', () => {
  it('puts each group in its own column, in major units', () => {
    expect(curveRows(groups, 'revenuePerUser')).toEqual([
      { period: 0, g0: 10, g1: 20 },
      { period: 1, g0: 15, g1: 20 },
      { period: 2, g0: 18, g1: 20 },
    ]);
    expect(curveRows(groups, 'profitPerUser')[2]).toEqual({ period: 2, g0: 9, g1: 10 });
  });

  it('leaves out periods a cohort has not reached yet', () => {
    const now = Date.parse('2026-12-06T00:00:00Z');
    const rows = curveRows(groups, 'revenuePerUser', cohortElapsed(now));
    expect(rows.map((r) => r.g1)).toEqual([20, null, null]);
    expect(rows.map((r) => r.g0)).toEqual([10, 15, 18]);
  });

  it('counts every period for keys that are not months (arms, audiences)', () => {
    expect(cohortElapsed(0)('treatment', 11)).toBe(true);
  });
});

describe('expectedPoints', () => {
  it('gives the groups with a fit as intervals in major units', () => {
    expect(expectedPoints(groups, (k) => `cohort ${k}`)).toEqual([
      { label: 'cohort 2026-12 (10)', estimate: 50, low: 30, high: 75 },
    ]);
  });
});
