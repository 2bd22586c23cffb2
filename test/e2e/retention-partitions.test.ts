// Time partitions (docs/retention.md) on a real server with partitions of two seconds: on PostgreSQL
// the scheduler creates them ahead, an event whose time none covers is stored (default partition) and
// moved into its partition once created, retention drops whole partitions past the window (counting
// their rows) and never the coupons; on both databases a retried event id is a duplicate whatever
// time the retry carries. SQLite has no partitions: the same requests give the same answers.
import { graphql } from '../support/gql-types';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { request } from 'undici';
import { queryRows } from '../support/db';
import type { GqlClient } from '../support/gql';
import { DIALECT, claimOne, createTemplate } from '../support/server';
import { useServer } from '../support/fixture';
import { track } from './rules-support';

const SPAN = 2;
const AHEAD = 3;
const TRACKED_WINDOW = 8;
const srv = useServer({
  env: {
    OUTBOX_RETENTION_DAYS: String(3 / 86_400),
    TRACKED_EVENT_RETENTION_DAYS: String(TRACKED_WINDOW / 86_400),
    EVENTS_RESUME_WINDOW_SECONDS: '1',
    WEBHOOK_LOG_RETENTION_DAYS: '0',
    RETENTION_INTERVAL_SECONDS: '1',
    SCHEDULER_INTERVAL_MS: '200',
    DISPATCH_POLL_MS: '20',
    PARTITION_SPAN_SECONDS: String(SPAN),
    PARTITION_AHEAD: String(AHEAD),
  },
});
const PG = DIALECT === 'postgresql';
const now = () => Math.floor(Date.now() / 1000);
const at = (epoch: number) => new Date(epoch * 1000).toISOString();
let staff: GqlClient;
let app: GqlClient;

const EVENT_LOG = graphql(`
  query PartitionsEventLog($c: ID) {
    couponEventLog(afterId: 0, couponId: $c, first: 10) {
      id
    }
  }
`);
const COUPON = graphql(`
  query PartitionsCoupon($id: ID!) {
    coupon(id: $id) {
      id
      status
    }
  }
`);

interface Counters {
  trackedEvents: number;
  outboxEvents: number;
  partitionsCreated: number;
  partitionsDropped: number;
}
async function counters(): Promise<Counters> {
  const res = await request(`${srv.server.url}/health`);
  return ((await res.body.json()) as { retention: Counters }).retention;
}

/** The dated partitions of `table` (PostgreSQL catalog; none on SQLite). */
async function partitions(table: string): Promise<{ name: string; from: number; to: number }[]> {
  if (!PG) {
    const rows = await queryRows<{ name: string }>(
      srv.db.url,
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '${table}\\_%' ESCAPE '\\'`,
    );
    return rows.map((r) => ({ name: r.name, from: 0, to: 0 }));
  }
  const rows = await queryRows<{ name: string; bound: string }>(
    srv.db.url,
    `SELECT c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound FROM pg_inherits i
       JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '${table}'::regclass`,
  );
  return rows
    .filter((r) => r.bound !== 'DEFAULT')
    .map((r) => {
      const [, from, to] = /FROM \('?(-?\d+)'?\) TO \('?(-?\d+)'?\)/.exec(r.bound)!;
      return { name: r.name, from: Number(from), to: Number(to) };
    });
}

/** Which partition holds tracked event `id` (PostgreSQL), or the table's name. */
async function holder(id: string): Promise<string[]> {
  const rows = await queryRows<{ p: string }>(
    srv.db.url,
    PG
      ? `SELECT tableoid::regclass::text AS p FROM tracked_event WHERE id = '${id}'`
      : `SELECT 'tracked_event' AS p FROM tracked_event WHERE id = '${id}'`,
  );
  return rows.map((r) => r.p);
}

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['events:write', 'coupons:claim']);
});

describe(`time partitions (${DIALECT})`, () => {
  it('creates the partitions of the current span and the next ones ahead (PostgreSQL only)', async () => {
    await vi.waitFor(
      async () => {
        const t = now();
        for (const table of ['tracked_event', 'outbox_event']) {
          const parts = await partitions(table);
          expect(parts.length > 0).toBe(PG);
          if (parts.length === 0) continue;
          expect(parts.some((p) => p.from <= t && t < p.to)).toBe(true);
          expect(Math.max(...parts.map((p) => p.to))).toBeGreaterThanOrEqual(
            Math.floor(t / SPAN) * SPAN + AHEAD * SPAN,
          );
        }
      },
      { timeout: 15_000, interval: 250 },
    );
    expect((await counters()).partitionsCreated > 0).toBe(PG);
  });

  it('stores events whose time no partition covers, moves them in when the partition comes, and deduplicates by id alone', async () => {
    const t = now();
    const future = {
      id: 'pt-future',
      type: 'page.viewed',
      userId: 'pt-u',
      properties: { path: '/' },
      occurredAt: at(t + 5 * SPAN + 4),
    };
    const past = {
      id: 'pt-past',
      type: 'page.viewed',
      userId: 'pt-u',
      properties: { path: '/' },
      occurredAt: at(t - 40 * 86_400),
    };
    const first = await track(app, [future, past]);
    expect(first).toMatchObject({ accepted: 2, duplicates: 0, rejected: 0 });
    // a retry of the same ids, one with another time: both duplicates, nothing stored twice
    const retry = await track(app, [{ ...future, occurredAt: at(t) }, past]);
    expect(retry).toMatchObject({ accepted: 0, duplicates: 2, rejected: 0 });
    expect(await holder('pt-past')).toEqual([PG ? 'tracked_event_default' : 'tracked_event']);
    const before = await holder('pt-future');
    expect(before).toEqual([PG ? 'tracked_event_default' : 'tracked_event']);
    if (PG)
      // once the scheduler creates the partition of its time, the event is in it (moved, not copied)
      await vi.waitFor(
        async () => expect((await holder('pt-future'))[0]).toMatch(/^tracked_event_p\d{8}t\d{6}$/),
        { timeout: 30_000, interval: 250 },
      );
    expect(await holder('pt-future')).toHaveLength(1);
  }, 45_000);

  it('drops whole partitions past the window, counting their rows, and keeps the coupons', async () => {
    const tpl = (await createTemplate(staff, { name: 'partitions' })).id;
    const coupons: string[] = [];
    for (let i = 0; i < 4; i++) coupons.push(await claimOne(app, tpl, `pt-claim-${i}`));
    // a newer event in a later partition: the newest event is always kept, and with it its partition
    await new Promise((r) => setTimeout(r, SPAN * 1000 + 100));
    const newest = await claimOne(app, tpl, 'pt-claim-newest');
    const events = Array.from({ length: 6 }, (_, i) => ({
      id: `pt-now-${i}`,
      type: 'page.viewed',
      userId: `pt-user-${i}`,
      properties: { path: '/' },
    }));
    expect((await track(app, events)).accepted).toBe(events.length);
    const held = new Set((await Promise.all(events.map((e) => holder(e.id)))).flat());
    if (PG) for (const p of held) expect(p).toMatch(/^tracked_event_p/);
    const start = await counters();
    // raw events and coupon events go once their partitions are past the windows (and the dispatcher)
    await vi.waitFor(
      async () => {
        for (const e of events) expect(await holder(e.id)).toEqual([]);
        for (const c of coupons) expect((await staff.q(EVENT_LOG, { c })).couponEventLog).toEqual([]);
      },
      { timeout: 40_000, interval: 500 },
    );
    const end = await counters();
    expect(end.trackedEvents - start.trackedEvents).toBeGreaterThanOrEqual(events.length);
    expect(end.outboxEvents - start.outboxEvents).toBeGreaterThanOrEqual(coupons.length);
    expect(end.partitionsDropped > start.partitionsDropped).toBe(PG);
    if (PG) {
      const left = new Set((await partitions('tracked_event')).map((p) => p.name));
      for (const p of held) expect(left.has(p)).toBe(false);
    }
    expect((await staff.q(EVENT_LOG, { c: newest })).couponEventLog).toHaveLength(1);
    // the ledger stays
    for (const id of [...coupons, newest])
      expect((await staff.q(COUPON, { id })).coupon).toMatchObject({ id, status: 'AVAILABLE' });
  }, 60_000);
});
