// Quote, lock, redeem, release and refund through GraphQL against a real server process.
import { graphql } from '../support/gql-types';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GqlClient } from '../support/gql';
import { DAY, DIALECT, claimOne, createTemplate, iso } from '../support/server';
import { useServer } from '../support/fixture';

const srv = useServer();
let staff: GqlClient;
let app: GqlClient;

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['coupons:claim', 'checkout']);
});

const give = (userId: string, templateId: string) => claimOne(app, templateId, userId);

const QUOTE = graphql(`
  query CheckoutQuote($c: CartInput!) {
    quote(cart: $c) {
      subtotal
      items {
        coupon {
          id
        }
        applicable
        reason
        shortBy
        discount
        inBest
      }
      inapplicable {
        coupon {
          id
        }
        reason
      }
      best {
        couponIds
        totalDiscount
        payable
        coupons {
          couponId
          stackGroup
          discount
          lines {
            index
            discount
          }
        }
        lines {
          index
          amount
          discount
          payable
        }
      }
    }
  }
`);
const LOCK = graphql(`
  mutation CheckoutLockCoupons($i: LockInput!) {
    lockCoupons(input: $i) {
      locked
      replayed
      lockExpiresAt
      problems {
        couponId
        reason
        shortBy
      }
      applied {
        couponIds
        totalDiscount
        payable
      }
    }
  }
`);
const REDEEM = graphql(`
  mutation CheckoutRedeemOrder($o: ID!) {
    redeemOrder(orderId: $o) {
      ok
      status
      totalDiscount
      replayed
      coupons {
        id
        status
        balance
      }
    }
  }
`);
const RELEASE = graphql(`
  mutation CheckoutReleaseOrder($o: ID!) {
    releaseOrder(orderId: $o) {
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
  mutation RefundOrder($o: ID!) {
    refundOrder(orderId: $o) {
      status
      replayed
      coupons {
        id
        status
        balance
      }
    }
  }
`);

describe(`checkout (${DIALECT})`, () => {
  it('store then platform: 10 % + 20 % on 10 000 gives 1 000 + 1 800, split over lines exactly', async () => {
    const store = await createTemplate(staff, {
      kind: 'PERCENT_OFF',
      discountBp: 1000,
      amount: null,
      scope: { merchantIds: ['m1'] },
    });
    const platform = await createTemplate(staff, { kind: 'PERCENT_OFF', discountBp: 2000, amount: null });
    const a = await give('q1', store.id);
    const b = await give('q1', platform.id);
    const r = await app.q(QUOTE, {
      c: {
        userId: 'q1',
        merchantId: 'm1',
        lines: [
          { sku: 'a', unitPrice: 3333, quantity: 1 },
          { sku: 'b', unitPrice: 3333, quantity: 2 },
          { sku: 'c', unitPrice: 1, quantity: 1 },
        ],
      },
    });
    expect(r.quote.subtotal).toBe(10000);
    expect(r.quote.best.totalDiscount).toBe(2800);
    expect(r.quote.best.payable).toBe(7200);
    expect(r.quote.best.coupons.map((c) => [c.couponId, c.stackGroup, c.discount])).toEqual([
      [a, 'STORE', 1000],
      [b, 'PLATFORM', 1800],
    ]);
    for (const c of r.quote.best.coupons)
      expect(c.lines.reduce((s, l) => s + l.discount, 0)).toBe(c.discount);
  });

  it('every wallet coupon is listed with applicable or the reason', async () => {
    const far = await createTemplate(staff, { amount: 1000, threshold: 50000 });
    const otherStore = await createTemplate(staff, { amount: 100, scope: { merchantIds: ['elsewhere'] } });
    const interest = await createTemplate(staff, {
      kind: 'INTEREST_RATE',
      amount: null,
      rateBp: 200,
      days: 30,
      principalCap: 1000000,
    });
    const ids = [await give('q2', far.id), await give('q2', otherStore.id), await give('q2', interest.id)];
    const r = await app.q(QUOTE, {
      c: { userId: 'q2', merchantId: 'm1', lines: [{ sku: 'x', unitPrice: 20000, quantity: 1 }] },
    });
    const byId = new Map(r.quote.items.map((i) => [i.coupon.id, i]));
    expect(byId.get(ids[0]!)).toMatchObject({
      applicable: false,
      reason: 'THRESHOLD_NOT_MET',
      shortBy: 30000,
    });
    expect(byId.get(ids[1]!)).toMatchObject({ applicable: false, reason: 'OUT_OF_SCOPE' });
    expect(byId.get(ids[2]!)).toMatchObject({ applicable: false, reason: 'NOT_A_CHECKOUT_COUPON' });
    expect(r.quote.best.totalDiscount).toBe(0);
  });

  it('the quote lists the wallet soonest-expiring first, with every value typed as issued', async () => {
    const days = [20, 5, 12, 2];
    const ids: string[] = [];
    for (const d of days) {
      const t = await createTemplate(staff, { amount: 100 + d, validUntil: iso(d * DAY) });
      ids.push(await give('q-order', t.id));
    }
    const r = await app.q(
      graphql(`
        query Quote($c: CartInput!) {
          quote(cart: $c) {
            items {
              coupon {
                id
                validUntil
                balance
              }
            }
          }
        }
      `),
      {
        c: { userId: 'q-order', merchantId: 'm1', lines: [{ sku: 'x', unitPrice: 20000, quantity: 1 }] },
      },
    );
    const order = [...days.keys()].sort((a, b) => days[a]! - days[b]!).map((i) => ids[i]);
    expect(r.quote.items.map((i) => i.coupon.id)).toEqual(order);
    const until = r.quote.items.map((i) => Date.parse(i.coupon.validUntil));
    expect(until).toEqual([...until].sort((a, b) => a - b));
    for (const i of r.quote.items) expect(i.coupon.balance).toBeNull();
  });

  it('a quote gives every coupon field the wallet gives, whatever else its selection reads', async () => {
    const t = await createTemplate(staff, { amount: 300 });
    const cents = await createTemplate(staff, { amount: 150, validUntil: iso(3 * DAY) });
    await give('q-fields', t.id);
    await give('q-fields', cents.id);
    const c = { userId: 'q-fields', merchantId: 'm1', lines: [{ sku: 'x', unitPrice: 20000, quantity: 1 }] };
    const wallet = await staff.q(
      graphql(`
        query QuoteFieldsWallet {
          wallet(userId: "q-fields") {
            ...QuoteAllCouponFields
          }
        }
        fragment QuoteAllCouponFields on Coupon {
          id
          code
          templateId
          campaignId
          userId
          status
          source
          ruleId
          ruleVersion
          placement
          issuedAt
          validFrom
          validUntil
          seenAt
          isNew
          balance
          lockedOrderId
          lockExpiresAt
          redeemedOrderId
          redeemedAt
          template {
            id
            name
          }
          __typename
        }
      `),
    );
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    const expected = byId(wallet.wallet);
    expect(expected).toHaveLength(2);
    // Every field, through the same named fragment.
    const all = await app.q(
      graphql(`
        query QuoteFieldsAll($c: CartInput!) {
          quote(cart: $c) {
            items {
              coupon {
                ...QuoteAllCouponFields
              }
            }
          }
        }
      `),
      { c },
    );
    expect(byId(all.quote.items.map((i) => i.coupon))).toEqual(expected);
    // The fields the brief wallet read serves, aliased and in an inline fragment.
    const brief = await app.q(
      graphql(`
        query QuoteFieldsBrief($c: CartInput!) {
          quote(cart: $c) {
            items {
              coupon {
                couponId: id
                code
                ... on Coupon {
                  templateId
                  campaignId
                  userId
                  status
                  validFrom
                  validUntil
                  balance
                  lockedOrderId
                  lockExpiresAt
                  template {
                    id
                    name
                  }
                }
              }
            }
          }
        }
      `),
      { c },
    );
    expect(
      byId(brief.quote.items.map(({ coupon: { couponId, ...rest } }) => ({ id: couponId, ...rest }))),
    ).toEqual(
      expected.map((w) => ({
        id: w.id,
        code: w.code,
        templateId: w.templateId,
        campaignId: w.campaignId,
        userId: w.userId,
        status: w.status,
        validFrom: w.validFrom,
        validUntil: w.validUntil,
        balance: w.balance,
        lockedOrderId: w.lockedOrderId,
        lockExpiresAt: w.lockExpiresAt,
        template: w.template,
      })),
    );
    // One field outside the brief set, asked through the Node interface, reads the whole row.
    const viaNode = await app.q(
      graphql(`
        query QuoteFieldsNode($c: CartInput!) {
          quote(cart: $c) {
            best {
              couponIds
            }
            items {
              coupon {
                id
                ... on Node {
                  id
                }
                ...QuoteIssuedAt
              }
            }
          }
        }
        fragment QuoteIssuedAt on Coupon {
          issuedAt
          source
        }
      `),
      { c },
    );
    expect(byId(viaNode.quote.items.map((i) => i.coupon))).toEqual(
      expected.map((w) => ({ id: w.id, issuedAt: w.issuedAt, source: w.source })),
    );
  });

  it('lock → redeem, idempotent per order id, with budget moving from reserved to spent', async () => {
    const c = await staff.q(
      graphql(`
        mutation CheckoutCreateCampaign {
          createCampaign(input: { name: "co", budget: 100000 }) {
            id
          }
        }
      `),
    );
    const t = await createTemplate(staff, { campaignId: c.createCampaign.id, amount: 700 });
    const id = await give('q3', t.id);
    const cart = { userId: 'q3', lines: [{ sku: 'x', unitPrice: 5000, quantity: 1 }] };
    const lock = await app.q(LOCK, { i: { orderId: 'ord-q3', cart, couponIds: [id] } });
    expect(lock.lockCoupons).toMatchObject({
      locked: true,
      replayed: false,
      problems: [],
      applied: { couponIds: [id], totalDiscount: 700 },
    });
    const again = await app.q(LOCK, { i: { orderId: 'ord-q3', cart, couponIds: [id] } });
    expect(again.lockCoupons).toMatchObject({ locked: true, replayed: true });
    const differs = await app.raw(LOCK, {
      i: {
        orderId: 'ord-q3',
        cart: { ...cart, lines: [{ sku: 'y', unitPrice: 1, quantity: 1 }] },
        couponIds: [id],
      },
    });
    expect(differs.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const budget = async () =>
      (
        await staff.q(
          graphql(`
            query Campaign($id: ID!) {
              campaign(id: $id) {
                spent
                reserved
                budgetStatus {
                  headroom
                }
              }
            }
          `),
          { id: c.createCampaign.id },
        )
      ).campaign;
    expect(await budget()).toMatchObject({ spent: 0, reserved: 700 });
    const r1 = await app.q(REDEEM, { o: 'ord-q3' });
    expect(r1.redeemOrder).toMatchObject({
      ok: true,
      status: 'REDEEMED',
      replayed: false,
      totalDiscount: 700,
      coupons: [{ id, status: 'REDEEMED' }],
    });
    const r2 = await app.q(REDEEM, { o: 'ord-q3' });
    expect(r2.redeemOrder).toMatchObject({ ok: true, replayed: true });
    expect(await budget()).toMatchObject({ spent: 700, reserved: 0 });
    // refund: the coupon is valid and refundable, so it returns to the wallet
    const rf = await app.q(REFUND, { o: 'ord-q3' });
    expect(rf.refundOrder).toMatchObject({ status: 'REFUNDED', coupons: [{ id, status: 'AVAILABLE' }] });
    expect(await budget()).toMatchObject({ spent: 0, reserved: 0 });
    // the outbox tells the whole story of the coupon, in order
    const log = await staff.q(
      graphql(`
        query CouponEventLog($c: ID!) {
          couponEventLog(couponId: $c) {
            type
          }
        }
      `),
      { c: id },
    );
    expect(log.couponEventLog.map((e) => e.type)).toEqual([
      'COUPON_CLAIMED',
      'COUPON_LOCKED',
      'COUPON_REDEEMED',
      'COUPON_RELEASED',
    ]);
  });

  it('release returns locked coupons; releasing twice replays', async () => {
    const t = await createTemplate(staff, { amount: 300 });
    const id = await give('q4', t.id);
    await app.q(LOCK, {
      i: {
        orderId: 'ord-q4',
        cart: { userId: 'q4', lines: [{ sku: 'x', unitPrice: 1000, quantity: 1 }] },
        couponIds: [id],
      },
    });
    const r = await app.q(RELEASE, { o: 'ord-q4' });
    expect(r.releaseOrder).toMatchObject({
      status: 'RELEASED',
      replayed: false,
      coupons: [{ id, status: 'AVAILABLE' }],
    });
    const again = await app.q(RELEASE, { o: 'ord-q4' });
    expect(again.releaseOrder.replayed).toBe(true);
  });

  it('two orders racing for one coupon: exactly one wins', async () => {
    const t = await createTemplate(staff, { amount: 400 });
    const id = await give('q5', t.id);
    const cart = { userId: 'q5', lines: [{ sku: 'x', unitPrice: 1000, quantity: 1 }] };
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        app.q(LOCK, { i: { orderId: `race-${i}`, cart, couponIds: [id] } }),
      ),
    );
    const winners = results.filter((r) => r.lockCoupons.locked);
    expect(winners.length).toBe(1);
    for (const r of results.filter((x) => !x.lockCoupons.locked))
      expect(r.lockCoupons.problems).toEqual([{ couponId: id, reason: 'NOT_AVAILABLE', shortBy: null }]);
  });

  it('a chosen set that breaks the stacking rules is refused with STACK_CONFLICT and locks nothing', async () => {
    const t1 = await createTemplate(staff, { amount: 100 });
    const t2 = await createTemplate(staff, { amount: 200 });
    const ids = [await give('q6', t1.id), await give('q6', t2.id)];
    const r = await app.q(LOCK, {
      i: {
        orderId: 'ord-q6',
        cart: { userId: 'q6', lines: [{ sku: 'x', unitPrice: 1000, quantity: 1 }] },
        couponIds: ids,
      },
    });
    expect(r.lockCoupons.locked).toBe(false);
    expect(r.lockCoupons.problems.map((p) => p.reason)).toContain('STACK_CONFLICT');
    const w = await app.q(
      graphql(`
        query CheckoutWallet3 {
          wallet(userId: "q6") {
            id
            status
          }
        }
      `),
    );
    expect(w.wallet.every((c) => c.status === 'AVAILABLE')).toBe(true);
  });

  it('a CASH voucher is spent across orders until its balance is used up', async () => {
    const t = await createTemplate(staff, { kind: 'CASH', amount: null, balance: 5000 });
    const id = await give('q7', t.id);
    const cart = (price: number) => ({ userId: 'q7', lines: [{ sku: 'x', unitPrice: price, quantity: 1 }] });
    await app.q(LOCK, { i: { orderId: 'cash-1', cart: cart(3000), couponIds: [id] } });
    const r1 = await app.q(REDEEM, { o: 'cash-1' });
    expect(r1.redeemOrder.coupons).toEqual([{ id, status: 'AVAILABLE', balance: 2000 }]);
    const l2 = await app.q(LOCK, { i: { orderId: 'cash-2', cart: cart(9000), couponIds: [id] } });
    expect(l2.lockCoupons.applied?.totalDiscount).toBe(2000);
    const r2 = await app.q(REDEEM, { o: 'cash-2' });
    expect(r2.redeemOrder.coupons.find((c) => c.id === id)).toMatchObject({ status: 'REDEEMED', balance: 0 });
  });

  it('the wallet flags unseen coupons and lists those expiring soon', async () => {
    const soon = await createTemplate(staff, { validForSeconds: 3600 });
    const later = await createTemplate(staff, { validForSeconds: 30 * 86400 });
    const a = await give('q8', soon.id);
    await give('q8', later.id);
    const expiring = await app.q(
      graphql(`
        query CheckoutWallet2 {
          wallet(userId: "q8", expiringWithinHours: 2) {
            id
            isNew
          }
        }
      `),
    );
    expect(expiring.wallet).toEqual([{ id: a, isNew: true }]);
    await app.q(
      graphql(`
        mutation MarkCouponsSeen($ids: [ID!]!) {
          markCouponsSeen(userId: "q8", couponIds: $ids)
        }
      `),
      { ids: [a] },
    );
    const all = await app.q(
      graphql(`
        query CheckoutWallet {
          wallet(userId: "q8") {
            id
            isNew
          }
        }
      `),
    );
    expect(all.wallet.map((c) => c.isNew)).toEqual([false, true]);
  });

  it('the coupon centre says what is claimable at a placement, and why not', async () => {
    const c = await staff.q(
      graphql(`
        mutation CreateCampaign {
          createCampaign(input: { name: "11.11 page" }) {
            id
          }
        }
      `),
    );
    const onPage = await createTemplate(staff, {
      campaignId: c.createCampaign.id,
      placements: ['EVENT_PAGE'],
      limitPerAccount: 1,
    });
    const shoes = await createTemplate(staff, {
      placements: ['PRODUCT_PAGE'],
      scope: { includeCategories: ['shoes'] },
    });
    const centre = graphql(`
      query CouponCenter($p: PlacementInput) {
        couponCenter(userId: "q9", placement: $p) {
          template {
            id
          }
          claimable
          reason
          claimedCount
        }
      }
    `);
    const page = await app.q(centre, { p: { kind: 'EVENT_PAGE', campaignId: c.createCampaign.id } });
    expect(page.couponCenter).toEqual([
      { template: { id: onPage.id }, claimable: true, reason: null, claimedCount: 0 },
    ]);
    await give('q9', onPage.id);
    const after = await app.q(centre, {
      p: { kind: 'EVENT_PAGE', campaignId: c.createCampaign.id },
    });
    expect(after.couponCenter[0]).toMatchObject({ claimable: false, reason: 'ACCOUNT_LIMIT' });
    const product = await app.q(centre, {
      p: { kind: 'PRODUCT_PAGE', sku: 'boot-1', category: 'shoes' },
    });
    expect(product.couponCenter.map((x) => x.template.id)).toContain(shoes.id);
    const otherProduct = await app.q(centre, {
      p: { kind: 'PRODUCT_PAGE', sku: 'hat-1', category: 'hats' },
    });
    expect(otherProduct.couponCenter.map((x) => x.template.id)).not.toContain(shoes.id);
  });
});
