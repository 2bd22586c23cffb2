// `track` bounds (issue 15, item 13): times, sizes, counts and amounts out of bounds are rejected per
// event with the field named, and the valid events of the batch are kept.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GqlClient } from '../support/gql';
import { DIALECT } from '../support/server';
import { useServer } from '../support/fixture';

const srv = useServer({ connections: 8 });
let app: GqlClient;
beforeAll(async () => {
  app = await srv.withKey(['events:write']);
});

const TRACK = `mutation T($e: [TrackEventInput!]!) {
  track(events: $e) { accepted rejected errors { index code field } }
}`;
type Result = {
  accepted: number;
  rejected: number;
  errors: { index: number; code: string; field: string }[];
};
const track = async (events: unknown[]) => {
  const r = await app.raw(TRACK, { e: events });
  expect(r.errors).toBeUndefined();
  return (r.data as { track: Result }).track;
};
const isoIn = (s: number) => new Date(Date.now() + s * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

describe(`track bounds (${DIALECT})`, () => {
  it('rejects each out-of-bounds event naming its field, and keeps the rest', async () => {
    const page = (id: string, extra: Record<string, unknown> = {}) => ({
      id,
      type: 'page.viewed',
      userId: 'b-user',
      properties: { path: '/' },
      ...extra,
    });
    const manyProps = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`p${i}`, i]));
    const r = await track([
      page('ok-1'),
      page('year-1', { occurredAt: '0001-01-01T00:00:00Z' }),
      page('year-9999', { occurredAt: '9999-12-31T00:00:00Z' }),
      page('huge-string', { properties: { path: '/', note: 'x'.repeat(1_500_000) } }),
      { id: 'negative', type: 'order.paid', userId: 'b-user', properties: { amount: -500 } },
      page('many', { properties: { path: '/', ...manyProps } }),
      page('deep-attr', { userAttributes: { a: { b: { c: { d: { e: { f: { g: { h: { i: 1 } } } } } } } } } }),
      page('skew-ok', { occurredAt: isoIn(60) }),
      page('history-ok', { occurredAt: '1999-01-01T00:00:00Z' }),
    ]);
    expect(r.errors.map((e) => [e.index, e.code, e.field])).toEqual([
      [1, 'INVALID_TIME', 'events.1.occurredAt'],
      [2, 'INVALID_TIME', 'events.2.occurredAt'],
      [3, 'INVALID_PROPERTY', 'events.3.properties.note'],
      [4, 'INVALID_PROPERTY', 'events.4.properties.amount'],
      [5, 'INVALID_PROPERTY', 'events.5.properties'],
      [6, 'INVALID_ATTRIBUTES', 'events.6.userAttributes.a.b.c.d.e.f.g.h'],
    ]);
    expect(r.accepted).toBe(3);
  });

  it('accepts an event a little ahead of the server clock but not 10 minutes ahead', async () => {
    const r = await track([
      { id: 'ahead-4m', type: 'page.viewed', userId: 'c', properties: { path: '/' }, occurredAt: isoIn(240) },
      {
        id: 'ahead-10m',
        type: 'page.viewed',
        userId: 'c',
        properties: { path: '/' },
        occurredAt: isoIn(600),
      },
    ]);
    expect(r.errors.map((e) => e.field)).toEqual(['events.1.occurredAt']);
    expect(r.accepted).toBe(1);
  });
});
