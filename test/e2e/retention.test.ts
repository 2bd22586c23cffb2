// Retention end to end on a real server with windows of seconds: the scheduler purges old outbox
// events, raw tracked events and decision traces, and never what a pending delivery, a resumable
// subscription, an unexpired coupon, an order fact or a rollup needs; a subscriber resuming from a
// purged point gets the typed "resynchronise" error; metrics, LTV and experiment results are the same
// before and after the purge (and after a rebuild).
import { graphql } from '../support/gql-types';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { request } from 'undici';
import { countRows, queryRows } from '../support/db';
import type { GqlClient } from '../support/gql';
import { DIALECT, claimOne, createTemplate, iso } from '../support/server';
import { useServer } from '../support/fixture';
import { EventSubscriber, WebhookReceiver } from '../support/webhook-receiver';
import { createRule, publishRule, splitGraph, track, type TrackEvent } from './rules-support';

/** Two seconds, in days. */
const WINDOW_DAYS = String(2 / 86_400);
const srv = useServer({
  env: {
    OUTBOX_RETENTION_DAYS: WINDOW_DAYS,
    TRACKED_EVENT_RETENTION_DAYS: WINDOW_DAYS,
    RULE_TRACE_RETENTION_DAYS: WINDOW_DAYS,
    EVENTS_RESUME_WINDOW_SECONDS: '1',
    WEBHOOK_LOG_RETENTION_DAYS: '0',
    // the failed first attempt waits an hour: the delivery stays open for the whole test
    WEBHOOK_RETRY_SCHEDULE: '0,1h',
    WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    RETENTION_INTERVAL_SECONDS: '1',
    SCHEDULER_INTERVAL_MS: '200',
    RETENTION_CHUNK: '7',
    // PostgreSQL: one-second partitions, so that whole ones pass the window during the test
    PARTITION_SPAN_SECONDS: '1',
    PARTITION_AHEAD: '2',
    DISPATCH_POLL_MS: '20',
  },
});
let staff: GqlClient;
let app: GqlClient;
const receiver = new WebhookReceiver();
const subscribers: EventSubscriber[] = [];

const USERS = 60;
const HOUR = 3600;
const AMOUNT = 4_000;
const now = () => Math.floor(Date.now() / 1000);

const CREATE_ENDPOINT = graphql(`
  mutation RetentionCreateEndpoint($i: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $i) {
      endpoint {
        id
      }
    }
  }
`);
const COUPON = graphql(`
  query RetentionCoupon($id: ID!) {
    coupon(id: $id) {
      id
      status
    }
  }
`);
const EVENT_LOG = graphql(`
  query RetentionEventLog($a: SafeInt, $c: ID) {
    couponEventLog(afterId: $a, couponId: $c, first: 100) {
      id
      type
      couponId
    }
  }
`);
const METRICS = graphql(`
  query RetentionMetrics($s: MetricsScope!, $from: DateTime!, $to: DateTime!) {
    metrics(scope: $s, from: $from, to: $to) {
      allPaidOrders
      totals {
        issued
        claimed
        paidOrders
        couponOrders
        revenue
        margin
        newCustomers
      }
      daily {
        date
        issued
        paidOrders
        revenue
      }
    }
  }
`);
const LTV = graphql(`
  query RetentionLtv {
    ltv(groupBy: COHORT) {
      customers
      groups {
        key
        customers
      }
    }
  }
`);
const EXPERIMENT = graphql(`
  query RetentionExperiment($r: ID!, $w: Int) {
    experiment(ruleId: $r, windowSeconds: $w) {
      exposedUsers
      measuredUsers
      arms {
        arm
        users
        conversion
        revenuePerUser
      }
    }
  }
`);
const REBUILD = graphql(`
  mutation RetentionRebuild {
    rebuildMetrics {
      couponEvents
      orders
    }
  }
`);

interface Purged {
  outboxEvents: number;
  trackedEvents: number;
  ruleTraces: number;
  partitionsDropped: number;
  runs: number;
}
async function health(): Promise<{ retention: Purged | null }> {
  const res = await request(`${srv.server.url}/health`);
  return (await res.body.json()) as { retention: Purged | null };
}

describe(`retention (${DIALECT})`, () => {
  let ruleId: string;
  const kept: string[] = [];
  let pendingCoupon: string;
  let later: string;
  let pendingEventId: number;
  let before: { metrics: unknown; ltv: unknown; experiment: unknown; orderFacts: number; rollups: unknown };
  const wide = { from: iso(-3 * 86_400), to: iso(86_400) };

  const snapshot = async () => ({
    metrics: await staff.q(METRICS, { s: { kind: 'ALL' }, ...wide }),
    ltv: await staff.q(LTV),
    experiment: await staff.q(EXPERIMENT, { r: ruleId, w: 2 * HOUR }),
    orderFacts: (await countRows(srv.db.url, ['order_fact'])).order_fact,
    rollups: await queryRows(
      srv.db.url,
      // a scope's day summed over its slot rows (several on PostgreSQL; a rebuild writes slot 0)
      `SELECT scope_kind, scope_id, day, CAST(SUM(issued_claim) AS BIGINT) AS issued_claim,
         CAST(SUM(issued_rule) AS BIGINT) AS issued_rule, CAST(SUM(paid_orders) AS BIGINT) AS paid_orders,
         CAST(SUM(revenue) AS BIGINT) AS revenue
       FROM metric_daily GROUP BY scope_kind, scope_id, day ORDER BY scope_kind, scope_id, day`,
    ),
  });

  beforeAll(async () => {
    staff = srv.staff;
    app = await srv.withKey(['events:write', 'checkout', 'coupons:claim']);
    await receiver.start();
    receiver.responder = () => ({ status: 500 });
    // 1. coupons nobody's endpoint waits for: their events may go, the coupons stay
    const plain = (await createTemplate(staff, { name: 'retention plain' })).id;
    for (let i = 0; i < 12; i++) kept.push(await claimOne(app, plain, `r-plain-${i}`));
    // 2. a split rule, exposures 20 h ago, orders paid 19 h ago (order facts, rollups, traces)
    const ruleTemplate = (await createTemplate(staff, { name: 'retention rule', amount: 500 })).id;
    ruleId = await createRule(staff, splitGraph(ruleTemplate), 'EXPERIMENT');
    await publishRule(staff, ruleId);
    const viewedAt = new Date((now() - 20 * HOUR) * 1000).toISOString();
    const paidAt = new Date((now() - 19 * HOUR) * 1000).toISOString();
    const events: TrackEvent[] = [];
    for (let i = 0; i < USERS; i++)
      events.push({
        id: `r-view-${i}`,
        type: 'page.viewed',
        userId: `r-user-${i}`,
        occurredAt: viewedAt,
        properties: { path: '/' },
      });
    expect((await track(app, events)).accepted).toBe(USERS);
    const orders: TrackEvent[] = [];
    for (let i = 0; i < USERS; i += 3)
      orders.push({
        id: `r-paid-${i}`,
        type: 'order.paid',
        userId: `r-user-${i}`,
        occurredAt: paidAt,
        properties: { orderId: `r-order-${i}`, amount: AMOUNT, margin: 1000 },
      });
    expect((await track(app, orders)).accepted).toBe(orders.length);
    // 3. last, a coupon whose event an endpoint has not received yet (its attempt failed)
    const waited = (await createTemplate(staff, { name: 'retention pending' })).id;
    await staff.q(CREATE_ENDPOINT, { i: { url: `${receiver.url}/hook`, templateIds: [waited] } });
    // a second apart from the earlier events: on PostgreSQL the pending event starts its own partition
    await new Promise((r) => setTimeout(r, 1_100));
    pendingCoupon = await claimOne(app, waited, 'r-pending');
    const pendingAt = Date.now();
    await vi.waitFor(() => expect(receiver.received.length).toBeGreaterThan(0), { timeout: 15_000 });
    // a newer event, so that neither the window nor "keep the newest" is what keeps the pending one
    later = await claimOne(app, plain, 'r-plain-after');
    pendingEventId = (await staff.q(EVENT_LOG, { a: 0, c: pendingCoupon })).couponEventLog[0]!.id;
    before = await snapshot();
    // every kind is purged at least once
    await vi.waitFor(
      async () => {
        const r = (await health()).retention!;
        expect(r.outboxEvents).toBeGreaterThan(0);
        expect(r.trackedEvents).toBeGreaterThanOrEqual(USERS);
        expect(r.ruleTraces).toBeGreaterThan(0);
      },
      { timeout: 30_000, interval: 250 },
    );
    // and two more runs once the pending event is older than the window
    await new Promise((r) => setTimeout(r, Math.max(0, pendingAt + 3_500 - Date.now())));
    const runs = (await health()).retention!.runs;
    await vi.waitFor(async () => expect((await health()).retention!.runs).toBeGreaterThanOrEqual(runs + 2), {
      timeout: 15_000,
      interval: 250,
    });
  }, 90_000);

  afterAll(async () => {
    await Promise.all(subscribers.map((s) => s.close()));
    await receiver.close();
  });

  it('purges raw events and old outbox events, counting them on /health', async () => {
    const r = (await health()).retention!;
    expect(r.runs).toBeGreaterThan(0);
    // PostgreSQL drops whole (one-second) outbox partitions; SQLite deletes rows
    expect(r.partitionsDropped > 0).toBe(DIALECT === 'postgresql');
    expect((await countRows(srv.db.url, ['tracked_event'])).tracked_event).toBe(0);
    // the plain coupons' events are gone from the outbox
    for (const id of kept) expect((await staff.q(EVENT_LOG, { a: 0, c: id })).couponEventLog).toEqual([]);
    const traced = await queryRows<{ n: number }>(
      srv.db.url,
      `SELECT COUNT(*) AS n FROM rule_firing WHERE rule_id = '${ruleId}' AND trace <> '[]'`,
    );
    expect(Number(traced[0]!.n)).toBe(0);
  });

  it('keeps unexpired coupons (the ledger) and every firing', async () => {
    for (const id of kept)
      expect((await staff.q(COUPON, { id })).coupon).toMatchObject({ id, status: 'AVAILABLE' });
    expect(await countRows(srv.db.url, ['rule_firing', 'rule_exposure'])).toEqual({
      rule_firing: USERS,
      rule_exposure: USERS,
    });
  });

  it('keeps the event of a pending delivery, and every later one', async () => {
    const log = (await staff.q(EVENT_LOG, { a: 0, c: pendingCoupon })).couponEventLog;
    expect(log.map((e) => e.id)).toEqual([pendingEventId]);
    expect((await staff.q(EVENT_LOG, { a: 0, c: later })).couponEventLog).toHaveLength(1);
    const open = await queryRows<{ status: string; event_id: number }>(
      srv.db.url,
      `SELECT status, event_id FROM webhook_delivery`,
    );
    expect(open.map((d) => ({ status: d.status, eventId: Number(d.event_id) }))).toEqual([
      { status: 'PENDING', eventId: pendingEventId },
    ]);
    const oldest = await queryRows<{ m: number }>(srv.db.url, `SELECT MIN(id) AS m FROM outbox_event`);
    expect(Number(oldest[0]!.m)).toBe(pendingEventId);
  });

  it('keeps order facts and rollups: metrics, LTV and the experiment are the same, and after a rebuild', async () => {
    const after = await snapshot();
    expect(after).toEqual(before);
    const rebuilt = await staff.q(REBUILD);
    expect(rebuilt.rebuildMetrics.orders).toBe(before.orderFacts);
    expect(await snapshot()).toEqual(before);
  });

  it('answers a resume from a purged point with the typed resynchronise error; a later point resumes', async () => {
    const stale = new EventSubscriber(
      srv.server.url,
      { authorization: `Bearer ${srv.staffToken}` },
      { afterId: 0 },
    );
    subscribers.push(stale);
    await stale.waitFor((s) => s.errors.length > 0, 15_000, 'the resynchronise error');
    expect(stale.events).toEqual([]);
    expect(stale.errors[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'RESUME_WINDOW_EXCEEDED',
      field: 'afterId',
    });
    expect(Number(stale.errors[0]!.extensions!['purgedThroughId'])).toBeGreaterThanOrEqual(
      pendingEventId - 1,
    );
    const head = (await queryRows<{ m: number }>(srv.db.url, `SELECT MAX(id) AS m FROM outbox_event`))[0]!.m;
    const fresh = new EventSubscriber(
      srv.server.url,
      { authorization: `Bearer ${srv.staffToken}` },
      { afterId: Number(head) },
    );
    subscribers.push(fresh);
    const plain = (await createTemplate(staff, { name: 'retention live' })).id;
    const id = await claimOne(app, plain, 'r-live');
    await fresh.waitFor((s) => s.events.some((e) => e.couponId === id), 15_000, 'the live event');
    expect(fresh.errors).toEqual([]);
  });
});
