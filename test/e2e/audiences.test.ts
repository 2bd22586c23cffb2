// Audiences: dynamic (conditions over attributes and aggregates), static (CSV of 1 000 000 ids in
// chunks), preview, members, membership, templates restricted to audiences, bulk issuance to one.
import { graphql } from '../support/gql-types';
import type { CreateAudienceInput } from '../support/gql-types/graphql';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows } from '../support/db';
import type { GqlClient } from '../support/gql';
import { CLAIM, DAY, DIALECT, createTemplate } from '../support/server';
import { useServer } from '../support/fixture';
import { chain, createRule, isoAt, nowS, publishRule, track, type TrackResultData } from './rules-support';

const srv = useServer({ connections: 8 });
let staff: GqlClient;
let app: GqlClient;
let claimer: GqlClient;

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['events:write']);
  claimer = await srv.withKey(['coupons:claim']);
});

const VIP_SPENDERS = {
  all: [
    { block: 'condition.userAttribute', args: { attribute: 'tier', op: 'eq', value: 'VIP' } },
    {
      block: 'condition.aggregate',
      args: {
        eventType: 'order.paid',
        fn: 'sum',
        property: 'amount',
        window: { days: 30 },
        op: 'gte',
        value: 20_000,
      },
    },
  ],
};

async function createAudience(input: CreateAudienceInput): Promise<string> {
  const r = await staff.q(
    graphql(`
      mutation AudiencesCreateAudience2($i: CreateAudienceInput!) {
        createAudience(input: $i) {
          id
        }
      }
    `),
    { i: input },
  );
  return r.createAudience.id;
}

const isMember = async (audienceId: string, userId: string) =>
  (
    await staff.q(
      graphql(`
        query IsAudienceMember($a: ID!, $u: ID!) {
          isAudienceMember(audienceId: $a, userId: $u)
        }
      `),
      {
        a: audienceId,
        u: userId,
      },
    )
  ).isAudienceMember;

describe(`dynamic audiences (${DIALECT})`, () => {
  let vip: string;
  let tracked: TrackResultData;
  const t = nowS();
  const order = (id: string, userId: string, daysAgo: number, amount: number, tier?: string) => ({
    id,
    type: 'order.paid',
    userId,
    occurredAt: isoAt(t - daysAgo * DAY),
    properties: { amount },
    ...(tier ? { userAttributes: { tier } } : {}),
  });

  // The fixture every test here reads: four users' orders, and the audience of VIP spenders.
  beforeAll(async () => {
    tracked = await track(app, [
      order('d1', 'dyn-a', 5, 15_000, 'VIP'),
      order('d2', 'dyn-a', 1, 6_000),
      order('d3', 'dyn-b', 2, 50_000, 'REGULAR'),
      order('d4', 'dyn-c', 45, 50_000, 'VIP'), // outside the window
      order('d5', 'dyn-c', 3, 1_000),
      order('d6', 'dyn-d', 1, 25_000, 'VIP'),
    ]);
    vip = await createAudience({ name: 'VIP spenders', kind: 'DYNAMIC', expression: VIP_SPENDERS });
  });

  it('previews, saves and answers membership over attributes and a 30-day spend aggregate', async () => {
    expect(tracked.accepted).toBe(6);
    const preview = await staff.q(
      graphql(`
        query AudiencesAudiencePreview($e: JSON) {
          audiencePreview(expression: $e, sample: 10) {
            size
            sample
          }
        }
      `),
      { e: VIP_SPENDERS },
    );
    expect(preview.audiencePreview).toEqual({ size: 2, sample: ['dyn-a', 'dyn-d'] });
    expect(await isMember(vip, 'dyn-a')).toBe(true);
    expect(await isMember(vip, 'dyn-b')).toBe(false);
    expect(await isMember(vip, 'dyn-c')).toBe(false);
    expect(await isMember(vip, 'nobody')).toBe(false);
    // Membership follows behaviour: another order brings dyn-c in.
    await track(app, [order('d7', 'dyn-c', 0, 19_500)]);
    expect(await isMember(vip, 'dyn-c')).toBe(true);
    const members = await staff.q(
      graphql(`
        query AudiencesAudienceMembers($a: ID!) {
          audienceMembers(audienceId: $a, first: 2) {
            userIds
            hasNextPage
            endCursor
          }
        }
      `),
      {
        a: vip,
      },
    );
    expect(members.audienceMembers).toEqual({
      userIds: ['dyn-a', 'dyn-c'],
      hasNextPage: true,
      endCursor: 'dyn-c',
    });
  });

  it('rejects an expression with event-scoped or unknown blocks, naming the problem', async () => {
    const r = await staff.raw(
      graphql(`
        mutation AudiencesCreateAudience($i: CreateAudienceInput!) {
          createAudience(input: $i) {
            id
          }
        }
      `),
      {
        i: {
          name: 'bad',
          kind: 'DYNAMIC',
          expression: {
            all: [{ block: 'condition.eventProperty', args: { property: 'amount', op: 'gt', value: 1 } }],
          },
        },
      },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('INVALID_GRAPH');
    expect(r.errors?.[0]?.message).toContain('condition.eventProperty');
    const r2 = await staff.raw(
      graphql(`
        mutation CreateAudience($i: CreateAudienceInput!) {
          createAudience(input: $i) {
            id
          }
        }
      `),
      {
        i: { name: 'bad', kind: 'DYNAMIC', expression: { block: 'condition.nope', args: {} } },
      },
    );
    expect(r2.errors?.[0]?.extensions?.code).toBe('INVALID_GRAPH');
    expect(r2.errors?.[0]?.message).toContain('UNKNOWN_BLOCK');
  });

  it('an audience built on another counts that audience’s members, and a cycle is refused', async () => {
    const onVip = await createAudience({
      name: 'VIP spenders (nested)',
      kind: 'DYNAMIC',
      expression: { all: [{ block: 'condition.audience', args: { audienceId: vip, member: true } }] },
    });
    const preview = (a: string) =>
      staff.q(
        graphql(`
          query AudiencesNestedPreview($a: ID) {
            audiencePreview(audienceId: $a, sample: 10) {
              size
              sample
            }
          }
        `),
        { a },
      );
    const outer = (await preview(onVip)).audiencePreview;
    expect(outer.size).toBeGreaterThanOrEqual(2);
    expect(outer).toEqual((await preview(vip)).audiencePreview);
    expect(await isMember(onVip, 'dyn-a')).toBe(true);
    expect(await isMember(onVip, 'dyn-b')).toBe(false);
    // vip → onVip → vip: refused, naming the field.
    const r = await staff.raw(
      graphql(`
        mutation AudiencesUpdateAudience($id: ID!, $i: UpdateAudienceInput!) {
          updateAudience(id: $id, input: $i) {
            id
          }
        }
      `),
      {
        id: vip,
        i: { expression: { block: 'condition.audience', args: { audienceId: onVip, member: true } } },
      },
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expression' });
    expect(await isMember(vip, 'dyn-a')).toBe(true);
  });

  it('restricts a template’s claims to the audience (NOT_IN_AUDIENCE for others)', async () => {
    const t = await createTemplate(staff, { name: 'VIP only', audienceIds: [vip] });
    const claim = (userId: string) =>
      claimer.q(CLAIM, {
        i: { templateId: t.id, userId, deviceId: `dev-${userId}`, idempotencyKey: `aud-claim-${userId}` },
      });
    const ok = await claim('dyn-a');
    expect(ok.claimCoupon.__typename).toBe('ClaimSuccess');
    const no = await claim('dyn-b');
    expect(no.claimCoupon).toMatchObject({ __typename: 'ClaimRefused', reason: 'NOT_IN_AUDIENCE' });
    const tpl = await staff.q(
      graphql(`
        query AudiencesTemplate($id: ID!) {
          template(id: $id) {
            audienceIds
          }
        }
      `),
      {
        id: t.id,
      },
    );
    expect(tpl.template.audienceIds).toEqual([vip]);
    const bad = await staff.raw(
      graphql(`
        mutation CreateTemplate($i: CreateTemplateInput!) {
          createTemplate(input: $i) {
            id
          }
        }
      `),
      {
        i: {
          name: 'x',
          kind: 'AMOUNT_OFF',
          amount: 1,
          threshold: 0,
          validUntil: isoAt(nowS() + DAY),
          audienceIds: ['aud_missing'],
        },
      },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a rule conditioned on the audience fires only for members', async () => {
    const tpl = await createTemplate(staff, { name: 'for VIP spenders' });
    const rule = await createRule(
      staff,
      chain([
        { id: 'trigger', type: 'trigger.event', args: { eventType: 'page.viewed' } },
        { id: 'member', type: 'condition.audience', args: { audienceId: vip } },
        { id: 'issue', type: 'action.issueCoupon', args: { templateId: tpl.id } },
      ]),
    );
    await publishRule(staff, rule);
    const r = await track(
      app,
      ['dyn-a', 'dyn-b', 'dyn-d', 'stranger'].map((u) => ({
        id: `pv-${u}`,
        type: 'page.viewed',
        userId: u,
        properties: { path: '/' },
      })),
    );
    expect(r.issued).toBe(2);
    const rows = await queryRows<{ user_id: string }>(
      srv.db.url,
      `SELECT user_id FROM coupon WHERE template_id = '${tpl.id}' ORDER BY user_id`,
    );
    expect(rows.map((x) => x.user_id)).toEqual(['dyn-a', 'dyn-d']);
    // A live rule uses it: it cannot be deleted; an unused one can.
    const del = await staff.raw(
      graphql(`
        mutation AudiencesDeleteAudience($id: ID!) {
          deleteAudience(id: $id)
        }
      `),
      { id: vip },
    );
    expect(del.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(del.errors?.[0]?.message).toContain(rule);
    const spare = await createAudience({ name: 'spare', kind: 'STATIC' });
    expect(
      await staff.q(
        graphql(`
          mutation DeleteAudience($id: ID!) {
            deleteAudience(id: $id)
          }
        `),
        { id: spare },
      ),
    ).toEqual({
      deleteAudience: true,
    });
  });
});

describe(`static audiences (${DIALECT})`, () => {
  const TOTAL = 1_000_000;
  const CHUNK = 100_000;
  it('takes 1 000 000 ids as CSV in chunks, streamed, and reports bad rows', async () => {
    const big = await createAudience({ name: 'imported', kind: 'STATIC' });
    const id = (i: number) => `imp-${String(i).padStart(7, '0')}`;
    let size = 0;
    for (let start = 0; start < TOTAL; start += CHUNK) {
      const lines: string[] = start === 0 ? ['user_id'] : [];
      for (let i = start; i < start + CHUNK; i++) lines.push(id(i));
      if (start === 0) lines.push('has space', '', id(0)); // an invalid id, a blank line, a duplicate
      const r = await staff.q(
        graphql(`
          mutation AudiencesUploadAudienceMembers($a: ID!, $csv: String!, $r: Boolean!) {
            uploadAudienceMembers(audienceId: $a, csv: $csv, replace: $r) {
              rows
              added
              size
              invalid {
                line
                value
              }
            }
          }
        `),
        { a: big, csv: lines.join('\n'), r: start === 0 },
      );
      expect(r.uploadAudienceMembers.added).toBe(CHUNK);
      if (start === 0) {
        expect(r.uploadAudienceMembers.rows).toBe(CHUNK + 2);
        expect(r.uploadAudienceMembers.invalid).toEqual([{ line: CHUNK + 2, value: 'has space' }]);
      }
      size = r.uploadAudienceMembers.size;
    }
    expect(size).toBe(TOTAL);
    const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${srv.server.process.pid}/status`, 'utf8'));
    expect(Number(peak![1]) / 1024).toBeLessThan(1024); // MB: the ids never sit in memory at once
    const p = await staff.q(
      graphql(`
        query AudiencePreview($a: ID) {
          audiencePreview(audienceId: $a, sample: 3) {
            size
            sample
          }
        }
      `),
      { a: big },
    );
    expect(p.audiencePreview).toEqual({ size: TOTAL, sample: [id(0), id(1), id(2)] });
    expect(await isMember(big, id(999_999))).toBe(true);
    expect(await isMember(big, 'imp-1000000')).toBe(false);
    const page = await staff.q(
      graphql(`
        query AudienceMembers($a: ID!) {
          audienceMembers(audienceId: $a, first: 5, after: "imp-0499997") {
            userIds
            hasNextPage
          }
        }
      `),
      { a: big },
    );
    expect(page.audienceMembers.userIds).toEqual([
      id(499_998),
      id(499_999),
      id(500_000),
      id(500_001),
      id(500_002),
    ]);
  });

  it('issues a template to every member of a static audience through a bulk job', async () => {
    const small = await createAudience({ name: 'small', kind: 'STATIC' });
    const ids = Array.from({ length: 2500 }, (_, i) => `bulk-${i}`);
    await staff.q(
      graphql(`
        mutation UploadAudienceMembers($a: ID!, $csv: String!) {
          uploadAudienceMembers(audienceId: $a, csv: $csv) {
            added
          }
        }
      `),
      {
        a: small,
        csv: ids.join('\n'),
      },
    );
    const tpl = await createTemplate(staff, { name: 'bulk to audience' });
    const job = await staff.q(
      graphql(`
        mutation IssueToAudience($t: ID!, $a: ID!) {
          issueToAudience(templateId: $t, audienceId: $a) {
            id
            total
          }
        }
      `),
      { t: tpl.id, a: small },
    );
    expect(job.issueToAudience.total).toBe(2500);
    await vi.waitFor(
      async () => {
        const j = await staff.q(
          graphql(`
            query BulkIssueJob($id: ID!) {
              bulkIssueJob(id: $id) {
                status
                issued
              }
            }
          `),
          { id: job.issueToAudience.id },
        );
        expect(j.bulkIssueJob.status).toBe('DONE');
      },
      { timeout: 60_000, interval: 100 },
    );
    const n = await queryRows<{ n: number }>(
      srv.db.url,
      `SELECT COUNT(DISTINCT user_id) AS n FROM coupon WHERE template_id = '${tpl.id}'`,
    );
    expect(Number(n[0]!.n)).toBe(2500);
  });

  it('rule actions add users to and remove them from a static audience', async () => {
    const tagged = await createAudience({ name: 'signed up', kind: 'STATIC' });
    const rule = await createRule(
      staff,
      chain([
        { id: 'trigger', type: 'trigger.event', args: { eventType: 'user.signed_up' } },
        { id: 'tag', type: 'action.addToAudience', args: { audienceId: tagged } },
      ]),
    );
    await publishRule(staff, rule);
    await track(app, [
      { id: 'su-1', type: 'user.signed_up', userId: 'new-1' },
      { id: 'su-2', type: 'user.signed_up', userId: 'new-2' },
    ]);
    expect(await isMember(tagged, 'new-1')).toBe(true);
    expect(await isMember(tagged, 'new-2')).toBe(true);
    const a = await staff.q(
      graphql(`
        query Audience($id: ID!) {
          audience(id: $id) {
            size
          }
        }
      `),
      { id: tagged },
    );
    expect(a.audience.size).toBe(2);
  });
});
