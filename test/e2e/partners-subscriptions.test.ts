// Coupon events over graphql-ws against a real server process: filters, merchant isolation, resume.
import { createServer, type Socket, connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql } from '../support/gql-types';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GqlClient } from '../support/gql';
import { DIALECT, claimOne, createTemplate } from '../support/server';
import { useServer } from '../support/fixture';
import { COUPON_EVENTS, type CouponEventMsg, EventSubscriber } from '../support/webhook-receiver';

const srv = useServer({ env: { DISPATCH_POLL_MS: '20' }, connections: 64 });
let staff: GqlClient;
let app: GqlClient;
let staffToken: string;
let keyA: string;
let keyB: string;
let tA: string;
let tB: string;
let tP: string;
const subscribers: EventSubscriber[] = [];

beforeAll(async () => {
  staffToken = srv.staffToken;
  staff = srv.staff;
  app = await srv.withKey(['coupons:claim', 'checkout']);
  keyA = await srv.key(['events:read'], ['m-a']);
  keyB = await srv.key(['events:read'], ['m-b']);
  tA = (await createTemplate(staff, { scope: { merchantIds: ['m-a'] } })).id;
  tB = (await createTemplate(staff, { scope: { merchantIds: ['m-b'] } })).id;
  tP = (await createTemplate(staff)).id;
});

afterAll(async () => {
  await Promise.all(subscribers.map((s) => s.close()));
});

const subscribe = (token: string | undefined, variables: Record<string, unknown> = {}) => {
  const s = new EventSubscriber(
    srv.server.url,
    token ? { authorization: `Bearer ${token}` } : undefined,
    variables,
  );
  subscribers.push(s);
  return s;
};

const claim = (templateId: string, userId: string) => claimOne(app, templateId, userId);

async function lock(couponId: string, userId: string, orderId: string, merchantId: string | null) {
  const r = await app.q(
    graphql(`
      mutation PartnersSubscriptionsLockCoupons($i: LockInput!) {
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
  expect(r.lockCoupons.locked).toBe(true);
}

/** The id of the newest event so far: subscribing after it misses nothing that follows. */
async function head(): Promise<number> {
  let after = 0;
  for (let i = 0; i < 10_000; i++) {
    const r = await staff.q(
      graphql(`
        query PartnersSubscriptionsCouponEventLog2($a: SafeInt) {
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

/** Every stored event (staff log) matching a predicate, in id order. */
async function log(
  afterId: number,
  keep: (e: {
    id: number;
    type: string;
    templateId: string | null;
    merchantId: string | null;
    couponId: string | null;
  }) => boolean,
) {
  const out: { id: number; type: string; couponId: string | null }[] = [];
  let after = afterId;
  for (let i = 0; i < 10_000; i++) {
    const r = await staff.q(
      graphql(`
        query PartnersSubscriptionsCouponEventLog($a: SafeInt) {
          couponEventLog(afterId: $a, first: 100) {
            id
            type
            templateId
            merchantId
            couponId
          }
        }
      `),
      { a: after },
    );
    if (r.couponEventLog.length === 0) break;
    out.push(...r.couponEventLog.filter(keep));
    after = r.couponEventLog[r.couponEventLog.length - 1]!.id;
  }
  return out;
}

const strictlyIncreasing = (events: CouponEventMsg[]) =>
  events.every((e, i) => i === 0 || e.id > events[i - 1]!.id);

describe(`coupon events over graphql-ws (${DIALECT})`, () => {
  it('delivers claimed, locked and redeemed events for its filter, in order, and none outside it', async () => {
    const start = await head();
    const sub = subscribe(staffToken, {
      afterId: start,
      filter: { types: ['COUPON_CLAIMED', 'COUPON_LOCKED', 'COUPON_REDEEMED'], templateIds: [tA] },
    });
    const expected = new Map<string, string[]>();
    await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const user = `f-user-${i}`;
        const couponId = await claim(tA, user);
        await lock(couponId, user, `f-order-${i}`, 'm-a');
        if (i % 2 === 0) {
          await app.q(
            graphql(`
              mutation PartnersSubscriptionsRedeemOrder($o: ID!) {
                redeemOrder(orderId: $o) {
                  ok
                }
              }
            `),
            { o: `f-order-${i}` },
          );
          expected.set(couponId, ['COUPON_CLAIMED', 'COUPON_LOCKED', 'COUPON_REDEEMED']);
        } else {
          await app.q(
            graphql(`
              mutation ReleaseOrder($o: ID!) {
                releaseOrder(orderId: $o) {
                  status
                }
              }
            `),
            { o: `f-order-${i}` },
          );
          expected.set(couponId, ['COUPON_CLAIMED', 'COUPON_LOCKED']); // released is outside the filter
        }
        // noise outside the filter: other templates
        await claim(tB, user);
        await claim(tP, user);
      }),
    );
    const total = [...expected.values()].reduce((n, t) => n + t.length, 0);
    await sub.waitFor((s) => s.events.length >= total, 30_000, `${total} events`);
    // proves an absence: an event outside the filter would show up within 500 ms
    await new Promise((r) => setTimeout(r, 500));
    expect(sub.errors).toEqual([]);
    expect(sub.events).toHaveLength(total);
    expect(strictlyIncreasing(sub.events)).toBe(true);
    for (const e of sub.events) {
      expect(e.templateId).toBe(tA);
      expect(['COUPON_CLAIMED', 'COUPON_LOCKED', 'COUPON_REDEEMED']).toContain(e.type);
      expect(e.merchantId).toBe('m-a');
    }
    const byCoupon = new Map<string, string[]>();
    for (const e of sub.events) byCoupon.set(e.couponId!, [...(byCoupon.get(e.couponId!) ?? []), e.type]);
    expect(byCoupon).toEqual(expected);
    // the payload is the event's own
    const claimed = sub.events.find((e) => e.type === 'COUPON_CLAIMED')!;
    expect(claimed.payload).toMatchObject({
      type: 'coupon.claimed',
      coupon: { id: claimed.couponId, status: 'AVAILABLE', templateId: tA },
    });
  });

  it('a partner key sees only its merchants: never another merchant or platform-wide events', async () => {
    const start = await head();
    const a = subscribe(keyA, { afterId: start });
    const b = subscribe(keyB, { afterId: start });
    const everything = subscribe(staffToken, { afterId: start });
    const made = { a: 0, b: 0, p: 0 };
    await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        await claim(tA, `iso-${i}`);
        made.a++;
        await claim(tB, `iso-${i}`);
        made.b++;
        await claim(tP, `iso-${i}`);
        made.p++;
      }),
    );
    await everything.waitFor((s) => s.events.length >= 30, 30_000, 'all 30 events');
    await a.waitFor((s) => s.events.length >= made.a, 30_000, 'merchant A events');
    await b.waitFor((s) => s.events.length >= made.b, 30_000, 'merchant B events');
    // proves an absence: another merchant's event would show up within 500 ms
    await new Promise((r) => setTimeout(r, 500));
    expect(a.events.map((e) => e.merchantId)).toEqual(new Array(10).fill('m-a'));
    expect(b.events.map((e) => e.merchantId)).toEqual(new Array(10).fill('m-b'));
    expect(new Set(a.events.map((e) => e.templateId))).toEqual(new Set([tA]));
    expect(everything.events).toHaveLength(30);

    // asking for another merchant's events is refused, not silently empty
    const sneaky = subscribe(keyA, { filter: { merchantIds: ['m-b'] } });
    await sneaky.waitFor((s) => s.errors.length > 0, 10_000, 'an error');
    expect(sneaky.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(sneaky.events).toEqual([]);
  });

  it('reconnecting with the last id seen resumes without a gap or a duplicate, while events keep coming', async () => {
    const start = await head();
    const tR = (await createTemplate(staff)).id;
    const filter = { templateIds: [tR] };
    let producing = true;
    let made = 0;
    const producer = (async () => {
      for (let i = 0; producing && i < 2000; i++) {
        await Promise.all(Array.from({ length: 3 }, (_, j) => claim(tR, `r-${i}-${j}`)));
        made += 3;
        await new Promise((r) => setTimeout(r, 10)); // paces the producer; waits for nothing
      }
    })();
    const first = subscribe(staffToken, { afterId: start, filter });
    await first.waitFor((s) => s.events.length >= 20, 30_000, '20 events');
    await first.close();
    const seen = [...first.events];
    // events pile up while disconnected
    const madeAtClose = made;
    await vi.waitFor(() => expect(made).toBeGreaterThanOrEqual(madeAtClose + 30), { timeout: 10_000 });
    const second = subscribe(staffToken, { afterId: seen[seen.length - 1]!.id, filter });
    await second.waitFor((s) => s.events.length >= 40, 30_000, '40 more events');
    producing = false;
    await producer;
    const total = made;
    await second.waitFor((s) => seen.length + s.events.length >= total, 30_000, `all ${total} events`);
    const all = [...seen, ...second.events];
    const stored = await log(start, (e) => e.templateId === tR);
    expect(stored).toHaveLength(total);
    expect(all.map((e) => e.id)).toEqual(stored.map((e) => e.id));
    expect(second.errors).toEqual([]);
  });

  it('revoking a partner key ends its live subscriptions with UNAUTHENTICATED', async () => {
    const created = await staff.q(
      graphql(`
        mutation PartnersSubscriptionsCreateApiKey {
          createApiKey(input: { name: "to revoke", scopes: [EVENTS_READ], merchantIds: ["m-a"] }) {
            key
            apiKey {
              id
            }
          }
        }
      `),
    );
    const sub = subscribe(created.createApiKey.key, { afterId: await head() });
    await claim(tA, 'revoke-0');
    await sub.waitFor((s) => s.events.length >= 1, 10_000, 'an event before the revocation');
    await staff.q(
      graphql(`
        mutation RevokeApiKey($id: ID!) {
          revokeApiKey(id: $id) {
            revokedAt
          }
        }
      `),
      {
        id: created.createApiKey.apiKey.id,
      },
    );
    await sub.waitFor((s) => s.errors.length > 0, 15_000, 'the subscription to end');
    expect(sub.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await claim(tA, 'revoke-1');
    // proves an absence: an event on a live subscription arrives within 300 ms; none may come now
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.events).toHaveLength(1);
  });

  it('a subscriber on the same connection as another gets the same events (fan-out)', async () => {
    const start = await head();
    const subs = Array.from({ length: 25 }, () =>
      subscribe(keyA, { afterId: start, filter: { types: ['COUPON_CLAIMED'] } }),
    );
    await Promise.all(Array.from({ length: 8 }, (_, i) => claim(tA, `fan-${i}`)));
    for (const s of subs) await s.waitFor((x) => x.events.length >= 8, 30_000, 'fan-out');
    const ids = subs[0]!.events.map((e) => e.id);
    for (const s of subs) expect(s.events.map((e) => e.id)).toEqual(ids);
  });

  it('graphql-ws with automatic retry and the README recipe loses nothing and doubles nothing across dropped connections', async () => {
    // a TCP proxy in front of the server: cutting its sockets drops the client's connection abruptly
    const sockets = new Set<Socket>();
    const proxy = createServer((inbound) => {
      const outbound = connect(srv.server.port, '127.0.0.1');
      for (const s of [inbound, outbound]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => undefined);
      }
      inbound.pipe(outbound).pipe(inbound);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as AddressInfo).port;
    const start = await head();
    const tR = (await createTemplate(staff)).id;

    // the recipe (README, "Subscriptions"): one variables object, its afterId moved on with every
    // event; graphql-ws sends the subscription's payload again on each reconnect, so it resumes there
    const variables: { filter: { templateIds: string[] }; afterId: number } = {
      filter: { templateIds: [tR] },
      afterId: start,
    };
    const got: CouponEventMsg[] = [];
    const errors: unknown[] = [];
    let connects = 0;
    const client = createClient({
      url: `ws://127.0.0.1:${port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: () => ({ authorization: `Bearer ${staffToken}` }),
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: () => new Promise((r) => setTimeout(r, 100)),
      on: { connected: () => void connects++ },
    });
    const dispose = client.subscribe<{ couponEvents: CouponEventMsg }>(
      { query: COUPON_EVENTS.toString(), variables },
      {
        next: (r) => {
          if (r.errors) errors.push(...r.errors);
          if (r.data?.couponEvents) {
            got.push(r.data.couponEvents);
            variables.afterId = r.data.couponEvents.id;
          }
        },
        error: (e) => errors.push(e),
        complete: () => undefined,
      },
    );
    try {
      let producing = true;
      let made = 0;
      const producer = (async () => {
        for (let i = 0; producing && i < 2000; i++) {
          await Promise.all(Array.from({ length: 3 }, (_, j) => claim(tR, `retry-${i}-${j}`)));
          made += 3;
          await new Promise((r) => setTimeout(r, 10));
        }
      })();
      for (let drop = 1; drop <= 3; drop++) {
        const before = got.length;
        await vi.waitFor(() => expect(got.length).toBeGreaterThanOrEqual(before + 15), { timeout: 20_000 });
        for (const s of sockets) s.destroy(); // the server side of the connection goes away mid-stream
        const madeAtDrop = made;
        await vi.waitFor(() => expect(made).toBeGreaterThanOrEqual(madeAtDrop + 15), { timeout: 10_000 });
      }
      await vi.waitFor(() => expect(got.length).toBeGreaterThanOrEqual(made - 3), { timeout: 20_000 });
      producing = false;
      await producer;
      const stored = await log(start, (e) => e.templateId === tR);
      expect(stored).toHaveLength(made);
      await vi.waitFor(() => expect(got.length).toBeGreaterThanOrEqual(stored.length), { timeout: 20_000 });
      await new Promise((r) => setTimeout(r, 300)); // a duplicate would arrive meanwhile
      expect(errors).toEqual([]);
      expect(connects).toBeGreaterThanOrEqual(4); // it really reconnected after each drop
      expect(got.map((e) => e.id)).toEqual(stored.map((e) => e.id));
    } finally {
      dispose();
      await client.dispose();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });

  it('an afterId newer than the newest event is a typed error at once, not a stall', async () => {
    const newest = await head();
    const s = subscribe(staffToken, { afterId: newest + 1000 });
    await s.waitFor((x) => x.errors.length > 0, 10_000, 'an error');
    expect(s.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'afterId',
      reason: 'AFTER_ID_AHEAD',
      newestId: expect.any(Number),
    });
    expect(s.events).toEqual([]);
    // the newest id itself resumes fine (nothing newer yet)
    const ok = subscribe(staffToken, { afterId: newest });
    await new Promise((r) => setTimeout(r, 300));
    expect(ok.errors).toEqual([]);
  });
});
