// Checkout mechanics through GraphQL (issue 17): the true maximum value of a free gift, a chosen
// coupon that would give nothing refused at lock (NO_EFFECT) and left in the wallet, and claim → quote
// → lock → redeem for buy-X-get-Y, amounts off each unit / line, minimum quantity and cheapest item,
// with budgets using each coupon's true maximum value and bad definitions refused by field.
import { graphql } from '../support/gql-types';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GqlClient } from '../support/gql';
import type { CartInput, CreateTemplateInput } from '../support/gql-types/graphql';
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

const MECH_QUOTE = graphql(`
  query MechanicsQuote($c: CartInput!) {
    quote(cart: $c) {
      items {
        coupon {
          id
        }
        applicable
        reason
        discount
      }
      best {
        couponIds
        totalDiscount
        payable
      }
    }
  }
`);
const MECH_LOCK = graphql(`
  mutation MechanicsLock($i: LockInput!) {
    lockCoupons(input: $i) {
      locked
      problems {
        couponId
        reason
      }
      applied {
        couponIds
        totalDiscount
        payable
      }
    }
  }
`);
const MECH_REDEEM = graphql(`
  mutation MechanicsRedeem($o: ID!) {
    redeemOrder(orderId: $o) {
      ok
      totalDiscount
      coupons {
        id
        status
      }
    }
  }
`);
const MECH_CREATE = graphql(`
  mutation MechanicsCreateTemplate($i: CreateTemplateInput!) {
    createTemplate(input: $i) {
      id
      maxValue
      applyTo
      maxUnits
      minQuantity
      buyQuantity
      getQuantity
      maxApplications
    }
  }
`);
const MECH_TEMPLATES = graphql(`
  query MechanicsTemplates($s: String!) {
    templates(filter: { search: $s }) {
      totalCount
    }
  }
`);
const MECH_CAMPAIGN = graphql(`
  mutation MechanicsCampaign {
    createCampaign(input: { name: "mechanics", budget: 100000 }) {
      id
    }
  }
`);
const MECH_WALLET = graphql(`
  query MechanicsWallet($u: ID!) {
    wallet(userId: $u) {
      id
      status
    }
  }
`);

describe(`checkout mechanics (${DIALECT})`, () => {
  it('a free gift is priced at most its unitValue: 2 units × min(100 000, 50 000) = 100 000 through quote → lock → redeem', async () => {
    const t = await createTemplate(staff, {
      kind: 'MERCHANDISE',
      amount: null,
      sku: 'gift',
      units: 2,
      unitValue: 50_000,
    });
    const id = await give('mx1', t.id);
    const cart = { userId: 'mx1', lines: [{ sku: 'gift', unitPrice: 100_000, quantity: 2 }] };
    const q = await app.q(MECH_QUOTE, { c: cart });
    expect(q.quote.items).toEqual([{ coupon: { id }, applicable: true, reason: null, discount: 100_000 }]);
    const l = await app.q(MECH_LOCK, { i: { orderId: 'mx1-o', cart, couponIds: [id] } });
    expect(l.lockCoupons).toMatchObject({
      locked: true,
      applied: { totalDiscount: 100_000, payable: 100_000 },
    });
    const r = await app.q(MECH_REDEEM, { o: 'mx1-o' });
    expect(r.redeemOrder).toMatchObject({ ok: true, totalDiscount: 100_000 });
  });

  it('a chosen coupon that gives nothing on what is left is refused at lock (NO_EFFECT) and stays available', async () => {
    const store = await createTemplate(staff, { amount: 1_000, scope: { merchantIds: ['mx'] } });
    const platform = await createTemplate(staff, { amount: 500 });
    const s = await give('mx2', store.id);
    const p = await give('mx2', platform.id);
    // the store's 1 000 off takes the whole 1 000 cart; the platform coupon has nothing left to discount
    const cart = { userId: 'mx2', merchantId: 'mx', lines: [{ sku: 'x', unitPrice: 1_000, quantity: 1 }] };
    const l = await app.q(MECH_LOCK, { i: { orderId: 'mx2-o', cart, couponIds: [s, p] } });
    expect(l.lockCoupons.locked).toBe(false);
    expect(l.lockCoupons.problems).toEqual([{ couponId: p, reason: 'NO_EFFECT' }]);
    const w = await app.q(MECH_WALLET, { u: 'mx2' });
    expect(w.wallet.map((c) => c.status)).toEqual(['AVAILABLE', 'AVAILABLE']);
    // the store coupon alone locks and redeems; the platform coupon is still there for the next order
    await app.q(MECH_LOCK, { i: { orderId: 'mx2-o2', cart, couponIds: [s] } });
    await app.q(MECH_REDEEM, { o: 'mx2-o2' });
    const after = await app.q(MECH_WALLET, { u: 'mx2' });
    expect(after.wallet.find((c) => c.id === p)?.status).toBe('AVAILABLE');
  });

  /** Creates an active template; claims one coupon for the user; quote → lock → redeem on `lines`. */
  async function roundTrip(user: string, over: Record<string, unknown>, lines: unknown[], expected: number) {
    const base = {
      name: `mech ${user}`,
      kind: 'AMOUNT_OFF',
      threshold: 0,
      validUntil: iso(30 * DAY),
      activate: true,
    };
    const t = await staff.q(MECH_CREATE, { i: { ...base, ...over } as CreateTemplateInput });
    const id = await give(user, t.createTemplate.id);
    const cart = { userId: user, lines } as CartInput;
    const q = await app.q(MECH_QUOTE, { c: cart });
    expect(q.quote.items).toEqual([{ coupon: { id }, applicable: true, reason: null, discount: expected }]);
    expect(q.quote.best.totalDiscount).toBe(expected);
    const l = await app.q(MECH_LOCK, { i: { orderId: `${user}-o`, cart, couponIds: [id] } });
    expect(l.lockCoupons).toMatchObject({ locked: true, problems: [], applied: { totalDiscount: expected } });
    const r = await app.q(MECH_REDEEM, { o: `${user}-o` });
    expect(r.redeemOrder).toMatchObject({
      ok: true,
      totalDiscount: expected,
      coupons: [{ id, status: 'REDEEMED' }],
    });
    return t.createTemplate;
  }

  it('buy 2 get 1 free, cheapest first: 500 / 700 / 900 → the 500 unit is free', async () => {
    const t = await roundTrip(
      'mx3',
      { kind: 'BUY_X_GET_Y', amount: null, buyQuantity: 2, getQuantity: 1, discountBp: 10_000 },
      [
        { sku: 'a', unitPrice: 900, quantity: 1 },
        { sku: 'b', unitPrice: 500, quantity: 1 },
        { sku: 'c', unitPrice: 700, quantity: 1 },
      ],
      500,
    );
    expect(t).toMatchObject({ buyQuantity: 2, getQuantity: 1, maxApplications: null });
  });

  it('300 off each unit of brand acme, at most 2 units: min(300, 200) + 300 = 500, maximum value 2 × 300', async () => {
    const t = await roundTrip(
      'mx4',
      { amount: 300, applyTo: 'EACH_UNIT', maxUnits: 2, scope: { includeBrands: ['acme'] } },
      [
        { sku: 'a', brand: 'acme', unitPrice: 1_000, quantity: 2 },
        { sku: 'b', brand: 'acme', unitPrice: 200, quantity: 1 },
        { sku: 'c', brand: 'other', unitPrice: 50, quantity: 1 },
      ],
      500,
    );
    expect(t).toMatchObject({ applyTo: 'EACH_UNIT', maxUnits: 2, maxValue: 600 });
  });

  it('20 % off the cheapest item once per order, with at least 3 items: floor(20 % × 450) = 90', async () => {
    await roundTrip(
      'mx5',
      {
        kind: 'PERCENT_OFF',
        amount: null,
        discountBp: 2_000,
        cap: 5_000,
        applyTo: 'CHEAPEST_ITEM',
        minQuantity: 3,
      },
      [
        { sku: 'a', unitPrice: 2_000, quantity: 2 },
        { sku: 'b', unitPrice: 450, quantity: 1 },
      ],
      90,
    );
  });

  it('a minimum quantity not met is a reason with how many units are missing', async () => {
    const t = await staff.q(MECH_CREATE, {
      i: {
        name: 'mx6',
        kind: 'AMOUNT_OFF',
        amount: 100,
        threshold: 0,
        minQuantity: 4,
        validUntil: iso(30 * DAY),
        activate: true,
      },
    });
    const id = await give('mx6', t.createTemplate.id);
    const r = await app.q(
      graphql(`
        query MechanicsShort($c: CartInput!) {
          quote(cart: $c) {
            items {
              applicable
              reason
              shortBy
            }
          }
        }
      `),
      { c: { userId: 'mx6', lines: [{ sku: 'a', unitPrice: 1_000, quantity: 3 }] } },
    );
    expect(id).toBeTruthy();
    expect(r.quote.items).toEqual([{ applicable: false, reason: 'QUANTITY_NOT_MET', shortBy: 1 }]);
  });

  it('budgets use the true maximum: an amount off each unit without a unit cap is refused in a budgeted campaign', async () => {
    const c = await staff.q(MECH_CAMPAIGN);
    const base: CreateTemplateInput = {
      name: 'mx7',
      kind: 'AMOUNT_OFF',
      amount: 300,
      threshold: 0,
      applyTo: 'EACH_UNIT',
      scope: { includeSkus: ['a'] },
      campaignId: c.createCampaign.id,
      validUntil: iso(30 * DAY),
    };
    const r = await staff.raw(MECH_CREATE, { i: base });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.maxUnits',
      reason: 'UNBOUNDED_IN_BUDGET',
    });
    const ok = await staff.q(MECH_CREATE, { i: { ...base, maxUnits: 5 } });
    expect(ok.createTemplate.maxValue).toBe(1_500);
  });

  it.each([
    [
      'buy 1 get 2 within one set',
      { kind: 'BUY_X_GET_Y', buyQuantity: 1, getQuantity: 2, discountBp: 10_000 },
      'input.getQuantity',
    ],
    ['an amount off each unit without eligible items', { amount: 100, applyTo: 'EACH_UNIT' }, 'input.scope'],
    [
      'each line on a percentage',
      { kind: 'PERCENT_OFF', discountBp: 1_000, applyTo: 'EACH_LINE' },
      'input.applyTo',
    ],
    ['a unit cap on an order discount', { amount: 100, maxUnits: 2 }, 'input.maxUnits'],
    ['buy-X-get-Y fields on an amount off', { amount: 100, buyQuantity: 2 }, 'input.buyQuantity'],
    [
      'buy-X-get-Y without getQuantity',
      { kind: 'BUY_X_GET_Y', buyQuantity: 2, discountBp: 10_000 },
      'input.getQuantity',
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (name, over, field) => {
    const unique = `bad-mech ${name}`;
    const r = await staff.raw(MECH_CREATE, {
      i: {
        name: unique,
        kind: 'AMOUNT_OFF',
        threshold: 0,
        validUntil: iso(30 * DAY),
        ...over,
      } as CreateTemplateInput,
    });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const n = await staff.q(MECH_TEMPLATES, { s: unique });
    expect(n.templates.totalCount).toBe(0);
  });
});
