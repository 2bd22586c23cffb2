// Behaviour aggregates kept incrementally (daily buckets, exact window edges) agree with a brute-force
// count/sum over the events sent, for random histories, windows and evaluation instants (fast-check).
import { graphql } from '../support/gql-types';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GqlClient } from '../support/gql';
import { DAY, DIALECT } from '../support/server';
import { useServer } from '../support/fixture';
import { type TrackEvent, chain, isoAt, nowS, track, traceOf } from './rules-support';

const srv = useServer({ connections: 8 });
let staff: GqlClient;
let app: GqlClient;

beforeAll(async () => {
  staff = srv.staff;
  app = await srv.withKey(['events:write']);
});

const T = nowS() - 3600;
let round = 0;

describe(`aggregates are exact (${DIALECT})`, () => {
  it('count, sum and filtered count over [now - N days, now] match a brute-force scan', async () => {
    await fc.assert(
      fc.asyncProperty(
        // offsets in seconds before T (some exactly on day boundaries), and amounts
        fc.array(
          fc.record({
            back: fc.oneof(
              fc.integer({ min: 0, max: 40 * DAY }),
              fc.integer({ min: 0, max: 40 }).map((d) => d * DAY),
            ),
            amount: fc.integer({ min: 0, max: 50_000 }),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        fc.integer({ min: 1, max: 35 }),
        fc.integer({ min: 0, max: 3 * DAY }),
        async (history, days, nowBack) => {
          const userId = `agg-${DIALECT}-${++round}`;
          const events: TrackEvent[] = history.map((h, i) => ({
            id: `${userId}-${i}`,
            type: 'order.paid',
            userId,
            occurredAt: isoAt(T - h.back),
            properties: { amount: h.amount },
          }));
          expect((await track(app, events)).accepted).toBe(events.length);
          const now = T - nowBack;
          const inWindow = history.filter((h) => T - h.back >= now - days * DAY && T - h.back <= now);
          const expected = {
            count: inWindow.length,
            sum: inWindow.reduce((s, h) => s + h.amount, 0),
            big: inWindow.filter((h) => h.amount >= 25_000).length,
          };
          const window = { days };
          const graph = chain([
            { id: 'trigger', type: 'trigger.event', args: { eventType: 'order.paid' } },
            {
              id: 'count',
              type: 'condition.aggregate',
              args: { eventType: 'order.paid', fn: 'count', window, op: 'gte', value: 0 },
            },
            {
              id: 'sum',
              type: 'condition.aggregate',
              args: { eventType: 'order.paid', fn: 'sum', property: 'amount', window, op: 'gte', value: 0 },
            },
            {
              id: 'big',
              type: 'condition.aggregate',
              args: {
                eventType: 'order.paid',
                fn: 'count',
                filter: { property: 'amount', op: 'gte', value: 25_000 },
                window,
                op: 'gte',
                value: 0,
              },
            },
            { id: 'issue', type: 'action.issueCoupon', args: { templateId: 'tpl-none' } },
          ]);
          const r = await staff.q(
            graphql(`
              query SimulateRule($g: JSON!, $f: JSON!) {
                simulateRule(graph: $g, facts: $f, storedFacts: true) {
                  trace
                }
              }
            `),
            {
              g: graph,
              f: { userId, now, event: { id: 'probe', type: 'order.paid', properties: { amount: 0 } } },
            },
          );
          const seen = Object.fromEntries(traceOf(r.simulateRule.trace).map((t) => [t.nodeId, t.seen.value]));
          expect({ count: seen.count, sum: seen.sum, big: seen.big }).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
});
