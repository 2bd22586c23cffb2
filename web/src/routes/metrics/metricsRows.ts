// The dashboard's series → chart and table rows (pure, tested in metricsRows.test.ts).
import { type Column, type Row } from '../../charts/csv';
import { major, moneyText, numberText, percentText } from '../../charts/format';
import type { MetricsFiguresFieldsFragment, MetricsScopeKind } from '../../gql/graphql';

export type Figures = MetricsFiguresFieldsFragment;

const num = (v: unknown) => numberText(typeof v === 'number' ? v : null);
const money = (v: unknown) => moneyText(typeof v === 'number' ? v : null);
const share = (v: unknown) => (typeof v === 'number' ? `${v.toFixed(1)}%` : '—');

/** Coupon orders / paid orders of a day as a percentage (null without orders). */
export function couponShareOf(f: Pick<Figures, 'couponOrders' | 'paidOrders'>): number | null {
  return f.paidOrders > 0 ? Math.round((f.couponOrders / f.paidOrders) * 10_000) / 100 : null;
}

/** One row per local day: counts as they are, money in major units, the coupon-order share in %. */
export function dailyRows(daily: readonly Figures[]): Row[] {
  return daily.map((d) => ({
    date: d.date,
    issued: d.issued,
    claimed: d.claimed,
    redeemed: d.redeemed,
    expired: d.expired,
    paidOrders: d.paidOrders,
    couponOrders: d.couponOrders,
    couponShare: couponShareOf(d),
    subsidy: major(d.subsidy),
    revenue: major(d.revenue),
    grossProfit: major(d.grossProfit),
    newCustomers: d.newCustomers,
    newCustomersViaCoupon: d.newCustomersViaCoupon,
  }));
}

export const couponColumns: Column[] = [
  { key: 'date', label: 'Date' },
  { key: 'issued', label: 'Issued', format: num },
  { key: 'claimed', label: 'Claimed', format: num },
  { key: 'redeemed', label: 'Redeemed', format: num },
  { key: 'expired', label: 'Expired', format: num },
];

export const orderColumns: Column[] = [
  { key: 'date', label: 'Date' },
  { key: 'paidOrders', label: 'Paid orders', format: num },
  { key: 'couponOrders', label: 'Coupon orders', format: num },
  { key: 'couponShare', label: 'Coupon-order share (%)', format: share },
];

export const moneyColumns: Column[] = [
  { key: 'date', label: 'Date' },
  { key: 'revenue', label: 'Revenue', format: money },
  { key: 'subsidy', label: 'Subsidy', format: money },
  { key: 'grossProfit', label: 'Gross profit', format: money },
];

export const customerColumns: Column[] = [
  { key: 'date', label: 'Date' },
  { key: 'newCustomers', label: 'New customers', format: num },
  { key: 'newCustomersViaCoupon', label: 'New via a coupon', format: num },
];

/** Issued → claimed → redeemed, each with its share of the previous stage and of issued. */
export function funnelRows(t: Pick<Figures, 'issued' | 'claimed' | 'redeemed'>): Row[] {
  const stages: [string, number][] = [
    ['Issued', t.issued],
    ['Claimed', t.claimed],
    ['Redeemed', t.redeemed],
  ];
  return stages.map(([stage, count], i) => {
    const previous = i === 0 ? null : stages[i - 1]![1];
    return {
      stage,
      count,
      ofPrevious: previous == null ? null : previous > 0 ? count / previous : null,
      ofIssued: t.issued > 0 ? count / t.issued : null,
    };
  });
}

export const funnelColumns: Column[] = [
  { key: 'stage', label: 'Stage' },
  { key: 'count', label: 'Coupons', format: num },
  { key: 'ofPrevious', label: 'Of previous stage', format: (v) => percentText(v as number | null) },
  { key: 'ofIssued', label: 'Of issued', format: (v) => percentText(v as number | null) },
];

/** Issued by source (totals). */
export function sourceRows(t: Figures): Row[] {
  return [
    { source: 'Claim', issued: t.issuedClaim },
    { source: 'Code', issued: t.issuedCode },
    { source: 'Rule', issued: t.issuedRule },
    { source: 'Bulk', issued: t.issuedBulk },
    { source: 'API', issued: t.issuedApi },
  ];
}

export const FUNDER_LABEL: Record<string, string> = {
  PLATFORM: 'Platform',
  MERCHANT: 'Merchant',
  BRAND: 'Brand',
};

/** Subsidy per funder in major units, largest first; the label names the funder id when there is one. */
export function funderRows(
  funders: readonly { funder: string; funderId?: string | null; amount: number }[],
): Row[] {
  return [...funders]
    .sort((a, b) => b.amount - a.amount)
    .map((f) => ({
      funder: `${FUNDER_LABEL[f.funder] ?? f.funder}${f.funderId ? ` ${f.funderId}` : ''}`,
      amount: major(f.amount),
    }));
}

export const funderColumns: Column[] = [
  { key: 'funder', label: 'Funder' },
  { key: 'amount', label: 'Subsidy', format: money },
];

export const SCOPE_KINDS: { value: MetricsScopeKind; label: string }[] = [
  { value: 'ALL', label: 'Whole deployment' },
  { value: 'CAMPAIGN', label: 'Campaign' },
  { value: 'TEMPLATE', label: 'Template' },
  { value: 'RULE', label: 'Rule' },
  { value: 'MERCHANT', label: 'Merchant' },
  { value: 'FUNDER', label: 'Funder' },
];

export const isScopeKind = (v: string | null | undefined): v is MetricsScopeKind =>
  SCOPE_KINDS.some((k) => k.value === v);

/** The [from, to) instants of a range of local dates (inclusive `toDate`), as the API wants them. */
export function rangeOf(fromDate: string, toDate: string): { from: string; to: string } {
  const to = new Date(`${toDate}T00:00:00Z`);
  to.setUTCDate(to.getUTCDate() + 1);
  return { from: `${fromDate}T00:00:00.000Z`, to: to.toISOString() };
}

/** YYYY-MM-DD of a day `daysAgo` before `now` (UTC). */
export function isoDay(now: Date, daysAgo = 0): string {
  const d = new Date(now.getTime() - daysAgo * 86_400_000);
  return d.toISOString().slice(0, 10);
}
