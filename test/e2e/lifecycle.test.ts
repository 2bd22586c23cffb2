// Time-driven transitions and bulk issuance, against a real server with a fast scheduler.
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../support/db';
import type { GqlClient } from '../support/gql';
import { CLAIM, type ClaimData, DIALECT, createTemplate, iso } from '../support/server';
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > until) return v;
    await sleep(150);
  }
}
const claim = (templateId: string, userId: string, key: string) =>
  app.q<ClaimData>(CLAIM, { i: { templateId, userId, deviceId: `d-${userId}`, idempotencyKey: key } });
const coupon = (id: string) =>
  staff.q<{ coupon: { status: string } }>(`query($id: ID!) { coupon(id: $id) { status } }`, { id });

describe(`scheduler (${DIALECT})`, () => {
  it('expires unused coupons and returns their unit to the pool when the template says so', async () => {
    const t = await createTemplate(staff, { quotaTotal: 1, validForSeconds: 2, restoreOnExpiry: true });
    const first = await claim(t.id, 'e1', 'exp-1');
    if (first.claimCoupon.__typename !== 'ClaimSuccess') throw new Error('expected a coupon');
    expect((await claim(t.id, 'e2', 'exp-2')).claimCoupon).toMatchObject({ reason: 'SOLD_OUT' });
    const expired = await eventually(
      () => coupon(first.claimCoupon.__typename === 'ClaimSuccess' ? first.claimCoupon.coupon.id : ''),
      (c) => c.coupon.status === 'EXPIRED',
    );
    expect(expired.coupon.status).toBe('EXPIRED');
    expect((await claim(t.id, 'e2', 'exp-3')).claimCoupon.__typename).toBe('ClaimSuccess');
    const log = await staff.q<{ couponEventLog: { type: string }[] }>(
      `query($t: ID!) { couponEventLog(templateId: $t) { type } }`,
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
      staff.q<{ template: { quotaAvailable: number; quotaBatches: { releasedAt: string | null }[] } }>(
        `query($id: ID!) { template(id: $id) { quotaAvailable quotaBatches { releasedAt } } }`,
        { id: t.id },
      );
    expect((await q()).template).toMatchObject({ quotaAvailable: 4, quotaBatches: [{ releasedAt: null }] });
    const after = await eventually(q, (r) => r.template.quotaAvailable === 10);
    expect(after.template.quotaAvailable).toBe(10);
    expect(after.template.quotaBatches[0]!.releasedAt).not.toBeNull();
  });

  it('releases a lock that was neither confirmed nor released, with its budget reservation', async () => {
    const c = await staff.q<{ createCampaign: { id: string } }>(
      `mutation { createCampaign(input: { name: "locks", budget: 10000 }) { id } }`,
    );
    const t = await createTemplate(staff, { campaignId: c.createCampaign.id, amount: 500 });
    const r = await claim(t.id, 'l1', 'lock-1');
    if (r.claimCoupon.__typename !== 'ClaimSuccess') throw new Error('expected a coupon');
    const id = r.claimCoupon.coupon.id;
    await app.q(`mutation($i: LockInput!) { lockCoupons(input: $i) { locked } }`, {
      i: {
        orderId: 'lapse-1',
        couponIds: [id],
        cart: { userId: 'l1', lines: [{ sku: 'x', unitPrice: 900, quantity: 1 }] },
      },
    });
    expect((await coupon(id)).coupon.status).toBe('LOCKED');
    const back = await eventually(
      () => coupon(id),
      (x) => x.coupon.status === 'AVAILABLE',
    );
    expect(back.coupon.status).toBe('AVAILABLE');
    const camp = await staff.q<{ campaign: { reserved: number } }>(
      `query($id: ID!) { campaign(id: $id) { reserved } }`,
      { id: c.createCampaign.id },
    );
    expect(camp.campaign.reserved).toBe(0);
    const redeem = await app.q<{ redeemOrder: { ok: boolean; status: string } }>(
      `mutation { redeemOrder(orderId: "lapse-1") { ok status } }`,
    );
    expect(redeem.redeemOrder).toEqual({ ok: false, status: 'RELEASED' });
  });
});

describe(`bulk issuance (${DIALECT})`, () => {
  const JOB = `query($id: ID!) { bulkIssueJob(id: $id) { status total processed issued percent refusals { reason count } } }`;
  type Job = {
    bulkIssueJob: {
      status: string;
      total: number;
      processed: number;
      issued: number;
      percent: number;
      refusals: { reason: string; count: number }[];
    };
  };

  it('issues to a list as a job with progress, stopping at the quota', async () => {
    const t = await createTemplate(staff, { quotaTotal: 2500 });
    const userIds = Array.from({ length: 3000 }, (_, i) => `bulk-${i}`);
    const started = await staff.q<{ startBulkIssue: { id: string; total: number } }>(
      `mutation($i: BulkIssueInput!) { startBulkIssue(input: $i) { id total } }`,
      { i: { templateId: t.id, userIds } },
    );
    expect(started.startBulkIssue.total).toBe(3000);
    const done = await eventually(
      () => staff.q<Job>(JOB, { id: started.startBulkIssue.id }),
      (j) => j.bulkIssueJob.status === 'DONE',
      60_000,
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
    const started = await staff.q<{ startBulkIssue: { id: string } }>(
      `mutation($i: BulkIssueInput!) { startBulkIssue(input: $i) { id } }`,
      { i: { templateId: t.id, userIds } },
    );
    const jobId = started.startBulkIssue.id;
    const mid = await eventually(
      () => staff.q<Job>(JOB, { id: jobId }),
      (j) => j.bulkIssueJob.processed >= 1000,
      60_000,
    );
    expect(mid.bulkIssueJob.status).toBe('RUNNING');
    await srv.restart();
    await connect();
    const done = await eventually(
      () => staff.q<Job>(JOB, { id: jobId }),
      (j) => j.bulkIssueJob.status === 'DONE',
      120_000,
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
