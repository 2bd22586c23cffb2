// Time-driven transitions and bulk issuance, against a real server with a fast scheduler.
import { graphql } from '../support/gql-types';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows } from '../support/db';
import type { GqlClient } from '../support/gql';
import { CLAIM, DIALECT, createTemplate, iso } from '../support/server';
import { useServer } from '../support/fixture';

const ENV = { SCHEDULER_INTERVAL_MS: '200', LOCK_TTL_SECONDS: '2' };
const srv = useServer({ env: ENV });
let staff: GqlClient;
let app: GqlClient;

async function connect() {
  staff = srv.staff;
  app = await srv.withKey(['coupons:claim', 'checkout']);
}

beforeAll(connect);

/** The scheduler runs every 200 ms: look again every 150 ms for up to 15 s. */
const SOON = { timeout: 15_000, interval: 150 };
const claim = (templateId: string, userId: string, key: string) =>
  app.q(CLAIM, { i: { templateId, userId, deviceId: `d-${userId}`, idempotencyKey: key } });
const coupon = (id: string) =>
  staff.q(
    graphql(`
      query LifecycleCoupon($id: ID!) {
        coupon(id: $id) {
          status
        }
      }
    `),
    { id },
  );

describe(`scheduler (${DIALECT})`, () => {
  it('expires unused coupons and returns their unit to the pool when the template says so', async () => {
    const t = await createTemplate(staff, { quotaTotal: 1, validForSeconds: 2, restoreOnExpiry: true });
    const first = await claim(t.id, 'e1', 'exp-1');
    if (first.claimCoupon.__typename !== 'ClaimSuccess') throw new Error('expected a coupon');
    expect((await claim(t.id, 'e2', 'exp-2')).claimCoupon).toMatchObject({ reason: 'SOLD_OUT' });
    const couponId = first.claimCoupon.coupon.id;
    await vi.waitFor(async () => expect((await coupon(couponId)).coupon.status).toBe('EXPIRED'), SOON);
    expect((await claim(t.id, 'e2', 'exp-3')).claimCoupon.__typename).toBe('ClaimSuccess');
    const log = await staff.q(
      graphql(`
        query LifecycleCouponEventLog($t: ID!) {
          couponEventLog(templateId: $t) {
            type
          }
        }
      `),
      { t: t.id },
    );
    expect(log.couponEventLog.map((e) => e.type)).toEqual([
      'COUPON_CLAIMED',
      'COUPON_EXPIRED',
      'COUPON_CLAIMED',
    ]);
  });

  it('releases scheduled quota batches on time', async () => {
    const t = await createTemplate(staff, {
      quotaTotal: 10,
      quotaBatches: [{ releaseAt: iso(2), units: 6 }],
    });
    const q = () =>
      staff.q(
        graphql(`
          query LifecycleTemplate($id: ID!) {
            template(id: $id) {
              quotaAvailable
              quotaBatches {
                releasedAt
              }
            }
          }
        `),
        { id: t.id },
      );
    expect((await q()).template).toMatchObject({ quotaAvailable: 4, quotaBatches: [{ releasedAt: null }] });
    const after = await vi.waitFor(async () => {
      const r = await q();
      expect(r.template.quotaAvailable).toBe(10);
      return r;
    }, SOON);
    expect(after.template.quotaBatches[0]!.releasedAt).not.toBeNull();
  });

  it('releases a lock that was neither confirmed nor released, with its budget reservation', async () => {
    const c = await staff.q(
      graphql(`
        mutation LifecycleCreateCampaign {
          createCampaign(input: { name: "locks", budget: 10000 }) {
            id
          }
        }
      `),
    );
    const t = await createTemplate(staff, { campaignId: c.createCampaign.id, amount: 500 });
    const r = await claim(t.id, 'l1', 'lock-1');
    if (r.claimCoupon.__typename !== 'ClaimSuccess') throw new Error('expected a coupon');
    const id = r.claimCoupon.coupon.id;
    await app.q(
      graphql(`
        mutation LifecycleLockCoupons($i: LockInput!) {
          lockCoupons(input: $i) {
            locked
          }
        }
      `),
      {
        i: {
          orderId: 'lapse-1',
          couponIds: [id],
          cart: { userId: 'l1', lines: [{ sku: 'x', unitPrice: 900, quantity: 1 }] },
        },
      },
    );
    expect((await coupon(id)).coupon.status).toBe('LOCKED');
    await vi.waitFor(async () => expect((await coupon(id)).coupon.status).toBe('AVAILABLE'), SOON);
    const camp = await staff.q(
      graphql(`
        query LifecycleCampaign($id: ID!) {
          campaign(id: $id) {
            reserved
          }
        }
      `),
      { id: c.createCampaign.id },
    );
    expect(camp.campaign.reserved).toBe(0);
    const redeem = await app.q(
      graphql(`
        mutation LifecycleRedeemOrder {
          redeemOrder(orderId: "lapse-1") {
            ok
            status
          }
        }
      `),
    );
    expect(redeem.redeemOrder).toEqual({ ok: false, status: 'RELEASED' });
  });
});

describe(`bulk issuance (${DIALECT})`, () => {
  const JOB = graphql(`
    query LifecycleBulkIssueJob($id: ID!) {
      bulkIssueJob(id: $id) {
        status
        total
        processed
        issued
        percent
        refusals {
          reason
          count
        }
      }
    }
  `);

  it('issues to a list as a job with progress, stopping at the quota', async () => {
    const t = await createTemplate(staff, { quotaTotal: 2500 });
    const userIds = Array.from({ length: 3000 }, (_, i) => `bulk-${i}`);
    const started = await staff.q(
      graphql(`
        mutation LifecycleStartBulkIssue($i: BulkIssueInput!) {
          startBulkIssue(input: $i) {
            id
            total
          }
        }
      `),
      { i: { templateId: t.id, userIds } },
    );
    expect(started.startBulkIssue.total).toBe(3000);
    const done = await vi.waitFor(
      async () => {
        const j = await staff.q(JOB, { id: started.startBulkIssue.id });
        expect(j.bulkIssueJob.status).toBe('DONE');
        return j;
      },
      { timeout: 60_000, interval: 150 },
    );
    expect(done.bulkIssueJob).toEqual({
      status: 'DONE',
      total: 3000,
      processed: 3000,
      issued: 2500,
      percent: 100,
      refusals: [{ reason: 'SOLD_OUT', count: 500 }],
    });
  });

  it('resumes after the server is killed mid-job and never issues twice', async () => {
    const t = await createTemplate(staff);
    const userIds = Array.from({ length: 40_000 }, (_, i) => `crash-${i}`);
    const started = await staff.q(
      graphql(`
        mutation StartBulkIssue($i: BulkIssueInput!) {
          startBulkIssue(input: $i) {
            id
          }
        }
      `),
      { i: { templateId: t.id, userIds } },
    );
    const jobId = started.startBulkIssue.id;
    const mid = await vi.waitFor(
      async () => {
        const j = await staff.q(JOB, { id: jobId });
        expect(j.bulkIssueJob.processed).toBeGreaterThanOrEqual(1000);
        return j;
      },
      { timeout: 60_000, interval: 150 },
    );
    expect(mid.bulkIssueJob.status).toBe('RUNNING');
    await srv.restart();
    await connect();
    const done = await vi.waitFor(
      async () => {
        const j = await staff.q(JOB, { id: jobId });
        expect(j.bulkIssueJob.status).toBe('DONE');
        return j;
      },
      { timeout: 120_000, interval: 150 },
    );
    expect(done.bulkIssueJob).toMatchObject({ status: 'DONE', processed: 40_000, issued: 40_000 });
    const [row] = await queryRows<{ n: number; users: number }>(
      srv.db.url,
      `SELECT COUNT(*) AS n, COUNT(DISTINCT user_id) AS users FROM coupon WHERE template_id = '${t.id}'`,
    );
    expect(Number(row!.n)).toBe(40_000);
    expect(Number(row!.users)).toBe(40_000);
  });
});
