// The connections beside the old lists, against a real server: the coupon event log paged through
// 1 000 events forwards (first/after) and backwards (last/before) while events are being added; rules,
// rule versions, rule firings and audiences paged both ways; node(id:) on the entities a normalised
// cache keys (Rule, RuleVersion, Audience, EventType, UserProfile).
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql-types';
import type { GqlClient } from '../support/gql';
import type { PagingListsEventLogQuery } from '../support/gql-types/graphql';
import { DAY, DIALECT, createTemplate, iso } from '../support/server';
import { useServer } from '../support/fixture';
import { chain, createRule, nowS, publishRule, track, updateDraft } from './rules-support';

const srv = useServer({ connections: 32 });
let staff: GqlClient;
let app: GqlClient;

const ISSUE = graphql(`
  mutation PagingListsIssue($i: IssueCouponInput!) {
    issueCoupons(input: $i) {
      coupon {
        id
      }
      reason
    }
  }
`);

const EVENT_LOG = graphql(`
  query PagingListsEventLog($u: ID!, $first: Int!, $after: String, $last: Int, $before: String) {
    couponEventLogConnection(
      userId: $u
      eventTypes: ["coupon.issued"]
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      edges {
        cursor
        node {
          id
          couponId
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

type LogPage = PagingListsEventLogQuery['couponEventLogConnection'];

/** Every page of a list, forwards or backwards, checking each page's shape; the nodes in list order. */
async function pageAll<N extends { id: string | number }>(
  read: (cursor: string | null) => Promise<{
    edges: { cursor: string; node: N }[];
    nodes: { id: string | number }[];
    pageInfo: {
      startCursor?: string | null;
      endCursor?: string | null;
      hasNextPage: boolean;
      hasPreviousPage: boolean;
    };
  }>,
  backward: boolean,
): Promise<{ nodes: N[]; pages: number }> {
  const pages: N[][] = [];
  let cursor: string | null = null;
  for (;;) {
    const c = await read(cursor);
    expect(c.nodes.map((n) => n.id)).toEqual(c.edges.map((e) => e.node.id));
    if (c.edges.length) {
      expect(c.pageInfo.startCursor).toBe(c.edges[0]!.cursor);
      expect(c.pageInfo.endCursor).toBe(c.edges[c.edges.length - 1]!.cursor);
    }
    // The direction's own flag tells whether the page was read from a cursor.
    expect(backward ? c.pageInfo.hasNextPage : c.pageInfo.hasPreviousPage).toBe(cursor != null);
    pages.push(c.edges.map((e) => e.node));
    const more = backward ? c.pageInfo.hasPreviousPage : c.pageInfo.hasNextPage;
    if (!more) break;
    cursor = (backward ? c.pageInfo.startCursor : c.pageInfo.endCursor) ?? null;
    expect(cursor).not.toBeNull();
  }
  if (backward) pages.reverse();
  return { nodes: pages.flat(), pages: pages.length };
}

/**
 * The paging arguments of one page: `size` items after `cursor` forwards, or before it backwards (the
 * queries declare `first: Int!`, so a backward read sends a `first` of 50 that `last` overrides).
 */
function pageArgs(
  backward: boolean,
  cursor: string | null,
  size: number,
  backSize = size,
): { first: number; after: string | null; last: number | null; before: string | null } {
  return backward
    ? { first: 50, after: null, last: backSize, before: cursor }
    : { first: size, after: cursor, last: null, before: null };
}

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['events:write']);
});

describe(`list connections (${DIALECT})`, () => {
  it('pages an event log of 1 000 events forwards and backwards without a gap or a duplicate while events are being added', async () => {
    const t = await createTemplate(staff, { validUntil: iso(30 * DAY), name: 'paging events' });
    const user = 'pager-events';
    const initial = await issue(t.id, user, 1000);

    let reading = true;
    let added = 0;
    const writer = (async () => {
      while (reading) added += (await issue(t.id, user, 7)).length;
    })();

    const read = (backward: boolean) => (cursor: string | null) =>
      staff.q(EVENT_LOG, { u: user, ...pageArgs(backward, cursor, 37, 41) }).then((r) => {
        const c: LogPage = r.couponEventLogConnection;
        expect(c.totalCount).toBeGreaterThanOrEqual(1000);
        return c;
      });
    let forward: Awaited<ReturnType<typeof pageAll<LogPage['edges'][number]['node']>>>;
    let backward: typeof forward;
    try {
      forward = await pageAll(read(false), false);
      backward = await pageAll(read(true), true);
    } finally {
      reading = false;
      await writer;
    }
    expect(added).toBeGreaterThan(0);
    expect(forward.pages).toBeGreaterThanOrEqual(28);
    expect(backward.pages).toBeGreaterThanOrEqual(25);
    for (const { nodes } of [forward, backward]) {
      // No duplicate; every event that existed before paging, once; in outbox (id) order.
      expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
      const coupons = new Set(nodes.map((n) => n.couponId));
      expect(initial.filter((id) => !coupons.has(id))).toEqual([]);
      for (let i = 1; i < nodes.length; i++) expect(nodes[i - 1]!.id).toBeLessThan(nodes[i]!.id);
    }

    // With the writers stopped, both directions read the same list, and it is the whole log.
    const still = await pageAll(read(false), false);
    const back = await pageAll(read(true), true);
    expect(back.nodes.map((n) => n.id)).toEqual(still.nodes.map((n) => n.id));
    expect(still.nodes.length).toBe(1000 + added);

    // A raw event id (what a subscription hands out) is read as a cursor; after with before is refused.
    const from = still.nodes[499]!.id;
    const raw = await staff.q(EVENT_LOG, { u: user, first: 3, after: String(from) });
    expect(raw.couponEventLogConnection.nodes.map((n) => n.id)).toEqual(
      still.nodes.slice(500, 503).map((n) => n.id),
    );
    const both = await staff.raw(EVENT_LOG, { u: user, first: 3, after: String(from), last: 3 });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const bad = await staff.raw(EVENT_LOG, { u: user, first: 3, before: 'bm90LWEtY3Vyc29y' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'before' });
  });

  it('rules, rule versions and rule firings page both ways; node(id:) fetches a rule and a version', async () => {
    const t = await createTemplate(staff, { validUntil: iso(30 * DAY), name: 'paging rules' });
    const graph = (eventType: string) =>
      chain([
        { id: 'trigger', type: 'trigger.event', args: { eventType } },
        { id: 'issue', type: 'action.issueCoupon', args: { templateId: t.id } },
      ]);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++)
      ids.push(await createRule(staff, graph('page.viewed'), 'AUTOMATED', `pg ${i}`));

    const RULES = graphql(`
      query PagingListsRules($first: Int!, $after: String, $last: Int, $before: String) {
        rulesConnection(status: DRAFT, first: $first, after: $after, last: $last, before: $before) {
          totalCount
          edges {
            cursor
            node {
              id
              name
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
    const rules = (backward: boolean) => async (cursor: string | null) =>
      (await staff.q(RULES, pageArgs(backward, cursor, 3))).rulesConnection;
    const fwd = await pageAll(rules(false), false);
    const bwd = await pageAll(rules(true), true);
    expect(bwd.nodes.map((n) => n.id)).toEqual(fwd.nodes.map((n) => n.id));
    // Newest first; every draft once, the seven new ones among them.
    expect(new Set(fwd.nodes.map((n) => n.id)).size).toBe(fwd.nodes.length);
    expect(fwd.nodes.map((n) => n.id).filter((id) => ids.includes(id))).toEqual(ids.slice().reverse());
    const one = await staff.q(RULES, { first: 1 });
    expect(one.rulesConnection.totalCount).toBe(fwd.nodes.length);

    // Three published versions of one rule.
    const ruleId = ids[0]!;
    await updateDraft(staff, ruleId, graph('user.signed_up'));
    expect(await publishRule(staff, ruleId)).toBe(1);
    for (const v of [2, 3]) {
      await updateDraft(staff, ruleId, graph('user.signed_up'));
      expect(await publishRule(staff, ruleId)).toBe(v);
    }
    const VERSIONS = graphql(`
      query PagingListsVersions($r: ID!, $first: Int!, $after: String, $last: Int, $before: String) {
        ruleVersionsConnection(ruleId: $r, first: $first, after: $after, last: $last, before: $before) {
          totalCount
          edges {
            cursor
            node {
              id
              version
              ruleId
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
    const versions = (backward: boolean) => async (cursor: string | null) =>
      (await staff.q(VERSIONS, { r: ruleId, ...pageArgs(backward, cursor, 2) })).ruleVersionsConnection;
    const vf = await pageAll(versions(false), false);
    const vb = await pageAll(versions(true), true);
    expect(vf.nodes.map((n) => n.version)).toEqual([3, 2, 1]);
    expect(vb.nodes).toEqual(vf.nodes);
    expect(vf.nodes.map((n) => n.id)).toEqual([3, 2, 1].map((v) => `${ruleId}@${v}`));

    const NODE = graphql(`
      query PagingListsNode($id: ID!) {
        node(id: $id) {
          __typename
          id
          ... on RuleVersion {
            version
            ruleId
          }
          ... on Rule {
            name
          }
          ... on Audience {
            name
          }
          ... on EventType {
            name
          }
          ... on UserProfile {
            userId
            attributes
          }
        }
      }
    `);
    expect((await staff.q(NODE, { id: `${ruleId}@2` })).node).toEqual({
      __typename: 'RuleVersion',
      id: `${ruleId}@2`,
      version: 2,
      ruleId,
    });
    expect((await staff.q(NODE, { id: ruleId })).node).toEqual({
      __typename: 'Rule',
      id: ruleId,
      name: 'pg 0',
    });
    const missing = await staff.raw(NODE, { id: `${ruleId}@9` });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_FOUND' });

    // Firings: the published rule fires on user.signed_up, one firing per event.
    const at = nowS();
    const events = Array.from({ length: 23 }, (_, i) => ({
      id: `pg-signup-${i}`,
      type: 'user.signed_up',
      userId: `pg-firing-${i}`,
      occurredAt: new Date((at - i) * 1000).toISOString(),
    }));
    const tracked = await track(app, events);
    expect(tracked.accepted).toBe(23);
    const FIRINGS = graphql(`
      query PagingListsFirings($r: ID!, $first: Int!, $after: String, $last: Int, $before: String) {
        ruleFiringsConnection(ruleId: $r, first: $first, after: $after, last: $last, before: $before) {
          totalCount
          edges {
            cursor
            node {
              eventId
              firedAt
            }
          }
          nodes {
            eventId
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
    const firings = (backward: boolean) => async (cursor: string | null) => {
      const c = (await staff.q(FIRINGS, { r: ruleId, ...pageArgs(backward, cursor, 5, 4) }))
        .ruleFiringsConnection;
      expect(c.totalCount).toBe(23);
      const withId = <T extends { eventId: string }>(n: T) => ({ ...n, id: n.eventId });
      return {
        ...c,
        edges: c.edges.map((e) => ({ ...e, node: withId(e.node) })),
        nodes: c.nodes.map(withId),
      };
    };
    const ff = await pageAll(firings(false), false);
    const fb = await pageAll(firings(true), true);
    expect(ff.nodes.map((n) => n.eventId).sort()).toEqual(events.map((e) => e.id).sort());
    expect(fb.nodes.map((n) => n.eventId)).toEqual(ff.nodes.map((n) => n.eventId));
    for (let i = 1; i < ff.nodes.length; i++)
      expect(ff.nodes[i - 1]!.firedAt >= ff.nodes[i]!.firedAt).toBe(true);
  });

  it('audiences page both ways; node(id:) fetches an audience, an event type and a user profile', async () => {
    const CREATE = graphql(`
      mutation PagingListsCreateAudience($name: String!) {
        createAudience(input: { name: $name, kind: STATIC }) {
          id
        }
      }
    `);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await staff.q(CREATE, { name: `paged audience ${i}` })).createAudience.id);
    await staff.q(CREATE, { name: 'another one' });
    const AUDIENCES = graphql(`
      query PagingListsAudiences($first: Int!, $after: String, $last: Int, $before: String) {
        audiencesConnection(
          search: "paged audience"
          first: $first
          after: $after
          last: $last
          before: $before
        ) {
          totalCount
          edges {
            cursor
            node {
              id
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
    const audiences = (backward: boolean) => async (cursor: string | null) => {
      const c = (await staff.q(AUDIENCES, pageArgs(backward, cursor, 2))).audiencesConnection;
      expect(c.totalCount).toBe(5);
      return c;
    };
    const af = await pageAll(audiences(false), false);
    const ab = await pageAll(audiences(true), true);
    expect(af.nodes.map((n) => n.id)).toEqual(ids.slice().reverse());
    expect(ab.nodes.map((n) => n.id)).toEqual(ids.slice().reverse());

    const NODE = graphql(`
      query PagingListsNodeMore($id: ID!) {
        node(id: $id) {
          __typename
          id
          ... on Audience {
            name
          }
          ... on EventType {
            name
          }
          ... on UserProfile {
            userId
            attributes
          }
        }
      }
    `);
    expect((await staff.q(NODE, { id: ids[1]! })).node).toEqual({
      __typename: 'Audience',
      id: ids[1],
      name: 'paged audience 1',
    });
    expect((await staff.q(NODE, { id: 'evt:order.paid' })).node).toEqual({
      __typename: 'EventType',
      id: 'evt:order.paid',
      name: 'order.paid',
    });
    const UPSERT = graphql(`
      mutation PagingListsUpsertProfile($u: ID!, $a: JSON!) {
        upsertUserAttributes(userId: $u, attributes: $a) {
          id
          userId
        }
      }
    `);
    const profile = (await app.q(UPSERT, { u: 'pager_profile', a: { tier: 'VIP' } })).upsertUserAttributes;
    expect(profile).toEqual({ id: 'usr:pager_profile', userId: 'pager_profile' });
    expect((await staff.q(NODE, { id: profile.id })).node).toEqual({
      __typename: 'UserProfile',
      id: 'usr:pager_profile',
      userId: 'pager_profile',
      attributes: { tier: 'VIP' },
    });
    const unknown = await staff.raw(NODE, { id: 'evt:no.such_type' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_FOUND' });
    const bad = await staff.raw(NODE, { id: 'usr_nope' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('an applied coupon has an id that is the same for the same application and differs for another', async () => {
    const t = await createTemplate(staff, { validUntil: iso(30 * DAY), name: 'paging quote' });
    const [couponId] = await issue(t.id, 'pager-quote', 1);
    const checkout = await srv.withKey(['checkout']);
    const QUOTE = graphql(`
      query PagingListsQuote($c: CartInput!) {
        quote(cart: $c) {
          best {
            coupons {
              id
              couponId
              discount
            }
          }
        }
      }
    `);
    const cart = (lines: number) => ({
      userId: 'pager-quote',
      lines: Array.from({ length: lines }, (_, i) => ({ sku: `s${i}`, unitPrice: 2000, quantity: 1 })),
    });
    const one = (await checkout.q(QUOTE, { c: cart(1) })).quote.best.coupons;
    const again = (await checkout.q(QUOTE, { c: cart(1) })).quote.best.coupons;
    const split = (await checkout.q(QUOTE, { c: cart(2) })).quote.best.coupons;
    expect(one).toHaveLength(1);
    expect(one[0]!.couponId).toBe(couponId);
    expect(one[0]!.id.startsWith(`${couponId}~`)).toBe(true);
    expect(again[0]!.id).toBe(one[0]!.id);
    // The same coupon and discount split over two lines: another application, another id.
    expect(split[0]).toMatchObject({ couponId, discount: one[0]!.discount });
    expect(split[0]!.id).not.toBe(one[0]!.id);
  });
});
