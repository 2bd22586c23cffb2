// Claiming under concurrency against a real server process: never past the quota or any limit.
import { graphql } from '../support/gql-types';
import type { ClaimCouponMutation } from '../support/gql-types/graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../support/db';
import type { GqlClient } from '../support/gql';
import {
  CLAIM,
  DIALECT,
  DAY,
  adminToken,
  apiKey,
  createTemplate,
  freshDatabase,
  iso,
  startServer,
} from '../support/server';
import { useServer } from '../support/fixture';

const srv = useServer({ connections: 256 });
let staff: GqlClient;
let app: GqlClient;

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['coupons:claim', 'checkout']);
});

const claim = (
  templateId: string,
  userId: string,
  deviceId: string,
  idempotencyKey: string,
  extra: Record<string, unknown> = {},
) => app.q(CLAIM, { i: { templateId, userId, deviceId, idempotencyKey, ...extra } });

const tally = (results: ClaimCouponMutation[]) => {
  const out: Record<string, number> = {};
  for (const r of results) {
    const k = r.claimCoupon.__typename === 'ClaimSuccess' ? 'issued' : r.claimCoupon.reason;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
};

describe(`claims under concurrency (${DIALECT})`, () => {
  it('2 000 concurrent claims on a quota of 500 issue exactly 500', async () => {
    const t = await createTemplate(staff, { quotaTotal: 500 });
    const results = await Promise.all(
      Array.from({ length: 2000 }, (_, i) => claim(t.id, `u${i}`, `d${i}`, `k-quota-${i}`)),
    );
    expect(tally(results)).toEqual({ issued: 500, SOLD_OUT: 1500 });
    const ids = new Set(
      results.flatMap((r) => (r.claimCoupon.__typename === 'ClaimSuccess' ? [r.claimCoupon.coupon.id] : [])),
    );
    expect(ids.size).toBe(500);
    const tpl = await staff.q(
      graphql(`
        query ClaimsTemplate($id: ID!) {
          template(id: $id) {
            quotaAvailable
            issuedCount
          }
        }
      `),
      { id: t.id },
    );
    expect(tpl.template).toEqual({ quotaAvailable: 0, issuedCount: 500 });
  });

  it('200 concurrent claims by one account (different devices) with a limit of 1 issue exactly 1', async () => {
    const t = await createTemplate(staff, { limitPerAccount: 1 });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => claim(t.id, 'same-user', `dev-${i}`, `k-acct-${i}`)),
    );
    expect(tally(results)).toEqual({ issued: 1, ACCOUNT_LIMIT: 199 });
  });

  it('one device across 50 accounts with a device limit of 3 issues 3', async () => {
    const t = await createTemplate(staff, { limitPerDevice: 3 });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => claim(t.id, `acct-${i}`, 'shared-device', `k-dev-${i}`)),
    );
    expect(tally(results)).toEqual({ issued: 3, DEVICE_LIMIT: 47 });
  });

  it('the web cookie is limited like a device', async () => {
    const t = await createTemplate(staff, { limitPerDevice: 1 });
    const a = await claim(t.id, 'web-1', 'browser-a', 'k-cookie-1', { cookieId: 'cookie-1' });
    const b = await claim(t.id, 'web-2', 'browser-b', 'k-cookie-2', { cookieId: 'cookie-1' });
    expect(a.claimCoupon.__typename).toBe('ClaimSuccess');
    expect(b.claimCoupon).toMatchObject({ reason: 'DEVICE_LIMIT' });
  });

  it('the same idempotency key 100 times concurrently issues once and replays the first result', async () => {
    const t = await createTemplate(staff);
    const before = await countRows(srv.db.url, ['coupon']);
    const results = await Promise.all(
      Array.from({ length: 100 }, () => claim(t.id, 'idem-user', 'idem-dev', 'the-one-key')),
    );
    const ids = new Set(
      results.map((r) => (r.claimCoupon.__typename === 'ClaimSuccess' ? r.claimCoupon.coupon.id : 'refused')),
    );
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^cpn_/);
    expect(results.filter((r) => r.claimCoupon.replayed).length).toBe(99);
    expect((await countRows(srv.db.url, ['coupon'])).coupon).toBe(before.coupon + 1);
    // later, sequentially: still the stored result
    const again = await claim(t.id, 'idem-user', 'idem-dev', 'the-one-key');
    expect(again.claimCoupon).toMatchObject({ __typename: 'ClaimSuccess', replayed: true });
  });

  it('a replayed refusal is the first refusal, and a key reused with other input is an error', async () => {
    const t = await createTemplate(staff, { quotaTotal: 0 });
    const first = await claim(t.id, 'r-user', 'r-dev', 'refused-key');
    expect(first.claimCoupon).toMatchObject({ reason: 'SOLD_OUT', replayed: false });
    const replay = await claim(t.id, 'r-user', 'r-dev', 'refused-key');
    expect(replay.claimCoupon).toMatchObject({ reason: 'SOLD_OUT', replayed: true });
    const other = await app.raw(CLAIM, {
      i: { templateId: t.id, userId: 'someone-else', deviceId: 'r-dev', idempotencyKey: 'refused-key' },
    });
    expect(other.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('frequency limits: ONCE, DAILY and AFTER_USE', async () => {
    const once = await createTemplate(staff, { limitFrequency: 'ONCE' });
    expect((await claim(once.id, 'f1', 'fd1', 'once-1')).claimCoupon.__typename).toBe('ClaimSuccess');
    expect((await claim(once.id, 'f1', 'fd1', 'once-2')).claimCoupon).toMatchObject({
      reason: 'ACCOUNT_LIMIT',
    });
    const daily = await createTemplate(staff, { limitFrequency: 'DAILY' });
    expect((await claim(daily.id, 'f1', 'fd1', 'daily-1')).claimCoupon.__typename).toBe('ClaimSuccess');
    expect((await claim(daily.id, 'f1', 'fd1', 'daily-2')).claimCoupon).toMatchObject({
      reason: 'DAILY_LIMIT',
    });
    const afterUse = await createTemplate(staff, { limitFrequency: 'AFTER_USE' });
    const first = await claim(afterUse.id, 'f1', 'fd1', 'au-1');
    expect(first.claimCoupon.__typename).toBe('ClaimSuccess');
    expect((await claim(afterUse.id, 'f1', 'fd1', 'au-2')).claimCoupon).toMatchObject({
      reason: 'ACCOUNT_LIMIT',
    });
    // use it: lock and redeem, then the account may claim again
    const couponId = first.claimCoupon.__typename === 'ClaimSuccess' ? first.claimCoupon.coupon.id : '';
    await app.q(
      graphql(`
        mutation LockCoupons($i: LockInput!) {
          lockCoupons(input: $i) {
            locked
          }
        }
      `),
      {
        i: {
          orderId: 'order-au-1',
          couponIds: [couponId],
          cart: { userId: 'f1', lines: [{ sku: 's', unitPrice: 1000, quantity: 1 }] },
        },
      },
    );
    await app.q(
      graphql(`
        mutation ClaimsRedeemOrder {
          redeemOrder(orderId: "order-au-1") {
            ok
          }
        }
      `),
    );
    expect((await claim(afterUse.id, 'f1', 'fd1', 'au-3')).claimCoupon.__typename).toBe('ClaimSuccess');
  });

  it('refuses by template state and window: paused, not started, ended', async () => {
    const paused = await createTemplate(staff);
    await staff.q(
      graphql(`
        mutation PauseTemplate($id: ID!) {
          pauseTemplate(id: $id) {
            status
          }
        }
      `),
      { id: paused.id },
    );
    expect((await claim(paused.id, 'w1', 'wd1', 'w-1')).claimCoupon).toMatchObject({ reason: 'PAUSED' });
    const later = await createTemplate(staff, { claimStartsAt: iso(DAY) });
    expect((await claim(later.id, 'w1', 'wd1', 'w-2')).claimCoupon).toMatchObject({ reason: 'NOT_STARTED' });
    const draft = await createTemplate(staff, { activate: false });
    expect((await claim(draft.id, 'w1', 'wd1', 'w-3')).claimCoupon).toMatchObject({ reason: 'NOT_STARTED' });
    const ended = await createTemplate(staff);
    await staff.q(
      graphql(`
        mutation EndTemplate($id: ID!) {
          endTemplate(id: $id) {
            status
          }
        }
      `),
      { id: ended.id },
    );
    expect((await claim(ended.id, 'w1', 'wd1', 'w-4')).claimCoupon).toMatchObject({ reason: 'ENDED' });
  });

  it('relative validity starts after the delay and never passes the template end', async () => {
    const end = Math.floor(Date.now() / 1000) + 2 * DAY;
    const t = await createTemplate(staff, {
      validForSeconds: 7 * DAY,
      validAfterSeconds: 3600,
      validUntil: iso(2 * DAY),
    });
    const r = await claim(t.id, 'v1', 'vd1', 'v-1');
    if (r.claimCoupon.__typename !== 'ClaimSuccess') throw new Error('expected a coupon');
    const from = Date.parse(r.claimCoupon.coupon.validFrom) / 1000;
    const until = Date.parse(r.claimCoupon.coupon.validUntil) / 1000;
    expect(from - Math.floor(Date.now() / 1000)).toBeGreaterThanOrEqual(3598);
    expect(Math.abs(until - end)).toBeLessThanOrEqual(2);
  });

  it('a budget stops issuance with BUDGET_EXHAUSTED and announces it once', async () => {
    const c = await staff.q(
      graphql(`
        mutation ClaimsCreateCampaign {
          createCampaign(input: { name: "b", budget: 2000 }) {
            id
          }
        }
      `),
    );
    const t = await createTemplate(staff, { campaignId: c.createCampaign.id, amount: 500 });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => claim(t.id, `b${i}`, `bd${i}`, `b-${i}`)),
    );
    expect(tally(results)).toEqual({ issued: 4, BUDGET_EXHAUSTED: 6 });
    const events = await staff.q(
      graphql(`
        query ClaimsCouponEventLog($t: ID!) {
          couponEventLog(templateId: $t) {
            type
          }
        }
      `),
      { t: t.id },
    );
    expect(events.couponEventLog.filter((e) => e.type === 'BUDGET_EXHAUSTED').length).toBe(1);
  });

  it('unbound codes: minted in bulk, each claims once', async () => {
    const t = await createTemplate(staff, { limitPerAccount: 5 });
    const minted = await staff.q(
      graphql(`
        mutation MintCodes($i: MintCodesInput!) {
          mintCodes(input: $i) {
            count
            sample
          }
        }
      `),
      { i: { templateId: t.id, count: 50, prefix: 'SALE-', length: 8 } },
    );
    expect(minted.mintCodes.count).toBe(50);
    const code = minted.mintCodes.sample[0]!;
    expect(code).toMatch(/^SALE-[0-9A-Z]{8}$/);
    const byCode = graphql(`
      mutation ClaimByCode($i: ClaimByCodeInput!) {
        claimByCode(input: $i) {
          __typename
          ... on ClaimSuccess {
            coupon {
              code
              templateId
            }
          }
          ... on ClaimRefused {
            reason
          }
        }
      }
    `);
    const ok = await app.q(byCode, { i: { code, userId: 'c1', deviceId: 'cd1', idempotencyKey: 'code-1' } });
    expect(ok.claimByCode).toEqual({ __typename: 'ClaimSuccess', coupon: { code, templateId: t.id } });
    const used = await app.q(byCode, {
      i: { code, userId: 'c2', deviceId: 'cd2', idempotencyKey: 'code-2' },
    });
    expect(used.claimByCode).toEqual({ __typename: 'ClaimRefused', reason: 'CODE_ALREADY_USED' });
    const bogus = await app.q(byCode, {
      i: { code: 'NOPE-123', userId: 'c2', deviceId: 'cd2', idempotencyKey: 'code-3' },
    });
    expect(bogus.claimByCode).toEqual({ __typename: 'ClaimRefused', reason: 'CODE_INVALID' });
  });
});

describe(`claim rate limits (${DIALECT})`, () => {
  it('refuses with RATE_LIMITED past the per-account and per-device rate, and still replays stored results', async () => {
    const rdb = await freshDatabase();
    const limited = await startServer(rdb.url, { CLAIM_RATE_PER_ACCOUNT: '3', CLAIM_RATE_PER_DEVICE: '5' });
    try {
      const anon = limited.client();
      const s = anon.withToken(await adminToken(anon));
      const a = anon.withToken(await apiKey(s, ['coupons:claim']));
      const t = await createTemplate(s);
      const go = (userId: string, deviceId: string, key: string) =>
        a.q(CLAIM, { i: { templateId: t.id, userId, deviceId, idempotencyKey: key } });
      const perAccount = [];
      for (let i = 0; i < 4; i++) perAccount.push(await go('busy-user', `dev-${i}`, `acct-${i}`));
      expect(
        perAccount.map((r) =>
          r.claimCoupon.__typename === 'ClaimSuccess' ? 'issued' : r.claimCoupon.reason,
        ),
      ).toEqual(['issued', 'issued', 'issued', 'RATE_LIMITED']);
      expect(perAccount[3]!.claimCoupon).toMatchObject({ retryAfterSeconds: expect.any(Number) });
      // the first claim's key still replays its stored coupon while the account is limited
      expect((await go('busy-user', 'dev-0', 'acct-0')).claimCoupon).toMatchObject({
        __typename: 'ClaimSuccess',
        replayed: true,
      });
      const perDevice = [];
      for (let i = 0; i < 6; i++) perDevice.push(await go(`user-${i}`, 'busy-device', `dev-key-${i}`));
      expect(
        perDevice.filter(
          (r) => r.claimCoupon.__typename === 'ClaimRefused' && r.claimCoupon.reason === 'RATE_LIMITED',
        ).length,
      ).toBe(1);
    } finally {
      await limited.stop();
      await rdb.drop();
    }
  });
});
