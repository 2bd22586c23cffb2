// Orders as facts: one definition for a paid order whether it arrives as a tracked `order.paid`
// event or from checkout's redeemOrder, merged by order id so that both together count once.
// Written in the caller's transaction (ingestion or redemption) with the rollup deltas they cause.
import { jsonColumn, type Sql } from '../db/sql';
import * as q from './metrics.sql';
import { type CouponInfo, orderContribution, Rollup } from './rollup';

/** A tracked event as ingestion hands it over. */
export interface TrackedLike {
  id: string;
  type: string;
  userId: string;
  occurredAt: number;
  properties: Record<string, unknown>;
}

export interface PaidOrder {
  orderId: string;
  userId: string;
  /** Null: not known by this source (checkout knows the payable amount, the app the real one). */
  amount: number | null;
  margin: number | null;
  merchantId: string | null;
  couponIds: readonly string[];
  discount: number | null;
  paidAt: number;
  source: 'TRACK' | 'CHECKOUT';
}

const int = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v.slice(0, 128) : null);

/** The order a tracked `order.paid` event describes (orderId defaults to the event id). */
export function paidOrderOf(e: TrackedLike): PaidOrder {
  const p = e.properties;
  const amount = int(p.amount) ?? 0;
  const cost = int(p.cost);
  const ids = Array.isArray(p.couponIds)
    ? p.couponIds.flatMap((x) => (typeof x === 'string' ? [x] : []))
    : [];
  return {
    orderId: str(p.orderId) ?? e.id,
    userId: e.userId,
    amount,
    margin: int(p.margin) ?? (cost != null ? amount - cost : null),
    merchantId: str(p.merchantId),
    couponIds: [...new Set(ids)].slice(0, 100),
    discount: int(p.discount),
    paidAt: e.occurredAt,
    source: 'TRACK',
  };
}

const factOf = (r: q.FactRow): q.FactWrite => ({
  orderId: r.order_id,
  userId: r.user_id,
  amount: Number(r.amount),
  margin: r.margin == null ? null : Number(r.margin),
  merchantId: r.merchant_id,
  couponIds: jsonColumn<string[]>(r.coupon_ids),
  unknownCouponIds: jsonColumn<string[]>(r.unknown_coupon_ids),
  discount: Number(r.discount),
  paidAt: Number(r.paid_at),
  refundedAt: r.refunded_at == null ? null : Number(r.refunded_at),
  firstOrder: r.first_order === true || r.first_order === 1,
  source: r.source,
});

/** (paidAt, orderId) order: which of two orders came first. */
const before = (a: { paidAt: number; orderId: string }, b: { paidAt: number; orderId: string }) =>
  a.paidAt < b.paidAt || (a.paidAt === b.paidAt && a.orderId < b.orderId);

export class OrderFacts {
  constructor(private readonly timeZone: string) {}

  /** Ingestion's hook: `order.paid` and `order.refunded` events of a batch (already deduplicated). */
  async recordFromTracked(sql: Sql, events: readonly TrackedLike[]): Promise<void> {
    const paid = events.filter((e) => e.type === 'order.paid').map(paidOrderOf);
    if (paid.length > 0) await this.recordPaid(sql, paid);
    const refunds = events
      .filter((e) => e.type === 'order.refunded')
      .map((e) => ({ orderId: str(e.properties.orderId) ?? e.id, at: e.occurredAt }));
    if (refunds.length > 0) await this.recordRefunds(sql, refunds);
  }

  /** Checkout's hook: a redeemed order is paid. */
  paid(
    sql: Sql,
    o: { orderId: string; userId: string; amount: number; discount: number; couponIds: string[]; at: number },
  ): Promise<void> {
    return this.recordPaid(sql, [
      {
        orderId: o.orderId,
        userId: o.userId,
        amount: o.amount,
        margin: null,
        merchantId: null,
        couponIds: o.couponIds,
        discount: o.discount,
        paidAt: o.at,
        source: 'CHECKOUT',
      },
    ]);
  }

  /** Checkout's hook: a refunded order. */
  refunded(sql: Sql, orderId: string, at: number): Promise<void> {
    return this.recordRefunds(sql, [{ orderId, at }]);
  }

  async recordPaid(sql: Sql, orders: readonly PaidOrder[]): Promise<void> {
    const now = Math.floor(Date.now() / 1000);
    const current = new Map<string, q.FactWrite>();
    for (const r of await q.factsByIds(sql, [...new Set(orders.map((o) => o.orderId))]))
      current.set(r.order_id, factOf(r));
    const named = new Set<string>();
    for (const o of orders) o.couponIds.forEach((id) => named.add(id));
    for (const f of current.values()) [...f.couponIds, ...f.unknownCouponIds].forEach((id) => named.add(id));
    const coupons = new Map<string, CouponInfo>();
    for (const c of await q.couponInfos(sql, [...named]))
      coupons.set(c.id, { templateId: c.template_id, campaignId: c.campaign_id, ruleId: c.rule_id });
    const firsts = new Map<string, { orderId: string; paidAt: number }>();
    for (const f of await q.firstOrders(sql, [...new Set(orders.map((o) => o.userId))]))
      firsts.set(f.user_id, { orderId: f.order_id, paidAt: Number(f.paid_at) });

    const rollup = new Rollup();
    const writes = new Map<string, q.FactWrite>();
    const change = (old: q.FactWrite | null, next: q.FactWrite) => {
      if (old) rollup.merge(orderContribution(old, coupons, this.timeZone), -1);
      rollup.merge(orderContribution(next, coupons, this.timeZone));
      current.set(next.orderId, next);
      writes.set(next.orderId, next);
    };
    for (const o of orders) {
      const old = current.get(o.orderId) ?? null;
      const next = merge(old, o, coupons);
      const first = firsts.get(next.userId);
      if (!first || first.orderId === next.orderId || before(next, first)) {
        if (first && first.orderId !== next.orderId) {
          // An earlier order arrived late (an import): the previous first order is no longer first.
          const prev =
            current.get(first.orderId) ??
            (await q.factsByIds(sql, [first.orderId])).map((r) => {
              const f = factOf(r);
              [...f.couponIds].forEach((id) => named.add(id));
              return f;
            })[0];
          if (prev) {
            for (const c of await q.couponInfos(
              sql,
              prev.couponIds.filter((id) => !coupons.has(id)),
            ))
              coupons.set(c.id, { templateId: c.template_id, campaignId: c.campaign_id, ruleId: c.rule_id });
            change(prev, { ...prev, firstOrder: false });
          }
        }
        next.firstOrder = true;
        firsts.set(next.userId, { orderId: next.orderId, paidAt: next.paidAt });
      } else next.firstOrder = false;
      change(old, next);
    }
    await sql.runMany([
      ...q.upsertFacts([...writes.values()], now),
      ...q.upsertRollups(rollup.list(), q.liveSlot(sql.dialect)),
    ]);
  }

  async recordRefunds(sql: Sql, refunds: readonly { orderId: string; at: number }[]): Promise<void> {
    const now = Math.floor(Date.now() / 1000);
    const facts = (await q.factsByIds(sql, [...new Set(refunds.map((r) => r.orderId))])).map(factOf);
    const coupons = new Map<string, CouponInfo>();
    for (const c of await q.couponInfos(sql, [...new Set(facts.flatMap((f) => f.couponIds))]))
      coupons.set(c.id, { templateId: c.template_id, campaignId: c.campaign_id, ruleId: c.rule_id });
    const byId = new Map(facts.map((f) => [f.orderId, f]));
    const rollup = new Rollup();
    const writes: q.FactWrite[] = [];
    for (const r of refunds) {
      const f = byId.get(r.orderId);
      if (!f || f.refundedAt != null) continue; // unknown order, or refunded already (both sources)
      const next = { ...f, refundedAt: Math.max(r.at, f.paidAt) };
      rollup.merge(orderContribution(f, coupons, this.timeZone), -1);
      rollup.merge(orderContribution(next, coupons, this.timeZone));
      byId.set(r.orderId, next);
      writes.push(next);
    }
    if (writes.length > 0)
      await sql.runMany([
        ...q.upsertFacts(writes, now),
        ...q.upsertRollups(rollup.list(), q.liveSlot(sql.dialect)),
      ]);
  }
}

/**
 * One order from two sources: the app's figures (amount, margin, merchant) win over checkout's
 * payable amount; coupon ids are the union; the earliest payment time stays. Named coupon ids that no
 * coupon has are kept apart (flagged) and count as no coupon.
 */
export function merge(
  old: q.FactWrite | null,
  o: PaidOrder,
  coupons: ReadonlyMap<string, CouponInfo>,
): q.FactWrite {
  const named = new Set([...(old ? [...old.couponIds, ...old.unknownCouponIds] : []), ...o.couponIds]);
  const ids = [...named];
  const source = !old || old.source === o.source ? o.source : 'BOTH';
  const appWins = o.source === 'TRACK' || !old;
  return {
    orderId: o.orderId,
    userId: old?.userId ?? o.userId,
    amount: appWins ? (o.amount ?? old?.amount ?? 0) : (old?.amount ?? o.amount ?? 0),
    margin: (appWins ? (o.margin ?? old?.margin) : (old?.margin ?? o.margin)) ?? null,
    merchantId: (appWins ? (o.merchantId ?? old?.merchantId) : (old?.merchantId ?? o.merchantId)) ?? null,
    couponIds: ids.filter((id) => coupons.has(id)),
    unknownCouponIds: ids.filter((id) => !coupons.has(id)),
    discount: Math.max(o.discount ?? 0, old?.discount ?? 0),
    paidAt: old ? Math.min(old.paidAt, o.paidAt) : o.paidAt,
    refundedAt: old?.refundedAt ?? null,
    firstOrder: old?.firstOrder ?? false,
    source,
  };
}
