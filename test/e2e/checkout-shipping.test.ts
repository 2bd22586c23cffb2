// Checkout through GraphQL, issue 17 second part: shipping as part of the cart and coupons that
// discount it, buy-X-get-Y with a separate get set, and several gift cards in one order — claim →
// quote → lock → redeem, budgets holding with the true maximum values, bad input refused by field
// with nothing written. The arithmetic is in each case's name.
import { graphql } from '../support/gql-types';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GqlClient } from '../support/gql';
import type { CartInput, CreateTemplateInput } from '../support/gql-types/graphql';
import { DAY, DIALECT, claimOne, iso } from '../support/server';
import { useServer } from '../support/fixture';

const srv = useServer();
let staff: GqlClient;
let app: GqlClient;

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['coupons:claim', 'checkout']);
});

const give = (userId: string, templateId: string) => claimOne(app, templateId, userId);

const SHIP_QUOTE = graphql(`
  query ShippingQuote($c: CartInput!) {
    quote(cart: $c) {
      subtotal
      shippingAmount
      items {
        coupon {
          id
          template {
            summary
          }
        }
        applicable
        reason
        discount
      }
      best {
        couponIds
        totalDiscount
        goodsDiscount
        shipping {
          amount
          discount
          payable
        }
        payable
        coupons {
          couponId
          discount
          shippingDiscount
          remainingBalance
        }
      }
    }
  }
`);
const SHIP_LOCK = graphql(`
  mutation ShippingLock($i: LockInput!) {
    lockCoupons(input: $i) {
      locked
      problems {
        couponId
        reason
      }
      applied {
        couponIds
        totalDiscount
        goodsDiscount
        shipping {
          amount
          discount
          payable
        }
        payable
        coupons {
          couponId
          discount
          shippingDiscount
          remainingBalance
        }
      }
    }
  }
`);
const SHIP_REDEEM = graphql(`
  mutation ShippingRedeem($o: ID!) {
    redeemOrder(orderId: $o) {
      ok
      totalDiscount
      coupons {
        id
        status
        balance
      }
    }
  }
`);
const SHIP_CREATE = graphql(`
  mutation ShippingCreateTemplate($i: CreateTemplateInput!) {
    createTemplate(input: $i) {
      id
      maxValue
      stackGroup
      summary
      multiplePerOrder
      getScope {
        includeCategories
      }
    }
  }
`);
const SHIP_TEMPLATES = graphql(`
  query ShippingTemplates($s: String!) {
    templates(filter: { search: $s }) {
      totalCount
    }
  }
`);
const SHIP_CAMPAIGN = graphql(`
  mutation ShippingCampaign($n: String!) {
    createCampaign(input: { name: $n, budget: 100000 }) {
      id
    }
  }
`);
const SHIP_CAMPAIGN_READ = graphql(`
  query ShippingCampaignRead($id: ID!) {
    campaign(id: $id) {
      spent
      reserved
    }
  }
`);
const SHIP_WALLET = graphql(`
  query ShippingWallet($u: ID!) {
    wallet(userId: $u) {
      id
      status
      balance
    }
  }
`);

const base = (name: string, over: Record<string, unknown>) =>
  ({
    name,
    kind: 'AMOUNT_OFF',
    threshold: 0,
    validUntil: iso(30 * DAY),
    activate: true,
    ...over,
  }) as CreateTemplateInput;

describe(`checkout with shipping and several gift cards (${DIALECT})`, () => {
  it('free shipping over 50.00 (cap 15.00) in a budgeted campaign: goods 6 000 + shipping 800 → 800 off the shipping; budget spends 800', async () => {
    const c = await staff.q(SHIP_CAMPAIGN, { n: 'ship budget' });
    const campaignId = c.createCampaign.id;
    const free = { kind: 'SHIPPING_OFF', discountBp: 10_000, threshold: 5_000, campaignId } as const;
    // without a cap a free shipping has no maximum value: a budgeted campaign refuses it
    const unbounded = await staff.raw(SHIP_CREATE, { i: base('sh1 unbounded', free) });
    expect(unbounded.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.cap',
      reason: 'UNBOUNDED_IN_BUDGET',
    });
    const t = await staff.q(SHIP_CREATE, { i: base('sh1', { ...free, cap: 1_500 }) });
    expect(t.createTemplate).toMatchObject({
      maxValue: 1_500,
      stackGroup: 'SHIPPING',
      summary: 'Free shipping (up to 15.00) on orders of 50.00 or more',
    });
    const id = await give('sh1', t.createTemplate.id);
    const cart: CartInput = {
      userId: 'sh1',
      lines: [{ sku: 'a', unitPrice: 6_000, quantity: 1 }],
      shipping: { amount: 800, method: 'standard' },
    };
    const q = await app.q(SHIP_QUOTE, { c: cart });
    expect(q.quote).toMatchObject({ subtotal: 6_000, shippingAmount: 800 });
    expect(q.quote.items).toEqual([
      {
        coupon: { id, template: { summary: 'Free shipping (up to 15.00) on orders of 50.00 or more' } },
        applicable: true,
        reason: null,
        discount: 800,
      },
    ]);
    const applied = {
      couponIds: [id],
      totalDiscount: 800,
      goodsDiscount: 0,
      shipping: { amount: 800, discount: 800, payable: 0 },
      payable: 6_000,
      coupons: [{ couponId: id, discount: 800, shippingDiscount: 800, remainingBalance: null }],
    };
    expect(q.quote.best).toEqual(applied);
    const l = await app.q(SHIP_LOCK, { i: { orderId: 'sh1-o', cart, couponIds: [id] } });
    expect(l.lockCoupons).toEqual({ locked: true, problems: [], applied });
    expect((await staff.q(SHIP_CAMPAIGN_READ, { id: campaignId })).campaign).toEqual({
      spent: 0,
      reserved: 800,
    });
    const r = await app.q(SHIP_REDEEM, { o: 'sh1-o' });
    expect(r.redeemOrder).toMatchObject({
      ok: true,
      totalDiscount: 800,
      coupons: [{ id, status: 'REDEEMED' }],
    });
    expect((await staff.q(SHIP_CAMPAIGN_READ, { id: campaignId })).campaign).toEqual({
      spent: 800,
      reserved: 0,
    });
  });

  it('goods and shipping discounts apart: 10 % off 5 000 = 500 on the goods + 3.00 off shipping 800 = 300', async () => {
    const pct = await staff.q(SHIP_CREATE, {
      i: base('sh2 pct', { kind: 'PERCENT_OFF', discountBp: 1_000 }),
    });
    const off = await staff.q(SHIP_CREATE, { i: base('sh2 ship', { kind: 'SHIPPING_OFF', amount: 300 }) });
    expect(off.createTemplate).toMatchObject({ maxValue: 300, summary: '3.00 off shipping' });
    const p = await give('sh2', pct.createTemplate.id);
    const s = await give('sh2', off.createTemplate.id);
    const cart: CartInput = {
      userId: 'sh2',
      lines: [{ sku: 'a', unitPrice: 2_500, quantity: 2 }],
      shipping: { amount: 800 },
    };
    const q = await app.q(SHIP_QUOTE, { c: cart });
    expect(q.quote.best).toMatchObject({
      couponIds: [p, s],
      totalDiscount: 800,
      goodsDiscount: 500,
      shipping: { amount: 800, discount: 300, payable: 500 },
      payable: 5_000,
    });
    const l = await app.q(SHIP_LOCK, { i: { orderId: 'sh2-o', cart, couponIds: [p, s] } });
    expect(l.lockCoupons).toMatchObject({ locked: true, applied: { totalDiscount: 800, payable: 5_000 } });
    expect((await app.q(SHIP_REDEEM, { o: 'sh2-o' })).redeemOrder).toMatchObject({
      ok: true,
      totalDiscount: 800,
    });
  });

  it('two gift cards, soonest-expiring first: 6 000 + shipping 500 = 6 500 → 3 000 (day 10) then 3 500 of 5 000 (day 20); 1 500 stays', async () => {
    const card = (name: string, balance: number, days: number) =>
      staff.q(SHIP_CREATE, {
        i: base(name, {
          kind: 'CASH',
          balance,
          multiplePerOrder: true,
          validUntil: iso(days * DAY),
        }),
      });
    const late = await card('sh3 late', 5_000, 20);
    const soon = await card('sh3 soon', 3_000, 10);
    expect(soon.createTemplate).toMatchObject({
      multiplePerOrder: true,
      summary: 'Gift card: 30.00 to spend (combines with other gift cards)',
    });
    const l5 = await give('sh3', late.createTemplate.id);
    const s3 = await give('sh3', soon.createTemplate.id);
    const cart: CartInput = {
      userId: 'sh3',
      lines: [{ sku: 'a', unitPrice: 6_000, quantity: 1 }],
      shipping: { amount: 500 },
    };
    const q = await app.q(SHIP_QUOTE, { c: cart });
    const applied = {
      couponIds: [s3, l5],
      totalDiscount: 6_500,
      goodsDiscount: 6_000,
      shipping: { amount: 500, discount: 500, payable: 0 },
      payable: 0,
      coupons: [
        // 3 000 over goods 6 000 and shipping 500 by largest remainder: 2 769.2… / 230.7… → 2 769 + 231
        { couponId: s3, discount: 3_000, shippingDiscount: 231, remainingBalance: 0 },
        { couponId: l5, discount: 3_500, shippingDiscount: 269, remainingBalance: 1_500 },
      ],
    };
    expect(q.quote.best).toEqual(applied);
    const l = await app.q(SHIP_LOCK, { i: { orderId: 'sh3-o', cart, couponIds: [l5, s3] } });
    expect(l.lockCoupons).toEqual({ locked: true, problems: [], applied });
    const r = await app.q(SHIP_REDEEM, { o: 'sh3-o' });
    expect(r.redeemOrder.ok).toBe(true);
    expect(r.redeemOrder.totalDiscount).toBe(6_500);
    const w = await app.q(SHIP_WALLET, { u: 'sh3' });
    // the emptied card is used up; the other keeps 1 500 and stays in the wallet
    expect(w.wallet).toEqual(
      expect.arrayContaining([
        { id: s3, status: 'REDEEMED', balance: 0 },
        { id: l5, status: 'AVAILABLE', balance: 1_500 },
      ]),
    );
    expect(w.wallet).toHaveLength(2);
  });

  it('a gift card without the option conflicts with another card at lock; nothing is locked', async () => {
    const single = await staff.q(SHIP_CREATE, { i: base('sh4 single', { kind: 'CASH', balance: 1_000 }) });
    const multi = await staff.q(SHIP_CREATE, {
      i: base('sh4 multi', { kind: 'CASH', balance: 1_000, multiplePerOrder: true }),
    });
    const a = await give('sh4', single.createTemplate.id);
    const b = await give('sh4', multi.createTemplate.id);
    const cart: CartInput = { userId: 'sh4', lines: [{ sku: 'a', unitPrice: 5_000, quantity: 1 }] };
    const l = await app.q(SHIP_LOCK, { i: { orderId: 'sh4-o', cart, couponIds: [a, b] } });
    expect(l.lockCoupons.locked).toBe(false);
    expect(l.lockCoupons.problems.map((p) => p.reason)).toEqual(['STACK_CONFLICT', 'STACK_CONFLICT']);
    const w = await app.q(SHIP_WALLET, { u: 'sh4' });
    expect(w.wallet.map((c) => c.status)).toEqual(['AVAILABLE', 'AVAILABLE']);
  });

  it('buy 2 shoes, get 1 sock free: shoes 8 000 × 2, socks 500 and 300 → the 300 sock free', async () => {
    const t = await staff.q(SHIP_CREATE, {
      i: base('sh5', {
        kind: 'BUY_X_GET_Y',
        buyQuantity: 2,
        getQuantity: 1,
        discountBp: 10_000,
        scope: { includeCategories: ['shoes'] },
        getScope: { includeCategories: ['socks'] },
      }),
    });
    expect(t.createTemplate).toMatchObject({
      summary: 'Buy 2 shoes, get 1 sock free — cheapest first',
      getScope: { includeCategories: ['socks'] },
    });
    const id = await give('sh5', t.createTemplate.id);
    const cart: CartInput = {
      userId: 'sh5',
      lines: [
        { sku: 'k1', category: 'socks', unitPrice: 500, quantity: 1 },
        { sku: 's1', category: 'shoes', unitPrice: 8_000, quantity: 2 },
        { sku: 'k2', category: 'socks', unitPrice: 300, quantity: 1 },
      ],
    };
    const q = await app.q(SHIP_QUOTE, { c: cart });
    expect(q.quote.best).toMatchObject({ couponIds: [id], totalDiscount: 300, payable: 16_500 });
    const l = await app.q(SHIP_LOCK, { i: { orderId: 'sh5-o', cart, couponIds: [id] } });
    expect(l.lockCoupons).toMatchObject({ locked: true, applied: { totalDiscount: 300 } });
    expect((await app.q(SHIP_REDEEM, { o: 'sh5-o' })).redeemOrder).toMatchObject({
      ok: true,
      totalDiscount: 300,
    });
  });

  it('a negative shipping amount is refused by field at quote and at lock; nothing is locked', async () => {
    const t = await staff.q(SHIP_CREATE, { i: base('sh6', { kind: 'SHIPPING_OFF', amount: 300 }) });
    const id = await give('sh6', t.createTemplate.id);
    const cart: CartInput = {
      userId: 'sh6',
      lines: [{ sku: 'a', unitPrice: 1_000, quantity: 1 }],
      shipping: { amount: -1 },
    };
    const q = await app.raw(SHIP_QUOTE, { c: cart });
    expect(q.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(q.errors?.[0]?.extensions)).toContain('shipping');
    const l = await app.raw(SHIP_LOCK, { i: { orderId: 'sh6-o', cart, couponIds: [id] } });
    expect(l.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const w = await app.q(SHIP_WALLET, { u: 'sh6' });
    expect(w.wallet).toEqual([{ id, status: 'AVAILABLE', balance: null }]);
    // the same order id with a valid cart locks: the refused attempt stored no order
    const ok = await app.q(SHIP_LOCK, {
      i: { orderId: 'sh6-o', cart: { ...cart, shipping: { amount: 400 } }, couponIds: [id] },
    });
    expect(ok.lockCoupons).toMatchObject({ locked: true, applied: { totalDiscount: 300 } });
  });

  it.each([
    [
      'a shipping coupon with both amount and discountBp',
      { kind: 'SHIPPING_OFF', amount: 100, discountBp: 10_000 },
      'input.amount',
    ],
    ['a shipping coupon with neither', { kind: 'SHIPPING_OFF' }, 'input.amount'],
    [
      'a shipping coupon outside the SHIPPING group',
      { kind: 'SHIPPING_OFF', amount: 100, stackGroup: 'PLATFORM' },
      'input.stackGroup',
    ],
    ['another kind in the SHIPPING group', { amount: 100, stackGroup: 'SHIPPING' }, 'input.stackGroup'],
    ['a get set on an amount off', { amount: 100, getScope: { includeSkus: ['x'] } }, 'input.getScope'],
    [
      'a get set without items',
      {
        kind: 'BUY_X_GET_Y',
        buyQuantity: 2,
        getQuantity: 1,
        discountBp: 10_000,
        getScope: { excludeSkus: ['x'] },
      },
      'input.getScope',
    ],
    ['several per order on an amount off', { amount: 100, multiplePerOrder: true }, 'input.multiplePerOrder'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (name, over, field) => {
    const unique = `bad-ship ${name}`;
    const r = await staff.raw(SHIP_CREATE, { i: base(unique, { activate: false, ...over }) });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const n = await staff.q(SHIP_TEMPLATES, { s: unique });
    expect(n.templates.totalCount).toBe(0);
  });

  it('buy 1 get 2 is allowed with a get set (not within one set)', async () => {
    const t = await staff.raw(SHIP_CREATE, {
      i: base('sh7', {
        kind: 'BUY_X_GET_Y',
        buyQuantity: 1,
        getQuantity: 2,
        discountBp: 5_000,
        cap: 2_000,
        getScope: { includeCategories: ['socks'] },
      }),
    });
    expect(t.errors).toBeUndefined();
  });
});
