// Daily rollups (docs/metrics.md): what one coupon event or one order fact adds to which scope on
// which local day. Pure: the statements that apply the deltas are in metrics.sql.ts. Live updates
// (the ledger hook, the order-fact writer) and `rebuild` go through these same functions, so a
// rebuild agrees with the live rollups by construction.
import { DateTime } from 'luxon';

export const COUNTERS = [
  'issued_claim',
  'issued_code',
  'issued_rule',
  'issued_bulk',
  'issued_api',
  'redeemed',
  'expired',
  'subsidy',
  'paid_orders',
  'coupon_orders',
  'revenue',
  'margin',
  'margin_orders',
  'refunds',
  'new_customers',
  'new_customers_coupon',
] as const;
export type Counter = (typeof COUNTERS)[number];
export type Delta = Partial<Record<Counter, number>>;

export type ScopeKind = 'ALL' | 'TEMPLATE' | 'CAMPAIGN' | 'RULE' | 'MERCHANT';
/** The id of the ALL scope's rows. */
export const ALL_ID = '*';

export interface RollupRow {
  kind: ScopeKind;
  id: string;
  day: number;
  values: Record<Counter, number>;
}

/** Days since 1970-01-01 of the calendar date `at` (epoch seconds) falls on in `timeZone`. */
export function localDay(at: number, timeZone: string): number {
  if (timeZone === 'UTC') return Math.floor(at / 86_400);
  const d = DateTime.fromSeconds(at, { zone: timeZone });
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

/** The ISO date (YYYY-MM-DD) of a local day number. */
export const dayDate = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

const zero = (): Record<Counter, number> =>
  Object.fromEntries(COUNTERS.map((c) => [c, 0])) as Record<Counter, number>;

/** Deltas summed per (scope, day). */
export class Rollup {
  private readonly rows = new Map<string, RollupRow>();

  add(kind: ScopeKind, id: string | null | undefined, day: number, d: Delta, sign = 1): this {
    if (id == null) return this;
    const key = `${kind}\u0000${id}\u0000${day}`;
    let row = this.rows.get(key);
    if (!row) this.rows.set(key, (row = { kind, id, day, values: zero() }));
    for (const c of Object.keys(d) as Counter[]) row.values[c] += sign * (d[c] ?? 0);
    return this;
  }

  merge(other: Rollup, sign = 1): this {
    for (const r of other.rows.values()) this.add(r.kind, r.id, r.day, r.values, sign);
    return this;
  }

  /** The rows with any non-zero counter. */
  list(): RollupRow[] {
    return [...this.rows.values()].filter((r) => COUNTERS.some((c) => r.values[c] !== 0));
  }
}

/** The part of a coupon event the rollups read (an outbox row or a `DomainEvent`). */
export interface CouponEventLike {
  type: string;
  templateId?: string | null;
  campaignId?: string | null;
  merchantId?: string | null;
  payload: unknown;
}

const ISSUED: Record<string, Counter> = {
  CLAIM: 'issued_claim',
  CODE: 'issued_code',
  RULE: 'issued_rule',
  BULK: 'issued_bulk',
  API: 'issued_api',
};

/** A coupon event's stored payload: compact (outbox/events.ts), or nested under `coupon` in rows written before. */
interface Payload {
  status?: string;
  source?: string;
  balance?: number | null;
  coupon?: { status?: string; source?: string; balance?: number | null };
  ruleId?: string | null;
  discount?: number;
  reason?: string;
}

/**
 * What a coupon event counts: issued by source, redeemed (a CASH coupon with money left is not yet
 * redeemed) and its subsidy, a refund's subsidy back (and the redemption undone when the coupon was
 * used up), expired. Null for events that count nothing (locks, releases, revocations…).
 */
export function couponEventDelta(e: CouponEventLike): Delta | null {
  const p = e.payload as Payload;
  switch (e.type) {
    case 'coupon.issued':
    case 'coupon.claimed': {
      const c = ISSUED[p.source ?? p.coupon?.source ?? 'API'] ?? 'issued_api';
      return { [c]: 1 };
    }
    case 'coupon.redeemed':
      return { redeemed: (p.status ?? p.coupon?.status) === 'REDEEMED' ? 1 : 0, subsidy: p.discount ?? 0 };
    case 'coupon.released': {
      if (p.reason !== 'REFUND') return null;
      const discount = p.discount ?? 0;
      const balance = p.balance ?? p.coupon?.balance;
      // A stored-value coupon was used up iff its balance before the refund was 0.
      const wasRedeemed = balance == null || balance - discount === 0;
      return { subsidy: -discount, redeemed: wasRedeemed ? -1 : 0 };
    }
    case 'coupon.expired':
      return { expired: 1 };
    default:
      return null;
  }
}

/** The rule of an issued coupon, when its event says (other events' rule is looked up by coupon id). */
export const issuedRule = (e: CouponEventLike): string | null =>
  e.type === 'coupon.issued' || e.type === 'coupon.claimed' ? ((e.payload as Payload).ruleId ?? null) : null;

/** Adds a coupon event's delta to its template, campaign, merchant and the whole deployment. */
export function addCouponEvent(into: Rollup, e: CouponEventLike, d: Delta, day: number): void {
  into
    .add('ALL', ALL_ID, day, d)
    .add('TEMPLATE', e.templateId, day, d)
    .add('CAMPAIGN', e.campaignId, day, d)
    .add('MERCHANT', e.merchantId, day, d);
  const rule = issuedRule(e);
  if (rule) into.add('RULE', rule, day, d);
}

/** An order fact as the rollups read it. */
export interface FactLike {
  amount: number;
  margin: number | null;
  merchantId: string | null;
  couponIds: readonly string[];
  paidAt: number;
  refundedAt: number | null;
  firstOrder: boolean;
}

export interface CouponInfo {
  templateId: string;
  campaignId: string | null;
  ruleId: string | null;
}

/**
 * What one order adds: on its paid day a paid order (a coupon order when it used a known coupon),
 * revenue, margin when known, a new customer when it is the user's first paid order; on its refund
 * day a refund taking the revenue and margin back. The whole deployment and the order's merchant
 * count every order; a template, campaign or rule counts the orders that used one of its coupons.
 */
export function orderContribution(
  f: FactLike,
  coupons: ReadonlyMap<string, CouponInfo>,
  timeZone: string,
): Rollup {
  const r = new Rollup();
  const known = f.couponIds.flatMap((id) => {
    const c = coupons.get(id);
    return c ? [c] : [];
  });
  const withCoupon = known.length > 0;
  const paid: Delta = {
    paid_orders: 1,
    coupon_orders: withCoupon ? 1 : 0,
    revenue: f.amount,
    margin: f.margin ?? 0,
    margin_orders: f.margin != null ? 1 : 0,
    new_customers: f.firstOrder ? 1 : 0,
    new_customers_coupon: f.firstOrder && withCoupon ? 1 : 0,
  };
  const refund: Delta | null =
    f.refundedAt != null ? { refunds: 1, revenue: -f.amount, margin: -(f.margin ?? 0) } : null;
  const scopes: [ScopeKind, string][] = [['ALL', ALL_ID]];
  if (f.merchantId) scopes.push(['MERCHANT', f.merchantId]);
  const seen = new Set<string>();
  for (const c of known)
    for (const [kind, id] of [
      ['TEMPLATE', c.templateId],
      ['CAMPAIGN', c.campaignId],
      ['RULE', c.ruleId],
    ] as [ScopeKind, string | null][]) {
      if (id == null || seen.has(`${kind}:${id}`)) continue;
      // A coupon's merchant row already counts the order through the order's merchant.
      seen.add(`${kind}:${id}`);
      scopes.push([kind, id]);
    }
  const paidDay = localDay(f.paidAt, timeZone);
  for (const [kind, id] of scopes) {
    r.add(kind, id, paidDay, paid);
    if (refund) r.add(kind, id, localDay(f.refundedAt!, timeZone), refund);
  }
  return r;
}
