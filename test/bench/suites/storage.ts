// Storage: bytes on disk per issued coupon (its row, its code, its outbox event and their indexes),
// per tracked event and per rule firing with its decision trace, measured through the real server
// on SQLite (after a checkpoint) and on PostgreSQL when DATABASE_URL names one; then a steady-state
// run on SQLite: constant load with retention windows of seconds, showing the database stops growing
// once the window is reached while throughput stays near the run without purging.
//
// Env: BENCH_STORAGE_N (coupons and events measured, default 3000), BENCH_STORAGE_SECONDS (each
// steady-state run, default 40), BENCH_STORAGE_WINDOW (retention window in seconds, default 8).
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
import { createRule, publishRule, track, type TrackEvent } from '../../e2e/rules-support';

const SUITE = 'storage';
const N = Number(process.env.BENCH_STORAGE_N ?? 3000);
const STEADY_SECONDS = Number(process.env.BENCH_STORAGE_SECONDS ?? 40);
const WINDOW = Number(process.env.BENCH_STORAGE_WINDOW ?? 8);
const PG_URL = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '') ? process.env.DATABASE_URL! : null;
const NOTE = 'measured under load; re-run quiet';

const BASE_ENV = {
  NODE_ENV: 'production',
  CLAIM_RATE_PER_ACCOUNT: '0',
  CLAIM_RATE_PER_DEVICE: '0',
};

/** Split rule: every page view reaches the split (a firing with its trace), treatment gets a coupon. */
function splitGraph(templateId: string) {
  return {
    version: 1,
    nodes: [
      { id: 'trigger', type: 'trigger.event', args: { eventType: 'page.viewed' }, position: { x: 0, y: 0 } },
      {
        id: 'split',
        type: 'split.percent',
        args: {
          arms: [
            { id: 'treatment', label: 'Treatment', percent: 50 },
            { id: 'control', label: 'Control', percent: 50, control: true },
          ],
        },
        position: { x: 200, y: 0 },
      },
      { id: 'issue', type: 'action.issueCoupon', args: { templateId }, position: { x: 400, y: 0 } },
    ],
    edges: [
      { id: 'e1', source: 'trigger', target: 'split', sourceHandle: 'out' },
      { id: 'e2', source: 'split', target: 'issue', sourceHandle: 'treatment' },
      { id: 'e3', source: 'split', target: 'issue', sourceHandle: 'control' },
    ],
  };
}

/** Bytes of each table with its indexes (and, on PostgreSQL, its TOAST). */
async function tableBytes(db: TestDatabase): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (db.url.startsWith('sqlite:')) {
    const s = new Database(db.url.slice('sqlite:'.length));
    try {
      s.pragma('wal_checkpoint(TRUNCATE)');
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
    await c.query('CHECKPOINT');
    const { rows } = await c.query<{ t: string; bytes: string }>(
      `SELECT relname AS t, pg_total_relation_size(oid) AS bytes FROM pg_class WHERE relkind IN ('r', 'p') AND relnamespace = 'public'::regnamespace`,
    );
    for (const r of rows) out.set(r.t, Number(r.bytes));
  } finally {
    await c.end();
  }
  return out;
}

/** The live database size: pages in use (SQLite, freed pages excluded) or pg_database_size. */
async function liveBytes(db: TestDatabase): Promise<number> {
  if (db.url.startsWith('sqlite:')) {
    const s = new Database(db.url.slice('sqlite:'.length), { readonly: true });
    try {
      const pages = Number(s.pragma('page_count', { simple: true }));
      const free = Number(s.pragma('freelist_count', { simple: true }));
      return (pages - free) * Number(s.pragma('page_size', { simple: true }));
    } finally {
      s.close();
    }
  }
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  try {
    return Number((await c.query(`SELECT pg_database_size(current_database()) AS b`)).rows[0].b);
  } finally {
    await c.end();
  }
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
  type: 'cart.updated',
  userId: user,
  occurredAt: new Date().toISOString(),
  properties: { sku: 'sku-1234', quantity: 2 },
});

/** Bytes per coupon, tracked event and firing on one database. */
async function perItem(dialect: string, db: TestDatabase): Promise<BenchFigure[]> {
  const server = await startServer(db.url, BASE_ENV);
  let firings = 0;
  try {
    const { staff, app } = await clients(server);
    const template = (await createTemplate(staff, { name: 'storage claims' })).id;
    await parallel(N, 8, (i) => claimOne(app, template, `s-claim-${i}`));
    // raw events with no rule listening: tracked_event only (and the daily buckets)
    await parallel(N / 100, 4, (b) =>
      track(
        app,
        Array.from({ length: 100 }, (_, k) => purchase(`s-ev-${b}-${k}`, `s-user-${(b * 100 + k) % 500}`)),
      ),
    );
    const ruleTemplate = (await createTemplate(staff, { name: 'storage rule' })).id;
    const ruleId = await createRule(staff, splitGraph(ruleTemplate), 'EXPERIMENT');
    await publishRule(staff, ruleId);
    await parallel(N / 100, 4, async (b) => {
      const r = await track(
        app,
        Array.from({ length: 100 }, (_, k) => view(`s-view-${b}-${k}`, `s-viewer-${b * 100 + k}`)),
      );
      firings += r.firings;
    });
  } finally {
    await server.stop();
  }
  const sizes = await tableBytes(db);
  const bytes = (...tables: string[]) => tables.reduce((a, t) => a + (sizes.get(t) ?? 0), 0);
  // the claimed coupons' rows, codes and events; the rule's coupons and events are left out by share
  const coupons = N + firings / 2;
  const couponBytes = bytes('coupon', 'coupon_code') / coupons;
  const outboxBytes = bytes('outbox_event') / coupons;
  const perCoupon = couponBytes + outboxBytes;
  const trackedRows = 2 * N;
  const perEvent = bytes('tracked_event') / trackedRows;
  const perFiring = bytes('rule_firing') / Math.max(1, firings);
  const sqlite = dialect === 'SQLite';
  return [
    {
      suite: SUITE,
      name: `${dialect}: bytes per issued coupon with its event and indexes`,
      value: perCoupon,
      unit: 'bytes',
      target: sqlite ? '<= 500 (after a checkpoint)' : undefined,
      ok: sqlite ? perCoupon <= 500 : undefined,
      note: `coupon + code ${fmt(couponBytes)}, outbox event ${fmt(outboxBytes)}; ${fmt(coupons)} coupons; ${NOTE}`,
    },
    {
      suite: SUITE,
      name: `${dialect}: bytes per tracked event with its indexes`,
      value: perEvent,
      unit: 'bytes',
      target: sqlite ? '<= 250' : undefined,
      ok: sqlite ? perEvent <= 250 : undefined,
      note: `${fmt(trackedRows)} raw events; daily buckets ${fmt(bytes('behaviour_bucket'))} bytes in all (kept); ${NOTE}`,
    },
    {
      suite: SUITE,
      name: `${dialect}: bytes per rule firing with its trace`,
      value: perFiring,
      unit: 'bytes',
      note: `${fmt(firings)} firings; after RULE_TRACE_RETENTION_DAYS the trace is emptied; exposures ${fmt(bytes('rule_exposure') / Math.max(1, firings))} bytes per exposed user (kept); ${NOTE}`,
    },
  ];
}

interface SteadyRun {
  opsPerSecond: number;
  samples: { at: number; bytes: number }[];
}

/** Constant load (claims and tracked events, 4 workers) for STEADY_SECONDS; samples the live size. */
async function steady(retention: boolean): Promise<SteadyRun> {
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
  const samples: { at: number; bytes: number }[] = [];
  let ops = 0;
  try {
    const { staff, app } = await clients(server);
    const template = (await createTemplate(staff, { name: 'steady claims' })).id;
    const ruleTemplate = (await createTemplate(staff, { name: 'steady rule' })).id;
    const ruleId = await createRule(staff, splitGraph(ruleTemplate), 'EXPERIMENT');
    await publishRule(staff, ruleId);
    const start = Date.now();
    const until = start + STEADY_SECONDS * 1000;
    let seq = 0;
    const sampler = setInterval(
      () =>
        void liveBytes(db).then(
          (bytes) => samples.push({ at: (Date.now() - start) / 1000, bytes }),
          () => undefined,
        ),
      2000,
    );
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (Date.now() < until) {
          const i = seq++;
          await claimOne(app, template, `st-${i}`);
          await track(
            app,
            Array.from({ length: 20 }, (_, k) => view(`st-${i}-${k}`, `st-user-${i}-${k}`)),
          );
          ops += 21;
        }
      }),
    );
    clearInterval(sampler);
    return { opsPerSecond: ops / ((Date.now() - start) / 1000), samples };
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
    const off = await steady(false);
    const on = await steady(true);
    // flat: the size in the last third grows less than 10 % over the size when the window was reached
    const reached = on.samples.find((s) => s.at >= WINDOW * 2) ?? on.samples[0];
    const last = on.samples[on.samples.length - 1];
    const growth = reached && last ? last.bytes / reached.bytes - 1 : Number.NaN;
    const ratio = on.opsPerSecond / off.opsPerSecond;
    const offLast = off.samples[off.samples.length - 1];
    figures.push(
      {
        suite: SUITE,
        name: `SQLite steady state: size growth after the ${WINDOW} s window is reached`,
        value: growth * 100,
        unit: '%',
        target: '<= 10 % (flat)',
        ok: growth <= 0.1,
        note: `live size ${fmt(reached?.bytes ?? 0)} -> ${fmt(last?.bytes ?? 0)} bytes with retention; without: ${fmt(offLast?.bytes ?? 0)} bytes after ${STEADY_SECONDS} s; ${NOTE}`,
      },
      {
        suite: SUITE,
        name: 'SQLite steady state: throughput with purging / without',
        value: ratio,
        unit: 'x',
        target: '>= 0.9',
        ok: ratio >= 0.9,
        note: `${fmt(on.opsPerSecond)} vs ${fmt(off.opsPerSecond)} claims + events per s (4 workers, 1 claim + 20 events each round); ${NOTE}`,
      },
    );
    return figures;
  },
};

export default storage;
