// The API conventions of issue 16 against a real server: one Money scalar (floats and strings refused
// naming the field, nothing changed), typed user errors as data on mutations whose refusals are
// business outcomes, and event types named as in webhook bodies (coupon.claimed) in filters.
import { graphql } from '../support/gql-types';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GqlClient } from '../support/gql';
import { DAY, claimOne, createTemplate, iso } from '../support/server';
import { useServer } from '../support/fixture';

const srv = useServer({ env: { WEBHOOK_ALLOW_PRIVATE_URLS: 'true' } });
let staff: GqlClient;
let app: GqlClient;

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['coupons:claim', 'checkout']);
});

const TEMPLATE_COUNT = graphql(`
  query ApiConventionsTemplateCount {
    templates(first: 1) {
      totalCount
    }
  }
`);
const templateCount = async () => (await staff.q(TEMPLATE_COUNT)).templates.totalCount;

describe('Money', () => {
  it.each([
    [12.5, 'fraction'],
    ['500', 'string'],
    [2 ** 53, '2^53'],
  ])('refuses the amount %p as BAD_USER_INPUT naming the field, and creates nothing', async (bad, words) => {
    const before = await templateCount();
    const r = await staff.raw(
      graphql(`
        mutation ApiConventionsCreateTemplate($i: CreateTemplateInput!) {
          createTemplate(input: $i) {
            id
          }
        }
      `),
      { i: { name: 'bad money', kind: 'AMOUNT_OFF', amount: bad, threshold: 0, validUntil: iso(DAY) } },
    );
    expect(r.data).toBeUndefined();
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'i.amount' });
    expect(r.errors![0]!.message).toContain(words);
    expect(await templateCount()).toBe(before);
  });

  it('refuses a float literal in the query text as BAD_USER_INPUT', async () => {
    const r = await staff.raw(
      `mutation { createCampaign(input: { name: "float budget", budget: 100.5 }) { id } }`,
    );
    expect(r.data).toBeUndefined();
    expect(r.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toContain('Money');
  });

  it('quotes in integers of minor units with the currency beside them; a float price names its line', async () => {
    const t = await createTemplate(staff, { amount: 250, threshold: 1000 });
    await claimOne(app, t.id, 'money-1');
    const QUOTE = graphql(`
      query ApiConventionsQuote($c: CartInput!) {
        quote(cart: $c) {
          currency
          subtotal
          errors {
            code
          }
          best {
            totalDiscount
            payable
          }
        }
      }
    `);
    const ok = await app.q(QUOTE, {
      c: { userId: 'money-1', lines: [{ sku: 'a', unitPrice: 1250, quantity: 1 }] },
    });
    expect(ok.quote).toEqual({
      currency: 'USD',
      subtotal: 1250,
      errors: [],
      best: { totalDiscount: 250, payable: 1000 },
    });
    const bad = await app.raw(QUOTE, {
      c: {
        userId: 'money-1',
        lines: [
          { sku: 'a', unitPrice: 1250, quantity: 1 },
          { sku: 'b', unitPrice: 9.99, quantity: 1 },
        ],
      },
    });
    expect(bad.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'c.lines[1].unitPrice',
    });
  });
});

describe('typed user errors', () => {
  const TRANSITION_CAMPAIGN = graphql(`
    mutation ApiConventionsTransitionCampaign($id: ID!, $a: CampaignAction!) {
      transitionCampaign(id: $id, action: $a) {
        campaign {
          id
          status
        }
        errors {
          field
          message
          code
        }
      }
    }
  `);

  it('a campaign step its state does not allow is data (INVALID_TRANSITION on action); nothing changes', async () => {
    const c = await staff.q(
      graphql(`
        mutation ApiConventionsCreateCampaign {
          createCampaign(input: { name: "steps", budget: 10000 }) {
            id
            status
          }
        }
      `),
    );
    const id = c.createCampaign.id;
    expect(c.createCampaign.status).toBe('ACTIVE');
    const refused = await staff.q(TRANSITION_CAMPAIGN, { id, a: 'RESUME' });
    expect(refused.transitionCampaign.campaign).toEqual({ id, status: 'ACTIVE' });
    expect(refused.transitionCampaign.errors).toEqual([
      { field: 'action', code: 'INVALID_TRANSITION', message: 'cannot resume a campaign that is ACTIVE' },
    ]);
    const paused = await staff.q(TRANSITION_CAMPAIGN, { id, a: 'PAUSE' });
    expect(paused.transitionCampaign).toEqual({ campaign: { id, status: 'PAUSED' }, errors: [] });
    const ended = await staff.q(TRANSITION_CAMPAIGN, { id, a: 'END' });
    expect(ended.transitionCampaign).toEqual({ campaign: { id, status: 'ENDED' }, errors: [] });
    // The deprecated mutation is still served, with its error as before.
    const old = await staff.raw(
      graphql(`
        mutation ApiConventionsPauseCampaign($id: ID!) {
          pauseCampaign(id: $id) {
            status
          }
        }
      `),
      { id },
    );
    expect(old.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
      status: 'ENDED',
    });
    // An unknown id is bad input, not a refusal.
    const unknown = await staff.raw(TRANSITION_CAMPAIGN, { id: 'cmp_nope', a: 'PAUSE' });
    expect(unknown.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a template step its state does not allow is data too', async () => {
    const t = await createTemplate(staff);
    const STEP = graphql(`
      mutation ApiConventionsTransitionTemplate($id: ID!, $a: TemplateAction!) {
        transitionTemplate(id: $id, action: $a) {
          template {
            id
            status
          }
          errors {
            field
            code
          }
        }
      }
    `);
    const refused = await staff.q(STEP, { id: t.id, a: 'ACTIVATE' });
    expect(refused.transitionTemplate).toEqual({
      template: { id: t.id, status: 'ACTIVE' },
      errors: [{ field: 'action', code: 'INVALID_TRANSITION' }],
    });
    const paused = await staff.q(STEP, { id: t.id, a: 'PAUSE' });
    expect(paused.transitionTemplate).toEqual({ template: { id: t.id, status: 'PAUSED' }, errors: [] });
  });

  it('lockCoupons names each coupon it cannot lock; redeemOrder of a released order says ORDER_NOT_LOCKED', async () => {
    const t = await createTemplate(staff, { amount: 300, threshold: 5000 });
    const coupon = await claimOne(app, t.id, 'errors-1');
    const LOCK = graphql(`
      mutation ApiConventionsLock($i: LockInput!) {
        lockCoupons(input: $i) {
          locked
          problems {
            couponId
            reason
          }
          errors {
            field
            message
            code
          }
        }
      }
    `);
    const cart = (price: number) => ({
      userId: 'errors-1',
      lines: [{ sku: 'a', unitPrice: price, quantity: 1 }],
    });
    const refused = await app.q(LOCK, { i: { orderId: 'errors-o1', cart: cart(1000), couponIds: [coupon] } });
    expect(refused.lockCoupons.locked).toBe(false);
    expect(refused.lockCoupons.problems).toEqual([{ couponId: coupon, reason: 'THRESHOLD_NOT_MET' }]);
    expect(refused.lockCoupons.errors).toEqual([
      {
        field: 'input.couponIds[0]',
        code: 'COUPON_NOT_LOCKABLE',
        message: `coupon ${coupon} cannot be locked: THRESHOLD_NOT_MET (short by 4000)`,
      },
    ]);

    const locked = await app.q(LOCK, { i: { orderId: 'errors-o2', cart: cart(6000), couponIds: [coupon] } });
    expect(locked.lockCoupons).toMatchObject({ locked: true, errors: [] });
    await app.q(
      graphql(`
        mutation ApiConventionsRelease {
          releaseOrder(orderId: "errors-o2") {
            status
          }
        }
      `),
    );
    const REDEEM = graphql(`
      mutation ApiConventionsRedeem($o: ID!) {
        redeemOrder(orderId: $o) {
          ok
          status
          totalDiscount
          errors {
            field
            message
            code
          }
        }
      }
    `);
    const redeem = await app.q(REDEEM, { o: 'errors-o2' });
    expect(redeem.redeemOrder).toEqual({
      ok: false,
      status: 'RELEASED',
      totalDiscount: 300,
      errors: [
        {
          field: 'orderId',
          code: 'ORDER_NOT_LOCKED',
          message: 'the order is RELEASED: no locked coupons to redeem',
        },
      ],
    });
    // A malformed order id stays bad input.
    const bad = await app.raw(REDEEM, { o: 'no spaces allowed' });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orderId' });
  });
});

describe('event types named as in webhook bodies', () => {
  const CREATE = graphql(`
    mutation ApiConventionsCreateEndpoint($i: CreateWebhookEndpointInput!) {
      createWebhookEndpoint(input: $i) {
        endpoint {
          id
          events
          eventTypes
        }
      }
    }
  `);
  const ENDPOINTS = graphql(`
    query ApiConventionsEndpoints {
      webhookEndpoints(first: 100) {
        totalCount
      }
    }
  `);

  it('a webhook endpoint filters by coupon.claimed (old enum spelling still served); an unknown name changes nothing', async () => {
    const created = await staff.q(CREATE, {
      i: { url: 'http://127.0.0.1:9/hook', events: ['coupon.claimed', 'coupon.redeemed'], enabled: false },
    });
    expect(created.createWebhookEndpoint.endpoint.events).toEqual(['coupon.claimed', 'coupon.redeemed']);
    expect(created.createWebhookEndpoint.endpoint.eventTypes).toEqual(['COUPON_CLAIMED', 'COUPON_REDEEMED']);
    const id = created.createWebhookEndpoint.endpoint.id;

    const before = (await staff.q(ENDPOINTS)).webhookEndpoints.totalCount;
    const unknown = await staff.raw(CREATE, {
      i: { url: 'http://127.0.0.1:9/hook', events: ['coupon.claimed', 'COUPON_CLAIMED'] },
    });
    expect(unknown.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.events[1]',
    });
    expect((await staff.q(ENDPOINTS)).webhookEndpoints.totalCount).toBe(before);

    const UPDATE = graphql(`
      mutation ApiConventionsUpdateEndpoint($id: ID!, $i: UpdateWebhookEndpointInput!) {
        updateWebhookEndpoint(id: $id, input: $i) {
          events
        }
      }
    `);
    const refused = await staff.raw(UPDATE, { id, i: { events: ['coupon.nope'] } });
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.events[0]',
    });
    const updated = await staff.q(UPDATE, { id, i: { events: ['rule.fired'] } });
    expect(updated.updateWebhookEndpoint.events).toEqual(['rule.fired']);
  });

  it('the event log filters by dotted names and refuses unknown ones', async () => {
    const t = await createTemplate(staff);
    await claimOne(app, t.id, 'log-1');
    const LOG = graphql(`
      query ApiConventionsEventLog($t: ID, $types: [String!]) {
        couponEventLog(templateId: $t, eventTypes: $types, first: 100) {
          eventType
        }
      }
    `);
    const claimed = await staff.q(LOG, { t: t.id, types: ['coupon.claimed'] });
    expect(claimed.couponEventLog.map((e) => e.eventType)).toEqual(['coupon.claimed']);
    const locked = await staff.q(LOG, { t: t.id, types: ['coupon.locked', 'coupon.redeemed'] });
    expect(locked.couponEventLog).toEqual([]);
    const bad = await staff.raw(LOG, { t: t.id, types: ['COUPON_CLAIMED'] });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventTypes[0]' });
  });
});

describe('enum values in one case', () => {
  it('staff roles are ADMIN, GROWTH, ANALYST on access; the lower-case role is still served', async () => {
    const CREATE = graphql(`
      mutation ApiConventionsCreateStaff($i: CreateStaffInput!) {
        createStaffUser(input: $i) {
          id
          role
          access
        }
      }
    `);
    const created = await staff.q(CREATE, {
      i: { email: 'growth@test.local', access: 'GROWTH', password: 'purple-monkey-dishwasher-42' },
    });
    expect(created.createStaffUser).toMatchObject({ role: 'growth', access: 'GROWTH' });
    const old = await staff.q(CREATE, {
      i: { email: 'analyst@test.local', role: 'analyst', password: 'purple-monkey-dishwasher-43' },
    });
    expect(old.createStaffUser).toMatchObject({ role: 'analyst', access: 'ANALYST' });
    const none = await staff.raw(CREATE, {
      i: { email: 'none@test.local', password: 'purple-monkey-dishwasher-44' },
    });
    expect(none.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.access' });
    const updated = await staff.q(
      graphql(`
        mutation ApiConventionsUpdateStaff($i: UpdateStaffInput!) {
          updateStaffUser(input: $i) {
            role
            access
          }
        }
      `),
      { i: { id: created.createStaffUser.id, access: 'ADMIN' } },
    );
    expect(updated.updateStaffUser).toEqual({ role: 'admin', access: 'ADMIN' });
  });
});
