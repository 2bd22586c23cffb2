// Tracking: event types with property schemas, user attributes, dedup, first-time conditions and the
// frequency cap reading what earlier events (also earlier in the same batch) did.
import { graphql } from '../support/gql-types';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../support/db';
import type { GqlClient } from '../support/gql';
import { DIALECT, createTemplate } from '../support/server';
import { useServer } from '../support/fixture';
import { chain, createRule, publishRule, track } from './rules-support';

const srv = useServer({ connections: 8 });
let staff: GqlClient;
let app: GqlClient;

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['events:write']);
});

const DEFINE = graphql(`
  mutation DefineEventType($i: DefineEventTypeInput!) {
    defineEventType(input: $i) {
      name
      builtin
      properties {
        name
        type
        required
      }
    }
  }
`);

describe(`event types (${DIALECT})`, () => {
  it('ships the four default types', async () => {
    const r = await staff.q(
      graphql(`
        query EventTypes {
          eventTypes {
            name
            builtin
          }
        }
      `),
    );
    expect(r.eventTypes).toEqual([
      { name: 'cart.abandoned', builtin: true },
      { name: 'order.paid', builtin: true },
      { name: 'page.viewed', builtin: true },
      { name: 'user.signed_up', builtin: true },
    ]);
  });

  it('staff define a custom type; its schema is enforced on track', async () => {
    const d = await staff.q(DEFINE, {
      i: {
        name: 'subscription.renewed',
        properties: [
          { name: 'plan', type: 'STRING', required: true },
          { name: 'months', type: 'INTEGER', required: false },
        ],
      },
    });
    expect(d.defineEventType).toMatchObject({ name: 'subscription.renewed', builtin: false });
    const r = await track(app, [
      { id: 'sub-1', type: 'subscription.renewed', userId: 's1', properties: { plan: 'pro', months: 12 } },
      { id: 'sub-2', type: 'subscription.renewed', userId: 's1', properties: { months: 12 } },
      { id: 'sub-3', type: 'subscription.renewed', userId: 's1', properties: { plan: 'pro', months: true } },
    ]);
    expect(r.accepted).toBe(1);
    expect(r.errors.map((e) => [e.eventId, e.code, e.field])).toEqual([
      ['sub-2', 'MISSING_PROPERTY', 'events.1.properties.plan'],
      ['sub-3', 'INVALID_PROPERTY', 'events.2.properties.months'],
    ]);
  });

  it('refuses bad names and changes to built-in properties', async () => {
    const bad = await staff.raw(DEFINE, { i: { name: 'NoDots', properties: [] } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const builtin = await staff.raw(DEFINE, {
      i: { name: 'order.paid', properties: [{ name: 'amount', type: 'STRING', required: true }] },
    });
    expect(builtin.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.properties',
    });
  });
});

describe(`user attributes (${DIALECT})`, () => {
  it('merge from upserts and events; null removes one', async () => {
    await staff.q(
      graphql(`
        mutation UpsertUserAttributes {
          upsertUserAttributes(userId: "attr-1", attributes: { tier: "VIP", platform: "ios" }) {
            userId
          }
        }
      `),
    );
    await track(app, [
      {
        id: 'at-1',
        type: 'page.viewed',
        userId: 'attr-1',
        properties: { path: '/' },
        userAttributes: { platform: null, city: 'Oslo' },
      },
    ]);
    const r = await staff.q(
      graphql(`
        query TrackingUserProfile {
          userProfile(userId: "attr-1") {
            attributes
          }
        }
      `),
    );
    expect(r.userProfile?.attributes).toEqual({ tier: 'VIP', city: 'Oslo' });
    const none = await staff.q(
      graphql(`
        query UserProfile {
          userProfile(userId: "attr-none") {
            attributes
          }
        }
      `),
    );
    expect(none.userProfile).toBeNull();
  });
});

describe(`engine facts across a batch (${DIALECT})`, () => {
  it('first order only: a first-time rule fires once per user even with several orders in one batch', async () => {
    const tpl = await createTemplate(staff, { name: 'welcome' });
    const rule = await createRule(
      staff,
      chain([
        { id: 'trigger', type: 'trigger.event', args: { eventType: 'order.paid' } },
        { id: 'first', type: 'condition.firstTime', args: { eventType: 'order.paid' } },
        { id: 'issue', type: 'action.issueCoupon', args: { templateId: tpl.id } },
      ]),
    );
    await publishRule(staff, rule);
    const r = await track(app, [
      { id: 'fo-1', type: 'order.paid', userId: 'fo-a', properties: { amount: 1 } },
      { id: 'fo-2', type: 'order.paid', userId: 'fo-a', properties: { amount: 2 } },
      { id: 'fo-3', type: 'order.paid', userId: 'fo-b', properties: { amount: 3 } },
    ]);
    expect(r.issued).toBe(2);
    const again = await track(app, [
      { id: 'fo-4', type: 'order.paid', userId: 'fo-a', properties: { amount: 4 } },
    ]);
    expect(again.issued).toBe(0);
    await staff.q(
      graphql(`
        mutation TrackingPauseRule($id: ID!) {
          pauseRule(id: $id) {
            id
          }
        }
      `),
      { id: rule },
    );
  });

  it('a frequency cap counts firings earlier in the same batch and in earlier batches', async () => {
    const tpl = await createTemplate(staff, { name: 'capped' });
    const rule = await createRule(
      staff,
      chain([
        { id: 'trigger', type: 'trigger.event', args: { eventType: 'cart.abandoned' } },
        { id: 'cap', type: 'condition.frequencyCap', args: { max: 2, period: 'day' } },
        { id: 'issue', type: 'action.issueCoupon', args: { templateId: tpl.id } },
      ]),
    );
    await publishRule(staff, rule);
    const cart = (i: number) => ({
      id: `cart-${i}`,
      type: 'cart.abandoned',
      userId: 'cap-user',
      properties: { value: 100 },
    });
    expect((await track(app, [cart(1), cart(2), cart(3)])).issued).toBe(2);
    expect((await track(app, [cart(4)])).issued).toBe(0);
    const rows = await queryRows<{ n: number }>(
      srv.db.url,
      `SELECT COUNT(*) AS n FROM coupon WHERE template_id = '${tpl.id}'`,
    );
    expect(Number(rows[0]!.n)).toBe(2);
  });

  it('an emit-event action writes a custom event to the outbox in the same transaction', async () => {
    const rule = await createRule(
      staff,
      chain([
        { id: 'trigger', type: 'trigger.event', args: { eventType: 'user.signed_up' } },
        {
          id: 'emit',
          type: 'action.emitEvent',
          args: { eventType: 'welcome.sent', properties: { channel: 'email' } },
        },
      ]),
    );
    await publishRule(staff, rule);
    await track(app, [{ id: 'emit-1', type: 'user.signed_up', userId: 'emit-user' }]);
    const rows = await queryRows<{ payload: string }>(
      srv.db.url,
      `SELECT payload FROM outbox_event WHERE type = 'rule.fired' AND user_id = 'emit-user' ORDER BY id`,
    );
    // stored compactly (outbox/events.ts): the custom event first, then the firing with its actions
    const payloads = rows.map(
      (r) => JSON.parse(r.payload) as { custom?: unknown; actions?: unknown[]; trackedEventId: string },
    );
    expect(payloads.map((p) => p.trackedEventId)).toEqual(['emit-1', 'emit-1']);
    expect(payloads[0]!.custom).toEqual({ eventType: 'welcome.sent', properties: { channel: 'email' } });
    expect(payloads[1]!.custom).toBeUndefined();
    expect(payloads[1]!.actions).toHaveLength(1);
  });
});
