import { describe, expect, it } from 'vitest';
import { simulateCustomers } from './ltv/simulate';
import { customerOf, ltvReport, PERIOD, WEEK } from './ltv-report';
import type { CustomerRow } from './metrics.sql';

const NOW = 2_000_000_000;
const DAY = 86_400;

/** Order-fact summaries that reproduce simulated (x, t_x, T, m) customers (first purchase worth m). */
function rowsOf(n: number): CustomerRow[] {
  const sims = simulateCustomers(
    { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 },
    { p: 6.25, q: 3.74, v: 15.44 },
    n,
    {
      seed: 7,
    },
  );
  return sims.map((c, i) => {
    const first = NOW - Math.round(c.T * WEEK);
    const m = Math.round(c.m * 100);
    return {
      user_id: `u${i}`,
      n: c.x + 1,
      first_at: first,
      last_at: first + Math.round(c.tx * WEEK),
      total: m * (c.x + 1),
      first_amount: m,
    };
  });
}

describe('LTV report', () => {
  it('turns order facts into (x, t_x, T, m) in weeks', () => {
    expect(
      customerOf(
        { user_id: 'a', n: 3, first_at: 0, last_at: 2 * WEEK, total: 900, first_amount: 300 },
        4 * WEEK,
      ),
    ).toEqual({
      userId: 'a',
      x: 2,
      tx: 2,
      T: 4,
      m: 300,
    });
  });

  it('fits on every customer and gives each group an expected value whose interval widens for a small group', () => {
    const rows = rowsOf(3_000);
    const report = ltvReport(rows, [], (u) => (Number(u.slice(1)) < 100 ? 'small' : 'large'), {
      now: NOW,
      horizonWeeks: 52,
      periods: 3,
    });
    expect(report.note).toBeNull();
    expect(report.params.map((p) => p.name)).toEqual(['r', 'alpha', 'a', 'b', 'p', 'q', 'v']);
    const small = report.groups.find((g) => g.key === 'small')!.expected!;
    const large = report.groups.find((g) => g.key === 'large')!.expected!;
    expect(small.customers).toBe(100);
    expect(large.value).toBeGreaterThan(0);
    expect(small.high - small.low).toBeGreaterThan(large.high - large.low);
  });

  it('explains why there is no expected value without repeat customers, and sums history per user', () => {
    const rows: CustomerRow[] = [
      {
        user_id: 'a',
        n: 1,
        first_at: NOW - 40 * DAY,
        last_at: NOW - 40 * DAY,
        total: 500,
        first_amount: 500,
      },
      { user_id: 'b', n: 1, first_at: NOW - 10, last_at: NOW - 10, total: 300, first_amount: 300 },
    ];
    const report = ltvReport(
      rows,
      [
        { user_id: 'a', period: 0, revenue: 500, margin: 200, discount: 50 },
        { user_id: 'b', period: 0, revenue: 300, margin: 100, discount: 0 },
      ],
      () => 'arm',
      { now: NOW, horizonWeeks: 52, periods: 2, groupSizes: new Map([['arm', 4]]) },
    );
    expect(report.note).toMatch(/repeat purchase/);
    expect(report.groups[0]!.historical).toEqual([
      { period: 0, revenuePerUser: 200, profitPerUser: 62.5, activeUsers: 2 },
      { period: 1, revenuePerUser: 200, profitPerUser: 62.5, activeUsers: 0 },
    ]);
  });

  it('cuts each arm’s and audience’s curve at the last period its customers have reached', () => {
    const customer = (user_id: string, daysAgo: number): CustomerRow => ({
      user_id,
      n: 1,
      first_at: NOW - daysAgo * DAY,
      last_at: NOW - daysAgo * DAY,
      total: 100,
      first_amount: 100,
    });
    // Arm A: the oldest customer joined 65 days ago (periods 0, 1, 2 begun); arm B: 5 days ago.
    const rows = [customer('a1', 65), customer('a2', 3), customer('b1', 5)];
    const arm = (u: string) => (u.startsWith('a') ? 'A' : u.startsWith('b') ? 'B' : null);
    const periodRows = rows.map((r) => ({
      user_id: r.user_id,
      period: 0,
      revenue: 100,
      margin: 100,
      discount: 0,
    }));
    const report = ltvReport(rows, periodRows, arm, {
      now: NOW,
      horizonWeeks: 52,
      periods: 12,
      groupSizes: new Map([
        ['A', 4],
        ['B', 2],
        ['C', 3], // members, none of them a customer yet
      ]),
    });
    const curves = Object.fromEntries(report.groups.map((g) => [g.key, g.historical.map((h) => h.period)]));
    expect(curves).toEqual({ A: [0, 1, 2], B: [0], C: [] });
    expect(report.groups[0]!.historical.map((h) => h.revenuePerUser)).toEqual([50, 50, 50]);
    // Exactly at a period's start, it counts as reached; never more than asked for.
    const edge = ltvReport([customer('a1', (2 * PERIOD) / DAY)], [], arm, {
      now: NOW,
      horizonWeeks: 52,
      periods: 12,
    });
    expect(edge.groups[0]!.historical).toHaveLength(3);
    const capped = ltvReport([customer('a1', 400)], [], arm, { now: NOW, horizonWeeks: 52, periods: 12 });
    expect(capped.groups[0]!.historical).toHaveLength(12);
  });
});
