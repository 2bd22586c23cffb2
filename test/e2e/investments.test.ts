// Interest-rate coupons on investments (issue 13): claim → quoteInvestment → lockInvestment →
// redeemInvestment, the campaign's spent growing by exactly the bonus; release and refund give it
// back; replays change nothing; bad figures are typed errors and write nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql-types';
import type { GqlClient } from '../support/gql';
import { DAY, claimOne, createTemplate } from '../support/server';
import { useServer } from '../support/fixture';

const srv = useServer();
let staff: GqlClient;
let app: GqlClient;

const CAMPAIGN = graphql(`
  mutation InvCreateCampaign($i: CreateCampaignInput!) {
    createCampaign(input: $i) {
      id
    }
  }
`);
const BUDGET = graphql(`
  query InvBudget($id: ID!) {
    campaign(id: $id) {
      spent
      reserved
    }
  }
`);
const QUOTE = graphql(`
  query InvQuote($i: InvestmentInput!) {
    quoteInvestment(input: $i) {
      principal
      termDays
      baseInterest
      items {
        coupon {
          id
          status
          template {
            summary
          }
        }
        applicable
        reason
        shortBy
        bonus
        inBest
      }
      best {
        couponIds
        totalBonus
      }
    }
  }
`);
const LOCK = graphql(`
  mutation InvLock($i: LockInvestmentInput!) {
    lockInvestment(input: $i) {
      investmentId
      locked
      replayed
      couponIds
      totalBonus
      problems {
        couponId
        reason
      }
    }
  }
`);
const REDEEM = graphql(`
  mutation InvRedeem($id: ID!) {
    redeemInvestment(investmentId: $id) {
      ok
      status
      totalDiscount
      replayed
      coupons {
        id
        status
      }
    }
  }
`);
const RELEASE = graphql(`
  mutation InvRelease($id: ID!) {
    releaseInvestment(investmentId: $id) {
      status
      replayed
      coupons {
        id
        status
      }
    }
  }
`);
const REFUND = graphql(`
  mutation InvRefund($id: ID!) {
    refundInvestment(investmentId: $id) {
      status
      replayed
      coupons {
        id
        status
      }
    }
  }
`);
const EVENTS = graphql(`
  query InvEvents($c: ID!) {
    couponEventLog(couponId: $c) {
      type
      payload
    }
  }
`);

let campaignId: string;
const budget = async () => (await staff.q(BUDGET, { id: campaignId })).campaign;

/** An active INTEREST_RATE template in the budgeted campaign. */
const interest = (over: Record<string, unknown> = {}) =>
  createTemplate(staff, {
    campaignId,
    kind: 'INTEREST_RATE',
    amount: null,
    rateBp: 100,
    days: 30,
    principalCap: 1_000_000,
    limitPerAccount: 10,
    ...over,
  });

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['coupons:claim', 'checkout']);
  campaignId = (await staff.q(CAMPAIGN, { i: { name: 'investing', budget: 10_000_000 } })).createCampaign.id;
});

const investment = (userId: string, over: Record<string, unknown> = {}) => ({
  userId,
  productId: 'fund-1',
  category: 'funds',
  principal: 2_000_000,
  termDays: 90,
  annualRateBp: 300,
  ...over,
});

describe('quoteInvestment', () => {
  it('lists every interest coupon with its bonus or why not, and the best one', async () => {
    const small = await interest({ rateBp: 100 }); // 1 000 000 × 100 × 30 / 3 650 000 = 821
    const big = await interest({ rateBp: 250 }); // 2 054
    const scoped = await interest({ rateBp: 900, scope: { includeSkus: ['fund-2'] } });
    const threshold = await interest({ rateBp: 900, threshold: 5_000_000 });
    const term = await interest({ rateBp: 900, minTermDays: 180 });
    const later = await interest({ rateBp: 900, validFrom: new Date(Date.now() + DAY * 1000).toISOString() });
    const user = 'inv-q1';
    const ids = {
      small: await claimOne(app, small.id, user),
      big: await claimOne(app, big.id, user),
      scoped: await claimOne(app, scoped.id, user),
      threshold: await claimOne(app, threshold.id, user),
      term: await claimOne(app, term.id, user),
      later: await claimOne(app, later.id, user),
    };
    const q = (await app.q(QUOTE, { i: investment(user) })).quoteInvestment;
    const item = (id: string) => q.items.find((i) => i.coupon.id === id)!;
    expect(q.baseInterest).toBe(14_794); // 2 000 000 × 300 × 90 / 3 650 000
    expect(item(ids.small)).toMatchObject({ applicable: true, bonus: 821, inBest: false });
    expect(item(ids.term).coupon.template.summary).toBe(
      '+9% annual interest for up to 30 days on up to 10,000.00 for a term of 180 days or more',
    );
    expect(item(ids.big)).toMatchObject({ applicable: true, bonus: 2054, inBest: true });
    expect(item(ids.scoped)).toMatchObject({ applicable: false, reason: 'OUT_OF_SCOPE', bonus: 0 });
    expect(item(ids.threshold)).toMatchObject({
      applicable: false,
      reason: 'PRINCIPAL_BELOW_THRESHOLD',
      shortBy: 3_000_000,
    });
    expect(item(ids.term)).toMatchObject({ applicable: false, reason: 'TERM_TOO_SHORT', shortBy: 90 });
    expect(item(ids.later)).toMatchObject({ applicable: false, reason: 'NOT_YET_VALID' });
    expect(q.best).toEqual({ couponIds: [ids.big], totalBonus: 2054 });
  });

  it.each([
    ['a negative principal', { principal: -1 }, 'input.principal'],
    ['a zero principal', { principal: 0 }, 'input.principal'],
    ['a zero term', { termDays: 0 }, 'input.termDays'],
    ['a negative rate', { annualRateBp: -5 }, 'input.annualRateBp'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_name, over, field) => {
    const r = await app.raw(QUOTE, { i: investment('inv-bad', over) });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('the investment life cycle', () => {
  it('lock → redeem: spent grows by exactly the bonus; refund gives it back; replays change nothing', async () => {
    const t = await interest({ rateBp: 365, days: 60, principalCap: 3_000_000 });
    const user = 'inv-l1';
    const id = await claimOne(app, t.id, user);
    const inv = investment(user, { principal: 5_000_000, termDays: 45 });
    const q = (await app.q(QUOTE, { i: inv })).quoteInvestment;
    // floor(min(5 000 000, 3 000 000) × 365 × min(45, 60) / 3 650 000) = 13 500
    expect(q.best).toEqual({ couponIds: [id], totalBonus: 13_500 });
    const before = await budget();
    const lock = { investmentId: 'inv-1', investment: inv, couponIds: q.best.couponIds };
    const l1 = (await app.q(LOCK, { i: lock })).lockInvestment;
    expect(l1).toMatchObject({ locked: true, replayed: false, totalBonus: 13_500, problems: [] });
    expect(await budget()).toEqual({ spent: before.spent, reserved: before.reserved + 13_500 });
    const l2 = (await app.q(LOCK, { i: lock })).lockInvestment;
    expect(l2).toMatchObject({ locked: true, replayed: true, totalBonus: 13_500 });
    const other = await app.raw(LOCK, { i: { ...lock, investment: { ...inv, principal: 1 } } });
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await budget()).toEqual({ spent: before.spent, reserved: before.reserved + 13_500 });

    const r1 = (await app.q(REDEEM, { id: 'inv-1' })).redeemInvestment;
    expect(r1).toMatchObject({ ok: true, status: 'REDEEMED', totalDiscount: 13_500, replayed: false });
    expect(r1.coupons).toEqual([{ id, status: 'REDEEMED' }]);
    expect(await budget()).toEqual({ spent: before.spent + 13_500, reserved: before.reserved });
    const r2 = (await app.q(REDEEM, { id: 'inv-1' })).redeemInvestment;
    expect(r2).toMatchObject({ ok: true, replayed: true });
    expect(await budget()).toEqual({ spent: before.spent + 13_500, reserved: before.reserved });

    const events = (await staff.q(EVENTS, { c: id })).couponEventLog;
    const byType = Object.fromEntries(events.map((e) => [e.type, e.payload as Record<string, unknown>]));
    expect(byType.COUPON_LOCKED).toMatchObject({ orderId: 'inv:inv-1', discount: 13_500 });
    expect(byType.COUPON_REDEEMED).toMatchObject({ orderId: 'inv:inv-1', discount: 13_500 });

    const f1 = (await app.q(REFUND, { id: 'inv-1' })).refundInvestment;
    expect(f1).toMatchObject({ status: 'REFUNDED', replayed: false });
    expect(f1.coupons).toEqual([{ id, status: 'AVAILABLE' }]);
    expect(await budget()).toEqual(before);
    const f2 = (await app.q(REFUND, { id: 'inv-1' })).refundInvestment;
    expect(f2).toMatchObject({ status: 'REFUNDED', replayed: true });
    expect(await budget()).toEqual(before);
  });

  it('lock → release gives the reservation back and the coupon returns to the wallet', async () => {
    const t = await interest({ rateBp: 200 });
    const user = 'inv-l2';
    const id = await claimOne(app, t.id, user);
    const before = await budget();
    const inv = investment(user);
    const l = (await app.q(LOCK, { i: { investmentId: 'inv-2', investment: inv, couponIds: [id] } }))
      .lockInvestment;
    expect(l).toMatchObject({ locked: true, totalBonus: 1643 }); // 1 000 000 × 200 × 30 / 3 650 000
    expect(await budget()).toEqual({ spent: before.spent, reserved: before.reserved + 1643 });
    const r = (await app.q(RELEASE, { id: 'inv-2' })).releaseInvestment;
    expect(r).toMatchObject({ status: 'RELEASED', replayed: false, coupons: [{ id, status: 'AVAILABLE' }] });
    expect(await budget()).toEqual(before);
    expect((await app.q(RELEASE, { id: 'inv-2' })).releaseInvestment.replayed).toBe(true);
    expect(await budget()).toEqual(before);
  });

  it('refuses a coupon that does not apply and two coupons of one group, locking nothing', async () => {
    const a = await interest({ rateBp: 100 });
    const b = await interest({ rateBp: 120 });
    const c = await interest({ rateBp: 120, minTermDays: 365 });
    const user = 'inv-l3';
    const [ia, ib, ic] = [
      await claimOne(app, a.id, user),
      await claimOne(app, b.id, user),
      await claimOne(app, c.id, user),
    ];
    const before = await budget();
    const inv = investment(user);
    const both = (await app.q(LOCK, { i: { investmentId: 'inv-3', investment: inv, couponIds: [ia, ib] } }))
      .lockInvestment;
    expect(both).toMatchObject({ locked: false, problems: [{ reason: 'STACK_CONFLICT' }] });
    const short = (await app.q(LOCK, { i: { investmentId: 'inv-3', investment: inv, couponIds: [ic] } }))
      .lockInvestment;
    expect(short).toMatchObject({ locked: false, problems: [{ couponId: ic, reason: 'TERM_TOO_SHORT' }] });
    expect(await budget()).toEqual(before);
    const neg = await app.raw(LOCK, {
      i: { investmentId: 'inv-3', investment: { ...inv, principal: -100 }, couponIds: [ia] },
    });
    expect(neg.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.investment.principal',
    });
    const zero = await app.raw(LOCK, {
      i: { investmentId: 'inv-3', investment: { ...inv, termDays: 0 }, couponIds: [ia] },
    });
    expect(zero.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.investment.termDays',
    });
    expect(await budget()).toEqual(before);
    // Nothing was locked: the investment id is still free.
    const ok = (await app.q(LOCK, { i: { investmentId: 'inv-3', investment: inv, couponIds: [ib] } }))
      .lockInvestment;
    expect(ok).toMatchObject({ locked: true, replayed: false, totalBonus: 986 });
  });
});
