// Webhook leases after a crash (issue 15, item 16): the deliveries a killed instance had in flight are
// taken over as soon as it is known dead (its heartbeat stops, or on this host its process is gone),
// not when their leases (delivery timeout + grace, 25 s by default) run out.
import { afterAll, describe, expect, it } from 'vitest';
import {
  DIALECT,
  type RunningServer,
  adminToken,
  apiKey,
  claimOne,
  createTemplate,
  freshDatabase,
  startServer,
} from '../support/server';
import { WebhookReceiver } from '../support/webhook-receiver';

// the default delivery timeout (15 s) and a lease grace of 2 minutes: a lease then runs 135 s, so
// deliveries that go out within a minute of the kill can only have been taken over, however long the
// next instance takes to start on a loaded host
const LEASE_MS = 15_000 + 120_000;
const ENV = {
  DISPATCH_POLL_MS: '20',
  WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
  WEBHOOK_LEASE_GRACE_MS: String(LEASE_MS - 15_000),
};
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c().catch(() => undefined);
});

describe(`webhook leases after a crash (${DIALECT})`, () => {
  it("a killed instance's in-flight deliveries go out from the next instance within seconds", async () => {
    const db = await freshDatabase();
    cleanup.push(db.drop);
    const r = new WebhookReceiver();
    await r.start();
    cleanup.push(() => r.close());
    let hang = true;
    // while `hang`, requests are held for a minute (the instance sending them dies meanwhile)
    r.responder = () => (hang ? { status: 200, delayMs: 60_000 } : { status: 200 });

    const b = await startServer(db.url, ENV);
    cleanup.push(() => b.kill());
    const anon = b.client();
    const staffToken = await adminToken(anon);
    const staff = anon.withToken(staffToken);
    const app = anon.withToken(await apiKey(staff, ['coupons:claim']));
    const t = await createTemplate(staff);
    const created = await staff.raw(
      `mutation ($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret } }`,
      { i: { url: `${r.url}/crash`, templateIds: [t.id], maxConcurrency: 4 } },
    );
    r.secrets.set(
      's',
      (created.data as { createWebhookEndpoint: { secret: string } }).createWebhookEndpoint.secret,
    );
    const coupons = new Set<string>();
    for (let i = 0; i < 12; i++) coupons.add(await claimOne(app, t.id, `crash-${i}`));
    await r.waitFor(() => r.received.length >= 4, 20_000, '4 deliveries in flight on B');
    expect(r.received.length).toBe(4); // the endpoint's concurrency: B holds every slot

    await b.kill(); // no cleanup: its leases stay in the database
    hang = false;
    const killedAt = Date.now();
    const a: RunningServer = await startServer(db.url, ENV);
    cleanup.push(() => a.stop());
    const delivered = () => new Set(r.acked().map((x) => x.payload.data.couponId)).size;
    // B's leases were taken before the kill: without the takeover nothing of B's could go out before
    // they end. A's start-up (about 3 s on a quiet host, longer on a loaded one) counts against
    // the deadline, which is why it is a minute, less than half the leases' 135 s.
    await r.waitFor(() => delivered() >= coupons.size, 60_000, 'every coupon delivered by A');
    expect(Date.now() - killedAt).toBeLessThan(LEASE_MS / 2);
    expect(a.logs.join('')).toContain('took over the webhook leases of dead instances');
    // a repeat is the same message under the same webhook-id (at-least-once; receivers dedupe by id)
    const perId = new Map<string, Set<string>>();
    for (const x of r.received) perId.set(x.id, new Set([...(perId.get(x.id) ?? []), x.body]));
    expect(perId.size).toBe(12);
    expect([...perId.values()].every((bodies) => bodies.size === 1)).toBe(true);
  });
});
