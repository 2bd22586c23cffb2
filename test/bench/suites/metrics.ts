// Metrics benchmarks: `metrics` over a campaign's rollups, `experiment` over many exposed users, and
// the BG/NBD + Gamma-Gamma fits. The data are seeded by direct SQL inserts (SQLite), as issue 11
// allows: the rollups of a campaign of METRICS_BENCH_COUPONS coupons and 5× as many events over a
// year, and METRICS_BENCH_EXPOSED exposed users with their orders. Sizes are parameters because
// seeding a million users takes a while on a small machine; the figures say what was measured.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import os from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { metrics as server } from '@couponflow/server';
import pg from 'pg';
import { type BenchFigure, type BenchSuite, fmt, percentile } from '../lib';
import { freshPgDatabase } from '../support/servers';

const COUPONS = Number(process.env.METRICS_BENCH_COUPONS ?? 1_000_000);
const EXPOSED = Number(process.env.METRICS_BENCH_EXPOSED ?? 1_000_000);
const CUSTOMERS = Number(process.env.METRICS_BENCH_CUSTOMERS ?? 100_000);
const DAYS = 365;
/**
 * PostgreSQL: rollup rows per scope and day (`slot`, metrics.sql.ts SLOTS), each a share of the
 * day: 8, every slot of every day written, is the most rows a `metrics` read sums.
 */
const PG_SLOTS = Number(process.env.METRICS_BENCH_SLOTS ?? 8);
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DIALECTS = (process.env.METRICS_BENCH_DIALECTS ?? 'sqlite,postgresql').split(',');
const NOW = Math.floor(Date.now() / 1000);
const TODAY = Math.floor(NOW / 86_400);

const COUNTERS = server.COUNTERS;

/** Rollup rows of a campaign's year (its 20 templates, its rules, the deployment) and 200 other templates. */
function seedRollups(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  const insert = db.prepare(
    `INSERT INTO metric_daily (scope_kind, scope_id, day, ${COUNTERS.join(', ')}) VALUES (?, ?, ?, ${COUNTERS.map(() => '?').join(', ')})`,
  );
  const perDay = Math.ceil(COUPONS / DAYS);
  const events = (n: number) => [
    0,
    0,
    n,
    0,
    0,
    n / 4,
    n / 4,
    n * 125,
    n / 2,
    n / 4,
    n * 2500,
    n * 1000,
    n / 2,
    0,
    n / 20,
    n / 40,
  ];
  db.transaction(() => {
    for (let d = 0; d < DAYS; d++) {
      const day = TODAY - DAYS + d;
      const row = events(perDay).map(Math.round);
      insert.run('ALL', '*', day, ...row);
      insert.run('CAMPAIGN', 'bench-campaign', day, ...row);
      insert.run('RULE', 'bench-rule', day, ...row);
      for (let t = 0; t < 220; t++)
        insert.run('TEMPLATE', `bench-t${t}`, day, ...events(perDay / 20).map(Math.round));
    }
    db.prepare(
      `INSERT INTO campaign (id, name, status, spent, reserved, outstanding_max, issued_count, redeemed_count, expired_count, budget_alert_bp, created_at, updated_at)
       VALUES ('bench-campaign', 'bench', 'ACTIVE', 0, 0, 0, 0, 0, 0, 0, ?, ?)`,
    ).run(NOW, NOW);
  })();
  db.close();
}

/** A rule with a 50/50 split, EXPOSED exposures and an order for one user in four (more in treatment). */
const splitGraph = {
  version: 1,
  nodes: [
    { id: 'trigger', type: 'trigger.event', args: { eventType: 'page.viewed' } },
    {
      id: 'split',
      type: 'split.percent',
      args: {
        arms: [
          { id: 'treatment', percent: 50 },
          { id: 'control', percent: 50, control: true },
        ],
      },
    },
  ],
  edges: [],
};

function seedExperiment(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  const graph = JSON.stringify(splitGraph);
  db.prepare(
    `INSERT INTO rule (id, name, status, mode, draft, active_version, latest_version, created_at, updated_at)
     VALUES ('bench-rule', 'bench', 'ACTIVE', 'EXPERIMENT', ?, 1, 1, ?, ?)`,
  ).run(graph, NOW, NOW);
  db.prepare(
    `INSERT INTO rule_version (rule_id, version, graph, trigger, mode, published_at) VALUES ('bench-rule', 1, ?, 'page.viewed', 'EXPERIMENT', ?)`,
  ).run(graph, NOW);
  const exposure = db.prepare(
    `INSERT INTO rule_exposure (rule_id, user_id, version, arm, control, event_id, exposed_at) VALUES ('bench-rule', ?, 1, ?, ?, ?, ?)`,
  );
  const order = db.prepare(
    `INSERT INTO order_fact (order_id, user_id, amount, margin, merchant_id, coupon_ids, unknown_coupon_ids, discount, paid_at, refunded_at, first_order, source, created_at, updated_at)
     VALUES (?, ?, ?, ?, NULL, '[]', '[]', ?, ?, NULL, 1, 'TRACK', ?, ?)`,
  );
  const exposedAt = NOW - 40 * 86_400;
  db.transaction(() => {
    for (let i = 0; i < EXPOSED; i++) {
      const treated = i % 2 === 0;
      const user = `bu${i}`;
      exposure.run(user, treated ? 'treatment' : 'control', treated ? 0 : 1, `be${i}`, exposedAt);
      if (i % (treated ? 3 : 4) === 0)
        order.run(`bo${i}`, user, 5_000, 2_000, treated ? 500 : 0, exposedAt + 86_400, NOW, NOW);
    }
  })();
  db.close();
}

/** The same rollups and experiment on PostgreSQL, generated by the database (generate_series). */
async function seedPg(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const perDay = Math.ceil(COUPONS / DAYS);
    const vals = (n: number) =>
      [0, 0, n, 0, 0, n / 4, n / 4, n * 125, n / 2, n / 4, n * 2500, n * 1000, n / 2, 0, n / 20, n / 40]
        .map(Math.round)
        .join(', ');
    const cols = `scope_kind, scope_id, day, slot, ${COUNTERS.join(', ')}`;
    const days = `generate_series(${TODAY - DAYS}, ${TODAY - 1}) d, generate_series(0, ${PG_SLOTS - 1}) s`;
    for (const [kind, id] of [
      ['ALL', '*'],
      ['CAMPAIGN', 'bench-campaign'],
      ['RULE', 'bench-rule'],
    ])
      await c.query(
        `INSERT INTO metric_daily (${cols}) SELECT '${kind}', '${id}', d, s, ${vals(perDay / PG_SLOTS)} FROM ${days}`,
      );
    await c.query(
      `INSERT INTO metric_daily (${cols}) SELECT 'TEMPLATE', 'bench-t' || t, d, s, ${vals(perDay / 20 / PG_SLOTS)}
       FROM generate_series(0, 219) t, ${days}`,
    );
    await c.query(
      `INSERT INTO campaign (id, name, status, spent, reserved, outstanding_max, issued_count, redeemed_count, expired_count, budget_alert_bp, created_at, updated_at)
       VALUES ('bench-campaign', 'bench', 'ACTIVE', 0, 0, 0, 0, 0, 0, 0, $1, $1)`,
      [NOW],
    );
    const graph = JSON.stringify(splitGraph);
    await c.query(
      `INSERT INTO rule (id, name, status, mode, draft, active_version, latest_version, created_at, updated_at)
       VALUES ('bench-rule', 'bench', 'ACTIVE', 'EXPERIMENT', $1, 1, 1, $2, $2)`,
      [graph, NOW],
    );
    await c.query(
      `INSERT INTO rule_version (rule_id, version, graph, trigger, mode, published_at) VALUES ('bench-rule', 1, $1, 'page.viewed', 'EXPERIMENT', $2)`,
      [graph, NOW],
    );
    const exposedAt = NOW - 40 * 86_400;
    await c.query(
      `INSERT INTO rule_exposure (rule_id, user_id, version, arm, control, event_id, exposed_at)
       SELECT 'bench-rule', 'bu' || i, 1, CASE WHEN i % 2 = 0 THEN 'treatment' ELSE 'control' END, i % 2 = 1, 'be' || i, $1
       FROM generate_series(0, ${EXPOSED - 1}) i`,
      [exposedAt],
    );
    await c.query(
      `INSERT INTO order_fact (order_id, user_id, amount, margin, merchant_id, coupon_ids, unknown_coupon_ids, discount, paid_at, refunded_at, first_order, source, created_at, updated_at)
       SELECT 'bo' || i, 'bu' || i, 5000, 2000, NULL, '[]', '[]', CASE WHEN i % 2 = 0 THEN 500 ELSE 0 END, $1, NULL, TRUE, 'TRACK', $2, $2
       FROM generate_series(0, ${EXPOSED - 1}) i WHERE (i % 2 = 0 AND i % 3 = 0) OR (i % 2 = 1 AND i % 4 = 0)`,
      [exposedAt + 86_400, NOW],
    );
    await c.query('VACUUM ANALYZE'); // as autovacuum leaves a settled table: visibility map set, statistics fresh
  } finally {
    await c.end();
  }
}

/** `metrics` p99 over 200 calls and `experiment`'s median of 5 on an opened database. */
async function measure(
  m: Awaited<ReturnType<typeof server.openMetrics>>['metrics'],
  dialect: string,
  seedMs: number,
): Promise<BenchFigure[]> {
  const from = NOW - DAYS * 86_400;
  const samples: number[] = [];
  for (let i = 0; i < 200; i++)
    samples.push(await timed(() => m.metrics({ kind: 'CAMPAIGN', id: 'bench-campaign' }, from, NOW)));
  const ex: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 5; i++) {
    const c0 = process.cpuUsage();
    ex.push(await timed(() => m.experiment('bench-rule', { windowSeconds: 30 * 86_400 })));
    cpu.push(process.cpuUsage(c0).user / 1000);
  }
  return [
    {
      suite: 'metrics',
      name: `metrics(CAMPAIGN, 365 days) p99, ${fmt(COUPONS)} coupons / ${fmt(COUPONS * 5)} events (${dialect}${dialect === 'PostgreSQL' ? `, ${PG_SLOTS} slot rows per day` : ''})`,
      value: percentile(samples, 99),
      unit: 'ms',
      target: '<= 200 ms',
      ok: percentile(samples, 99) <= 200,
      note: `p50 ${fmt(percentile(samples, 50))} ms; seeded in ${fmt(seedMs)} ms with the experiment`,
    },
    {
      suite: 'metrics',
      name: `experiment over ${fmt(EXPOSED)} exposed users (${dialect}), median of 5`,
      value: percentile(ex, 50),
      unit: 'ms',
      target: '<= 500 ms',
      ok: percentile(ex, 50) <= 500,
      note: `this process's CPU (SQLite runs in it) median ${fmt(percentile(cpu, 50))} ms; load average ${os.loadavg()[0]!.toFixed(1)}`,
    },
  ];
}

async function runPg(): Promise<BenchFigure[]> {
  let db;
  try {
    db = await freshPgDatabase(PG_URL);
  } catch (err) {
    return [
      {
        suite: 'metrics',
        name: 'metrics (postgresql)',
        value: Number.NaN,
        unit: 'ms',
        note: `PostgreSQL unavailable: ${String(err)}`,
      },
    ];
  }
  try {
    const first = await server.openMetrics(db.url);
    await first.close();
    const start = performance.now();
    await seedPg(db.url);
    const seedMs = performance.now() - start;
    const { metrics: m, close } = await server.openMetrics(db.url);
    try {
      return await measure(m, 'PostgreSQL', seedMs);
    } finally {
      await close();
    }
  } finally {
    await db.drop();
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const suite: BenchSuite = {
  name: 'metrics',
  async run(): Promise<BenchFigure[]> {
    const figures: BenchFigure[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'cf-metrics-bench-'));
    const file = join(dir, 'bench.db');
    try {
      const { metrics, close } = await server.openMetrics(`sqlite:${file}`);
      await close();
      let start = performance.now();
      seedRollups(file);
      seedExperiment(file);
      const seedMs = performance.now() - start;
      const { metrics: m, close: done } = await server.openMetrics(`sqlite:${file}`);
      void metrics;
      try {
        figures.push(...(await measure(m, 'SQLite', seedMs)));
      } finally {
        await done();
      }
      if (DIALECTS.includes('postgresql')) figures.push(...(await runPg()));
      const sims = server.simulateCustomers(
        { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
        { p: 6.25, q: 3.74, v: 15.44 },
        CUSTOMERS,
        { seed: 11 },
      );
      start = performance.now();
      server.fitBgNbd(sims);
      server.fitGammaGamma(sims.filter((c) => c.x > 0 && c.m > 0));
      const fitMs = performance.now() - start;
      figures.push({
        suite: 'metrics',
        name: `BG/NBD + Gamma-Gamma fit on ${fmt(CUSTOMERS)} customers`,
        value: fitMs,
        unit: 'ms',
        target: '<= 5000 ms',
        ok: fitMs <= 5000,
      });
      // The published CDNOW data (2 357 customers): the median of 5 fits, each from the same start.
      const cdnow = server.cdnowCustomers();
      const cdnowMs: number[] = [];
      let r = 0;
      for (let i = 0; i < 5; i++) {
        start = performance.now();
        r = server.fitBgNbd(cdnow).params.r;
        server.fitGammaGamma(cdnow.filter((c) => c.x > 0));
        cdnowMs.push(performance.now() - start);
      }
      const cdnowMedian = percentile(cdnowMs, 50);
      figures.push({
        suite: 'metrics',
        name: `BG/NBD + Gamma-Gamma fit on CDNOW (${fmt(cdnow.length)} customers), median of 5`,
        value: cdnowMedian,
        unit: 'ms',
        target: '<= 500 ms',
        ok: cdnowMedian <= 500,
        note: `the first of the five ${fmt(cdnowMs[0]!)} ms; r = ${r.toFixed(3)} (published 0.243)`,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return figures;
  },
};

export default suite;
