// The staff reads behind the console's event catalogue, user lookup and partners screens: the newest
// events of a type or a user, a user's behaviour totals, the audiences a user is in, the event log of
// one user, and the staff list (admin only).
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql-types';
import type { GqlClient } from '../support/gql';
import { DAY, DIALECT, claimOne, createTemplate } from '../support/server';
import { useServer } from '../support/fixture';
import { track } from './rules-support';

const srv = useServer();
let staff: GqlClient;
let app: GqlClient;
const now = Math.floor(Date.now() / 1000);
const at = (secondsAgo: number) => new Date((now - secondsAgo) * 1000).toISOString();

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['events:write']);
  const r = await track(app, [
    {
      id: 'lk-1',
      type: 'order.paid',
      userId: 'lk-u1',
      occurredAt: at(40 * DAY),
      properties: { amount: 1000 },
    },
    {
      id: 'lk-2',
      type: 'order.paid',
      userId: 'lk-u1',
      occurredAt: at(2 * DAY),
      properties: { amount: 2500 },
    },
    { id: 'lk-3', type: 'page.viewed', userId: 'lk-u1', occurredAt: at(60), properties: { path: '/' } },
    { id: 'lk-4', type: 'order.paid', userId: 'lk-u2', occurredAt: at(30), properties: { amount: 700 } },
  ]);
  expect(r.accepted).toBe(4);
});

const EVENTS = graphql(`
  query LookupTrackedEvents($type: String, $userId: ID, $first: Int! = 20) {
    trackedEvents(type: $type, userId: $userId, first: $first) {
      id
      type
      userId
      properties
    }
  }
`);

describe(`staff lookups (${DIALECT})`, () => {
  it('lists the newest events of a type, of a user, or both', async () => {
    const byType = await staff.q(EVENTS, { type: 'order.paid' });
    expect(byType.trackedEvents.map((e) => e.id)).toEqual(['lk-4', 'lk-2', 'lk-1']);
    expect(byType.trackedEvents[0]).toMatchObject({ userId: 'lk-u2', properties: { amount: 700 } });
    const byUser = await staff.q(EVENTS, { userId: 'lk-u1', first: 2 });
    expect(byUser.trackedEvents.map((e) => e.id)).toEqual(['lk-3', 'lk-2']);
    const both = await staff.q(EVENTS, { type: 'page.viewed', userId: 'lk-u2' });
    expect(both.trackedEvents).toEqual([]);
  });

  it('sums a user’s behaviour per event type, all time and over the last days', async () => {
    const r = await staff.q(
      graphql(`
        query LookupBehaviour($userId: ID!) {
          userBehaviour(userId: $userId, days: 30) {
            days
            counts {
              eventType
              total
              recent
            }
            sums {
              eventType
              property
              total
              recent
            }
          }
        }
      `),
      { userId: 'lk-u1' },
    );
    expect(r.userBehaviour.counts).toEqual([
      { eventType: 'order.paid', total: 2, recent: 1 },
      { eventType: 'page.viewed', total: 1, recent: 1 },
    ]);
    expect(r.userBehaviour.sums).toContainEqual({
      eventType: 'order.paid',
      property: 'amount',
      total: 3500,
      recent: 2500,
    });
    const bad = await staff.raw(
      graphql(`
        query LookupBadDays {
          userBehaviour(userId: "x", days: 0) {
            days
          }
        }
      `),
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
  });

  it('names the audiences a user is in', async () => {
    const created = await staff.q(
      graphql(`
        mutation LookupCreateAudience($i: CreateAudienceInput!) {
          createAudience(input: $i) {
            id
          }
        }
      `),
      { i: { name: 'lookup static', kind: 'STATIC' } },
    );
    const id = created.createAudience.id;
    await staff.q(
      graphql(`
        mutation LookupUpload($id: ID!, $csv: String!) {
          uploadAudienceMembers(audienceId: $id, csv: $csv) {
            added
          }
        }
      `),
      { id, csv: 'lk-u1\nlk-u3\n' },
    );
    const q = graphql(`
      query LookupUserAudiences($userId: ID!) {
        userAudiences(userId: $userId) {
          id
          name
        }
      }
    `);
    expect((await staff.q(q, { userId: 'lk-u1' })).userAudiences).toEqual([{ id, name: 'lookup static' }]);
    expect((await staff.q(q, { userId: 'lk-u2' })).userAudiences).toEqual([]);
  });

  it('reads the event log of one user', async () => {
    const t = await createTemplate(staff);
    const couponId = await claimOne(staff, t.id, 'lk-u5');
    await claimOne(staff, t.id, 'lk-u6');
    const r = await staff.q(
      graphql(`
        query LookupUserLog($userId: ID) {
          couponEventLog(userId: $userId) {
            type
            couponId
            userId
          }
        }
      `),
      { userId: 'lk-u5' },
    );
    expect(r.couponEventLog.length).toBeGreaterThan(0);
    expect(r.couponEventLog.every((e) => e.userId === 'lk-u5')).toBe(true);
    expect(r.couponEventLog.map((e) => e.couponId)).toContain(couponId);
  });

  it('lists staff users with their state to admins only', async () => {
    const password = 'violet-harbour-engine-42';
    await staff.q(
      graphql(`
        mutation LookupCreateStaff($i: CreateStaffInput!) {
          createStaffUser(input: $i) {
            id
          }
        }
      `),
      { i: { email: 'lookup-analyst@test.local', role: 'analyst', password } },
    );
    const list = graphql(`
      query LookupStaff {
        staffUsers {
          email
          role
          disabled
        }
      }
    `);
    expect((await staff.q(list)).staffUsers).toContainEqual({
      email: 'lookup-analyst@test.local',
      role: 'analyst',
      disabled: false,
    });
    const login = await srv.anon.raw(
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: 'lookup-analyst@test.local', p: password },
    );
    const analyst = srv.anon.withToken((login.data as { login: { token: string } }).login.token);
    const refused = await analyst.raw(list);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
