// End-to-end ingestion through the rule engine: `track` batches of 500 events over real HTTP into a real
// server process with 20 published rules (event-property, user-attribute, 30-day aggregate, first-time,
// frequency-cap and split blocks; some issue coupons), on SQLite and PostgreSQL. One client sends
// batches back to back; events/s = accepted events / wall time, p99 = batch round-trip latency.
// The in-memory engine figures (compiled evaluation, 100 rules per event, audience checks) are in
// suites/rules.ts and are not repeated here.
//
// Env: BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/test; without PostgreSQL its figures are
// left out with a note), BENCH_ENGINE_BATCHES (measured batches per dialect, default 60),
// BENCH_ENGINE_DIALECTS (default sqlite,postgresql), BENCH_ENGINE_PROFILE_DIR (write the server's CPU
// profile there).
//
// Beside each rate: the server main thread's CPU per batch (/proc/<pid>/task, support/host-probe.ts), the
// event loop that runs the whole batch (GraphQL, the engine and better-sqlite3's statements): with one
// client the batch round trip is this CPU plus the client's turn, so it is what bounds the rate.
import { availableParallelism } from 'node:os';
import { graphql } from '../../support/gql-types';
import type { TrackEventInput } from '../../support/gql-types/graphql';
import { type BenchFigure, type BenchSuite, percentile } from '../lib';
import {
  ROOT,
  type RunningServer,
  adminToken,
  apiKey,
  createTemplate,
  startServer,
} from '../../support/server';
import type { GqlClient } from '../../support/gql';
import { readThreads, threadSplit } from '../support/host-probe';
import { freshPgDatabase, freshSqliteDatabase, measureHello } from '../support/servers';

const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BATCHES = Number(process.env.BENCH_ENGINE_BATCHES ?? 60);
const DIALECTS = (process.env.BENCH_ENGINE_DIALECTS ?? 'sqlite,postgresql').split(',');
const WARMUP = 6;
const BATCH = 500;
const USERS = 20_000;
const SUITE = 'engine';

const TRACK = graphql(`
  mutation Track($e: [TrackEventInput!]!) {
    track(events: $e) {
      accepted
      rejected
      issued
    }
  }
`);

type Node = { id: string; type: string; args: Record<string, unknown> };
function chain(nodes: Node[]) {
  return {
    version: 1,
    nodes: nodes.map((n, i) => ({ ...n, position: { x: i * 200, y: 0 } })),
    edges: nodes.slice(1).map((n, i) => ({
      id: `e${i}`,
      source: nodes[i]!.id,
      target: n.id,
      sourceHandle: i === 0 ? 'out' : 'yes',
    })),
  };
}

/** 20 rules over the four default event types, about a third of them reading a stored aggregate. */
function rules(templateId: string): unknown[] {
  const out: unknown[] = [];
  const trigger = (eventType: string): Node => ({ id: 't', type: 'trigger.event', args: { eventType } });
  const issue: Node = { id: 'issue', type: 'action.issueCoupon', args: { templateId } };
  for (let i = 0; i < 8; i++)
    out.push(
      chain([
        trigger('order.paid'),
        {
          id: 'amount',
          type: 'condition.eventProperty',
          args: { property: 'amount', op: 'gte', value: 20_000 + i * 1_000 },
        },
        { id: 'tier', type: 'condition.userAttribute', args: { attribute: 'tier', op: 'eq', value: 'VIP' } },
        ...(i % 2 === 0
          ? [
              {
                id: 'agg',
                type: 'condition.aggregate',
                args: { eventType: 'order.paid', fn: 'count', window: { days: 30 }, op: 'eq', value: 3 + i },
              },
            ]
          : [{ id: 'cap', type: 'condition.frequencyCap', args: { max: 1, period: 'week' } }]),
        issue,
      ]),
    );
  for (let i = 0; i < 6; i++)
    out.push(
      chain([
        trigger('page.viewed'),
        {
          id: 'path',
          type: 'condition.eventProperty',
          args: { property: 'path', op: 'eq', value: `/promo/${i}` },
        },
        {
          id: 'platform',
          type: 'condition.userAttribute',
          args: { attribute: 'platform', op: 'in', value: ['ios', 'android'] },
        },
        ...(i < 2
          ? [
              {
                id: 'views',
                type: 'condition.aggregate',
                args: { eventType: 'page.viewed', fn: 'count', window: { days: 7 }, op: 'gte', value: 5 },
              },
            ]
          : []),
        issue,
      ]),
    );
  for (let i = 0; i < 4; i++)
    out.push(
      chain([
        trigger('cart.abandoned'),
        {
          id: 'value',
          type: 'condition.eventProperty',
          args: { property: 'value', op: 'gte', value: 5_000 + i * 5_000 },
        },
        { id: 'cap', type: 'condition.frequencyCap', args: { max: 1, period: 'day' } },
        issue,
      ]),
    );
  out.push(
    chain([
      trigger('user.signed_up'),
      { id: 'first', type: 'condition.firstTime', args: { eventType: 'user.signed_up' } },
      issue,
    ]),
  );
  out.push({
    version: 1,
    nodes: [
      { id: 't', type: 'trigger.event', args: { eventType: 'user.signed_up' }, position: { x: 0, y: 0 } },
      {
        id: 'split',
        type: 'split.percent',
        args: {
          arms: [
            { id: 'treatment', label: 'T', percent: 90 },
            { id: 'control', label: 'C', percent: 10, control: true },
          ],
        },
        position: { x: 200, y: 0 },
      },
      { ...issue, position: { x: 400, y: 0 } },
    ],
    edges: [
      { id: 'e1', source: 't', target: 'split', sourceHandle: 'out' },
      { id: 'e2', source: 'split', target: 'issue', sourceHandle: 'treatment' },
      { id: 'e3', source: 'split', target: 'issue', sourceHandle: 'control' },
    ],
  });
  return out;
}

let seq = 0;
let rnd = 42;
/** mulberry32: a seeded generator in 32-bit integer arithmetic (a float LCG loses bits past 2^53). */
const random = () => {
  rnd = (rnd + 0x6d2b79f5) | 0;
  let t = Math.imul(rnd ^ (rnd >>> 15), 1 | rnd);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};

function batch(): TrackEventInput[] {
  const now = Math.floor(Date.now() / 1000);
  return Array.from({ length: BATCH }, () => {
    const u = Math.floor(random() * USERS);
    const userId = `bench-${u}`;
    const r = random();
    const id = `ev-${process.pid}-${++seq}`;
    // Live traffic: every event within the last 23 hours, inside the rules' 24 h trigger horizon, so
    // each one is evaluated by the rules (older events would only feed aggregates).
    const occurredAt = new Date((now - Math.floor(random() * 23 * 3_600)) * 1000)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
    if (r < 0.4)
      return {
        id,
        type: 'page.viewed',
        userId,
        occurredAt,
        properties: { path: `/promo/${Math.floor(random() * 12)}` },
      };
    if (r < 0.7)
      return {
        id,
        type: 'order.paid',
        userId,
        occurredAt,
        properties: { amount: Math.floor(random() * 40_000), orderId: id },
        ...(random() < 0.05
          ? {
              userAttributes: {
                tier: random() < 0.3 ? 'VIP' : 'REGULAR',
                platform: random() < 0.5 ? 'ios' : 'web',
              },
            }
          : {}),
      };
    if (r < 0.9)
      return {
        id,
        type: 'cart.abandoned',
        userId,
        occurredAt,
        properties: { value: Math.floor(random() * 30_000) },
      };
    return { id, type: 'user.signed_up', userId, occurredAt, properties: { channel: 'ads' } };
  });
}

async function measure(dialect: string, url: string, hello: number): Promise<BenchFigure[]> {
  let server: RunningServer | undefined;
  try {
    const profile = process.env.BENCH_ENGINE_PROFILE_DIR; // a CPU profile of the server process
    server = await startServer(url, {
      NODE_ENV: 'production', // as every other server bench: the configuration a deployment runs
      RUN_DISPATCHER: 'false',
      ...(profile
        ? { NODE_OPTIONS: `--import ${ROOT}test/bench/support/cpu-profile.mjs`, CPU_PROF_DIR: profile }
        : {}),
    });
    const anon = server.client(undefined, 2);
    const staff = anon.withToken(await adminToken(anon));
    const app: GqlClient = anon.withToken(await apiKey(staff, ['events:write']));
    const tpl = await createTemplate(staff, { name: 'bench engine' });
    for (const graph of rules(tpl.id)) {
      const r = await staff.q(
        graphql(`
          mutation CreateRule($i: CreateRuleInput!) {
            createRule(input: $i) {
              id
            }
          }
        `),
        {
          i: { name: 'bench', mode: 'AUTOMATED', graph },
        },
      );
      await staff.q(
        graphql(`
          mutation PublishRule($id: ID!) {
            publishRule(id: $id) {
              rule {
                id
              }
            }
          }
        `),
        { id: r.createRule.id },
      );
    }
    for (let i = 0; i < WARMUP; i++) await app.q(TRACK, { e: batch() });
    const latencies: number[] = [];
    let accepted = 0;
    let issued = 0;
    const threads0 = readThreads(server.process.pid!);
    const start = performance.now();
    for (let i = 0; i < BATCHES; i++) {
      const events = batch();
      const t0 = performance.now();
      const r = await app.q(TRACK, { e: events });
      latencies.push(performance.now() - t0);
      accepted += r.track.accepted;
      issued += r.track.issued;
    }
    const seconds = (performance.now() - start) / 1000;
    const cpu = threadSplit(
      server.process.pid!,
      threads0,
      readThreads(server.process.pid!),
      availableParallelism(),
      seconds,
    );
    const rate = accepted / seconds;
    await anon.close();
    const ratio = rate / hello;
    const note = `${ratio.toFixed(2)}× hello (${Math.round(hello)} req/s, 64 clients, this run); ${BATCHES} batches × ${BATCH} events, ${USERS.toLocaleString('en-US')} users, 20 rules; ${issued} coupons issued by rules`;
    return [
      {
        suite: SUITE,
        name: `track: batches of 500, 20 published rules (${dialect})`,
        value: rate,
        unit: 'events/s',
        ...(dialect === 'sqlite'
          ? { target: '>= 10000 events/s and >= 1.2× hello', ok: rate >= 10_000 && ratio >= 1.2 }
          : {}),
        note,
      },
      {
        suite: SUITE,
        name: `track: p99 batch latency (${dialect})`,
        value: percentile(latencies, 99),
        unit: 'ms',
        note: `p50 ${percentile(latencies, 50).toFixed(1)} ms`,
      },
      {
        suite: SUITE,
        name: `track: server main thread CPU per batch (${dialect})`,
        value: cpu.mainMs / BATCHES,
        unit: 'ms',
        note: `${Math.round((100 * cpu.mainMs) / (seconds * 1000))} % of the window (mean batch round trip ${((seconds * 1000) / BATCHES).toFixed(1)} ms); the server's other threads ${(cpu.otherMs / BATCHES).toFixed(1)} ms per batch`,
      },
    ];
  } finally {
    await server?.stop();
  }
}

const suite: BenchSuite = {
  name: SUITE,
  async run() {
    // the framework baseline in this run: ingestion is compared with a bare `{ hello }` server
    const hello = await measureHello(64, 6);
    const figures: BenchFigure[] = [
      {
        suite: SUITE,
        name: 'hello (bare Apollo 5 + type-graphql), 64 clients',
        value: hello.rate,
        unit: 'req/s',
        note: 'the baseline for the "× hello" figures below',
      },
    ];
    if (DIALECTS.includes('sqlite')) {
      const sqlite = freshSqliteDatabase();
      try {
        figures.push(...(await measure('sqlite', sqlite.url, hello.rate)));
      } finally {
        await sqlite.drop();
      }
    }
    if (!DIALECTS.includes('postgresql')) return figures;
    let pgDb;
    try {
      pgDb = await freshPgDatabase(PG_URL);
    } catch (err) {
      figures.push({
        suite: SUITE,
        name: 'track (postgresql)',
        value: Number.NaN,
        unit: 'events/s',
        note: `PostgreSQL unavailable: ${String(err)}`,
      });
    }
    if (pgDb) {
      try {
        figures.push(...(await measure('postgresql', pgDb.url, hello.rate)));
      } finally {
        await pgDb.drop();
      }
    }
    return figures;
  },
};
export default suite;
