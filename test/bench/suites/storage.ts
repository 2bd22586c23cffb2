// Storage: bytes on disk per issued coupon (its row, its code, its outbox event and their indexes),
// per tracked event and per rule firing with its decision trace, measured through the real server
// on SQLite and on PostgreSQL when DATABASE_URL names one (each the growth of its tables over its own
// phase: SQLite's dbstat after a passive checkpoint, PostgreSQL's pg_total_relation_size); then three
// steady-state runs on SQLite with retention windows of seconds: as fast as the server goes without
// purging and with it (claim and ingestion throughput with purging stay near the run without), and a
// constant offered load with purging, showing the purged tables stop growing once the window is
// reached (coupons, the ledger, keep growing by design).
//
// The bytes do not depend on the machine's load; the throughput ratios do: their notes give the load
// average over each pair of runs.
//
// Env: BENCH_STORAGE_N (coupons and events measured, default 3000), BENCH_STORAGE_SECONDS (each
// steady-state run, default 60), BENCH_STORAGE_WINDOW (retention window in seconds, default 8).
import os from 'node:os';
import Database from 'better-sqlite3';
import pg from 'pg';
import { type BenchFigure, type BenchSuite, fmt } from '../lib';
import { freshPgDatabase, freshSqliteDatabase } from '../support/servers';
import type { GqlClient } from '../../support/gql';
import {
  adminToken,
  apiKey,
  claimOne,
  createTemplate,
  type RunningServer,
  type TestDatabase,
  startServer,
} from '../../support/server';
import {
  createRule,
  publishRule,
  splitGraph,
  track as trackAll,
  type TrackEvent,
} from '../../e2e/rules-support';

/** `track`, failing the run when an event is not accepted (a figure over rejected events means nothing). */
async function track(app: GqlClient, events: TrackEvent[]) {
  const r = await trackAll(app, events);
  if (r.accepted !== events.length)
    throw new Error(`track accepted ${r.accepted} of ${events.length}: ${JSON.stringify(r.errors[0])}`);
  return r;
}

const SUITE = 'storage';
const N = Number(process.env.BENCH_STORAGE_N ?? 3000);
const STEADY_SECONDS = Number(process.env.BENCH_STORAGE_SECONDS ?? 60);
const WINDOW = Number(process.env.BENCH_STORAGE_WINDOW ?? 8);
const PG_URL = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '') ? process.env.DATABASE_URL! : null;

/** The 1-minute load average against the cores, flagged when the machine was busier than its cores. */
function loadNote(loads: readonly number[]): string {
  const cores = os.cpus().length;
  const max = Math.max(...loads);
  return `load average ${loads.map((l) => l.toFixed(1)).join(' to ')} on ${cores} cores${max > cores ? ': measured under load, compare the ratio, re-run quiet for absolute figures' : ''}`;
}

const BASE_ENV = {
  NODE_ENV: 'production',
  CLAIM_RATE_PER_ACCOUNT: '0',
  CLAIM_RATE_PER_DEVICE: '0',
};

/** Bytes of each table with its indexes (and, on PostgreSQL, its TOAST). */
async function tableBytes(db: TestDatabase): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (db.url.startsWith('sqlite:')) {
    const s = new Database(db.url.slice('sqlite:'.length));
    try {
      s.pragma('wal_checkpoint(PASSIVE)');
      const owner = new Map(
        (
          s.prepare(`SELECT name, tbl_name FROM sqlite_master`).all() as { name: string; tbl_name: string }[]
        ).map((r) => [r.name, r.tbl_name]),
      );
      for (const r of s.prepare(`SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name`).all() as {
        name: string;
        bytes: number;
      }[]) {
        const table = owner.get(r.name) ?? r.name;
        out.set(table, (out.get(table) ?? 0) + Number(r.bytes));
      }
    } finally {
      s.close();
    }
    return out;
  }
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  try {
    // a partition (tracked_event, outbox_event: docs/retention.md) counts for its partitioned table
    const { rows } = await c.query<{ t: string; bytes: string }>(
      `SELECT coalesce(p.relname, c.relname) AS t, SUM(pg_total_relation_size(c.oid)) AS bytes
         FROM pg_class c LEFT JOIN pg_inherits i ON i.inhrelid = c.oid LEFT JOIN pg_class p ON p.oid = i.inhparent
        WHERE c.relkind IN ('r', 'p') AND c.relnamespace = 'public'::regnamespace GROUP BY 1`,
    );
    for (const r of rows) out.set(r.t, Number(r.bytes));
  } finally {
    await c.end();
  }
  return out;
}

async function clients(server: RunningServer): Promise<{ staff: GqlClient; app: GqlClient }> {
  const anon = server.client(undefined, 16);
  const staff = anon.withToken(await adminToken(anon));
  const app = anon.withToken(await apiKey(staff, ['coupons:claim', 'events:write', 'checkout']));
  return { staff, app };
}

async function parallel(n: number, workers: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let i = next++; i < n; i = next++) await fn(i);
    }),
  );
}

const view = (id: string, user: string): TrackEvent => ({
  id,
  type: 'page.viewed',
  userId: user,
  occurredAt: new Date().toISOString(),
  properties: { path: '/products/1234', referrer: 'newsletter' },
});
const purchase = (id: string, user: string): TrackEvent => ({
  id,
  type: 'page.viewed',
  userId: user,
  occurredAt: new Date().toISOString(),
  properties: { path: '/cart', referrer: 'search' },
});

/** Bytes per coupon, tracked event and firing on one database, each measured after its own phase. */
async function perItem(dialect: string, db: TestDatabase): Promise<BenchFigure[]> {
  const server = await startServer(db.url, BASE_ENV);
  let firings = 0;
  const grew = (a: Map<string, number>, b: Map<string, number>, ...tables: string[]) =>
    tables.reduce((sum, t) => sum + (b.get(t) ?? 0) - (a.get(t) ?? 0), 0);
  let couponBytes: number;
  let outboxBytes: number;
  let perEvent: number;
  let perFiring: number;
  let exposureBytes: number;
  let bucketBytes: number;
  try {
    const { staff, app } = await clients(server);
    const template = (await createTemplate(staff, { name: 'storage claims' })).id;
    const s0 = await tableBytes(db);
    await parallel(N, 8, (i) => claimOne(app, template, `s-claim-${i}`));
    const s1 = await tableBytes(db);
    couponBytes = grew(s0, s1, 'coupon', 'coupon_code') / N;
    outboxBytes = grew(s0, s1, 'outbox_event') / N;
    // raw events with no rule listening: tracked_event (and the daily buckets, kept)
    await parallel(N / 100, 4, (b) =>
      track(
        app,
        Array.from({ length: 100 }, (_, k) => purchase(`s-ev-${b}-${k}`, `s-user-${(b * 100 + k) % 500}`)),
      ),
    );
    const s2 = await tableBytes(db);
    // PostgreSQL: with the event's deduplication key (tracked_event_key)
    perEvent = grew(s1, s2, 'tracked_event', 'tracked_event_key') / N;
    bucketBytes = grew(s1, s2, 'behaviour_bucket');
    const ruleTemplate = (await createTemplate(staff, { name: 'storage rule' })).id;
    const ruleId = await createRule(staff, splitGraph(ruleTemplate), 'EXPERIMENT');
    await publishRule(staff, ruleId);
    const s3 = await tableBytes(db);
    await parallel(N / 100, 4, async (b) => {
      const r = await track(
        app,
        Array.from({ length: 100 }, (_, k) => view(`s-view-${b}-${k}`, `s-viewer-${b * 100 + k}`)),
      );
      firings += r.firings;
    });
    const s4 = await tableBytes(db);
    perFiring = grew(s3, s4, 'rule_firing') / Math.max(1, firings);
    exposureBytes = grew(s3, s4, 'rule_exposure') / Math.max(1, firings);
  } finally {
    await server.stop();
  }
  const perCoupon = couponBytes + outboxBytes;
  const sqlite = dialect === 'SQLite';
  return [
    {
      suite: SUITE,
      name: `${dialect}: bytes per issued coupon with its event and indexes`,
      value: perCoupon,
      unit: 'bytes',
      target: sqlite ? '<= 500' : undefined,
      ok: sqlite ? perCoupon <= 500 : undefined,
      note: `coupon + code ${fmt(couponBytes)}, outbox event ${fmt(outboxBytes)} (claims of ${fmt(N)} users; idempotency keys, purged after 48 h, left out)`,
    },
    {
      suite: SUITE,
      name: `${dialect}: bytes per tracked event with its indexes`,
      value: perEvent,
      unit: 'bytes',
      target: sqlite ? '<= 250' : undefined,
      ok: sqlite ? perEvent <= 250 : undefined,
      note: `${fmt(N)} raw events of 500 users${sqlite ? '' : ' (day partitions; with the deduplication key)'}; their daily buckets ${fmt(bucketBytes)} bytes in all (kept)`,
    },
    {
      suite: SUITE,
      name: `${dialect}: bytes per rule firing with its trace`,
      value: perFiring,
      unit: 'bytes',
      note: `${fmt(firings)} firings of a split rule; the trace is emptied after RULE_TRACE_RETENTION_DAYS; the exposure ${fmt(exposureBytes)} bytes per user (kept)`,
    },
  ];
}

interface SteadyRun {
  claimsPerSecond: number;
  eventsPerSecond: number;
  /** Bytes of the tables retention purges (outbox_event, tracked_event), their rows, and bytes of the rest. */
  samples: { at: number; purged: number; rows: number; kept: number }[];
  /** 1-minute load average at the start and the end of the run. */
  loads: [number, number];
}

const PURGED_TABLES = ['outbox_event', 'tracked_event'];

/** Rows of the purged tables (SQLite). */
function purgedRows(db: TestDatabase): number {
  const s = new Database(db.url.slice('sqlite:'.length), { readonly: true });
  try {
    return PURGED_TABLES.reduce(
      (n, t) => n + Number((s.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n),
      0,
    );
  } finally {
    s.close();
  }
}

/** The mean of the samples taken in [from, to) seconds (the purge runs every second: one sample is a point on a saw). */
function meanOf(samples: SteadyRun['samples'], from: number, to: number) {
  const xs = samples.filter((x) => x.at >= from && x.at < to);
  const mean = (f: (x: SteadyRun['samples'][number]) => number) =>
    xs.length ? xs.reduce((a, x) => a + f(x), 0) / xs.length : Number.NaN;
  return {
    n: xs.length,
    purged: mean((x) => x.purged),
    rows: mean((x) => x.rows),
    kept: mean((x) => x.kept),
  };
}

/**
 * Load for STEADY_SECONDS: 4 workers, each round one claim and a batch of 20 raw events of a pool of
 * 1 000 users (no rule listening); samples the tables' sizes every 2 s. Without `roundsPerSecond` the
 * workers go as fast as the server answers (the throughput runs); with it, round k starts no earlier
 * than k / roundsPerSecond seconds in (a constant offered load: the rows inside the retention window,
 * and so the bytes, do not follow the machine's speed from minute to minute).
 */
async function steady(retention: boolean, roundsPerSecond?: number): Promise<SteadyRun> {
  const db = freshSqliteDatabase();
  const days = String(retention ? WINDOW / 86_400 : 0);
  const server = await startServer(db.url, {
    ...BASE_ENV,
    OUTBOX_RETENTION_DAYS: days,
    TRACKED_EVENT_RETENTION_DAYS: days,
    RULE_TRACE_RETENTION_DAYS: days,
    EVENTS_RESUME_WINDOW_SECONDS: '1',
    WEBHOOK_LOG_RETENTION_DAYS: '0',
    RETENTION_INTERVAL_SECONDS: '1',
  });
  const samples: SteadyRun['samples'] = [];
  const load0 = os.loadavg()[0]!;
  let claims = 0;
  let events = 0;
  try {
    const { staff, app } = await clients(server);
    const template = (await createTemplate(staff, { name: 'steady claims' })).id;
    const start = Date.now();
    const until = start + STEADY_SECONDS * 1000;
    let seq = 0;
    const sampler = setInterval(
      () =>
        void tableBytes(db).then(
          (sizes) => {
            let purged = 0;
            let kept = 0;
            for (const [t, b] of sizes)
              if (PURGED_TABLES.includes(t)) purged += b;
              else kept += b;
            samples.push({ at: (Date.now() - start) / 1000, purged, rows: purgedRows(db), kept });
          },
          () => undefined,
        ),
      2000,
    );
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (Date.now() < until) {
          const i = seq++;
          if (roundsPerSecond) {
            const due = start + (i * 1000) / roundsPerSecond;
            if (due >= until) break;
            if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
          }
          await claimOne(app, template, `st-${i}`);
          claims++;
          await track(
            app,
            Array.from({ length: 20 }, (_, k) => purchase(`st-${i}-${k}`, `st-user-${(i * 20 + k) % 1000}`)),
          );
          events += 20;
        }
      }),
    );
    clearInterval(sampler);
    const seconds = (Date.now() - start) / 1000;
    return {
      claimsPerSecond: claims / seconds,
      eventsPerSecond: events / seconds,
      samples,
      loads: [load0, os.loadavg()[0]!],
    };
  } finally {
    await server.stop();
    await db.drop();
  }
}

const storage: BenchSuite = {
  name: SUITE,
  async run() {
    const figures: BenchFigure[] = [];
    const sqlite = freshSqliteDatabase();
    try {
      figures.push(...(await perItem('SQLite', sqlite)));
    } finally {
      await sqlite.drop();
    }
    if (PG_URL) {
      const db = await freshPgDatabase(PG_URL);
      try {
        figures.push(...(await perItem('PostgreSQL', db)));
      } finally {
        await db.drop();
      }
    }
    // throughput: as fast as the server goes, without purging and with it
    const off = await steady(false);
    const on = await steady(true);
    // flat: a constant offered load (70 % of the purging run's rate, so the server keeps up whatever
    // the minute) with retention; the purged tables grow less than 10 % from the window three windows
    // in (the first purges have run and the indexes' pages settled) to the run's last window, each the
    // mean of its samples: the purge runs every second, so a single sample is anywhere on a saw of
    // about a tenth of the table
    const paced = await steady(true, 0.7 * on.claimsPerSecond);
    const reached = meanOf(paced.samples, WINDOW * 3, WINDOW * 4);
    const end = meanOf(paced.samples, STEADY_SECONDS - WINDOW, Number.POSITIVE_INFINITY);
    const growth = end.purged / reached.purged - 1;
    const offEnd = meanOf(off.samples, STEADY_SECONDS - WINDOW, Number.POSITIVE_INFINITY);
    const ledgerPerSecond = (end.kept - reached.kept) / (STEADY_SECONDS - WINDOW / 2 - WINDOW * 3.5);
    const perRow = (w: { purged: number; rows: number }) => w.purged / w.rows;
    const loads = loadNote([...off.loads, ...on.loads]);
    const claimRatio = on.claimsPerSecond / off.claimsPerSecond;
    const eventRatio = on.eventsPerSecond / off.eventsPerSecond;
    figures.push(
      {
        suite: SUITE,
        name: `SQLite steady state: growth of the purged tables after the ${WINDOW} s window`,
        value: growth * 100,
        unit: '%',
        target: '<= 10 % (flat)',
        ok: growth <= 0.1,
        note: `constant load of ${fmt(paced.claimsPerSecond)} claims/s and ${fmt(paced.eventsPerSecond)} events/s offered for ${STEADY_SECONDS} s: outbox + raw events ${fmt(reached.purged)} -> ${fmt(end.purged)} bytes (means of windows 4 and last; ${fmt(reached.rows)} -> ${fmt(end.rows)} rows kept, ${fmt(perRow(reached))} -> ${fmt(perRow(end))} bytes per row); ${fmt(offEnd.purged)} bytes without retention after ${STEADY_SECONDS} s at full speed; the rest (coupons: the ledger, buckets, idempotency keys) grows ${fmt(ledgerPerSecond)} bytes/s; ${loadNote(paced.loads)}`,
      },
      {
        suite: SUITE,
        name: 'SQLite steady state: claims/s with purging / without',
        value: claimRatio,
        unit: 'x',
        target: '>= 0.9',
        ok: claimRatio >= 0.9,
        note: `${fmt(on.claimsPerSecond)} vs ${fmt(off.claimsPerSecond)} claims/s (4 workers); ${loads}`,
      },
      {
        suite: SUITE,
        name: 'SQLite steady state: tracked events/s with purging / without',
        value: eventRatio,
        unit: 'x',
        target: '>= 0.9',
        ok: eventRatio >= 0.9,
        note: `${fmt(on.eventsPerSecond)} vs ${fmt(off.eventsPerSecond)} events/s (batches of 20); ${loads}`,
      },
    );
    return figures;
  },
};

export default storage;
