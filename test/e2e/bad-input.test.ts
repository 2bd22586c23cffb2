// Bad input, missing or wrong credentials and abusive queries get typed errors and change nothing.
import { graphql } from '../support/gql-types';
import type { StaffRole } from '../support/gql-types/graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_TABLES, countRows } from '../support/db';
import type { GqlClient, GqlResponse } from '../support/gql';
import {
  CLAIM,
  DIALECT,
  type RunningServer,
  createTemplate,
  freshDatabase,
  startServer,
} from '../support/server';
import { useServer } from '../support/fixture';

const srv = useServer();
let anon: GqlClient;
let staff: GqlClient;
let app: GqlClient;
let growth: GqlClient;
let analyst: GqlClient;
let user: GqlClient;
let templateId: string;

async function loginAs(role: StaffRole): Promise<GqlClient> {
  const email = `${role}@test.local`;
  await staff.q(
    graphql(`
      mutation CreateStaffUser($i: CreateStaffInput!) {
        createStaffUser(input: $i) {
          id
        }
      }
    `),
    {
      i: { email, role, password: 'a-long-password' },
    },
  );
  const r = await anon.q(
    graphql(`
      mutation BadInputLogin($e: String!) {
        login(email: $e, password: "a-long-password") {
          token
        }
      }
    `),
    { e: email },
  );
  return anon.withToken(r.login.token);
}

beforeAll(async () => {
  ({ anon, staff } = srv);
  app = await srv.withKey(['coupons:claim', 'checkout']);
  growth = await loginAs('growth');
  analyst = await loginAs('analyst');
  const t = await app.q(
    graphql(`
      mutation CreateUserToken {
        createUserToken(input: { userId: "alice" })
      }
    `),
  );
  user = anon.withToken(t.createUserToken);
  templateId = (await createTemplate(staff)).id;
});

function expectError(r: GqlResponse<unknown>, code: string, field?: string) {
  expect(r.errors, JSON.stringify(r)).toBeDefined();
  const e = r.errors![0]!;
  expect(e.extensions?.code).toBe(code);
  if (field) expect(String(e.extensions?.field ?? e.message)).toContain(field);
  expect(JSON.stringify(r)).not.toMatch(/stacktrace|\n\s+at |node_modules/);
}

const claimInput = (over: Record<string, unknown> = {}) => ({
  i: { templateId, userId: 'u1', deviceId: 'd1', idempotencyKey: `k-${Math.random()}`, ...over },
});
const cart = (lines: unknown[]) => ({ c: { userId: 'u1', lines } });
const QUOTE = graphql(`
  query BadInputQuote($c: CartInput!) {
    quote(cart: $c) {
      subtotal
    }
  }
`);

describe(`bad input changes nothing (${DIALECT})`, () => {
  it('every refusal below is typed and leaves every table as it was', async () => {
    const before = await countRows(srv.db.url, ALL_TABLES);

    // malformed and unknown ids
    expectError(
      await app.raw(CLAIM, claimInput({ templateId: 'not-an-id' })),
      'BAD_USER_INPUT',
      'templateId',
    );
    expectError(
      await app.raw(CLAIM, claimInput({ templateId: 'tpl_01a21111-1111-7111-8111-111111111111' })),
      'BAD_USER_INPUT',
      'templateId',
    );
    expectError(await app.raw(CLAIM, claimInput({ userId: 'has spaces' })), 'BAD_USER_INPUT', 'userId');
    expectError(
      await app.raw(CLAIM, claimInput({ idempotencyKey: 'x'.repeat(256) })),
      'BAD_USER_INPUT',
      'idempotencyKey',
    );
    expectError(
      await staff.raw(
        graphql(`
          query BadInputTemplate {
            template(id: "tpl_nope") {
              id
            }
          }
        `),
      ),
      'BAD_USER_INPUT',
      'id',
    );
    expectError(
      await staff.raw(
        graphql(`
          query Coupon {
            coupon(id: "1 OR 1=1") {
              id
            }
          }
        `),
      ),
      'BAD_USER_INPUT',
      'id',
    );

    // money: negative, non-integer, too large a cart
    const tpl = graphql(`
      mutation BadInputCreateTemplate($i: CreateTemplateInput!) {
        createTemplate(input: $i) {
          id
        }
      }
    `);
    const base = { name: 'x', kind: 'AMOUNT_OFF', validUntil: '2030-01-01T00:00:00Z' };
    expectError(await staff.raw(tpl, { i: { ...base, amount: -5 } }), 'BAD_USER_INPUT', 'amount');
    expectError(await staff.raw(tpl, { i: { ...base, amount: 1.5 } }), 'BAD_USER_INPUT');
    expectError(await staff.raw(tpl, { i: { ...base } }), 'BAD_USER_INPUT', 'amount');
    expectError(
      await staff.raw(tpl, { i: { ...base, amount: 100, validUntil: 'tomorrow' } }),
      'BAD_USER_INPUT',
    );
    expectError(
      await staff.raw(tpl, { i: { ...base, kind: 'PERCENT_OFF', discountBp: 10001 } }),
      'BAD_USER_INPUT',
      'discountBp',
    );
    expectError(
      await staff.raw(tpl, { i: { ...base, amount: 100, funding: { platformBp: 5000, merchantBp: 4000 } } }),
      'BAD_USER_INPUT',
      'funding',
    );
    expectError(
      await app.raw(QUOTE, cart([{ sku: 'a', unitPrice: -1, quantity: 1 }])),
      'BAD_USER_INPUT',
      'unitPrice',
    );
    expectError(
      await app.raw(QUOTE, cart([{ sku: 'a', unitPrice: 100, quantity: 0 }])),
      'BAD_USER_INPUT',
      'quantity',
    );
    expectError(await app.raw(QUOTE, cart([{ sku: 'a', unitPrice: 99.99, quantity: 1 }])), 'BAD_USER_INPUT');
    expectError(
      await app.raw(
        QUOTE,
        cart(Array.from({ length: 10_000 }, (_, i) => ({ sku: `s${i}`, unitPrice: 100, quantity: 1 }))),
      ),
      'BAD_USER_INPUT',
      'lines',
    );
    expectError(await app.raw(QUOTE, cart([])), 'BAD_USER_INPUT', 'lines');

    // credentials
    expectError(await anon.raw(CLAIM, claimInput()), 'UNAUTHENTICATED');
    expectError(
      await anon
        .withToken('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSIsImF1ZCI6ImNvdXBvbmZsb3c6dXNlciJ9.forged')
        .raw(CLAIM, claimInput()),
      'UNAUTHENTICATED',
    );
    expectError(
      await anon
        .withToken('cfk_key_01a21111-1111-7111-8111-111111111111_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
        .raw(CLAIM, claimInput()),
      'UNAUTHENTICATED',
    );
    expectError(await anon.withToken('garbage').raw(CLAIM, claimInput()), 'UNAUTHENTICATED');
    expectError(
      await anon.raw(
        graphql(`
          mutation Login {
            login(email: "admin@test.local", password: "wrong") {
              token
            }
          }
        `),
      ),
      'UNAUTHENTICATED',
    );

    // roles and scopes
    expectError(
      await growth.raw(
        graphql(`
          mutation CreateApiKey {
            createApiKey(input: { name: "x", scopes: [CHECKOUT] }) {
              key
            }
          }
        `),
      ),
      'FORBIDDEN',
    );
    expectError(await analyst.raw(tpl, { i: { ...base, amount: 100 } }), 'FORBIDDEN');
    expectError(
      await user.raw(
        graphql(`
          query BadInputWallet {
            wallet(userId: "bob") {
              id
            }
          }
        `),
      ),
      'FORBIDDEN',
    );
    expectError(await user.raw(CLAIM, claimInput({ userId: 'bob' })), 'FORBIDDEN');
    expectError(
      await user.raw(
        graphql(`
          mutation BadInputRedeemOrder {
            redeemOrder(orderId: "o1") {
              ok
            }
          }
        `),
      ),
      'FORBIDDEN',
    );
    expectError(
      await app.raw(
        graphql(`
          query BadInputTemplates {
            templates {
              totalCount
            }
          }
        `),
      ),
      'FORBIDDEN',
    );
    expectError(
      await app.raw(
        graphql(`
          mutation RedeemOrder {
            redeemOrder(orderId: "no-such-order") {
              ok
            }
          }
        `),
      ),
      'BAD_USER_INPUT',
      'orderId',
    );

    // query limits: depth, aliases, page size, batching
    const deep = graphql(`
      query BadInputWallet2 {
        wallet(userId: "u1") {
          template {
            scope {
              merchantIds
            }
          }
        }
      }
    `);
    expect((await app.raw(deep)).errors).toBeUndefined();
    const tooDeep = `{ wallet(userId: "u1") { template { a { b { c { d { e { f { g { h { i } } } } } } } } } } }`;
    const d = await app.raw(tooDeep);
    expect(d.errors?.map((e) => e.extensions?.code)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(d.errors?.some((e) => /depth/i.test(e.message))).toBe(true);
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect((await staff.raw(aliases)).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expectError(
      await staff.raw(
        graphql(`
          query Templates {
            templates(first: 101) {
              totalCount
            }
          }
        `),
      ),
      'BAD_USER_INPUT',
      'first',
    );

    expect(await countRows(srv.db.url, ALL_TABLES)).toEqual(before);
  });

  it('a user token claims and reads only for itself', async () => {
    const r = await user.q(CLAIM, {
      i: { templateId, deviceId: 'phone', idempotencyKey: 'alice-1' },
    });
    expect(r.claimCoupon).toMatchObject({ __typename: 'ClaimSuccess', coupon: { userId: 'alice' } });
    const w = await user.q(
      graphql(`
        query Wallet {
          wallet {
            userId
          }
        }
      `),
    );
    expect(w.wallet).toEqual([{ userId: 'alice' }]);
  });

  it('batched requests and CSRF-prone simple requests are refused', async () => {
    const batch = await fetch(`${srv.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batch.status).toBe(400);
    const simple = await fetch(`${srv.server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(simple.status).toBe(400);
    const text = await fetch(`${srv.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ __typename }"}',
    });
    expect(text.status).toBe(400);
    const health = await fetch(`${srv.server.url}/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', database: DIALECT });
  });
});

describe('production mode', () => {
  it('turns introspection and field suggestions off', async () => {
    const pdb = await freshDatabase();
    let prod: RunningServer | undefined;
    try {
      prod = await startServer(pdb.url, { NODE_ENV: 'production' });
      const c = prod.client();
      const intro = await c.raw(`{ __schema { queryType { name } } }`);
      expect(intro.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const typo = await c.raw(`{ walet { id } }`);
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    } finally {
      await prod?.stop();
      await pdb.drop();
    }
  });
});
