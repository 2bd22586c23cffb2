// Partner events: outbox -> signed webhook receiver throughput and lag, on SQLite and PostgreSQL, and
// commit -> receipt latency with 1 000 graphql-ws subscribers. Real server processes (the e2e harness),
// a real receiver verifying every signature with `standardwebhooks`, real graphql-ws clients; the load
// generator shares the two cores. Outbox rows are written straight into the database (as the coupon
// services do, one transaction per batch), so the figures are the dispatcher's, not the claim path's.
//
// Env: BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/test: a fresh database is created and
// dropped through it; without PostgreSQL the PostgreSQL figures are left out with a note),
// BENCH_EVENTS_RATE (offered events/s, default 2200: above the 2 000/s aim), BENCH_EVENTS_SECONDS (default 8),
// BENCH_EVENTS_CONCURRENCY (the endpoint's requests in flight for the steady run, default 50).
import { graphql } from '../../support/gql-types';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { type BenchFigure, type BenchSuite, percentile } from '../lib';
import { type RunningServer, adminToken, apiKey, startServer } from '../../support/server';
import { EventSubscriber, WebhookReceiver } from '../../support/webhook-receiver';

const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const RATE = Number(process.env.BENCH_EVENTS_RATE ?? 2200);
const CONCURRENCY = Number(process.env.BENCH_EVENTS_CONCURRENCY ?? 50);
const SECONDS = Number(process.env.BENCH_EVENTS_SECONDS ?? 8);
const BURST = 20_000;
const SUBSCRIBERS = 1000;
const FANOUT_EVENTS = 30;
const SUITE = 'events';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Db {
  url: string;
  dialect: 'sqlite' | 'postgresql';
  drop(): Promise<void>;
}

async function sqliteDb(): Promise<Db> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'couponflow-events-bench-'));
  return {
    url: `sqlite:${join(dir, 'couponflow.db')}`,
    dialect: 'sqlite',
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function pgDb(): Promise<Db | null> {
  const name = `cf_bench_events_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  try {
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } catch {
    return null;
  } finally {
    await admin.end().catch(() => undefined);
  }
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    dialect: 'postgresql',
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Writes outbox rows the way the coupon services do: a multi-row insert in one transaction. */
interface OutboxWriter {
  /** Inserts `n` events; returns their ids and the commit time. */
  write(n: number): Promise<{ ids: number[]; at: number }>;
  close(): Promise<void>;
}

let serial = 0;
function rowsFor(n: number): unknown[] {
  const now = Math.floor(Date.now() / 1000);
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const k = serial++;
    const coupon = `cpn_bench_${Math.floor(k / 3)}`; // three events per coupon, in order
    const type = ['coupon.claimed', 'coupon.locked', 'coupon.redeemed'][k % 3]!;
    out.push(
      type,
      coupon,
      'tpl_bench',
      null,
      `user-${k}`,
      'm-bench',
      JSON.stringify({ type, occurredAt: now, coupon: { id: coupon, status: 'AVAILABLE' } }),
      now,
    );
  }
  return out;
}
const COLS = '(type, coupon_id, template_id, campaign_id, user_id, merchant_id, payload, created_at)';

async function writer(db: Db): Promise<OutboxWriter> {
  if (db.dialect === 'sqlite') {
    const h = new Sqlite(db.url.slice('sqlite:'.length));
    h.pragma('journal_mode = WAL');
    h.pragma('busy_timeout = 5000');
    return {
      write: async (n) => {
        const values = new Array(n).fill('(?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
        const rows = h
          .prepare(`INSERT INTO outbox_event ${COLS} VALUES ${values} RETURNING id`)
          .all(...rowsFor(n)) as { id: number }[];
        return { ids: rows.map((r) => Number(r.id)), at: Date.now() };
      },
      close: async () => void h.close(),
    };
  }
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  return {
    write: async (n) => {
      let p = 0;
      const values = new Array(n)
        .fill(0)
        .map(() => `($${++p}, $${++p}, $${++p}, $${++p}, $${++p}, $${++p}, $${++p}, $${++p})`)
        .join(', ');
      const r = await c.query(`INSERT INTO outbox_event ${COLS} VALUES ${values} RETURNING id`, rowsFor(n));
      return { ids: r.rows.map((x: { id: string }) => Number(x.id)), at: Date.now() };
    },
    close: () => c.end(),
  };
}

async function product(
  db: Db,
  env: Record<string, string> = {},
): Promise<{ server: RunningServer; token: string }> {
  const server = await startServer(db.url, { WEBHOOK_ALLOW_PRIVATE_URLS: 'true', ...env });
  return { server, token: await adminToken(server.client()) };
}

async function throughput(db: Db): Promise<BenchFigure[]> {
  const label = db.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  const { server, token } = await product(db);
  const receiver = new WebhookReceiver();
  await receiver.start();
  const out = await writer(db);
  try {
    const staff = server.client(token, 4);
    const created = await staff.q(
      graphql(`
        mutation CreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {
          createWebhookEndpoint(input: $i) {
            secret
            endpoint {
              id
            }
          }
        }
      `),
      { i: { url: `${receiver.url}/bench` } },
    );
    const endpointId = created.createWebhookEndpoint.endpoint.id;
    receiver.secrets.set('s', created.createWebhookEndpoint.secret);
    const committed = new Map<number, number>();
    const firstReceipt = new Map<string, number>();
    let scanned = 0;
    const track = () => {
      for (; scanned < receiver.received.length; scanned++) {
        const r = receiver.received[scanned]!;
        if (!firstReceipt.has(r.id)) firstReceipt.set(r.id, r.at);
      }
    };
    const delivered = async (ids: readonly number[], what: string) => {
      await receiver.waitFor(
        () => {
          track();
          return ids.every((id) => firstReceipt.has(`msg_${id}`));
        },
        300_000,
        what,
      );
      return Math.max(...ids.map((id) => firstReceipt.get(`msg_${id}`)!));
    };
    const burst = async () => {
      const ids: number[] = [];
      const start = Date.now();
      for (let i = 0; i < BURST; i += 1000) {
        const w = await out.write(Math.min(1000, BURST - i));
        for (const id of w.ids) {
          committed.set(id, w.at);
          ids.push(id);
        }
      }
      const end = await delivered(ids, 'burst events');
      return { rate: (BURST * 1000) / (end - start), ms: end - start };
    };

    // warm-up: JIT on both sides, connections open
    const warm: number[] = [];
    for (let i = 0; i < 20; i++) {
      const w = await out.write(50);
      for (const id of w.ids) committed.set(id, w.at);
      warm.push(...w.ids);
      await sleep(20);
    }
    await delivered(warm, 'warm-up');

    // 1. a backlog drained at the default concurrency (20 requests in flight)
    const drainDefault = await burst();

    // 2. steady offered load at RATE events/s, in 20 ms batches, at CONCURRENCY in flight
    await staff.q(
      graphql(`
        mutation UpdateWebhookEndpoint($id: ID!, $c: Int!) {
          updateWebhookEndpoint(id: $id, input: { maxConcurrency: $c }) {
            id
          }
        }
      `),
      {
        id: endpointId,
        c: CONCURRENCY,
      },
    );
    const steadyIds: number[] = [];
    const start = Date.now();
    const perTick = Math.max(1, Math.round((RATE * 20) / 1000));
    for (let tickAt = start; tickAt < start + SECONDS * 1000; tickAt += 20) {
      const w = await out.write(perTick);
      for (const id of w.ids) {
        committed.set(id, w.at);
        steadyIds.push(id);
      }
      const wait = tickAt + 20 - Date.now();
      if (wait > 0) await sleep(wait);
    }
    const lastReceipt = await delivered(steadyIds, 'steady events');
    const lags = steadyIds.map((id) => firstReceipt.get(`msg_${id}`)! - committed.get(id)!);
    const steadyRate = (steadyIds.length * 1000) / (lastReceipt - start);

    // 3. the same backlog at CONCURRENCY
    const drainWide = await burst();

    const unverified = receiver.received.filter((r) => !r.verifiedWith.includes('s')).length;
    if (unverified > 0) throw new Error(`${unverified} deliveries failed signature verification`);
    const repeats = receiver.received.length - new Set(receiver.received.map((r) => r.id)).size;
    const p99 = percentile(lags, 99);
    const note = `${RATE}/s offered for ${SECONDS} s (${steadyIds.length} events, 3 per coupon), one endpoint at ${CONCURRENCY} requests in flight; every signature verified by the receiver; ${repeats} repeats`;
    return [
      {
        suite: SUITE,
        name: `outbox -> webhook, ${label}: throughput at ${RATE}/s offered`,
        value: steadyRate,
        unit: 'events/s',
        target: '>= 2000 events/s',
        ok: steadyRate >= 2000,
        note,
      },
      { suite: SUITE, name: `outbox -> webhook, ${label}: lag p50`, value: percentile(lags, 50), unit: 'ms' },
      {
        suite: SUITE,
        name: `outbox -> webhook, ${label}: lag p99`,
        value: p99,
        unit: 'ms',
        target: '<= 1000 ms',
        ok: p99 <= 1000,
      },
      {
        suite: SUITE,
        name: `outbox -> webhook, ${label}: ${BURST} backlog, ${CONCURRENCY} in flight`,
        value: drainWide.rate,
        unit: 'events/s',
        note: `drained in ${drainWide.ms} ms`,
      },
      {
        suite: SUITE,
        name: `outbox -> webhook, ${label}: ${BURST} backlog, default 20 in flight`,
        value: drainDefault.rate,
        unit: 'events/s',
        note: `drained in ${drainDefault.ms} ms`,
      },
    ];
  } finally {
    await out.close();
    await server.stop();
    await receiver.close();
  }
}

async function fanout(db: Db): Promise<BenchFigure[]> {
  const { server, token } = await product(db);
  const out = await writer(db);
  const subs: EventSubscriber[] = [];
  try {
    const key = await apiKey(server.client(token, 2), ['events:read'], ['m-bench']);
    for (let i = 0; i < SUBSCRIBERS; i++) {
      subs.push(
        new EventSubscriber(
          server.url,
          { authorization: `Bearer ${key}` },
          { filter: { types: ['COUPON_CLAIMED', 'COUPON_LOCKED', 'COUPON_REDEEMED'] } },
          `subscription($filter: CouponEventFilter) { couponEvents(filter: $filter) { id type couponId } }`,
        ),
      );
      if (i % 100 === 99) await sleep(50);
    }
    // every subscriber is live once it has seen a warm-up event
    for (let round = 0; round < 200; round++) {
      await out.write(1);
      await sleep(100);
      if (subs.every((s) => s.events.length > 0)) break;
    }
    const missing = subs.filter((s) => s.events.length === 0).length;
    if (missing > 0) throw new Error(`${missing} subscribers never went live`);
    for (let i = 0; i < 10; i++) {
      await out.write(1);
      await sleep(50);
    }
    await sleep(500);
    const base = subs.map((s) => s.events.length);
    const commits: { id: number; at: number }[] = [];
    for (let i = 0; i < FANOUT_EVENTS; i++) {
      const w = await out.write(1);
      commits.push({ id: w.ids[0]!, at: w.at });
      await sleep(100);
    }
    await Promise.all(
      subs.map((s, i) =>
        s.waitFor((x) => x.events.length >= base[i]! + FANOUT_EVENTS, 60_000, 'fan-out events'),
      ),
    );
    const latencies: number[] = [];
    const at = new Map(commits.map((c) => [c.id, c.at]));
    for (const s of subs) {
      s.events.forEach((e, i) => {
        const c = at.get(e.id);
        if (c !== undefined) latencies.push(s.receivedAt[i]! - c);
      });
    }
    const errors = subs.reduce((n, s) => n + s.errors.length, 0);
    return [
      {
        suite: SUITE,
        name: `${SUBSCRIBERS} graphql-ws subscribers: commit -> receipt p50`,
        value: percentile(latencies, 50),
        unit: 'ms',
        note: `${FANOUT_EVENTS} events 100 ms apart, each to all ${SUBSCRIBERS} (${latencies.length} receipts, ${errors} errors), partner key with a type filter, SQLite, no Redis`,
      },
      {
        suite: SUITE,
        name: `${SUBSCRIBERS} graphql-ws subscribers: commit -> receipt p99`,
        value: percentile(latencies, 99),
        unit: 'ms',
        target: '<= 250 ms',
        ok: percentile(latencies, 99) <= 250,
      },
    ];
  } finally {
    await Promise.all(subs.map((s) => s.close()));
    await out.close();
    await server.stop();
  }
}

const suite: BenchSuite = {
  name: SUITE,
  async run(): Promise<BenchFigure[]> {
    const figures: BenchFigure[] = [];
    const lite = await sqliteDb();
    try {
      figures.push(...(await throughput(lite)));
    } finally {
      await lite.drop();
    }
    const pgdb = await pgDb();
    if (pgdb) {
      try {
        figures.push(...(await throughput(pgdb)));
      } finally {
        await pgdb.drop();
      }
    } else {
      figures.push({
        suite: SUITE,
        name: 'outbox -> webhook, PostgreSQL',
        value: Number.NaN,
        unit: 'events/s',
        note: `PostgreSQL not reachable at ${PG_URL}: left out`,
      });
    }
    const fan = await sqliteDb();
    try {
      figures.push(...(await fanout(fan)));
    } finally {
      await fan.drop();
    }
    return figures;
  },
};

export default suite;
