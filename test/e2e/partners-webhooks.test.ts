// Signed webhooks against a real server process and a real HTTP receiver that verifies every request
// with the `standardwebhooks` library: retries and recovery, order per coupon, a crash mid-delivery,
// secret rotation, 410, Retry-After, dead-letter and replay, the delivery log, slow endpoints.
import { graphql } from '../support/gql-types';
import type { PartnersWebhooksCouponEventLog2Query } from '../support/gql-types/graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GqlClient } from '../support/gql';
import {
  DIALECT,
  type RunningServer,
  type TestDatabase,
  adminToken,
  apiKey,
  claimOne,
  createTemplate,
  freshDatabase,
  iso,
  startServer,
} from '../support/server';
import { useServer } from '../support/fixture';
import { type Received, WebhookReceiver } from '../support/webhook-receiver';

// a fast retry schedule (7 attempts over ~4.5 s) instead of the production 5 s .. 10 h one
const ENV = {
  DISPATCH_POLL_MS: '20',
  WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
  WEBHOOK_RETRY_SCHEDULE: '0,100ms,200ms,400ms,800ms,1s,2s',
  WEBHOOK_TIMEOUT_MS: '1500',
  WEBHOOK_LEASE_GRACE_MS: '1000',
};

const srv = useServer({ env: ENV, connections: 64 });
let staff: GqlClient;
let app: GqlClient;
const receivers: WebhookReceiver[] = [];
const extraServers: RunningServer[] = [];
const extraDbs: TestDatabase[] = [];

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['coupons:claim', 'checkout']);
});

afterAll(async () => {
  for (const s of extraServers) await s.kill().catch(() => undefined);
  await Promise.all(receivers.map((r) => r.close()));
  for (const d of extraDbs) await d.drop();
});

async function receiver(): Promise<WebhookReceiver> {
  const r = new WebhookReceiver();
  receivers.push(r);
  await r.start();
  await r.useSchemasOf(srv.server.url); // every body is checked against its published JSON Schema
  return r;
}

const CREATE = graphql(`
  mutation PartnersWebhooksCreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $i) {
      secret
      endpoint {
        id
        url
        enabled
        maxConcurrency
      }
    }
  }
`);

async function endpoint(
  client: GqlClient,
  r: WebhookReceiver,
  path: string,
  input: Record<string, unknown> = {},
  label = 'current',
) {
  const res = await client.q(CREATE, { i: { url: `${r.url}${path}`, ...input } });
  expect(res.createWebhookEndpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32,}$/);
  r.secrets.set(label, res.createWebhookEndpoint.secret);
  return { id: res.createWebhookEndpoint.endpoint.id, secret: res.createWebhookEndpoint.secret };
}

/** claimed, locked, redeemed: three events for one coupon, in that order. */
async function lifecycle(
  c: GqlClient,
  templateId: string,
  userId: string,
  orderId: string,
  merchantId: string | null = null,
): Promise<string> {
  const couponId = await claimOne(c, templateId, userId);
  const locked = await c.q(
    graphql(`
      mutation PartnersWebhooksLockCoupons($i: LockInput!) {
        lockCoupons(input: $i) {
          locked
        }
      }
    `),
    {
      i: {
        orderId,
        couponIds: [couponId],
        cart: { userId, merchantId, lines: [{ sku: 'sku-1', merchantId, unitPrice: 5000, quantity: 1 }] },
      },
    },
  );
  if (!locked.lockCoupons.locked) throw new Error(`coupon ${couponId} not locked`);
  await c.q(
    graphql(`
      mutation PartnersWebhooksRedeemOrder($o: ID!) {
        redeemOrder(orderId: $o) {
          ok
        }
      }
    `),
    { o: orderId },
  );
  return couponId;
}

type LoggedEvent = PartnersWebhooksCouponEventLog2Query['couponEventLog'][number];

async function eventLog(c: GqlClient, templateId: string): Promise<LoggedEvent[]> {
  const out: LoggedEvent[] = [];
  let after = 0;
  for (let i = 0; i < 10_000; i++) {
    const r = await c.q(
      graphql(`
        query PartnersWebhooksCouponEventLog2($a: SafeInt, $t: ID) {
          couponEventLog(afterId: $a, templateId: $t, first: 100) {
            id
            type
            couponId
            templateId
          }
        }
      `),
      {
        a: after,
        t: templateId,
      },
    );
    if (r.couponEventLog.length === 0) break;
    out.push(...r.couponEventLog);
    after = r.couponEventLog[r.couponEventLog.length - 1]!.id;
  }
  return out;
}

/** Every request verifies; an event is never sent before every earlier event of its coupon was acknowledged. */
function expectVerifiedAndOrdered(
  received: readonly Received[],
  events: readonly LoggedEvent[],
  label = 'current',
) {
  const perCoupon = new Map<string, number[]>();
  for (const e of events)
    if (e.couponId) perCoupon.set(e.couponId, [...(perCoupon.get(e.couponId) ?? []), e.id]);
  const acked = new Set<number>();
  for (const r of received) {
    expect(r.verifiedWith, `signature of ${r.id}`).toContain(label);
    expect(r.schemaErrors, `body of ${r.id} against /schemas/events/${r.payload.type}.json`).toEqual([]);
    expect(r.id).toBe(`msg_${r.payload.data.eventId}`);
    const earlier = (perCoupon.get(r.payload.data.couponId ?? '') ?? []).filter(
      (id) => id < r.payload.data.eventId,
    );
    for (const id of earlier)
      expect(acked.has(id), `event ${r.payload.data.eventId} sent before ${id} was acknowledged`).toBe(true);
    if (r.status >= 200 && r.status < 300) acked.add(r.payload.data.eventId);
  }
}

const ackedIds = (r: WebhookReceiver, path?: string) =>
  new Set(r.acked(path).map((x) => x.payload.data.eventId));

/** The `webhook.disabled` events in the event log that name endpoint `id` (how staff are told). */
async function disabledEvents(client: GqlClient, id: string): Promise<{ reason: string }[]> {
  /** The JSON payload of a `webhook.disabled` event (the schema types payloads as JSON). */
  type Disabled = { endpoint?: { id: string; reason: string } };
  const found: { reason: string }[] = [];
  for (let after = 0; ;) {
    const page = (
      await client.q(
        graphql(`
          query PartnersWebhooksCouponEventLog($a: SafeInt) {
            couponEventLog(afterId: $a, first: 100) {
              id
              type
              payload
            }
          }
        `),
        {
          a: after,
        },
      )
    ).couponEventLog;
    if (page.length === 0) return found;
    for (const e of page) {
      const payload = e.payload as Disabled;
      if (e.type === 'WEBHOOK_DISABLED' && payload.endpoint?.id === id)
        found.push({ reason: payload.endpoint.reason });
    }
    after = page[page.length - 1]!.id;
  }
}

describe(`signed webhooks (${DIALECT})`, () => {
  it('an endpoint failing with 500 for a while then recovering gets every event, verified, in order per coupon', async () => {
    const r = await receiver();
    const t = await createTemplate(staff);
    // the first 10 requests fail (counted, not timed: a busy machine must not skip the failures)
    r.responder = (_req, nth) =>
      nth < 10 ? { status: 500, body: 'down for maintenance' } : { status: 200, body: 'ok' };
    await endpoint(staff, r, '/recover', { templateIds: [t.id] });
    await Promise.all(
      Array.from({ length: 15 }, (_, i) => lifecycle(app, t.id, `rec-${i}`, `rec-order-${i}`)),
    );
    const events = await eventLog(staff, t.id);
    expect(events).toHaveLength(45);
    await r.waitFor(() => ackedIds(r).size >= events.length, 30_000, 'every event acknowledged');
    expect(ackedIds(r)).toEqual(new Set(events.map((e) => e.id)));
    expect(r.received.some((x) => x.status === 500)).toBe(true); // it really failed first
    expectVerifiedAndOrdered(r.received, events);
    // repeats only ever carry the same webhook-id and body as the first try
    const bodies = new Map<string, string>();
    for (const x of r.received) {
      const prev = bodies.get(x.id);
      if (prev) expect(JSON.parse(x.body)).toEqual(JSON.parse(prev));
      bodies.set(x.id, x.body);
    }
    const redeemed = r.acked().find((x) => x.payload.type === 'coupon.redeemed')!;
    expect(redeemed.payload).toMatchObject({
      type: 'coupon.redeemed',
      data: { templateId: t.id, couponId: expect.stringMatching(/^cpn_/) },
    });
    expect(Math.abs(redeemed.timestamp - Date.now() / 1000)).toBeLessThan(60);
  });

  it('killing the server mid-delivery loses nothing: a restarted server delivers every event', async () => {
    const kdb = await freshDatabase();
    extraDbs.push(kdb);
    let s1 = await startServer(kdb.url, ENV);
    extraServers.push(s1);
    const anon = s1.client(undefined, 64);
    const token = await adminToken(anon);
    const kstaff = anon.withToken(token);
    const kapp = anon.withToken(await apiKey(kstaff, ['coupons:claim', 'checkout']));
    const t = await createTemplate(kstaff);
    const r = await receiver();
    r.responder = () => ({ status: 200, delayMs: 150 });
    await endpoint(kstaff, r, '/crash', { maxConcurrency: 4 });
    // a storm of lifecycles; the server is killed while it runs and while deliveries are in flight
    const storm = Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => lifecycle(kapp, t.id, `k-${i}`, `k-order-${i}`)),
    );
    await r.waitFor(() => r.received.length >= 12, 30_000, '12 deliveries');
    await s1.kill();
    await storm;
    const before = r.received.length;
    s1 = await startServer(kdb.url, ENV);
    extraServers.push(s1);
    const staff2 = s1.client(undefined, 8).withToken(await adminToken(s1.client()));
    const events = await eventLog(staff2, t.id);
    expect(events.length).toBeGreaterThan(12);
    await r.waitFor(
      () => events.every((e) => ackedIds(r).has(e.id)),
      60_000,
      'every stored event acknowledged after the restart',
    );
    expect(r.received.length).toBeGreaterThan(before);
    expectVerifiedAndOrdered(r.received, events);
    // the attempts cut short by the crash are in the delivery log as abandoned, then retried
    await s1.stop();
  });

  it('after a secret rotation both signatures are sent during the overlap; after it only the new one', async () => {
    const r = await receiver();
    const t = await createTemplate(staff);
    const ep = await endpoint(staff, r, '/rotate', { templateIds: [t.id] }, 'old');
    await claimOne(app, t.id, 'rot-0');
    await r.waitFor(() => r.acked().length >= 1, 10_000, 'first delivery');
    expect(r.received[0]!.verifiedWith).toEqual(['old']);
    expect(r.received[0]!.signatures).toHaveLength(1);

    const rotated = await staff.q(
      graphql(`
        mutation PartnersWebhooksRotateWebhookSecret($id: ID!) {
          rotateWebhookSecret(id: $id, overlapSeconds: 3600) {
            secret
            previousSecretExpiresAt
          }
        }
      `),
      { id: ep.id },
    );
    expect(rotated.rotateWebhookSecret.secret).not.toBe(ep.secret);
    r.secrets.set('new', rotated.rotateWebhookSecret.secret);
    await claimOne(app, t.id, 'rot-1');
    await r.waitFor(() => r.acked().length >= 2, 10_000, 'second delivery');
    expect(r.received[1]!.signatures).toHaveLength(2);
    expect(r.received[1]!.verifiedWith.sort()).toEqual(['new', 'old']);
    // each signature alone verifies with its own secret
    for (const [label, secret] of [
      ['old', ep.secret],
      ['new', rotated.rotateWebhookSecret.secret],
    ] as const) {
      const { Webhook } = await import('standardwebhooks');
      const x = r.received[1]!;
      const sigs = x.signatures.filter((sig) => {
        try {
          new Webhook(secret).verify(x.body, {
            'webhook-id': x.id,
            'webhook-timestamp': String(x.timestamp),
            'webhook-signature': sig,
          });
          return true;
        } catch {
          return false;
        }
      });
      expect(sigs, label).toHaveLength(1);
    }

    await staff
      .q(
        graphql(`
          mutation RotateWebhookSecret($id: ID!) {
            rotateWebhookSecret(id: $id, overlapSeconds: 0) {
              secret
            }
          }
        `),
        { id: ep.id },
      )
      .then((x) => {
        r.secrets.set(
          'newest',
          (x as { rotateWebhookSecret: { secret: string } }).rotateWebhookSecret.secret,
        );
      });
    await claimOne(app, t.id, 'rot-2');
    await r.waitFor(() => r.acked().length >= 3, 10_000, 'third delivery');
    expect(r.received[2]!.verifiedWith).toEqual(['newest']);
    // the secret is never readable again
    const read = await staff.raw(`query($id: ID!) { webhookEndpoint(id: $id) { secret } }`, { id: ep.id });
    expect(read.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('410 Gone disables the endpoint; enabling it again delivers what waited', async () => {
    const r = await receiver();
    const t = await createTemplate(staff);
    let gone = true;
    r.responder = () => (gone ? { status: 410, body: 'gone' } : { status: 200 });
    const ep = await endpoint(staff, r, '/gone', { templateIds: [t.id] });
    const first = await claimOne(app, t.id, 'gone-0');
    await r.waitFor(() => r.received.length >= 1, 10_000, 'the 410');
    const q = graphql(`
      query PartnersWebhooksWebhookEndpoint2($id: ID!) {
        webhookEndpoint(id: $id) {
          enabled
          disabledReason
          disabledAt
        }
      }
    `);
    await vi.waitFor(
      async () =>
        expect((await staff.q(q, { id: ep.id })).webhookEndpoint).toMatchObject({
          enabled: false,
          disabledReason: expect.stringMatching(/^GONE/),
        }),
      { timeout: 15_000, interval: 50 },
    );
    expect(await disabledEvents(staff, ep.id)).toEqual([{ reason: expect.stringMatching(/^GONE/) }]);
    await Promise.all([claimOne(app, t.id, 'gone-1'), claimOne(app, t.id, 'gone-2')]);
    // proves an absence: a delivery to an enabled endpoint arrives within ~100 ms; none may come in 800
    await new Promise((res) => setTimeout(res, 800));
    expect(r.received).toHaveLength(1); // nothing goes to a disabled endpoint
    gone = false;
    await staff.q(
      graphql(`
        mutation PartnersWebhooksUpdateWebhookEndpoint($id: ID!) {
          updateWebhookEndpoint(id: $id, input: { enabled: true }) {
            enabled
          }
        }
      `),
      { id: ep.id },
    );
    await r.waitFor(() => r.acked().length >= 1, 10_000, 'the waiting delivery');
    // proves an absence: any other delivery would follow the first within 500 ms
    await new Promise((res) => setTimeout(res, 500));
    // what was queued before the 410 waited and went out; events while disabled were not queued
    // (a partner catches up on those with replayWebhookDeliveries(onlyFailed: false))
    expect(r.acked().map((x) => x.payload.data.couponId)).toEqual([first]);
  });

  it('honours Retry-After on 429 and 503', async () => {
    const r = await receiver();
    const t = await createTemplate(staff);
    r.responder = (_req, n) => (n === 0 ? { status: 429, headers: { 'retry-after': '2' } } : { status: 200 });
    await endpoint(staff, r, '/slowdown', { templateIds: [t.id] });
    await claimOne(app, t.id, 'ra-0');
    await r.waitFor(() => r.acked().length >= 1, 15_000, 'the retry');
    expect(r.received).toHaveLength(2);
    expect(r.received[1]!.at - r.received[0]!.at).toBeGreaterThanOrEqual(1900); // the schedule alone says 100 ms
    expect(r.received[1]!.id).toBe(r.received[0]!.id);
  });

  it('dead-letters after the schedule, logs every attempt, and replays one delivery or a time range', async () => {
    const r = await receiver();
    const t = await createTemplate(staff);
    let down = true;
    const big = 'b'.repeat(100_000);
    r.responder = () => (down ? { status: 503, body: `boom ${big}` } : { status: 200, body: 'thanks' });
    const ep = await endpoint(staff, r, '/dead', { templateIds: [t.id] });
    const from = iso(-5);
    await Promise.all(Array.from({ length: 4 }, (_, i) => claimOne(app, t.id, `dead-${i}`)));
    const deliveries = graphql(`
      query WebhookDeliveries($e: ID!, $s: WebhookDeliveryStatus) {
        webhookDeliveries(endpointId: $e, status: $s, first: 100) {
          totalCount
          nodes {
            id
            eventId
            status
            attempts
            webhookId
            lastStatusCode
            lastError
            replayOf
          }
        }
      }
    `);
    const dead = await vi.waitFor(
      async () => {
        const d = await staff.q(deliveries, { e: ep.id, s: 'DEAD' });
        expect(d.webhookDeliveries.totalCount).toBe(4);
        expect(d.webhookDeliveries.nodes).toHaveLength(4);
        return d;
      },
      { timeout: 40_000, interval: 50 },
    );
    for (const d of dead.webhookDeliveries.nodes)
      expect(d).toMatchObject({ status: 'DEAD', attempts: 7, lastStatusCode: 503 });
    expect(r.received).toHaveLength(28);

    // the delivery log: status codes, latency, capped response excerpts
    const one = dead.webhookDeliveries.nodes[0]!;
    const attempts = await staff.q(
      graphql(`
        query PartnersWebhooksWebhookAttempts3($e: ID!, $d: ID) {
          webhookAttempts(endpointId: $e, deliveryId: $d, first: 100) {
            totalCount
            nodes {
              attempt
              outcome
              statusCode
              durationMs
              responseExcerpt
            }
          }
        }
      `),
      { e: ep.id, d: one.id },
    );
    expect(attempts.webhookAttempts.totalCount).toBe(7);
    expect(attempts.webhookAttempts.nodes.map((a) => a.attempt)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    for (const a of attempts.webhookAttempts.nodes) {
      expect(a).toMatchObject({ outcome: 'HTTP_ERROR', statusCode: 503 });
      expect(a.durationMs).toBeGreaterThanOrEqual(0);
      expect(a.responseExcerpt?.startsWith('boom bbb')).toBe(true);
      expect(Buffer.byteLength(a.responseExcerpt ?? '')).toBeLessThanOrEqual(1024);
    }
    // retries were spaced by the schedule (100 ms, 200 ms, 400 ms, ... with ±10 % jitter)
    const times = r.received.filter((x) => x.id === one.webhookId).map((x) => x.at);
    const gaps = times.slice(1).map((x, i) => x - times[i]!);
    [100, 200, 400, 800, 1000, 2000].forEach((step, i) =>
      expect(gaps[i]!).toBeGreaterThanOrEqual(step * 0.85),
    );

    down = false;
    const replayed = await staff.q(
      graphql(`
        mutation PartnersWebhooksReplayWebhookDelivery($id: ID!) {
          replayWebhookDelivery(id: $id) {
            id
            status
            webhookId
            replayOf
          }
        }
      `),
      {
        id: one.id,
      },
    );
    expect(replayed.replayWebhookDelivery).toMatchObject({ webhookId: one.webhookId, replayOf: one.id });
    await r.waitFor(() => r.acked().length >= 1, 10_000, 'the replay');
    expect(r.acked()[0]!.id).toBe(one.webhookId);

    const range = await staff.q(
      graphql(`
        mutation ReplayWebhookDeliveries($i: ReplayWebhookDeliveriesInput!) {
          replayWebhookDeliveries(input: $i) {
            queued
          }
        }
      `),
      {
        i: { endpointId: ep.id, from, to: iso(60) },
      },
    );
    expect(range.replayWebhookDeliveries.queued).toBe(3); // the one replayed already succeeded
    await r.waitFor(() => ackedIds(r).size >= 4, 10_000, 'the range replay');
    expect(new Set(r.acked().map((x) => x.id))).toEqual(
      new Set(dead.webhookDeliveries.nodes.map((d) => d.webhookId)),
    );
    // the dead deliveries stay in the log; each replay is a new delivery that points at the one it replays
    // (an attempt is recorded just after its answer arrives: wait for the last ones to be written)
    const succeeded = await vi.waitFor(
      async () => {
        const d = await staff.q(deliveries, { e: ep.id, s: 'SUCCEEDED' });
        expect(d.webhookDeliveries.totalCount).toBe(4);
        return d;
      },
      { timeout: 15_000, interval: 50 },
    );
    expect(succeeded.webhookDeliveries.nodes.every((d) => d.replayOf !== null)).toBe(true);
    expect((await staff.q(deliveries, { e: ep.id, s: 'DEAD' })).webhookDeliveries.totalCount).toBe(4);
  });

  it('a slow endpoint never delays another, and never has more requests in flight than its limit', async () => {
    const slow = await receiver();
    const fast = await receiver();
    const t = await createTemplate(staff);
    slow.responder = () => ({ status: 200, delayMs: 1000 });
    fast.responder = () => ({ status: 200 });
    const slowEp = await endpoint(staff, slow, '/slow', { templateIds: [t.id], maxConcurrency: 2 });
    await endpoint(staff, fast, '/fast', { templateIds: [t.id] });
    const started = Date.now();
    await Promise.all(Array.from({ length: 20 }, (_, i) => claimOne(app, t.id, `slow-${i}`)));
    await fast.waitFor(() => fast.acked().length >= 20, 10_000, 'the fast endpoint');
    const fastDone = Date.now() - started;
    expect(fastDone).toBeLessThan(3000);
    expect(slow.acked().length).toBeLessThan(10); // 2 at a time, 1 s each
    await slow.waitFor(() => slow.acked().length >= 20, 30_000, 'the slow endpoint');
    expect(slow.maxConcurrent.get('/slow')).toBe(2);

    // timeouts are attempts too: a receiver that never answers in time is logged as TIMEOUT and retried
    slow.responder = (_req, n) => (n === 20 ? { status: 504, delayMs: 5000 } : { status: 200 });
    await claimOne(app, t.id, 'slow-timeout');
    await slow.waitFor(() => slow.acked().length >= 21, 20_000, 'the retry after a timeout');
    const log = await staff.q(
      graphql(`
        query PartnersWebhooksWebhookAttempts2($e: ID!) {
          webhookAttempts(endpointId: $e, first: 5) {
            nodes {
              outcome
              durationMs
              error
            }
          }
        }
      `),
      { e: slowEp.id },
    );
    const timeout = log.webhookAttempts.nodes.find((a) => a.outcome === 'TIMEOUT')!;
    expect(timeout).toBeDefined();
    expect(timeout.durationMs).toBeGreaterThanOrEqual(1400);
  });

  it('does not follow redirects', async () => {
    const r = await receiver();
    const target = await receiver();
    const t = await createTemplate(staff);
    r.responder = () => ({ status: 302, headers: { location: `${target.url}/elsewhere` } });
    const ep = await endpoint(staff, r, '/moved', { templateIds: [t.id] });
    await claimOne(app, t.id, 'redir-0');
    await r.waitFor(() => r.received.length >= 2, 10_000, 'a retry');
    expect(target.received).toHaveLength(0);
    const log = await staff.q(
      graphql(`
        query PartnersWebhooksWebhookAttempts($e: ID!) {
          webhookAttempts(endpointId: $e, first: 1) {
            nodes {
              outcome
              statusCode
              error
            }
          }
        }
      `),
      { e: ep.id },
    );
    expect(log.webhookAttempts.nodes[0]).toMatchObject({
      outcome: 'HTTP_ERROR',
      statusCode: 302,
      error: expect.stringContaining('not followed'),
    });
    await staff.q(
      graphql(`
        mutation DeleteWebhookEndpoint($id: ID!) {
          deleteWebhookEndpoint(id: $id)
        }
      `),
      { id: ep.id },
    );
  });

  it('filters by event type, and a partner-key endpoint gets only its own merchants', async () => {
    const r = await receiver();
    const tA = await createTemplate(staff, { scope: { merchantIds: ['wm-a'] } });
    const tB = await createTemplate(staff, { scope: { merchantIds: ['wm-b'] } });
    const partnerA = srv.server
      .client(undefined, 4)
      .withToken(await apiKey(staff, ['events:read'], ['wm-a']));
    await endpoint(partnerA, r, '/partner-a');
    await endpoint(staff, r, '/redeemed-only', {
      eventTypes: ['COUPON_REDEEMED'],
      templateIds: [tA.id, tB.id],
    });
    const forbidden = await partnerA.raw(CREATE, { i: { url: `${r.url}/x`, merchantIds: ['wm-b'] } });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await partnerA.q(
      graphql(`
        query PartnersWebhooksWebhookEndpoints {
          webhookEndpoints(first: 10) {
            totalCount
          }
        }
      `),
    );
    expect(listed.webhookEndpoints.totalCount).toBe(1); // a partner sees only its own endpoints

    await Promise.all([
      lifecycle(app, tA.id, 'pf-a', 'pf-order-a', 'wm-a'),
      lifecycle(app, tB.id, 'pf-b', 'pf-order-b', 'wm-b'),
      claimOne(app, tA.id, 'pf-a2'),
    ]);
    await r.waitFor(
      () => r.acked('/partner-a').length >= 4 && r.acked('/redeemed-only').length >= 2,
      10_000,
      'filtered deliveries',
    );
    // proves an absence: a delivery the filters should have stopped would arrive within 500 ms
    await new Promise((res) => setTimeout(res, 500));
    expect(r.acked('/partner-a').map((x) => x.payload.data.merchantId)).toEqual([
      'wm-a',
      'wm-a',
      'wm-a',
      'wm-a',
    ]);
    expect(r.acked('/redeemed-only').map((x) => x.payload.type)).toEqual([
      'coupon.redeemed',
      'coupon.redeemed',
    ]);
    for (const x of r.received) expect(x.schemaErrors, `body of ${x.id}`).toEqual([]);

    // the partner pulls what its endpoint got over GraphQL: its merchant's events only, typed
    const pulled = await partnerA.q(
      graphql(`
        query PartnersWebhooksPull($after: SafeInt, $types: [String!]) {
          couponEventLog(afterId: $after, eventTypes: $types, first: 100) {
            id
            eventType
            merchantId
            data {
              __typename
              eventId
              couponId
              ... on CouponIssuedData {
                code
                validUntil
              }
              ... on CouponRedeemedData {
                orderId
                discount
              }
            }
          }
        }
      `),
      { after: 0, types: ['coupon.claimed', 'coupon.redeemed'] },
    );
    const mine = pulled.couponEventLog;
    expect(mine.length).toBeGreaterThanOrEqual(3);
    expect(new Set(mine.map((e) => e.merchantId))).toEqual(new Set(['wm-a']));
    expect(new Set(mine.map((e) => e.eventType))).toEqual(new Set(['coupon.claimed', 'coupon.redeemed']));
    for (const e of mine) {
      expect(e.data.eventId).toBe(e.id);
      if (e.data.__typename === 'CouponIssuedData') expect(e.data.validUntil).toMatch(/Z$/);
      else if (e.data.__typename === 'CouponRedeemedData') expect(e.data.orderId).toBe('pf-order-a');
      else throw new Error(`unexpected ${e.data.__typename}`);
    }
    // the same events as the webhook bodies, field for field
    const bodies = new Map(r.acked('/partner-a').map((x) => [x.payload.data.eventId, x.payload]));
    const redeemed = mine.find((e) => e.eventType === 'coupon.redeemed')!;
    expect(bodies.get(redeemed.id)).toMatchObject({
      type: 'coupon.redeemed',
      data: { eventId: redeemed.id, couponId: redeemed.data.couponId, orderId: 'pf-order-a' },
    });
    const unknown = await partnerA.raw(
      graphql(`
        query PartnersWebhooksPullBad {
          couponEventLog(eventTypes: ["coupon.exploded"]) {
            id
          }
        }
      `),
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventTypes[0]' });
  });

  it('sends a test event of every type, signed and matching its published schema; only to endpoints one manages', async () => {
    const r = await receiver();
    const ep = await endpoint(staff, r, '/test-events');
    const TEST = graphql(`
      mutation PartnersWebhooksSendTest($id: ID!, $type: String!) {
        sendTestWebhookEvent(endpointId: $id, eventType: $type) {
          webhookId
          eventType
          outcome
          statusCode
          body
        }
      }
    `);
    const index = (await (await fetch(`${srv.server.url}/schemas/events/`)).json()) as {
      eventTypes: { name: string }[];
    };
    expect(index.eventTypes.length).toBeGreaterThanOrEqual(12);
    for (const { name } of index.eventTypes) {
      const res = await staff.q(TEST, { id: ep.id, type: name });
      expect(res.sendTestWebhookEvent).toMatchObject({
        eventType: name,
        outcome: 'SUCCEEDED',
        statusCode: 204,
      });
      expect(res.sendTestWebhookEvent.webhookId).toMatch(/^msg_test_/);
    }
    expect(r.received).toHaveLength(index.eventTypes.length);
    for (const x of r.received) {
      expect(x.verifiedWith, `signature of ${x.id}`).toEqual(['current']);
      expect(x.schemaErrors, `body of ${x.payload.type}`).toEqual([]);
      expect(x.payload.data.eventId).toBe(0);
    }
    expect(r.received.map((x) => x.payload.type)).toEqual(index.eventTypes.map((t) => t.name));
    // an unknown type is bad input; another key's endpoint is not found; nothing is sent
    const bad = await staff.raw(TEST, { id: ep.id, type: 'coupon.exploded' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventType' });
    const partner = srv.server.client(undefined, 2).withToken(await apiKey(staff, ['events:read'], ['wm-z']));
    const foreign = await partner.raw(TEST, { id: ep.id, type: 'coupon.claimed' });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_FOUND' });
    expect(r.received).toHaveLength(index.eventTypes.length);
  });

  it('an endpoint failing for longer than the configured period is disabled and staff can see why', async () => {
    const ddb = await freshDatabase();
    extraDbs.push(ddb);
    const s = await startServer(ddb.url, {
      ...ENV,
      WEBHOOK_DISABLE_AFTER_SECONDS: '1',
      WEBHOOK_RETRY_SCHEDULE: '0,300ms,300ms,300ms,300ms,300ms,300ms,300ms,300ms',
    });
    extraServers.push(s);
    const anon = s.client(undefined, 8);
    const st = anon.withToken(await adminToken(anon));
    const ap = anon.withToken(await apiKey(st, ['coupons:claim']));
    const r = await receiver();
    r.responder = () => ({ status: 500 });
    const ep = await endpoint(st, r, '/failing');
    const t = await createTemplate(st);
    await claimOne(ap, t.id, 'fail-0');
    const q = graphql(`
      query PartnersWebhooksWebhookEndpoint($id: ID!) {
        webhookEndpoint(id: $id) {
          enabled
          disabledReason
          failingSince
        }
      }
    `);
    await vi.waitFor(
      async () =>
        expect((await st.q(q, { id: ep.id })).webhookEndpoint).toMatchObject({
          enabled: false,
          disabledReason: expect.stringMatching(/^FAILING/),
        }),
      { timeout: 30_000, interval: 50 },
    );
    expect(s.logs.join('')).toContain('webhook endpoint disabled');
    expect(await disabledEvents(st, ep.id)).toEqual([{ reason: expect.stringMatching(/^FAILING/) }]);
    const n = r.received.length;
    // proves an absence: retries come every 300 ms; none may come in 700 ms once disabled
    await new Promise((res) => setTimeout(res, 700));
    expect(r.received.length).toBe(n); // no more attempts once disabled
    await s.stop();
  });

  it('the dispatcher, the delivery pumps, the hub and the log purge logged no error all along', () => {
    const failures = srv.server.logs
      .join('')
      .split('\n')
      .filter((l) => l.includes('"level":50') && l.includes('"msg":"events:'));
    expect(failures).toEqual([]);
    expect(srv.server.logs.join('')).not.toContain('purging the delivery log failed');
  });
});
