// Relay cursor connections against a real server: a wallet of 1 000 coupons paged while coupons are
// being added, the fixed `wallet` list still served, and a normalised-cache client (Apollo Client's
// InMemoryCache with relayStylePagination) keeping one cache entry per coupon.
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql-types';
import type { GqlClient } from '../support/gql';
import type { PagingApiKeysQuery, PagingWalletPageQuery } from '../support/gql-types/graphql';
import { DAY, DIALECT, createTemplate, iso } from '../support/server';
import { useServer } from '../support/fixture';

const srv = useServer({ connections: 32 });
let staff: GqlClient;
let app: GqlClient;

const ISSUE = graphql(`
  mutation PagingIssue($i: IssueCouponInput!) {
    issueCoupons(input: $i) {
      userId
      coupon {
        id
      }
      reason
    }
  }
`);

const WALLET_PAGE = graphql(`
  query PagingWalletPage($u: ID!, $first: Int!, $after: String) {
    walletConnection(userId: $u, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          validUntil
        }
      }
      nodes {
        id
      }
      pageInfo {
        startCursor
        endCursor
        hasNextPage
        hasPreviousPage
      }
    }
  }
`);

const WALLET_LIST = graphql(`
  query PagingWalletList($u: ID!, $first: Int!) {
    wallet(userId: $u, first: $first) {
      id
      validUntil
    }
  }
`);

/** Issues `n` coupons of a template to one user, in calls of at most 1 000. */
async function issue(templateId: string, userId: string, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let done = 0; done < n; done += 1000) {
    const r = await staff.q(ISSUE, {
      i: { templateId, userIds: Array.from({ length: Math.min(1000, n - done) }, () => userId) },
    });
    for (const item of r.issueCoupons) {
      if (!item.coupon) throw new Error(`issue refused: ${item.reason}`);
      ids.push(item.coupon.id);
    }
  }
  return ids;
}

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['coupons:claim']);
});

describe(`cursor connections (${DIALECT})`, () => {
  it('pages a wallet of 1 000 coupons without a gap or a duplicate while coupons are being added', async () => {
    // Four expiry dates: many coupons share one, so the (validUntil, id) cursor is tested on ties.
    const templates = await Promise.all(
      [10, 20, 30, 40].map((d) => createTemplate(staff, { validUntil: iso(d * DAY), name: `paging ${d}` })),
    );
    const user = 'pager-1';
    const initial: string[] = [];
    for (const t of templates) initial.push(...(await issue(t.id, user, 250)));
    expect(new Set(initial).size).toBe(1000);

    // Writers add coupons of every expiry (before and after the reader's position) until it is done.
    let reading = true;
    let added = 0;
    const writer = (async () => {
      for (let i = 0; reading; i++) {
        added += (await issue(templates[i % 4]!.id, user, 7)).length;
      }
    })();

    const seen: string[] = [];
    const order: [string, string][] = [];
    let after: string | null = null;
    let pages = 0;
    try {
      for (;;) {
        const r: PagingWalletPageQuery = await app.q(WALLET_PAGE, { u: user, first: 37, after });
        const c = r.walletConnection;
        pages++;
        expect(c.nodes.map((n) => n.id)).toEqual(c.edges.map((e) => e.node.id));
        expect(c.totalCount).toBeGreaterThanOrEqual(1000);
        expect(c.pageInfo.hasPreviousPage).toBe(after != null);
        if (c.edges.length) {
          expect(c.pageInfo.startCursor).toBe(c.edges[0]!.cursor);
          expect(c.pageInfo.endCursor).toBe(c.edges[c.edges.length - 1]!.cursor);
        }
        for (const e of c.edges) {
          // Opaque: the cursor does not show the coupon id or the expiry.
          expect(e.cursor).not.toContain(e.node.id.slice(4, 12));
          seen.push(e.node.id);
          order.push([e.node.validUntil, e.node.id]);
        }
        if (!c.pageInfo.hasNextPage) break;
        after = c.pageInfo.endCursor;
      }
    } finally {
      reading = false;
      await writer;
    }
    expect(added).toBeGreaterThan(0);
    expect(pages).toBeGreaterThanOrEqual(28);
    // No duplicate, every coupon that existed before paging seen, in (validUntil, id) order.
    expect(new Set(seen).size).toBe(seen.length);
    const got = new Set(seen);
    expect(initial.filter((id) => !got.has(id))).toEqual([]);
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1]!, order[i]!];
      expect(a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])).toBe(true);
    }
    // The fixed operation still answers with the same first coupons.
    const list = await app.q(WALLET_LIST, { u: user, first: 5 });
    const first = await app.q(WALLET_PAGE, { u: user, first: 5, after: null });
    expect(list.wallet.map((c) => c.id)).toEqual(first.walletConnection.nodes.map((n) => n.id));
  });

  it('the page and its totalCount agree, and a cursor that is not one is BAD_USER_INPUT', async () => {
    const t = await createTemplate(staff, { validUntil: iso(5 * DAY) });
    await issue(t.id, 'pager-2', 3);
    const r = await app.q(WALLET_PAGE, { u: 'pager-2', first: 10, after: null });
    expect(r.walletConnection.totalCount).toBe(3);
    expect(r.walletConnection.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const bad = await app.raw(WALLET_PAGE, { u: 'pager-2', first: 10, after: 'bm90LWEtY3Vyc29y' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    // The cursor of the last item gives an empty last page.
    const end = await app.q(WALLET_PAGE, {
      u: 'pager-2',
      first: 10,
      after: r.walletConnection.pageInfo.endCursor,
    });
    expect(end.walletConnection).toMatchObject({ totalCount: 3, edges: [], nodes: [] });
    expect(end.walletConnection.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('Apollo Client with a normalised cache pages the wallet and keeps one cache entry per coupon', async () => {
    const t = await createTemplate(staff, { validUntil: iso(9 * DAY) });
    const ids = await issue(t.id, 'pager-3', 45);
    const cache = new InMemoryCache({
      typePolicies: { Query: { fields: { walletConnection: relayStylePagination(['userId']) } } },
    });
    const client = new ApolloClient({
      cache,
      link: new HttpLink({
        uri: `${srv.server.url}/graphql`,
        headers: { authorization: `Bearer ${await srv.key(['coupons:claim'])}` },
      }),
    });
    const QUERY = gql`
      query PagingApolloWallet($u: ID!, $first: Int!, $after: String) {
        walletConnection(userId: $u, first: $first, after: $after) {
          totalCount
          edges {
            cursor
            node {
              id
              code
              status
            }
          }
          pageInfo {
            endCursor
            hasNextPage
          }
        }
      }
    `;
    type Data = {
      walletConnection: {
        totalCount: number;
        edges: { cursor: string; node: { id: string } }[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    };
    // Page one, then each next page from the network: relayStylePagination merges them into one list.
    let r = await client.query<Data>({ query: QUERY, variables: { u: 'pager-3', first: 10 } });
    for (let pages = 1; r.data!.walletConnection.pageInfo.hasNextPage; pages++) {
      expect(pages).toBeLessThan(10);
      r = await client.query<Data>({
        query: QUERY,
        variables: { u: 'pager-3', first: 10, after: r.data!.walletConnection.pageInfo.endCursor },
        fetchPolicy: 'network-only',
      });
    }
    // The merged list holds every coupon once, in order.
    const merged = cache.readQuery<Data>({ query: QUERY, variables: { u: 'pager-3', first: 10 } });
    expect(merged!.walletConnection.edges.map((e) => e.node.id)).toEqual(ids.slice().sort());
    // The normalised store: exactly one entry per coupon, keyed by its id.
    const store = cache.extract() as Record<string, unknown>;
    const couponKeys = Object.keys(store).filter((k) => k.startsWith('Coupon:'));
    expect(couponKeys.sort()).toEqual(ids.map((id) => `Coupon:${id}`).sort());
    // Reading page one again (another page size) writes no second copy of a coupon.
    await client.query<Data>({
      query: QUERY,
      variables: { u: 'pager-3', first: 7 },
      fetchPolicy: 'network-only',
    });
    expect(Object.keys(cache.extract() as object).filter((k) => k.startsWith('Coupon:')).length).toBe(45);
    client.stop();
  });
  it('API keys and campaigns page as connections: every item once, totalCount from the same read', async () => {
    for (let i = 0; i < 5; i++) await srv.key(['checkout']);
    const KEYS = graphql(`
      query PagingApiKeys($first: Int!, $after: String) {
        apiKeysConnection(first: $first, after: $after) {
          totalCount
          edges {
            cursor
            node {
              id
            }
          }
          pageInfo {
            endCursor
            hasNextPage
            hasPreviousPage
          }
        }
      }
    `);
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 20; page++) {
      const r: PagingApiKeysQuery = await staff.q(KEYS, { first: 2, after });
      total = r.apiKeysConnection.totalCount;
      seen.push(...r.apiKeysConnection.edges.map((e) => e.node.id));
      expect(r.apiKeysConnection.pageInfo.hasPreviousPage).toBe(after != null);
      if (!r.apiKeysConnection.pageInfo.hasNextPage) break;
      after = r.apiKeysConnection.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThanOrEqual(5);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);

    const CAMPAIGNS = graphql(`
      query PagingCampaigns($after: String) {
        campaigns(first: 1, after: $after) {
          totalCount
          nodes {
            id
          }
          edges {
            cursor
            node {
              id
            }
          }
          pageInfo {
            startCursor
            endCursor
            hasNextPage
          }
        }
      }
    `);
    const CREATE = graphql(`
      mutation PagingCreateCampaign($name: String!) {
        createCampaign(input: { name: $name, budget: 100000 }) {
          id
        }
      }
    `);
    for (const name of ['paging a', 'paging b', 'paging c']) await staff.q(CREATE, { name });
    const one = await staff.q(CAMPAIGNS, { after: null });
    expect(one.campaigns.totalCount).toBeGreaterThanOrEqual(2);
    expect(one.campaigns.edges.map((e) => e.node.id)).toEqual(one.campaigns.nodes.map((n) => n.id));
    expect(one.campaigns.pageInfo.startCursor).toBe(one.campaigns.pageInfo.endCursor);
    const two = await staff.q(CAMPAIGNS, { after: one.campaigns.pageInfo.endCursor });
    expect(two.campaigns.nodes[0]!.id).not.toBe(one.campaigns.nodes[0]!.id);
    // A raw id (the position before cursors were opaque) is still read.
    const legacy = await staff.q(CAMPAIGNS, { after: one.campaigns.nodes[0]!.id });
    expect(legacy.campaigns.nodes).toEqual(two.campaigns.nodes);
  });
  it('node(id:) fetches a coupon, template or job by its global id; other ids are BAD_USER_INPUT', async () => {
    const t = await createTemplate(staff, { validUntil: iso(3 * DAY) });
    const [couponId] = await issue(t.id, 'pager-4', 1);
    const NODE = graphql(`
      query PagingNode($id: ID!) {
        node(id: $id) {
          __typename
          id
          ... on Coupon {
            userId
          }
        }
      }
    `);
    expect((await staff.q(NODE, { id: couponId! })).node).toEqual({
      __typename: 'Coupon',
      id: couponId,
      userId: 'pager-4',
    });
    expect((await staff.q(NODE, { id: t.id })).node).toMatchObject({
      __typename: 'CouponTemplate',
      id: t.id,
    });
    const bad = await staff.raw(NODE, { id: 'usr_nope' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
