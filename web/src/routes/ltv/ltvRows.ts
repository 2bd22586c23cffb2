// The LTV page's pure parts (tested in ltvRows.test.ts): cohort curves as one row per period with a
// column per group, and the expected LTV per group as interval points.
import type { Column, Row } from '../../charts/csv';
import { moneyText } from '../../charts/format';
import type { IntervalPoint } from '../../charts/intervals';

export type CurveMetric = 'revenuePerUser' | 'profitPerUser';

export interface LtvGroup {
  key: string;
  customers: number;
  historical: readonly {
    period: number;
    activeUsers: number;
    revenuePerUser: number;
    profitPerUser: number;
  }[];
  expected?: { value: number; low: number; high: number; purchases: number; customers: number } | null;
}

/** A group's column name in the curve rows (keys such as "2026-03" are not safe series names). */
export const seriesKey = (i: number): string => `g${i}`;

/**
 * One row per 30-day period since the first order (0 = the first 30 days), a column per group with
 * its cumulative value per user in major units; a group without that period yet (a young cohort) is null.
 */
export function curveRows(
  groups: readonly LtvGroup[],
  metric: CurveMetric,
  elapsed: (key: string, period: number) => boolean = () => true,
): Row[] {
  const periods = [...new Set(groups.flatMap((g) => g.historical.map((h) => h.period)))].sort(
    (a, b) => a - b,
  );
  return periods.map((period) => {
    const row: Row = { period };
    groups.forEach((g, i) => {
      const h = g.historical.find((x) => x.period === period);
      row[seriesKey(i)] = h && elapsed(g.key, period) ? Math.round(h[metric]) / 100 : null;
    });
    return row;
  });
}

/**
 * Whether a cohort (key "YYYY-MM") has lived through the start of a period by `now`: a cohort's
 * customers joined during its month, so period p has begun for it once the month's first day + p × 30
 * days has passed. Keys that are not months (arms, audiences) always count.
 */
export function cohortElapsed(now: number): (key: string, period: number) => boolean {
  return (key, period) => {
    if (!/^\d{4}-\d{2}$/.test(key)) return true;
    return Date.parse(`${key}-01T00:00:00Z`) + period * 30 * 86_400_000 <= now;
  };
}

export function curveColumns(groups: readonly LtvGroup[], label: (key: string) => string): Column[] {
  const money = (v: unknown) => moneyText(typeof v === 'number' ? v : null);
  return [
    { key: 'period', label: 'Months since first order' },
    ...groups.map((g, i) => ({ key: seriesKey(i), label: label(g.key), format: money })),
  ];
}

/** Expected LTV per customer over the horizon, in major units, for groups with a fit. */
export function expectedPoints(groups: readonly LtvGroup[], label: (key: string) => string): IntervalPoint[] {
  return groups.flatMap((g) =>
    g.expected
      ? [
          {
            label: `${label(g.key)} (${g.customers})`,
            estimate: g.expected.value / 100,
            low: g.expected.low / 100,
            high: g.expected.high / 100,
          },
        ]
      : [],
  );
}
