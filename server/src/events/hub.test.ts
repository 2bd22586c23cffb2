import { describe, expect, it } from 'vitest';
import type { Database } from '../db/sql';
import type { Logger } from '../logger';
import type { EventView, OutboxRow } from '../outbox/outbox.sql';
import { type Batch, EventHub, LocalTransport } from './hub';
import { SubscriptionStream } from './stream';

/** An outbox in memory behind the two queries the hub and streams run. */
function fakeDb(rows: OutboxRow[], cursor: { last: number }): Database {
  const sql = {
    dialect: 'sqlite' as const,
    async all<T>(text: string, params: readonly unknown[] = []): Promise<T[]> {
      const [from, to] = params as [number, number];
      const limit = Number(/LIMIT (\d+)/.exec(text)?.[1] ?? 1e9);
      return rows.filter((r) => Number(r.id) > from && Number(r.id) <= to).slice(0, limit) as T[];
    },
    async get<T>(): Promise<T | undefined> {
      return { last_id: cursor.last } as T;
    },
    async run(): Promise<number> {
      return 0;
    },
  };
  return { read: (fn: (s: typeof sql) => Promise<unknown>) => fn(sql) } as unknown as Database;
}

const row = (id: number, couponId = `c${id % 3}`): OutboxRow => ({
  id,
  type: 'coupon.claimed',
  coupon_id: couponId,
  template_id: 't',
  campaign_id: null,
  user_id: 'u',
  merchant_id: 'm',
  payload: JSON.stringify({ n: id }),
  created_at: 1_700_000_000,
});
const view = (id: number): EventView => ({
  id,
  type: 'coupon.claimed',
  couponId: `c${id % 3}`,
  templateId: 't',
  campaignId: null,
  userId: 'u',
  merchantId: 'm',
  payload: { n: id },
  createdAt: 1_700_000_000,
});
const silent = { error: () => undefined, warn: () => undefined, info: () => undefined } as unknown as Logger;
const tick = () => new Promise((r) => setTimeout(r, 5));
const batch = (from: number, to: number): Batch => ({
  from,
  to,
  events: Array.from({ length: to - from }, (_, i) => view(from + i + 1)),
  endpoints: [],
});

async function take(stream: AsyncIterator<EventView>, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = await stream.next();
    if (r.done) break;
    out.push(r.value.id);
  }
  return out;
}

describe('event hub and subscriber streams', () => {
  it('passes batches on in order, fills a missed range from the outbox, and ignores repeats', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => row(i + 1));
    const transport = new LocalTransport();
    const hub = new EventHub(fakeDb(rows, { last: 0 }), transport, silent, 60_000);
    await hub.start(0);
    const seen: number[] = [];
    hub.listen((e) => seen.push(e.id));
    await transport.publish(batch(0, 5));
    await transport.publish(batch(10, 15)); // 6..10 were lost (e.g. an instance died after commit)
    await transport.publish(batch(0, 5)); // a repeat
    await transport.publish(batch(15, 20));
    for (let i = 0; i < 50 && hub.last < 20; i++) await tick();
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(hub.last).toBe(20);
    await hub.stop();
  });

  it('catches up from the database cursor when no batch comes (another instance dispatched, no Redis)', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => row(i + 1));
    const cursor = { last: 0 };
    const hub = new EventHub(fakeDb(rows, cursor), new LocalTransport(), silent, 20);
    await hub.start(0);
    const seen: number[] = [];
    hub.listen((e) => seen.push(e.id));
    cursor.last = 12;
    for (let i = 0; i < 100 && seen.length < 12; i++) await tick();
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    await hub.stop();
  });

  it('a resumed stream replays what is stored, then goes live, with no gap or repeat at the seam', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => row(i + 1));
    const transport = new LocalTransport();
    const db = fakeDb(rows, { last: 1100 });
    const hub = new EventHub(db, transport, silent, 60_000);
    await hub.start(1100);
    const stream = new SubscriptionStream(hub, db, (e) => e.couponId !== 'c0', 250, 10_000);
    // live events arrive while the replay (3 pages) is read
    await transport.publish(batch(1100, 1150));
    const first = await take(stream, 100);
    await transport.publish(batch(1150, 1200));
    for (let i = 0; i < 20 && hub.last < 1200; i++) await tick();
    const expected = rows.map((r) => Number(r.id)).filter((id) => id > 250 && id % 3 !== 0);
    const rest = await take(stream, expected.length - first.length);
    expect([...first, ...rest]).toEqual(expected);
    // and nothing more is queued: the next event is the next live one
    await transport.publish({ from: 1200, to: 1201, events: [view(1201)], endpoints: [] });
    expect(await take(stream, 1)).toEqual([1201]);
    await stream.return();
    expect(hub.listenerCount).toBe(0);
    await hub.stop();
  });

  it('skips what the client already saw when this instance is behind the one it resumed from', async () => {
    const transport = new LocalTransport();
    const db = fakeDb([], { last: 10 });
    const hub = new EventHub(db, transport, silent, 60_000);
    await hub.start(10);
    const stream = new SubscriptionStream(hub, db, () => true, 14, 100);
    await transport.publish(batch(10, 16));
    for (let i = 0; i < 20 && hub.last < 16; i++) await tick();
    expect(await take(stream, 2)).toEqual([15, 16]);
    await stream.return();
    await hub.stop();
  });

  it('ends a subscriber that falls too far behind, telling it where to resume', async () => {
    const transport = new LocalTransport();
    const db = fakeDb([], { last: 0 });
    const hub = new EventHub(db, transport, silent, 60_000);
    await hub.start(0);
    const stream = new SubscriptionStream(hub, db, () => true, null, 10);
    await transport.publish(batch(0, 3));
    for (let i = 0; i < 20 && hub.last < 3; i++) await tick();
    expect(await take(stream, 2)).toEqual([1, 2]);
    await transport.publish(batch(3, 30));
    for (let i = 0; i < 20 && hub.last < 30; i++) await tick();
    await expect(stream.next()).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'SLOW_CONSUMER', resumeAfterId: 2 },
    });
    expect(hub.listenerCount).toBe(0);
    await hub.stop();
  });
});
