// Share packs (issue 13): a holder shares a pack; friends claim through it under the pack's size,
// expiry and device rules; the sharer's reward is issued exactly once, on K claims or on the first
// friend's payment; replays change nothing; bad input is a typed error and writes nothing; metrics
// count what sharing won.
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql-types';
import type { GqlClient } from '../support/gql';
import { CLAIM, createTemplate } from '../support/server';
import { useServer } from '../support/fixture';
import { track } from './rules-support';

const srv = useServer({ connections: 64 });
let staff: GqlClient;
let app: GqlClient;

const CREATE_SHARE = graphql(`
  mutation ShareCreate($i: CreateShareInput!) {
    createShare(input: $i) {
      id
      code
      size
      claimed
      remaining
      rewardState
      description
      replayed
    }
  }
`);
const CLAIM_SHARE = graphql(`
  mutation ShareClaim($i: ClaimShareInput!) {
    claimShare(input: $i) {
      __typename
      ... on ShareClaimSuccess {
        coupon {
          id
          templateId
          userId
        }
        newUser
        replayed
        share {
          claimed
          remaining
          rewardState
        }
      }
      ... on ShareClaimRefused {
        reason
        share {
          claimed
        }
      }
    }
  }
`);
const PROGRESS = graphql(`
  query ShareProgress($id: ID) {
    share(id: $id) {
      id
      size
      claimed
      remaining
      expired
      rewardState
      rewardCouponId
      description
    }
  }
`);
const WALLET = graphql(`
  query ShareWallet($u: ID!) {
    wallet(userId: $u) {
      id
      templateId
      status
    }
  }
`);
const TEXT = graphql(`
  query ShareText($u: ID!) {
    wallet(userId: $u) {
      template {
        summary
      }
    }
  }
`);
const EVENTS = graphql(`
  query ShareEvents($t: ID!) {
    couponEventLog(templateId: $t, first: 100) {
      type
      userId
      payload
    }
  }
`);
const SHARES = graphql(`
  query ShareList($u: ID!) {
    shares(userId: $u) {
      id
    }
  }
`);
const METRICS = graphql(`
  query ShareMetrics($from: DateTime!, $to: DateTime!, $t: ID) {
    sharingMetrics(from: $from, to: $to, templateId: $t) {
      shares
      claims
      newUsers
      newCustomers
      orders
      revenue
    }
  }
`);
const VIA_SHARING = graphql(`
  query ShareViaSharing($from: DateTime!, $to: DateTime!, $t: ID!) {
    metrics(scope: { kind: TEMPLATE, id: $t }, from: $from, to: $to) {
      viaSharing {
        claims
        newCustomers
        orders
      }
    }
  }
`);
const LOCK = graphql(`
  mutation ShareLock($i: LockInput!) {
    lockCoupons(input: $i) {
      locked
    }
  }
`);
const REDEEM = graphql(`
  mutation ShareRedeem($o: ID!) {
    redeemOrder(orderId: $o) {
      ok
    }
  }
`);

let seq = 0;
const claim = async (templateId: string, userId: string, deviceId = `d-${userId}`) => {
  const r = await app.q(CLAIM, { i: { templateId, userId, deviceId, idempotencyKey: `k-${++seq}` } });
  if (r.claimCoupon.__typename !== 'ClaimSuccess') throw new Error(JSON.stringify(r.claimCoupon));
  return r.claimCoupon.coupon.id;
};
const claimShare = (code: string, userId: string, deviceId = `d-${userId}`) =>
  app.q(CLAIM_SHARE, { i: { code, userId, deviceId } }).then((r) => r.claimShare);
const wallet = async (userId: string) => (await app.q(WALLET, { u: userId })).wallet;
const eventsOf = async (templateId: string, type: string) =>
  (await staff.q(EVENTS, { t: templateId })).couponEventLog.filter((e) => e.type === type);

let friendT: string;
let rewardT: string;

/** A shareable template (AMOUNT_OFF 100) whose friends get friendT and whose sharer gets rewardT. */
const shareable = async (sharing: Record<string, unknown>) =>
  (
    await createTemplate(staff, {
      amount: 100,
      limitPerAccount: 5,
      sharing: { friendTemplateId: friendT, packSize: 10, expiresInSeconds: 3600, ...sharing },
    })
  ).id;

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['coupons:claim', 'checkout']);
  friendT = (await createTemplate(staff, { amount: 500, limitPerAccount: 1, limitPerDevice: 1 })).id;
  rewardT = (await createTemplate(staff, { amount: 1000 })).id;
});

describe('share packs', () => {
  it('200 friends claiming a pack of 10 at once get exactly 10 coupons; the reward is issued once', async () => {
    const t = await shareable({ rewardTemplateId: rewardT, rewardWhen: 'CLAIMS', rewardAfterClaims: 3 });
    const held = await claim(t, 'sharer-1');
    const share = (await app.q(CREATE_SHARE, { i: { couponId: held, userId: 'sharer-1' } })).createShare;
    expect(share).toMatchObject({
      size: 10,
      claimed: 0,
      remaining: 10,
      rewardState: 'PENDING',
      replayed: false,
      description: 'Share with 10 friends: nobody joined yet',
    });
    expect((await app.q(TEXT, { u: 'sharer-1' })).wallet[0]!.template.summary).toBe(
      '1.00 off. Share with 10 friends',
    );
    const again = (await app.q(CREATE_SHARE, { i: { couponId: held, userId: 'sharer-1' } })).createShare;
    expect(again).toMatchObject({ id: share.id, code: share.code, replayed: true });

    const friends = Array.from({ length: 200 }, (_, i) => `friend-${i}`);
    const results = await Promise.all(friends.map((f) => claimShare(share.code, f)));
    const won = results.filter((r) => r.__typename === 'ShareClaimSuccess');
    const refused = results.filter((r) => r.__typename === 'ShareClaimRefused');
    expect(won).toHaveLength(10);
    expect(refused).toHaveLength(190);
    expect(new Set(refused.map((r) => (r.__typename === 'ShareClaimRefused' ? r.reason : '')))).toEqual(
      new Set(['SHARE_FULL']),
    );
    const p = (await app.q(PROGRESS, { id: share.id })).share;
    expect(p).toMatchObject({
      claimed: 10,
      remaining: 0,
      rewardState: 'REWARDED',
      description: 'Share with 10 friends: all 10 joined',
    });
    const rewards = (await wallet('sharer-1')).filter((c) => c.templateId === rewardT);
    expect(rewards).toHaveLength(1);
    expect(p.rewardCouponId).toBe(rewards[0]!.id);
    const issuedToFriends = (
      await Promise.all(
        friends.map(async (f) => (await wallet(f)).filter((c) => c.templateId === friendT).length),
      )
    ).reduce((a, b) => a + b, 0);
    expect(issuedToFriends).toBe(10);
    expect(await eventsOf(t, 'SHARE_CREATED')).toHaveLength(1);
    expect(await eventsOf(t, 'SHARE_CLAIMED')).toHaveLength(10);
    const rewarded = await eventsOf(t, 'SHARE_REWARDED');
    expect(rewarded).toHaveLength(1);
    expect(rewarded[0]!.payload).toMatchObject({
      trigger: 'CLAIMS',
      couponId: rewards[0]!.id,
      refusal: null,
    });

    // A replayed claim answers the first one and changes nothing.
    const first = won[0]!;
    if (first.__typename !== 'ShareClaimSuccess') throw new Error('unreachable');
    const replay = await claimShare(share.code, first.coupon.userId);
    expect(replay).toMatchObject({
      __typename: 'ShareClaimSuccess',
      replayed: true,
      coupon: { id: first.coupon.id },
    });
    expect((await app.q(PROGRESS, { id: share.id })).share).toMatchObject({
      claimed: 10,
      rewardState: 'REWARDED',
    });
    expect(await eventsOf(t, 'SHARE_CLAIMED')).toHaveLength(10);
    expect((await wallet('sharer-1')).filter((c) => c.templateId === rewardT)).toHaveLength(1);
  });

  it("refuses the sharer, the sharer's second account on the same device, and a second claim from one device", async () => {
    const t = await shareable({});
    const held = await claim(t, 'sharer-2', 'phone-of-sharer-2');
    const { code, id } = (await app.q(CREATE_SHARE, { i: { couponId: held, userId: 'sharer-2' } }))
      .createShare;
    expect(await claimShare(code, 'sharer-2', 'another-device')).toMatchObject({ reason: 'OWN_SHARE' });
    expect(await claimShare(code, 'sharer-2-alt', 'phone-of-sharer-2')).toMatchObject({
      reason: 'OWN_SHARE',
    });
    expect(await claimShare(code, 'pal-1', 'shared-tablet')).toMatchObject({
      __typename: 'ShareClaimSuccess',
    });
    expect(await claimShare(code, 'pal-2', 'shared-tablet')).toMatchObject({ reason: 'DEVICE_LIMIT' });
    expect((await app.q(PROGRESS, { id })).share.claimed).toBe(1);
    expect(await wallet('sharer-2-alt')).toEqual([]);
    expect(await wallet('pal-2')).toEqual([]);
  });

  it('a pack for new users refuses a friend who is not new and admits a new one', async () => {
    const t = await shareable({ newUsersOnly: true });
    const held = await claim(t, 'sharer-3');
    const { code } = (await app.q(CREATE_SHARE, { i: { couponId: held, userId: 'sharer-3' } })).createShare;
    await claim(rewardT, 'old-customer');
    expect(await claimShare(code, 'old-customer')).toMatchObject({
      reason: 'NOT_NEW_USER',
      share: { claimed: 0 },
    });
    expect((await wallet('old-customer')).filter((c) => c.templateId === friendT)).toEqual([]);
    expect(await claimShare(code, 'brand-new')).toMatchObject({
      __typename: 'ShareClaimSuccess',
      newUser: true,
      share: { claimed: 1 },
    });
  });

  it('rewards the sharer once when the first friend pays, and counts what sharing won', async () => {
    const from = new Date(Date.now() - 60_000).toISOString();
    const t = await shareable({ rewardTemplateId: rewardT, rewardWhen: 'FIRST_PAYMENT', newUsersOnly: true });
    const held = await claim(t, 'sharer-4');
    const { code, id } = (await app.q(CREATE_SHARE, { i: { couponId: held, userId: 'sharer-4' } }))
      .createShare;
    const a = await claimShare(code, 'payer-a');
    const b = await claimShare(code, 'payer-b');
    if (a.__typename !== 'ShareClaimSuccess' || b.__typename !== 'ShareClaimSuccess')
      throw new Error('refused');
    expect((await app.q(PROGRESS, { id })).share.rewardState).toBe('PENDING');
    const pay = async (userId: string, couponId: string, orderId: string) => {
      const cart = { userId, lines: [{ sku: 'x', unitPrice: 5000, quantity: 1 }] };
      expect((await app.q(LOCK, { i: { orderId, cart, couponIds: [couponId] } })).lockCoupons.locked).toBe(
        true,
      );
      expect((await app.q(REDEEM, { o: orderId })).redeemOrder.ok).toBe(true);
    };
    await pay('payer-a', a.coupon.id, 'ord-share-a');
    const p = (await app.q(PROGRESS, { id })).share;
    expect(p.rewardState).toBe('REWARDED');
    await pay('payer-b', b.coupon.id, 'ord-share-b');
    expect((await wallet('sharer-4')).filter((c) => c.templateId === rewardT)).toHaveLength(1);
    const rewarded = await eventsOf(t, 'SHARE_REWARDED');
    expect(rewarded).toHaveLength(1);
    expect(rewarded[0]!.payload).toMatchObject({ trigger: 'FIRST_PAYMENT' });
    const to = new Date(Date.now() + 60_000).toISOString();
    const m = (await staff.q(METRICS, { from, to, t })).sharingMetrics;
    expect(m).toEqual({ shares: 1, claims: 2, newUsers: 2, newCustomers: 2, orders: 2, revenue: 9000 });
    const via = (await staff.q(VIA_SHARING, { from, to, t })).metrics.viaSharing;
    expect(via).toEqual({ claims: 2, newCustomers: 2, orders: 2 });
  });

  it("a friend's tracked order.paid is a first payment too: one batch with two friends rewards the sharer once", async () => {
    const t = await shareable({ rewardTemplateId: rewardT, rewardWhen: 'FIRST_PAYMENT', newUsersOnly: true });
    const held = await claim(t, 'sharer-6');
    const { code, id } = (await app.q(CREATE_SHARE, { i: { couponId: held, userId: 'sharer-6' } }))
      .createShare;
    for (const friend of ['tracked-a', 'tracked-b'])
      expect((await claimShare(code, friend)).__typename).toBe('ShareClaimSuccess');
    const ingest = await srv.withKey(['events:write']);
    const at = new Date().toISOString();
    const r = await track(
      ingest,
      ['tracked-a', 'tracked-b'].map((userId) => ({
        id: `share-paid-${userId}`,
        type: 'order.paid',
        userId,
        occurredAt: at,
        properties: { orderId: `share-order-${userId}`, amount: 4_000 },
      })),
    );
    expect(r.accepted).toBe(2);
    expect((await app.q(PROGRESS, { id })).share.rewardState).toBe('REWARDED');
    expect((await wallet('sharer-6')).filter((c) => c.templateId === rewardT)).toHaveLength(1);
    expect(await eventsOf(t, 'SHARE_REWARDED')).toHaveLength(1);
  });

  it('bad input is a typed error and writes nothing', async () => {
    const plain = (await createTemplate(staff, { amount: 100 })).id;
    const held = await claim(plain, 'sharer-5');
    const r = await app.raw(CREATE_SHARE, { i: { couponId: held, userId: 'sharer-5' } });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.couponId',
      reason: 'NOT_SHAREABLE',
    });
    expect((await app.q(SHARES, { u: 'sharer-5' })).shares).toEqual([]);

    const t = await shareable({ expiresInSeconds: 1 });
    const h2 = await claim(t, 'sharer-6');
    const { code, id } = (await app.q(CREATE_SHARE, { i: { couponId: h2, userId: 'sharer-6' } })).createShare;
    await new Promise((res) => setTimeout(res, 2100));
    const late = await app.raw(CLAIM_SHARE, { i: { code, userId: 'late-friend', deviceId: 'd-late' } });
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.code',
      reason: 'SHARE_EXPIRED',
    });
    expect(await wallet('late-friend')).toEqual([]);
    expect((await app.q(PROGRESS, { id })).share).toMatchObject({ claimed: 0, expired: true });

    const bad = await staff.raw(
      graphql(`
        mutation ShareBadTemplate($i: CreateTemplateInput!) {
          createTemplate(input: $i) {
            id
          }
        }
      `),
      {
        i: {
          name: 'bad share',
          kind: 'AMOUNT_OFF',
          amount: 100,
          validUntil: new Date(Date.now() + 86_400_000).toISOString(),
          sharing: {
            friendTemplateId: friendT,
            packSize: 2,
            expiresInSeconds: 60,
            rewardTemplateId: rewardT,
            rewardAfterClaims: 3,
          },
        },
      },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.sharing.rewardAfterClaims',
    });
  });
});
