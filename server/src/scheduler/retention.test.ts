// Raw tracked events are kept as long as a live rule's aggregate window reaches them, whatever
// TRACKED_EVENT_RETENTION_DAYS says; without such a rule they go after the window.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import pino from 'pino';
import { nowSeconds } from '../ids';
import { DAY, testServices, type TestServices } from '../testing';
import { BehaviourBucket } from '../tracking/tracking.entity';
import { recentEvents } from '../tracking/tracking.sql';
import { countRefusals, insertRefusals, refusalPage } from '../coupons/refusal.sql';
import { Retention, retentionWindows } from './retention';

let s: TestServices;
let b: Awaited<ReturnType<TestServices['behaviour']>>;
beforeEach(async () => {
  s = await testServices();
  b = await s.behaviour();
});
afterEach(() => s.close());

/** trigger page.viewed → order.paid count over the last 7 days ≥ 1 → issue. */
function aggregateGraph(templateId: string) {
  return {
    version: 1,
    nodes: [
      { id: 'trigger', type: 'trigger.event', args: { eventType: 'page.viewed' }, position: { x: 0, y: 0 } },
      {
        id: 'agg',
        type: 'condition.aggregate',
        args: { eventType: 'order.paid', fn: 'count', window: { days: 7 }, op: 'gte', value: 1 },
        position: { x: 200, y: 0 },
      },
      { id: 'issue', type: 'action.issueCoupon', args: { templateId }, position: { x: 400, y: 0 } },
    ],
    edges: [
      { id: 'e1', source: 'trigger', target: 'agg', sourceHandle: 'out' },
      { id: 'e2', source: 'agg', target: 'issue', sourceHandle: 'yes' },
    ],
  };
}

const order = (id: string, occurredAt: number) => ({
  id,
  type: 'order.paid',
  userId: 'u1',
  occurredAt,
  properties: { amount: 1_000, orderId: id },
});

const stored = async () =>
  (await s.db.read((sql) => recentEvents(sql, { type: null, userId: null, limit: 100 })))
    .map((r) => r.id)
    .sort();

function retention(needs: ConstructorParameters<typeof Retention>[2]) {
  const windows = retentionWindows({ ...s.config, TRACKED_EVENT_RETENTION_DAYS: 1 });
  return new Retention(s.db, windows, needs, 0, pino({ level: 'silent' }));
}

describe('raw event retention', () => {
  it('deletes raw events older than the window, keeping the daily buckets', async () => {
    const now = nowSeconds();
    await b.tracking.track([order('old', now - 9 * DAY), order('recent', now - DAY / 2)]);
    // five days on: both were received more than a day ago; both occurred before the cutoff
    const buckets = await s.db.em().find(BehaviourBucket, {}, { orderBy: { day: 'asc' } });
    expect(buckets.map((x) => x.count)).toEqual([1, 1]);
    const purged = await retention([b.engine]).run(now + 5 * DAY);
    expect(purged.trackedEvents).toBe(2);
    expect(await stored()).toEqual([]);
    expect(await s.db.em().find(BehaviourBucket, {}, { orderBy: { day: 'asc' } })).toEqual(buckets);
  });

  it('keeps what a live rule’s aggregate window reads, and only that', async () => {
    const t = await s.template();
    const rule = await b.rules.create({ name: 'r', mode: 'AUTOMATED', graph: aggregateGraph(t.id) });
    await b.rules.publish(rule.id, null);
    const now = nowSeconds();
    await b.tracking.track([order('old', now - 9 * DAY), order('recent', now - DAY / 2)]);
    const later = now + 5 * DAY;
    expect(b.engine.rawEventsNeededFrom(later)).toBe(later - 7 * DAY);
    const r = retention([b.engine]);
    expect(await r.trackedEventCutoff(later)).toBe(later - 7 * DAY);
    expect((await r.run(later)).trackedEvents).toBe(1);
    expect(await stored()).toEqual(['recent']);
  });

  it('gives the freed pages back to the file system on SQLite (incremental vacuum)', async () => {
    const now = nowSeconds();
    const padding = 'x'.repeat(1500);
    for (let batch = 0; batch < 4; batch++)
      await b.tracking.track(
        Array.from({ length: 250 }, (_, i) => ({
          ...order(`o-${batch}-${i}`, now - 2 * DAY),
          properties: { amount: 1_000, orderId: `o-${batch}-${i}`, note: padding },
        })),
      );
    const r = retention([b.engine]);
    expect((await r.run(now + 5 * DAY)).trackedEvents).toBe(1000);
    // 1 000 events of ~1.6 KB: hundreds of 4 KiB pages emptied and returned
    expect(r.counters.freedPages).toBeGreaterThan(100);
    expect(r.counters).toMatchObject({ trackedEvents: 1000, runs: 1, lastRunAt: now + 5 * DAY });
  });
});

describe('refused claim retention', () => {
  it('deletes refusals older than CLAIM_REFUSAL_RETENTION_DAYS, in chunks, and keeps newer ones', async () => {
    const now = nowSeconds();
    await s.db.tx((sql) =>
      sql.runMany([
        ...insertRefusals(
          Array.from({ length: 5 }, (_, i) => ({
            userId: `u${i}`,
            templateId: 'tpl_x',
            reason: 'ACCOUNT_LIMIT' as const,
            source: 'CLAIM' as const,
            deviceId: 'd',
            cookieId: null,
            placement: null,
          })),
          now - 3 * DAY,
        ),
        ...insertRefusals(
          [
            {
              userId: 'u9',
              templateId: 'tpl_x',
              reason: 'SOLD_OUT',
              source: 'CODE',
              deviceId: null,
              cookieId: null,
              placement: null,
            },
          ],
          now - DAY / 2,
        ),
      ]),
    );
    const windows = { ...retentionWindows({ ...s.config, CLAIM_REFUSAL_RETENTION_DAYS: 2 }), chunk: 2 };
    const r = new Retention(s.db, windows, [], 0, pino({ level: 'silent' }));
    expect((await r.run(now)).claimRefusals).toBe(5);
    expect(r.counters.claimRefusals).toBe(5);
    const left = await s.db.read((sql) => refusalPage(sql, 'u9', null, 10));
    expect(left.total).toBe(1);
    expect(await s.db.read((sql) => countRefusals(sql))).toBe(1);
    // 0 keeps them for ever
    const forever = retentionWindows({ ...s.config, CLAIM_REFUSAL_RETENTION_DAYS: 0 });
    expect(
      await new Retention(s.db, forever, [], 0, pino({ level: 'silent' })).purgeRefusals(now + 99 * DAY),
    ).toBe(0);
  });
});
