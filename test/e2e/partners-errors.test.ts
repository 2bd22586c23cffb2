// Bad input to the partner-events API gets typed errors: unsafe or malformed webhook URLs (this server
// runs without WEBHOOK_ALLOW_PRIVATE_URLS, as production does), wrong callers, unknown filter values,
// bad credentials on a subscription.
import { graphql } from '../support/gql-types';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GqlClient } from '../support/gql';
import { CLAIM, DIALECT, apiKey, createTemplate } from '../support/server';
import { useServer } from '../support/fixture';
import { EventSubscriber } from '../support/webhook-receiver';

const srv = useServer({ env: { EVENTS_RESUME_WINDOW_SECONDS: '3600' }, connections: 16 });
let staff: GqlClient;
let staffToken: string;
let partnerKey: string;
const subscribers: EventSubscriber[] = [];

beforeAll(async () => {
  staffToken = srv.staffToken;
  staff = srv.staff;
  partnerKey = await srv.key(['events:read'], ['m-1']);
});

afterAll(async () => {
  await Promise.all(subscribers.map((s) => s.close()));
});

const CREATE = graphql(`
  mutation PartnersErrorsCreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $i) {
      secret
      endpoint {
        id
        url
        enabled
      }
    }
  }
`);

async function createError(client: GqlClient, input: Record<string, unknown>) {
  const r = await client.raw(CREATE, { i: input });
  expect(r.data ?? null).toBeNull();
  const e = r.errors?.[0];
  expect(e, JSON.stringify(r)).toBeDefined();
  expect(JSON.stringify(r.errors)).not.toMatch(/\n\s+at /); // no stack traces
  return e!;
}

async function subscriptionError(
  params: Record<string, unknown> | undefined,
  variables: Record<string, unknown>,
  query?: string,
) {
  const s = new EventSubscriber(srv.server.url, params, variables, query);
  subscribers.push(s);
  await s.waitFor((x) => x.errors.length > 0, 10_000, 'an error');
  expect(s.events).toEqual([]);
  return s.errors[0]!;
}

describe(`partner events: typed errors (${DIALECT})`, () => {
  it.each([
    ['http://127.0.0.1:8080/hook', 'loopback'],
    ['http://localhost/hook', 'localhost'],
    ['http://[::1]/hook', 'IPv6 loopback'],
    ['http://10.1.2.3/hook', 'private 10/8'],
    ['http://192.168.0.10/hook', 'private 192.168/16'],
    ['http://169.254.169.254/latest/meta-data', 'link-local (cloud metadata)'],
    ['http://[::ffff:127.0.0.1]/hook', 'IPv4-mapped loopback'],
    ['http://0.0.0.0/hook', 'unspecified'],
    ['http://[::127.0.0.1]/hook', 'IPv4-compatible loopback'],
    ['http://[::a9fe:a9fe]/hook', 'IPv4-compatible link-local (cloud metadata)'],
    ['http://[::ffff:0:127.0.0.1]/hook', 'IPv4-translated loopback'],
    ['http://[64:ff9b::a9fe:a9fe]/hook', 'NAT64 link-local'],
    ['http://[2002:7f00:1::1]/hook', '6to4 loopback'],
  ])('refuses a webhook URL to %s (%s) without the switch', async (url) => {
    const e = await createError(staff, { url });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url', reason: 'UNSAFE_URL' });
  });

  it.each([
    ['not a url', 'is not a valid absolute URL'],
    ['ftp://example.com/hook', 'must be an http or https URL'],
    ['https://user:pass@example.com/hook', 'must not carry credentials'],
  ])('refuses a malformed webhook URL %s', async (url, message) => {
    const e = await createError(staff, { url });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    expect(e.message).toContain(message);
  });

  it('accepts a public address (created disabled: no traffic leaves the machine)', async () => {
    const r = await staff.q(CREATE, {
      i: { url: 'https://93.184.215.14/hooks/coupons', enabled: false },
    });
    expect(r.createWebhookEndpoint.endpoint).toMatchObject({
      url: 'https://93.184.215.14/hooks/coupons',
      enabled: false,
    });
  });

  it('refuses unknown filter values and out-of-range settings', async () => {
    const t = await createTemplate(staff);
    const malformed = await createError(staff, {
      url: 'https://93.184.215.14/h',
      enabled: false,
      templateIds: [t.id, 'tpl_nope'],
    });
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.templateIds[1]' });
    const unknown = await createError(staff, {
      url: 'https://93.184.215.14/h',
      enabled: false,
      templateIds: ['tpl_01939a2b-0000-7000-8000-000000000000'],
    });
    expect(unknown.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.templateIds[0]',
      reason: 'NOT_FOUND',
    });
    const type = await createError(staff, {
      url: 'https://93.184.215.14/h',
      eventTypes: ['COUPON_EXPLODED'],
    });
    expect(type.extensions?.code).toBe('BAD_USER_INPUT');
    const concurrency = await createError(staff, { url: 'https://93.184.215.14/h', maxConcurrency: 0 });
    expect(concurrency.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxConcurrency' });
    const replay = await staff.raw(
      graphql(`
        mutation ReplayWebhookDelivery {
          replayWebhookDelivery(id: "abc") {
            id
          }
        }
      `),
    );
    expect(replay.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const endpoint = await staff.raw(
      graphql(`
        query PartnersErrorsWebhookEndpoint2 {
          webhookEndpoint(id: "whe_nope") {
            id
          }
        }
      `),
    );
    expect(endpoint.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('only staff who may write and partner keys manage webhooks; a partner only for its merchants and its own endpoints', async () => {
    await staff.q(
      graphql(`
        mutation PartnersErrorsCreateStaffUser {
          createStaffUser(
            input: { email: "analyst@test.local", role: analyst, password: "analyst-password-1" }
          ) {
            id
          }
        }
      `),
    );
    const analystToken = (
      await srv.server.client().q(
        graphql(`
          mutation PartnersErrorsLogin {
            login(email: "analyst@test.local", password: "analyst-password-1") {
              token
            }
          }
        `),
      )
    ).login.token;
    const analyst = srv.server.client().withToken(analystToken);
    expect((await createError(analyst, { url: 'https://93.184.215.14/h' })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (
        await analyst.q(
          graphql(`
            query PartnersErrorsWebhookEndpoints {
              webhookEndpoints(first: 5) {
                totalCount
              }
            }
          `),
        )
      ).webhookEndpoints.totalCount,
    ).toBeGreaterThan(0);

    const appKey = srv.server.client().withToken(await apiKey(staff, ['coupons:claim']));
    expect((await createError(appKey, { url: 'https://93.184.215.14/h' })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await createError(srv.server.client(), { url: 'https://93.184.215.14/h' })).extensions?.code,
    ).toBe('UNAUTHENTICATED');

    const partner = srv.server.client().withToken(partnerKey);
    expect(
      (await createError(partner, { url: 'https://93.184.215.14/h', merchantIds: ['m-2'] })).extensions?.code,
    ).toBe('FORBIDDEN');
    const own = await partner.q(CREATE, {
      i: { url: 'https://93.184.215.14/p', enabled: false, merchantIds: ['m-1'] },
    });
    const staffOnes = await staff.q(
      graphql(`
        query WebhookEndpoints {
          webhookEndpoints(first: 100) {
            nodes {
              id
              ownerKeyId
            }
          }
        }
      `),
    );
    const notMine = staffOnes.webhookEndpoints.nodes.find((n) => n.ownerKeyId === null)!;
    const peek = await partner.raw(
      graphql(`
        query PartnersErrorsWebhookEndpoint($id: ID!) {
          webhookEndpoint(id: $id) {
            id
          }
        }
      `),
      { id: notMine.id },
    );
    expect(peek.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_FOUND' });
    const mine = await partner.q(
      graphql(`
        query WebhookEndpoint($id: ID!) {
          webhookEndpoint(id: $id) {
            id
          }
        }
      `),
      { id: own.createWebhookEndpoint.endpoint.id },
    );
    expect(mine.webhookEndpoint.id).toBe(own.createWebhookEndpoint.endpoint.id);
  });

  it('a subscription with an invalid key, no key, or a key without events:read is refused with a typed error', async () => {
    expect(
      (
        await subscriptionError(
          {
            authorization:
              'Bearer cfk_key_00000000-0000-0000-0000-000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
          },
          {},
        )
      ).extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect((await subscriptionError({ authorization: 'Bearer not-a-token' }, {})).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await subscriptionError(undefined, {})).extensions?.code).toBe('UNAUTHENTICATED');
    const claimKey = await apiKey(staff, ['coupons:claim']);
    expect((await subscriptionError({ authorization: `Bearer ${claimKey}` }, {})).extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('a subscription with an unknown filter value is refused with a typed error', async () => {
    const params = { authorization: `Bearer ${partnerKey}` };
    const badType = await subscriptionError(params, { filter: { types: ['COUPON_EXPLODED'] } });
    expect(badType.extensions?.code).toBe('BAD_USER_INPUT');
    const badTemplate = await subscriptionError(params, { filter: { templateIds: ['tpl_nope'] } });
    expect(badTemplate.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.templateIds[0]' });
    const unknownTemplate = await subscriptionError(params, {
      filter: { templateIds: ['tpl_01939a2b-0000-7000-8000-000000000000'] },
    });
    expect(unknownTemplate.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.templateIds[0]',
      reason: 'NOT_FOUND',
    });
    const badCampaign = await subscriptionError(params, {
      filter: { campaignIds: ['cmp_01939a2b-0000-7000-8000-000000000000'] },
    });
    expect(badCampaign.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.campaignIds[0]' });
    const otherMerchant = await subscriptionError(params, { filter: { merchantIds: ['m-2'] } });
    expect(otherMerchant.extensions?.code).toBe('FORBIDDEN');
    const nul = await subscriptionError(params, { filter: { merchantIds: ['m-1\u0000'] } });
    expect(nul.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.merchantIds[0]' });
    const negative = await subscriptionError(params, { afterId: -1 });
    expect(negative.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'afterId' });
    const literal = await subscriptionError(
      params,
      {},
      `subscription { couponEvents(filter: { types: [COUPON_EXPLODED] }) { id } }`,
    );
    expect(literal.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const query = await subscriptionError(params, {}, `query { couponEventLog { id } }`);
    expect(query.extensions?.code).toBe('BAD_REQUEST');
    const twoRoots = await subscriptionError(params, {}, `subscription { couponEvents { id } __typename }`);
    expect(twoRoots.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('resuming after an event older than the resume window is refused, so the client knows to resynchronise', async () => {
    const t = await createTemplate(staff);
    const app = srv.server.client().withToken(await apiKey(staff, ['coupons:claim']));
    await app.q(CLAIM, { i: { templateId: t.id, userId: 'old-1', deviceId: 'd', idempotencyKey: 'old-1' } });
    const log = await staff.q(
      graphql(`
        query PartnersErrorsCouponEventLog($t: ID) {
          couponEventLog(templateId: $t) {
            id
          }
        }
      `),
      { t: t.id },
    );
    const id = log.couponEventLog[0]!.id;
    // age the event by two hours, straight in the database
    const age = `UPDATE outbox_event SET created_at = created_at - 7200 WHERE id = ${id}`;
    if (DIALECT === 'sqlite') {
      const h = new Sqlite(srv.db.url.slice('sqlite:'.length));
      h.pragma('busy_timeout = 5000');
      h.prepare(age).run();
      h.close();
    } else {
      const c = new pg.Client({ connectionString: srv.db.url });
      await c.connect();
      await c.query(age);
      await c.end();
    }
    const params = { authorization: `Bearer ${staffToken}` };
    const tooOld = await subscriptionError(params, { afterId: id - 1 });
    expect(tooOld.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'afterId',
      reason: 'RESUME_WINDOW_EXCEEDED',
    });
    // after it, there is nothing too old left to replay: accepted
    const fine = new EventSubscriber(srv.server.url, params, { afterId: id });
    subscribers.push(fine);
    // proves an absence: a refusal arrives right after the subscribe message; none may come in 500 ms
    await new Promise((r) => setTimeout(r, 500));
    expect(fine.errors).toEqual([]);
  });
});
