// LTV (DOMAIN.md, Metrics): historical value per user by periods since the first order, and expected
// value per user from BG/NBD (purchase counts) with Gamma-Gamma (spend), fitted on every customer by
// maximum likelihood, with intervals that widen for small or young groups (metrics/ltv/expected.ts).
// Groups: acquisition cohort (month of the first order), experiment arm, or audience.
import { DateTime } from 'luxon';
import { type Rfm, fitBgNbd } from './ltv/bgnbd';
import { type GroupValue, groupValue } from './ltv/expected';
import { type SpendSummary, fitGammaGamma } from './ltv/gammagamma';
import type { CustomerRow } from './metrics.sql';

export const WEEK = 7 * 86_400;
/** A "month" since the first order: 30 days. */
export const PERIOD = 30 * 86_400;
/** Customers with a repeat purchase needed before fitting the models. */
export const MIN_REPEAT_CUSTOMERS = 20;

export interface LtvPeriod {
  period: number;
  /** Cumulative revenue and profit (margin − discount) per user up to the end of the period. */
  revenuePerUser: number;
  profitPerUser: number;
  /** Users who paid in the period. */
  activeUsers: number;
}

export interface LtvGroup {
  key: string;
  customers: number;
  historical: LtvPeriod[];
  expected: GroupValue | null;
}

export interface LtvParam {
  name: string;
  value: number;
  se: number;
}

export interface LtvReport {
  customers: number;
  horizonWeeks: number;
  params: LtvParam[];
  /** Why the expected values are missing, when they are. */
  note: string | null;
  groups: LtvGroup[];
}

type Customer = Rfm & SpendSummary & { userId: string };

export function customerOf(r: CustomerRow, now: number): Customer {
  const n = Number(r.n);
  const first = Number(r.first_at);
  const x = n - 1;
  return {
    userId: r.user_id,
    x,
    tx: (Number(r.last_at) - first) / WEEK,
    T: Math.max((now - first) / WEEK, (Number(r.last_at) - first) / WEEK, 1e-6),
    m: x > 0 ? (Number(r.total) - Number(r.first_amount)) / x : 0,
  };
}

export function cohortOf(firstAt: number, timeZone: string): string {
  return DateTime.fromSeconds(firstAt, { zone: timeZone }).toFormat('yyyy-MM');
}

type PeriodRow = {
  user_id: string;
  period: number;
  revenue: number;
  margin: number;
  discount: number;
};

type Fitted = { p: ReturnType<typeof fitBgNbd>; g: ReturnType<typeof fitGammaGamma> };

interface PeriodSums {
  revenue: number[];
  profit: number[];
  active: number[];
}

/** BG/NBD and Gamma-Gamma fitted on the customers, or why not (too few repeat buyers, no convergence). */
function fitModels(customers: readonly Customer[]): { fitted: Fitted | null; note: string | null } {
  const repeat = customers.filter((c) => c.x > 0 && c.m > 0);
  if (repeat.length < MIN_REPEAT_CUSTOMERS)
    return {
      fitted: null,
      note: `expected LTV needs at least ${MIN_REPEAT_CUSTOMERS} customers with a repeat purchase (there are ${repeat.length})`,
    };
  try {
    return { fitted: { p: fitBgNbd(customers), g: fitGammaGamma(repeat) }, note: null };
  } catch {
    return { fitted: null, note: 'the models did not converge on these data' };
  }
}

/** Each group's customers, each grouped user's group, and each group's earliest first order. */
function groupMembers(
  rows: readonly CustomerRow[],
  customers: readonly Customer[],
  groupOf: (userId: string, row: CustomerRow) => string | null,
): {
  members: Map<string, Customer[]>;
  groupOfUser: Map<string, string>;
  firstAt: Map<string, number>;
} {
  const members = new Map<string, Customer[]>();
  const groupOfUser = new Map<string, string>();
  const firstAt = new Map<string, number>();
  rows.forEach((r, i) => {
    const key = groupOf(r.user_id, r);
    if (key == null) return;
    groupOfUser.set(r.user_id, key);
    firstAt.set(key, Math.min(firstAt.get(key) ?? Infinity, Number(r.first_at)));
    const list = members.get(key) ?? [];
    list.push(customers[i]!);
    members.set(key, list);
  });
  return { members, groupOfUser, firstAt };
}

/** Revenue, profit (margin − discount) and paying users per group and period (periods outside dropped). */
function periodSums(
  periodRows: readonly PeriodRow[],
  groupOfUser: ReadonlyMap<string, string>,
  periods: number,
): Map<string, PeriodSums> {
  const sums = new Map<string, PeriodSums>();
  for (const p of periodRows) {
    const key = groupOfUser.get(p.user_id);
    if (key == null || p.period < 0 || p.period >= periods) continue;
    let s = sums.get(key);
    if (!s)
      sums.set(
        key,
        (s = {
          revenue: new Array(periods).fill(0),
          profit: new Array(periods).fill(0),
          active: new Array(periods).fill(0),
        }),
      );
    s.revenue[p.period]! += Number(p.revenue);
    s.profit[p.period]! += Number(p.margin) - Number(p.discount);
    s.active[p.period]! += 1;
  }
  return sums;
}

/**
 * How many periods a group's curve has: up to the last period any of its customers has reached by
 * `now` (period p begins p × 30 days after a first order; `firstAt` the group's earliest first order),
 * at most `periods`; none without customers. Later periods have not happened yet for anyone in the
 * group, so they are left out rather than shown flat.
 */
export function reachedPeriods(firstAt: number | undefined, now: number, periods: number): number {
  if (firstAt === undefined) return 0;
  return Math.min(periods, Math.floor(Math.max(0, now - firstAt) / PERIOD) + 1);
}

/** Cumulative revenue and profit per user by period. */
function historicalOf(s: PeriodSums | undefined, users: number, periods: number): LtvPeriod[] {
  let revenue = 0;
  let profit = 0;
  return Array.from({ length: periods }, (_, period) => {
    revenue += s?.revenue[period] ?? 0;
    profit += s?.profit[period] ?? 0;
    return {
      period,
      revenuePerUser: users > 0 ? revenue / users : 0,
      profitPerUser: users > 0 ? profit / users : 0,
      activeUsers: s?.active[period] ?? 0,
    };
  });
}

/** The fitted models' parameters with their standard errors (none when not fitted). */
function paramsOf(fitted: Fitted | null): LtvParam[] {
  if (!fitted) return [];
  return [
    ...Object.entries(fitted.p.params).map(([name, value]) => ({
      name,
      value,
      se: fitted.p.se[name as 'r'],
    })),
    ...Object.entries(fitted.g.params).map(([name, value]) => ({
      name,
      value,
      se: fitted.g.se[name as 'p'],
    })),
  ];
}

/**
 * The report: `groupOf` names each customer's group (null: not in any), `periods` the historical
 * rows per customer and period.
 */
export function ltvReport(
  rows: readonly CustomerRow[],
  periodRows: readonly PeriodRow[],
  groupOf: (userId: string, row: CustomerRow) => string | null,
  o: { now: number; horizonWeeks: number; periods: number; groupSizes?: ReadonlyMap<string, number> },
): LtvReport {
  const customers = rows.map((r) => customerOf(r, o.now));
  const { fitted, note } = fitModels(customers);
  const { members, groupOfUser, firstAt } = groupMembers(rows, customers, groupOf);
  const sums = periodSums(periodRows, groupOfUser, o.periods);
  const keys = [...new Set([...members.keys(), ...(o.groupSizes?.keys() ?? [])])].sort();
  const groups = keys.map((key) => {
    const list = members.get(key) ?? [];
    // Per user of the group: its customers, or (for arms and audiences) every member, buyers or not.
    const users = Math.max(list.length, o.groupSizes?.get(key) ?? 0);
    return {
      key,
      customers: list.length,
      historical: historicalOf(sums.get(key), users, reachedPeriods(firstAt.get(key), o.now, o.periods)),
      expected: fitted ? groupValue(fitted.p, fitted.g, list, o.horizonWeeks) : null,
    };
  });
  const params = paramsOf(fitted);
  return { customers: customers.length, horizonWeeks: o.horizonWeeks, params, note, groups };
}
