// Two server processes on one database (PostgreSQL + Redis under `pnpm test:pg`; one shared SQLite file
// otherwise), both dispatching: subscribers on one see events caused on the other, and webhooks go out
// once per row-attempt with nothing missing, even when one instance dies.
import { graphql } from '../support/gql-types';
import type { WebhookAttemptsQuery } from '../support/gql-types/graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GqlClient } from '../support/gql';
import {
  DIALECT,
  REDIS_URL,
  type RunningServer,
  type TestDatabase,
  adminToken,
  apiKey,
  claimOne,
  createTemplate,
  freshDatabase,
  startServer,
} from '../support/server';
import { EventSubscriber, WebhookReceiver } from '../support/webhook-receiver';

const ENV = {
  DISPATCH_POLL_MS: '20',
  WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
  WEBHOOK_RETRY_SCHEDULE: '0,200ms,500ms,1s,2s,2s,2s',
  WEBHOOK_TIMEOUT_MS: '2000',
  WEBHOOK_LEASE_GRACE_MS: '1000',
};

let db: TestDatabase;
let a: RunningServer;
let b: RunningServer;
let staffToken: string;
let appA: GqlClient;
let appB: GqlClient;
let staffA: GqlClient;
const receivers: WebhookReceiver[] = [];
const subscribers: EventSubscriber[] = [];

beforeAll(async () => {
  db = await freshDatabase();
  a = await startServer(db.url, ENV);
  b = await startServer(db.url, ENV); // after A: A has migrated the database
  const anonA = a.client(undefined, 64);
  staffToken = await adminToken(anonA);
  staffA = anonA.withToken(staffToken);
  const key = await apiKey(staffA, ['coupons:claim', 'checkout']);
  appA = anonA.withToken(key);
  appB = b.client(undefined, 64).withToken(key);
});

afterAll(async () => {
  await Promise.all(subscribers.map((s) => s.close()));
  await a?.stop();
  await b?.kill().catch(() => undefined);
  await Promise.all(receivers.map((r) => r.close()));
  await db?.drop();
});

/** Runs `total` tasks with at most `width` at a time. */
async function pool(total: number, width: number, task: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < total) await task(next++);
    }),
  );
}

async function latestEventId(): Promise<number> {
  let after = 0;
  for (let i = 0; i < 100_000; i++) {
    const r = await staffA.q(
      graphql(`
        query PartnersClusterCouponEventLog($a: SafeInt) {
          couponEventLog(afterId: $a, first: 100) {
            id
          }
        }
      `),
      { a: after },
    );
    if (r.couponEventLog.length === 0) return after;
    after = r.couponEventLog[r.couponEventLog.length - 1]!.id;
  }
  return after;
}

describe(`two server instances on one database (${DIALECT}${REDIS_URL ? ' + Redis' : ''})`, () => {
  it('a subscriber on B sees the events caused on A, in order, and one on A those caused on B', async () => {
    const t = await createTemplate(staffA);
    const probe = await createTemplate(staffA);
    const start = await latestEventId();
    const filter = { filter: { templateIds: [t.id, probe.id] } };
    const onB = new EventSubscriber(b.url, { authorization: `Bearer ${staffToken}` }, filter);
    const onA = new EventSubscriber(a.url, { authorization: `Bearer ${staffToken}` }, filter);
    subscribers.push(onA, onB);
    // live only (no afterId): both subscriptions are registered once each has received an event
    // caused after it was opened; claim probe coupons until they have
    let probes = 0;
    await vi.waitFor(
      async () => {
        await claimOne(appA, probe.id, `probe-${probes++}`);
        expect(onA.events.length > 0 && onB.events.length > 0).toBe(true);
      },
      { timeout: 20_000, interval: 100 },
    );
    const ofT = (s: EventSubscriber) => s.events.filter((e) => e.templateId === t.id);
    const fromA: string[] = [];
    const fromB: string[] = [];
    for (let i = 0; i < 10; i++) {
      fromA.push(await claimOne(appA, t.id, `x-a-${i}`));
      fromB.push(await claimOne(appB, t.id, `x-b-${i}`));
    }
    await onB.waitFor((s) => ofT(s).length >= 20, 20_000, '20 events on B');
    await onA.waitFor((s) => ofT(s).length >= 20, 20_000, '20 events on A');
    for (const s of [onA, onB]) {
      expect(s.errors).toEqual([]);
      expect(
        ofT(s)
          .map((e) => e.couponId)
          .sort(),
      ).toEqual([...fromA, ...fromB].sort());
      expect(s.events.every((e, i) => i === 0 || e.id > s.events[i - 1]!.id)).toBe(true);
      expect(s.events.every((e) => e.id > start)).toBe(true);
    }
    expect(ofT(onB).map((e) => e.id)).toEqual(ofT(onA).map((e) => e.id));
  });

  it('10 000 events each reach the webhook receiver: none missing, a repeat only as a logged retry of the same message', async () => {
    const r = new WebhookReceiver();
    receivers.push(r);
    await r.start();
    const templates = await Promise.all(Array.from({ length: 4 }, () => createTemplate(staffA)));
    const ids = templates.map((t) => t.id);
    const created = await staffA.q(
      graphql(`
        mutation PartnersClusterCreateWebhookEndpoint2($i: CreateWebhookEndpointInput!) {
          createWebhookEndpoint(input: $i) {
            secret
            endpoint {
              id
            }
          }
        }
      `),
      { i: { url: `${r.url}/ten-thousand`, templateIds: ids, maxConcurrency: 32 } },
    );
    r.secrets.set('s', created.createWebhookEndpoint.secret);
    const N = 10_000;
    await pool(N, 96, (i) => claimOne(i % 2 === 0 ? appA : appB, ids[i % ids.length]!, `tt-${i}`));
    await r.waitFor(
      () => new Set(r.received.map((x) => x.id)).size >= N,
      120_000,
      `${N} distinct webhook-ids`,
    );
    // Delivery is at least once: under load an attempt can outlast the 2 s send timeout here and be
    // sent again (it is then logged as a failed attempt); the receiver dedupes by webhook-id, so a
    // repeat must be the very same message. Wait until every delivery is recorded as succeeded.
    const perId = new Map<string, Set<string>>();
    for (const x of r.received) perId.set(x.id, new Set([...(perId.get(x.id) ?? []), x.body]));
    expect(perId.size).toBe(N);
    expect([...perId.values()].every((bodies) => bodies.size === 1)).toBe(true);
    expect(r.received.every((x) => x.verifiedWith.includes('s'))).toBe(true);
    expect(new Set(r.received.map((x) => x.payload.data.templateId))).toEqual(new Set(ids));
    // the delivery log agrees: every delivery succeeded (recorded just after its answer arrived)
    const readLog = () =>
      staffA.q(
        graphql(`
          query PartnersClusterWebhookAttempts($e: ID!) {
            webhookAttempts(endpointId: $e, first: 1) {
              totalCount
            }
            webhookDeliveries(endpointId: $e, status: SUCCEEDED, first: 1) {
              totalCount
            }
          }
        `),
        { e: created.createWebhookEndpoint.endpoint.id },
      );
    const log = await vi.waitFor(
      async () => {
        const l = await readLog();
        expect(l.webhookDeliveries.totalCount).toBe(N);
        return l;
      },
      { timeout: 30_000, interval: 200 },
    );
    // every request the receiver saw is an attempt in the log (a repeat follows a failed attempt)
    expect(log.webhookDeliveries.totalCount).toBe(N);
    expect(log.webhookAttempts.totalCount).toBeGreaterThanOrEqual(r.received.length);
    // and both instances did send: the log names the instance of each attempt
    const senders = new Map<string, number>();
    let after: string | null = null;
    for (let page = 0; page < 200; page++) {
      const p: WebhookAttemptsQuery = await staffA.q(
        graphql(`
          query WebhookAttempts($e: ID!, $after: String) {
            webhookAttempts(endpointId: $e, first: 100, after: $after) {
              nodes {
                instance
              }
              pageInfo {
                endCursor
                hasNextPage
              }
            }
          }
        `),
        { e: created.createWebhookEndpoint.endpoint.id, after },
      );
      for (const { instance } of p.webhookAttempts.nodes)
        senders.set(String(instance), (senders.get(String(instance)) ?? 0) + 1);
      if (!p.webhookAttempts.pageInfo.hasNextPage) break;
      after = p.webhookAttempts.pageInfo.endCursor;
    }
    expect([...senders.values()].reduce((x, y) => x + y, 0)).toBe(log.webhookAttempts.totalCount);
    const pids = new Set([...senders.keys()].map((k) => Number(k.split('-')[0])));
    // Every attempt was sent by one of the two instances. Which one is down to timing, not design:
    // whoever records a batch of results refills the endpoint's slots in the same transaction (on
    // PostgreSQL under the endpoint's row lock, which the other instance skips), so one instance may
    // well send everything. The next test shows the other one takes over when it dies.
    expect(pids.size).toBeGreaterThan(0);
    expect([...pids].every((pid) => pid === a.process.pid || pid === b.process.pid)).toBe(true);
  });

  it('when one instance dies mid-delivery the other delivers everything (repeats only with the same webhook-id)', async () => {
    const r = new WebhookReceiver();
    receivers.push(r);
    await r.start();
    r.responder = () => ({ status: 200, delayMs: 100 });
    const t = await createTemplate(staffA);
    const created = await staffA.q(
      graphql(`
        mutation PartnersClusterCreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {
          createWebhookEndpoint(input: $i) {
            secret
          }
        }
      `),
      { i: { url: `${r.url}/failover`, templateIds: [t.id], maxConcurrency: 8 } },
    );
    r.secrets.set('s', created.createWebhookEndpoint.secret);
    const coupons = new Set<string>();
    await pool(300, 32, async (i) => coupons.add(await claimOne(i % 2 === 0 ? appA : appB, t.id, `fo-${i}`)));
    await r.waitFor(() => r.received.length >= 40, 30_000, '40 deliveries');
    await b.kill();
    await r.waitFor(
      () => new Set(r.acked().map((x) => x.payload.data.couponId)).size >= coupons.size,
      60_000,
      'every coupon delivered by A',
    );
    const perId = new Map<string, Set<string>>();
    for (const x of r.received) perId.set(x.id, new Set([...(perId.get(x.id) ?? []), x.body]));
    expect(perId.size).toBe(300);
    expect([...perId.values()].every((bodies) => bodies.size === 1)).toBe(true); // a repeat is the same message
    expect(r.received.every((x) => x.verifiedWith.includes('s'))).toBe(true);
  });
});
