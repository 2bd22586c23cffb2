// Oversized lists and code guessing (issue 15, items 9 and 10).
import { beforeAll, describe, expect, it } from 'vitest';
import type { GqlClient } from '../support/gql';
import { DIALECT, createTemplate } from '../support/server';
import { useServer } from '../support/fixture';

const srv = useServer({ env: { CODE_ATTEMPTS_PER_MINUTE: '8', CODE_FAILURES_PER_HOUR: '5' } });
let app: GqlClient;

beforeAll(async () => {
  app = await srv.withKey(['coupons:claim', 'checkout']);
});

const QUOTE = `query Q($cart: CartInput!) { quote(cart: $cart) { subtotal } }`;
const MINT = `mutation M($i: MintCodesInput!) { mintCodes(input: $i) { count sample } }`;
const BY_CODE = `mutation C($i: ClaimByCodeInput!) {
  claimByCode(input: $i) { __typename ... on ClaimRefused { reason retryAfterSeconds } }
}`;

describe(`oversized lists are refused before coercion and validation (${DIALECT})`, () => {
  it('a 40 000-line quote is BAD_USER_INPUT naming cart.lines, before its lines are even coerced', async () => {
    // every line is also malformed (unitPrice is not an Int): coercion would have reported that first
    const lines = Array.from({ length: 40_000 }, (_, i) => ({ sku: `s${i}`, unitPrice: 'x', quantity: 1 }));
    const r = await app.raw(QUOTE, { cart: { userId: 'big-cart', lines } });
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]).toMatchObject({
      message: 'cart.lines: at most 1000 items (got 40000)',
      extensions: { code: 'BAD_USER_INPUT', field: 'cart.lines' },
    });
  });

  it('a top-level list argument without its own bound is counted against the default bound', async () => {
    const r = await app.raw(`mutation S($ids: [ID!]!) { markCouponsSeen(couponIds: $ids, userId: "u") }`, {
      ids: Array.from({ length: 5000 }, (_, i) => `cpn_${i}`),
    });
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'couponIds' } });
  });

  it('a cart at the bound is still quoted', async () => {
    const lines = Array.from({ length: 1000 }, (_, i) => ({ sku: `s${i}`, unitPrice: 100, quantity: 1 }));
    const r = await app.raw(QUOTE, { cart: { userId: 'full-cart', lines } });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ quote: { subtotal: 100_000 } });
  });
});

describe(`code guessing (${DIALECT})`, () => {
  let codes: string[];
  beforeAll(async () => {
    const t = await createTemplate(srv.staff, { limitPerAccount: 50, limitPerDevice: 50 });
    const r = await srv.staff.raw(MINT, { i: { templateId: t.id, count: 20, length: 10 } });
    codes = (r.data as { mintCodes: { sample: string[] } }).mintCodes.sample;
  });
  const attempt = async (code: string, userId: string, deviceId: string, key: string) => {
    const r = await app.raw(BY_CODE, { i: { code, userId, deviceId, idempotencyKey: key } });
    const c = (r.data as { claimByCode: { __typename: string; reason?: string; retryAfterSeconds?: number } })
      .claimByCode;
    return c.__typename === 'ClaimSuccess' ? 'issued' : c.reason!;
  };

  it('counts failed guesses per account and per device: past the limit even a real code is refused', async () => {
    const out = [];
    for (let i = 0; i < 6; i++) out.push(await attempt(`GUESS${i}AAAA`, 'guesser', 'g-dev', `g-${i}`));
    expect(out).toEqual([...Array(5).fill('CODE_INVALID'), 'RATE_LIMITED']);
    expect(await attempt(codes[0]!, 'guesser', 'other-dev', 'g-real')).toBe('RATE_LIMITED');
    // the same device under another account is limited too
    expect(await attempt(codes[0]!, 'someone-else', 'g-dev', 'g-real-2')).toBe('RATE_LIMITED');
    // an innocent account on its own device is not
    expect(await attempt(codes[0]!, 'innocent', 'i-dev', 'i-real')).toBe('issued');
    const r = await app.raw(BY_CODE, {
      i: { code: 'GUESSZZZZ', userId: 'guesser', deviceId: 'g-dev', idempotencyKey: 'g-x' },
    });
    expect(r.data).toMatchObject({
      claimByCode: { reason: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
    });
  });

  it('limits code attempts per account per minute, failed or not', async () => {
    const out = [];
    for (let i = 0; i < 9; i++) out.push(await attempt(codes[1 + i]!, 'busy', `b-dev-${i}`, `b-${i}`));
    expect(out).toEqual([...Array(8).fill('issued'), 'RATE_LIMITED']);
  });

  it('refuses to mint codes from a space too small for them (at least 2^30 possible codes per code)', async () => {
    const t = await createTemplate(srv.staff);
    const small = await srv.staff.raw(MINT, {
      i: { templateId: t.id, count: 100, length: 6, charset: '0123456789' },
    });
    expect(small.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.length' },
    });
    const ok = await srv.staff.raw(MINT, { i: { templateId: t.id, count: 1000, length: 10 } });
    expect(ok.errors).toBeUndefined();
  });
});
