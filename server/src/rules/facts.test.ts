import { aggregateSpec } from '@couponflow/schema';
import { describe, expect, it } from 'vitest';
import { BatchFacts, EventFacts, periodStart } from './facts';

const DAY = 86_400;
const event = (id: string, userId: string, occurredAt: number) => ({
  id,
  type: 'order.paid',
  userId,
  occurredAt,
  properties: { amount: 1 },
  attributes: { tier: 'VIP' },
});

describe('EventFacts over a prefetched batch', () => {
  const spec = aggregateSpec({ eventType: 'order.paid', fn: 'count', window: { days: 30 } });
  const other = aggregateSpec({
    eventType: 'order.paid',
    fn: 'sum',
    property: 'amount',
    window: { days: 7 },
  });

  it('reads bulk aggregates by event slot, the others per event, 0 otherwise', () => {
    const batch = new BatchFacts('UTC', new Set());
    batch.column(spec.key, 3)[1] = 7;
    batch.extra[2] = new Map([[other.key, 42]]);
    const f0 = new EventFacts(batch, 0, event('e0', 'u', 100 * DAY));
    const f1 = new EventFacts(batch, 1, event('e1', 'u', 100 * DAY));
    const f2 = new EventFacts(batch, 2, event('e2', 'u', 100 * DAY));
    expect([f0.aggregate(spec), f1.aggregate(spec), f2.aggregate(spec)]).toEqual([0, 7, 0]);
    expect([f1.aggregate(other), f2.aggregate(other)]).toEqual([0, 42]);
    expect(f1.user.attributes).toEqual({ tier: 'VIP' });
    expect(f1.event).toEqual({
      id: 'e1',
      type: 'order.paid',
      occurredAt: 100 * DAY,
      properties: { amount: 1 },
    });
  });

  it('is first unless an earlier (or equal-time) other event of the type is the first one', () => {
    const batch = new BatchFacts('UTC', new Set());
    batch.addFirst('u', 'order.paid', 'e1', 100);
    expect(new EventFacts(batch, 0, event('e1', 'u', 100)).isFirst('order.paid')).toBe(true);
    expect(new EventFacts(batch, 1, event('e2', 'u', 100)).isFirst('order.paid')).toBe(false);
    expect(new EventFacts(batch, 2, event('e0', 'u', 99)).isFirst('order.paid')).toBe(true);
    expect(new EventFacts(batch, 3, event('e3', 'v', 200)).isFirst('order.paid')).toBe(true);
    expect(new EventFacts(batch, 4, event('e4', 'u', 200)).isFirst('page.viewed')).toBe(true);
  });

  it('counts firings of capped rules in the current period, stored and from this batch', () => {
    const batch = new BatchFacts('UTC', new Set(['r1']));
    const monday = Date.UTC(2026, 10, 23) / 1000; // a Monday
    batch.addFiring('r1', 'u', monday - 3600); // the week before
    batch.addFiring('r1', 'u', monday + 3600);
    batch.addFiring('r2', 'u', monday + 3600); // not capped: not kept
    const f = new EventFacts(batch, 0, event('e', 'u', monday + 2 * DAY));
    expect(f.firedCount('r1', 'week')).toBe(1);
    expect(f.firedCount('r1', 'ever')).toBe(2);
    expect(f.firedCount('r2', 'week')).toBe(0);
    batch.addFiring('r1', 'u', monday + 2 * DAY); // fired on this event: later events see it
    expect(new EventFacts(batch, 1, event('e9', 'u', monday + 3 * DAY)).firedCount('r1', 'week')).toBe(2);
    expect(new EventFacts(batch, 2, event('e8', 'v', monday + 3 * DAY)).firedCount('r1', 'week')).toBe(0);
  });

  it('gives audience checks a plain copy of the user facts', () => {
    const batch = new BatchFacts('UTC', new Set());
    batch.column(spec.key, 1)[0] = 3;
    batch.members[0] = new Set(['aud']);
    const f = new EventFacts(batch, 0, event('e', 'u', 5 * DAY));
    const user = { ...f.userFacts() };
    expect(user.aggregate(spec)).toBe(3);
    expect(user.userId).toBe('u');
    expect(f.inAudience('aud')).toBe(true);
    expect(f.inAudience('other')).toBe(false);
  });
});

describe('periodStart', () => {
  it('matches the calendar in a zone with a DST change', () => {
    // 2026-03-29 is the first day of CEST in Europe/Berlin; a week starts on Monday 2026-03-23 00:00.
    const t = Date.UTC(2026, 2, 29, 12) / 1000;
    expect(periodStart('day', t, 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 28, 23) / 1000);
    expect(periodStart('week', t, 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 22, 23) / 1000);
    expect(periodStart('ever', t, 'Europe/Berlin')).toBe(0);
  });
});
