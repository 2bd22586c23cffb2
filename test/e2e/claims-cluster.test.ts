// The claim concurrency cases against two server processes on one database, requests alternating
// between them, with quota buckets on from the first round (QUOTA_BUCKET_AUTO_AT=1; PostgreSQL: the
// template's quota is split over bucket rows and rounds on different buckets commit in parallel).
// Exact every time: never past the quota, an account or device limit; one coupon per idempotency key.
import { graphql } from '../support/gql-types';
import type { ClaimCouponMutation } from '../support/gql-types/graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { countRows, queryRows } from '../support/db';
import type { GqlClient } from '../support/gql';
import {
  CLAIM,
  DIALECT,
  type RunningServer,
  type TestDatabase,
  adminToken,
  apiKey,
  createTemplate,
  freshDatabase,
  iso,
  startServer,
} from '../support/server';

// Both instances run the scheduler (every 200 ms): expiry and batch releases side by side.
const ENV = { QUOTA_BUCKETS: '8', QUOTA_BUCKET_AUTO_AT: '1', SCHEDULER_INTERVAL_MS: '200' };
/** Look again every 150 ms for up to 15 s. */
const SOON = { timeout: 15_000, interval: 150 };

let db: TestDatabase;
let a: RunningServer;
let b: RunningServer;
let staffA: GqlClient;
let staffB: GqlClient;
let apps: GqlClient[];

beforeAll(async () => {
  db = await freshDatabase();
  a = await startServer(db.url, ENV);
  b = await startServer(db.url, ENV); // after A: A has migrated the database
  const anonA = a.client(undefined, 128);
  const token = await adminToken(anonA);
  staffA = anonA.withToken(token);
  staffB = b.client(undefined, 4).withToken(token);
  const key = await apiKey(staffA, ['coupons:claim']);
  apps = [anonA.withToken(key), b.client(undefined, 128).withToken(key)];
});

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await db?.drop();
});

/** Request i goes to instance i mod 2. */
const claim = (i: number, templateId: string, userId: string, deviceId: string, idempotencyKey: string) =>
  apps[i % 2]!.q(CLAIM, { i: { templateId, userId, deviceId, idempotencyKey } });

const tally = (results: ClaimCouponMutation[]) => {
  const out: Record<string, number> = {};
  for (const r of results) {
    const k = r.claimCoupon.__typename === 'ClaimSuccess' ? 'issued' : r.claimCoupon.reason;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
};

const TEMPLATE = graphql(`
  query ClusterTemplate($id: ID!) {
    template(id: $id) {
      quotaAvailable
      issuedCount
    }
  }
`);

const UPDATE_QUOTA = graphql(`
  mutation ClusterUpdateQuota($id: ID!, $quotaTotal: Int) {
    updateTemplate(id: $id, input: { quotaTotal: $quotaTotal }) {
      quotaAvailable
      issuedCount
    }
  }
`);

/** Both instances read the same figures. */
async function figures(templateId: string) {
  const [fromA, fromB] = await Promise.all([
    staffA.q(TEMPLATE, { id: templateId }),
    staffB.q(TEMPLATE, { id: templateId }),
  ]);
  expect(fromB.template).toEqual(fromA.template);
  return fromA.template;
}

/** Rows of the template's quota buckets (PostgreSQL; SQLite has none). */
async function buckets(templateId: string): Promise<{ remaining: number; issued: number }[]> {
  if (DIALECT !== 'postgresql') return [];
  return queryRows(
    db.url,
    `SELECT remaining, issued FROM quota_bucket WHERE template_id = '${templateId}' ORDER BY bucket_no`,
  );
}

describe(`claims across two server processes, quota buckets on (${DIALECT})`, () => {
  it('2 000 concurrent claims on a quota of 500 issue exactly 500', async () => {
    const t = await createTemplate(staffA, { quotaTotal: 500 });
    const before = await countRows(db.url, ['coupon']);
    const results = await Promise.all(
      Array.from({ length: 2000 }, (_, i) => claim(i, t.id, `u${i}`, `d${i}`, `k-quota-${i}`)),
    );
    expect(tally(results)).toEqual({ issued: 500, SOLD_OUT: 1500 });
    const ids = new Set(
      results.flatMap((r) => (r.claimCoupon.__typename === 'ClaimSuccess' ? [r.claimCoupon.coupon.id] : [])),
    );
    expect(ids.size).toBe(500);
    expect((await countRows(db.url, ['coupon'])).coupon).toBe(before.coupon + 500);
    expect(await figures(t.id)).toEqual({ quotaAvailable: 0, issuedCount: 500 });
    if (DIALECT === 'postgresql') {
      const rows = await buckets(t.id);
      expect(rows.length).toBe(8);
      expect(rows.every((r) => Number(r.remaining) === 0)).toBe(true);
      // bucket rounds issued some of them, in parallel with each other
      expect(rows.reduce((sum, r) => sum + Number(r.issued), 0)).toBeGreaterThan(0);
    }
  });

  it('200 concurrent claims by one account (different devices) with a limit of 1 issue exactly 1', async () => {
    const t = await createTemplate(staffA, { limitPerAccount: 1, quotaTotal: 10_000 });
    // split the quota first, so that the 200 are decided by bucket rounds
    await claim(0, t.id, 'opener', 'opener-dev', 'k-acct-opener');
    if (DIALECT === 'postgresql') expect((await buckets(t.id)).length).toBe(8);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => claim(i, t.id, 'same-user', `dev-${i}`, `k-acct-${i}`)),
    );
    expect(tally(results)).toEqual({ issued: 1, ACCOUNT_LIMIT: 199 });
    expect(await figures(t.id)).toEqual({ quotaAvailable: 9998, issuedCount: 2 });
  });

  it('one device across 50 accounts with a device limit of 3 issues 3', async () => {
    const t = await createTemplate(staffA, { limitPerDevice: 3, quotaTotal: 10_000 });
    await claim(0, t.id, 'opener', 'opener-dev', 'k-dev-opener');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => claim(i, t.id, `acct-${i}`, 'shared-device', `k-dev-${i}`)),
    );
    expect(tally(results)).toEqual({ issued: 3, DEVICE_LIMIT: 47 });
    expect(await figures(t.id)).toEqual({ quotaAvailable: 9996, issuedCount: 4 });
  });

  it('the same idempotency key 100 times on both instances issues once and replays the first result', async () => {
    const t = await createTemplate(staffA, { quotaTotal: 10_000 });
    await claim(0, t.id, 'opener', 'opener-dev', 'k-idem-opener');
    const before = await countRows(db.url, ['coupon']);
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => claim(i, t.id, 'idem-user', 'idem-dev', 'the-one-key')),
    );
    const ids = new Set(
      results.map((r) => (r.claimCoupon.__typename === 'ClaimSuccess' ? r.claimCoupon.coupon.id : 'refused')),
    );
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^cpn_/);
    expect(results.filter((r) => r.claimCoupon.replayed).length).toBe(99);
    expect((await countRows(db.url, ['coupon'])).coupon).toBe(before.coupon + 1);
    expect(await figures(t.id)).toEqual({ quotaAvailable: 9998, issuedCount: 2 });
  });

  it('a quota change takes the buckets back: the new total holds exactly', async () => {
    const t = await createTemplate(staffA, { quotaTotal: 300 });
    const first = await Promise.all(
      Array.from({ length: 100 }, (_, i) => claim(i, t.id, `q1-${i}`, `qd1-${i}`, `k-q1-${i}`)),
    );
    expect(tally(first)).toEqual({ issued: 100 });
    expect(await figures(t.id)).toEqual({ quotaAvailable: 200, issuedCount: 100 });
    // below what is issued: refused, nothing changes
    const low = await staffA.raw(UPDATE_QUOTA, { id: t.id, quotaTotal: 99 });
    expect(low.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await figures(t.id)).toEqual({ quotaAvailable: 200, issuedCount: 100 });
    const changed = await staffA.q(UPDATE_QUOTA, { id: t.id, quotaTotal: 250 });
    expect(changed.updateTemplate).toEqual({ quotaAvailable: 150, issuedCount: 100 });
    if (DIALECT === 'postgresql')
      expect((await buckets(t.id)).every((r) => Number(r.remaining) === 0)).toBe(true);
    const second = await Promise.all(
      Array.from({ length: 400 }, (_, i) => claim(i, t.id, `q2-${i}`, `qd2-${i}`, `k-q2-${i}`)),
    );
    expect(tally(second)).toEqual({ issued: 150, SOLD_OUT: 250 });
    expect(await figures(t.id)).toEqual({ quotaAvailable: 0, issuedCount: 250 });
    // unlimited: the buckets' issued counts stay in the template's
    const unlimited = await staffA.q(UPDATE_QUOTA, { id: t.id, quotaTotal: null });
    expect(unlimited.updateTemplate).toEqual({ quotaAvailable: null, issuedCount: 250 });
    expect(await figures(t.id)).toEqual({ quotaAvailable: null, issuedCount: 250 });
  });
  it('units restored on expiry come back to claims after the buckets ran dry', async () => {
    const t = await createTemplate(staffA, { quotaTotal: 16, validForSeconds: 2, restoreOnExpiry: true });
    const first = await Promise.all(
      Array.from({ length: 20 }, (_, i) => claim(i, t.id, `x1-${i}`, `xd1-${i}`, `k-x1-${i}`)),
    );
    expect(tally(first)).toEqual({ issued: 16, SOLD_OUT: 4 });
    if (DIALECT === 'postgresql') expect((await buckets(t.id)).length).toBe(8);
    await vi.waitFor(
      async () => expect(await figures(t.id)).toEqual({ quotaAvailable: 16, issuedCount: 16 }),
      SOON,
    );
    const second = await Promise.all(
      Array.from({ length: 20 }, (_, i) => claim(i, t.id, `x2-${i}`, `xd2-${i}`, `k-x2-${i}`)),
    );
    expect(tally(second)).toEqual({ issued: 16, SOLD_OUT: 4 });
    expect((await figures(t.id)).issuedCount).toBe(32);
  });

  it('a quota batch released while the buckets are empty is claimed exactly', async () => {
    const t = await createTemplate(staffA, {
      quotaTotal: 40,
      quotaBatches: [{ releaseAt: iso(3), units: 20 }],
    });
    const first = await Promise.all(
      Array.from({ length: 30 }, (_, i) => claim(i, t.id, `b1-${i}`, `bd1-${i}`, `k-b1-${i}`)),
    );
    expect(tally(first)).toEqual({ issued: 20, SOLD_OUT: 10 });
    expect(await figures(t.id)).toEqual({ quotaAvailable: 0, issuedCount: 20 });
    await vi.waitFor(async () => expect((await figures(t.id)).quotaAvailable).toBe(20), SOON);
    const second = await Promise.all(
      Array.from({ length: 30 }, (_, i) => claim(i, t.id, `b2-${i}`, `bd2-${i}`, `k-b2-${i}`)),
    );
    expect(tally(second)).toEqual({ issued: 20, SOLD_OUT: 10 });
    expect(await figures(t.id)).toEqual({ quotaAvailable: 0, issuedCount: 40 });
  });
  it('a campaign budget holds across buckets and instances, announced once', async () => {
    const c = await staffA.q(
      graphql(`
        mutation ClusterCreateCampaign {
          createCampaign(input: { name: "cluster budget", budget: 20000 }) {
            id
          }
        }
      `),
    );
    const t = await createTemplate(staffA, {
      campaignId: c.createCampaign.id,
      amount: 500,
      quotaTotal: 1000,
    });
    await claim(0, t.id, 'opener', 'opener-dev', 'k-budget-opener');
    if (DIALECT === 'postgresql') expect((await buckets(t.id)).length).toBe(8);
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => claim(i, t.id, `bg-${i}`, `bgd-${i}`, `k-bg-${i}`)),
    );
    // 20 000 of budget at 500 each: 40 coupons, the opener's among them
    expect(tally(results)).toEqual({ issued: 39, BUDGET_EXHAUSTED: 61 });
    expect(await figures(t.id)).toEqual({ quotaAvailable: 960, issuedCount: 40 });
    const events = await staffB.q(
      graphql(`
        query ClusterCouponEventLog($t: ID!) {
          couponEventLog(templateId: $t) {
            type
          }
        }
      `),
      { t: t.id },
    );
    expect(events.couponEventLog.filter((e) => e.type === 'BUDGET_EXHAUSTED').length).toBe(1);
  });
});
