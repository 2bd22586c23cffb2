// Refused claims are stored by the claim round that refused them (claim_refusal) and read by staff
// with refusedClaims, a cursor connection newest first: the user lookup's claim history.
import { graphql } from '../support/gql-types';
import type { RefusedClaimsPageQuery } from '../support/gql-types/graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../support/db';
import type { GqlClient } from '../support/gql';
import { CLAIM, DIALECT, createTemplate } from '../support/server';
import { useServer } from '../support/fixture';

const srv = useServer();
let staff: GqlClient;
let app: GqlClient;

const REFUSED = graphql(`
  query RefusedClaimsPage($userId: ID!, $first: Int!, $after: String) {
    refusedClaims(userId: $userId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        userId
        templateId
        template {
          name
        }
        reason
        message
        source
        deviceId
        cookieId
        placement
        createdAt
      }
    }
  }
`);

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['coupons:claim']);
});

const claim = (templateId: string, userId: string, key: string, extra: Record<string, unknown> = {}) =>
  app.q(CLAIM, { i: { templateId, userId, deviceId: 'dev-1', idempotencyKey: key, ...extra } });

describe(`refused claims (${DIALECT})`, () => {
  it('a claim refused by the account limit is stored once, with its reason, device and template', async () => {
    const t = await createTemplate(staff, { name: 'Limit one', limitPerAccount: 1 });
    expect((await claim(t.id, 'ref-1', 'r1-a')).claimCoupon.__typename).toBe('ClaimSuccess');
    const refused = await claim(t.id, 'ref-1', 'r1-b', { cookieId: 'ck-9', placement: 'CENTER' });
    expect(refused.claimCoupon).toMatchObject({ reason: 'ACCOUNT_LIMIT' });
    // the same key again is a replay: nothing new is stored
    expect(
      (await claim(t.id, 'ref-1', 'r1-b', { cookieId: 'ck-9', placement: 'CENTER' })).claimCoupon,
    ).toMatchObject({ reason: 'ACCOUNT_LIMIT', replayed: true });
    const r = await staff.q(REFUSED, { userId: 'ref-1', first: 10 });
    expect(r.refusedClaims.totalCount).toBe(1);
    expect(r.refusedClaims.pageInfo.hasNextPage).toBe(false);
    expect(r.refusedClaims.nodes[0]).toMatchObject({
      userId: 'ref-1',
      templateId: t.id,
      template: { name: 'Limit one' },
      reason: 'ACCOUNT_LIMIT',
      message: 'This account has reached its limit for this coupon.',
      source: 'CLAIM',
      deviceId: 'dev-1',
      cookieId: 'ck-9',
      placement: 'CENTER',
    });
    expect(Date.parse(r.refusedClaims.nodes[0]!.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    // another user's list is empty; successful claims are not refusals
    expect((await staff.q(REFUSED, { userId: 'nobody', first: 10 })).refusedClaims.totalCount).toBe(0);
  });

  it('pages newest first with the opaque endCursor; concurrent refusals of one round are all stored', async () => {
    const t = await createTemplate(staff, { limitPerAccount: 1 });
    expect((await claim(t.id, 'ref-2', 'r2-0')).claimCoupon.__typename).toBe('ClaimSuccess');
    const rows = async () => (await countRows(srv.db.url, ['claim_refusal'])).claim_refusal!;
    const before = await rows();
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => claim(t.id, 'ref-2', `r2-${i + 1}`)),
    );
    expect(results.every((x) => x.claimCoupon.__typename === 'ClaimRefused')).toBe(true);
    expect((await rows()) - before).toBe(25);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const r: RefusedClaimsPageQuery = await staff.q(REFUSED, { userId: 'ref-2', first: 10, after });
      expect(r.refusedClaims.totalCount).toBe(25);
      seen.push(...r.refusedClaims.nodes.map((n) => n.id));
      if (!r.refusedClaims.pageInfo.hasNextPage) break;
      after = r.refusedClaims.pageInfo.endCursor ?? null;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    const ids = seen.map(Number);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('is staff only, and refuses a cursor that is not its own', async () => {
    const denied = await app.raw(REFUSED, { userId: 'ref-1', first: 5 });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await staff.raw(REFUSED, { userId: 'ref-1', first: 5, after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
