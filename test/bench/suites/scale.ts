// Big-sale scale on PostgreSQL + Redis (issue 14): claims on one hot template with quota buckets off
// and on, and claims and quotes through a local round-robin proxy to one server process and to two
// (buckets on, then claims once more with buckets off). Every figure sits beside the bare `{ hello }`
// server measured in the same run, and every claim run checks its exactness afterwards: ClaimSuccess
// responses = template.issuedCount = distinct coupon ids = coupon rows, within the quota,
// quotaAvailable = quota - issued, and no account holding more than its limit of 1.
//
// What limits each figure (support/host-probe.ts), measured over each run's measured window:
// - CPU: /proc/stat and /proc/<pid>/stat (utime + stime) at the window's start and end give each
//   process group's share of the host's cores: the server process(es) with their children, the proxy
//   (support/rr-proxy.mjs, its own process, as a load balancer would be), the load generator (this
//   process), PostgreSQL's backends of the bench database, the rest of PostgreSQL (background
//   processes, exited backends, the probe's own connection, other databases' backends), Redis, and
//   what is left: other processes (other sessions on a shared machine), and idle. Idle ≈ 0 in the
//   one-process run means the host has no CPU for a second process to use (unless "other processes"
//   took it: then the machine was shared and the run says little). "CPU per claim" (per quote) is
//   each group's CPU time over the operations in the window, and "all of these" their sum over the
//   bench's own processes: a configuration can beat another on a host with idle cores only as far as
//   it does not cost more CPU per operation; 1.5× one process on a host the one process already
//   saturates needs 1.5× less CPU per operation. Per-operation CPU includes each process's fixed
//   per-second work (timers, dispatcher polls, GC), so it reads high at low rates.
// - Waits: pg_stat_activity of the bench database's client backends every 20 ms: of the backends
//   inside a transaction, the share running (on a CPU, or waiting for one), waiting on a Lock
//   (tuple / transactionid: a row lock such as the hot template's; advisory), on the Client (the
//   transaction waits for the server process's next statement), on IO, on an LWLock. In one process
//   a template's rounds run one at a time (coupons/issue.ts), so its row lock is contended only
//   across processes or between bucket rounds and the rounds that lock the whole template: the run
//   with two processes and buckets off is the one where the template row lock is shared.
// The figures are printed as "CPU, <run>: host idle" and "PostgreSQL waits, <run>: on a Lock", with
// the breakdown in their notes.
//
// Env: BENCH_PG_URL, BENCH_REDIS_URL (as the api suite), BENCH_SCALE_SECONDS (measured seconds per
// run, default 6), BENCH_CPU_PROF=<dir> (V8 CPU profiles of the server processes).
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { graphql } from '../../support/gql-types';
import { type BenchFigure, type BenchSuite } from '../lib';
import {
  type CpuReport,
  formatShares,
  formatWaits,
  openProbe,
  type ProbeResult,
} from '../support/host-probe';
import { freshPgDatabase, killOnExit, measureHello, redisAnswers } from '../support/servers';
import {
  type ClaimBench,
  type Clients,
  claimBench,
  claimNote,
  clientsFor,
  issueWallet,
  QUOTE,
  quoteBench,
} from '../support/workloads';
import { type RunningServer, type TestDatabase, startServer } from '../../support/server';

const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 6);
const WARMUP_MS = 3_000;
const CLIENTS = 64;
const QUOTE_CLIENTS = 8;
const SUITE = 'scale';
const PROFILER = fileURLToPath(new URL('../support/cpu-profile.mjs', import.meta.url));
const PROXY = fileURLToPath(new URL('../support/rr-proxy.mjs', import.meta.url));
const CORES = cpus().length;
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;

async function startProduct(db: TestDatabase, env: Record<string, string>): Promise<RunningServer> {
  const profileDir = process.env.BENCH_CPU_PROF;
  const server = await startServer(db.url, {
    NODE_ENV: 'production',
    ...(profileDir ? { NODE_OPTIONS: `--import ${PROFILER}`, CPU_PROF_DIR: profileDir } : {}),
    ...env,
  });
  killOnExit(server.process);
  return server;
}

/** The round-robin proxy (support/rr-proxy.mjs) in its own process, as a load balancer would be. */
async function startProxy(
  targets: readonly string[],
): Promise<{ url: string; pid: number; close(): Promise<void> }> {
  const child = spawn(process.execPath, [PROXY, ...targets], { stdio: ['ignore', 'pipe', 'pipe'] });
  killOnExit(child);
  const logs: string[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`proxy did not start:\n${logs.join('')}`)), 10_000);
    child.stdout.on('data', (b: Buffer) => {
      const m = /"listening":(\d+)/.exec(b.toString());
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.stderr.on('data', (b: Buffer) => logs.push(b.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`proxy exited with ${code}:\n${logs.join('')}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Accounts holding more than one coupon of the template (its limit is 1): must be 0. */
async function overLimit(databaseUrl: string, templateId: string): Promise<number> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const r = await c.query(
      'SELECT COUNT(*) AS n FROM (SELECT user_id FROM coupon WHERE template_id = $1 GROUP BY user_id HAVING COUNT(*) > 1) x',
      [templateId],
    );
    return Number(r.rows[0].n);
  } finally {
    await c.end();
  }
}

interface Run {
  claims: ClaimBench;
  overLimit: number;
  /** CPU shares and backend waits over the claims' measured window. */
  probe: ProbeResult;
  quote?: { rate: number; p50: number; p99: number; probe: ProbeResult };
}

/** The processes a run involves besides PostgreSQL, Redis and the bench process itself. */
type Procs = readonly { label: string; pid: number }[];

/** Claims on a fresh hot template (and quotes of the 50-coupon wallet) against `url`. */
async function measure(
  url: string,
  server: RunningServer,
  db: TestDatabase,
  clients: Clients,
  tag: string,
  procs: Procs,
  quoteUser?: string,
): Promise<Run> {
  const target = { ...server, url };
  let probe = await openProbe(db.url, { processes: procs, cores: CORES });
  const claims = await claimBench(target, db.url, clients, {
    concurrency: CLIENTS,
    warmupMs: WARMUP_MS,
    durationMs: SECONDS * 1000,
    tag,
    window: probe,
  });
  const tpl = await pgTemplateOf(db.url, `bench hot ${tag}`);
  const run: Run = { claims, overLimit: await overLimit(db.url, tpl), probe: await probe.finish() };
  if (quoteUser) {
    probe = await openProbe(db.url, { processes: procs, cores: CORES });
    const q = await quoteBench(target, clients, {
      query: QUOTE.toString(),
      concurrency: QUOTE_CLIENTS,
      warmupMs: 2_000,
      durationMs: SECONDS * 1000,
      userId: quoteUser,
      window: probe,
    });
    run.quote = { rate: q.load.rate, p50: q.load.p50, p99: q.load.p99, probe: await probe.finish() };
  }
  return run;
}

/** CPU milliseconds per operation of the groups whose label starts with one of `prefixes`. */
function cpuMsPerOp(cpu: CpuReport, prefixes: readonly string[], opsPerSecond: number): number {
  let ticks = 0;
  for (const [label, t] of cpu.ticks) if (prefixes.some((p) => label.startsWith(p))) ticks += t;
  return opsPerSecond > 0 ? (ticks / cpu.ticksPerSecond / cpu.seconds / opsPerSecond) * 1000 : Number.NaN;
}

/** The bench's own processes: servers, PostgreSQL's bench-db backends, proxy and load generator. */
const OWN = ['server', 'postgres, bench', 'proxy', 'load generator'];

/**
 * The two figures of a run's probe: the host's idle share (with where the CPU went and the CPU per
 * operation, compared with `base`'s when given) and its backends' lock waits.
 */
function probeFigures(
  what: string,
  p: ProbeResult,
  opsPerSecond: number,
  op: string,
  base?: { what: string; p: ProbeResult; opsPerSecond: number },
): BenchFigure[] {
  const idle = p.cpu.shares.find((s) => s.label === 'idle')!.share;
  const perOp = (prefixes: string[]) => `${cpuMsPerOp(p.cpu, prefixes, opsPerSecond).toFixed(3)} ms`;
  const own = cpuMsPerOp(p.cpu, OWN, opsPerSecond);
  const vs = base
    ? ` (${(own / cpuMsPerOp(base.p.cpu, OWN, base.opsPerSecond)).toFixed(2)}× ${base.what}; server processes ${(cpuMsPerOp(p.cpu, ['server'], opsPerSecond) / cpuMsPerOp(base.p.cpu, ['server'], base.opsPerSecond)).toFixed(2)}×)`
    : '';
  const w = p.waits;
  return [
    {
      suite: SUITE,
      name: `CPU, ${what}: host idle`,
      value: idle * 100,
      unit: '% idle',
      note:
        `cores used by: ${formatShares(p.cpu)}; CPU per ${op}: server process(es) ${perOp(['server'])}, ` +
        `PostgreSQL bench-db backends ${perOp(['postgres, bench'])}, proxy ${perOp(['proxy'])}, load generator ${perOp(['load generator'])}; ` +
        `all of these ${own.toFixed(3)} ms${vs}`,
    },
    {
      suite: SUITE,
      name: `PostgreSQL waits, ${what}: on a Lock`,
      value: w.busy ? (100 * w.byClass.lock) / w.busy : 0,
      unit: '% samples',
      note: formatWaits(w, p.everyMs),
    },
  ];
}

/** The campaign's figures as stored: coupons of its templates and the liability it carries. */
async function campaignFigures(
  databaseUrl: string,
  campaignId: string,
): Promise<{ coupons: number; outstandingMax: number; budget: number }> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const r = await c.query(
      `SELECT (SELECT COUNT(*) FROM coupon WHERE campaign_id = $1) AS coupons, outstanding_max, budget
         FROM campaign WHERE id = $1`,
      [campaignId],
    );
    const row = r.rows[0] as { coupons: string; outstanding_max: string; budget: string };
    return {
      coupons: Number(row.coupons),
      outstandingMax: Number(row.outstanding_max),
      budget: Number(row.budget),
    };
  } finally {
    await c.end();
  }
}

async function pgTemplateOf(databaseUrl: string, name: string): Promise<string> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    return (await c.query('SELECT id FROM coupon_template WHERE name = $1', [name])).rows[0].id as string;
  } finally {
    await c.end();
  }
}

async function helloRate(): Promise<number> {
  return (await measureHello(CLIENTS, SECONDS)).rate;
}

const exact = (r: Run) => r.claims.consistent && r.claims.errors === 0 && r.overLimit === 0;

function claimFigure(name: string, r: Run, hello: number, extra = ''): BenchFigure {
  return {
    suite: SUITE,
    name,
    value: r.claims.claimsPerSecond,
    unit: 'claims/s',
    ok: exact(r),
    note: `${(r.claims.claimsPerSecond / hello).toFixed(3)}× hello; p50 ${ms(r.claims.load.p50)}, p99 ${ms(r.claims.load.p99)}${extra}; accounts over their limit: ${r.overLimit}; ${claimNote(r.claims)}`,
  };
}

const suite: BenchSuite = {
  name: SUITE,
  async run(): Promise<BenchFigure[]> {
    const busy = loadavg()[0]!;
    let db: TestDatabase;
    try {
      db = await freshPgDatabase(PG_URL);
    } catch (err) {
      console.log(`  PostgreSQL unreachable at ${PG_URL} (${(err as Error).message}): scale suite skipped`);
      return [];
    }
    const redis = (await redisAnswers(REDIS_URL)) ? REDIS_URL : '';
    const figures: BenchFigure[] = [];
    const servers: RunningServer[] = [];
    try {
      const hello = await helloRate();
      figures.push({
        suite: SUITE,
        name: `hello (bare Apollo 5 + type-graphql), ${CLIENTS} clients`,
        value: hello,
        unit: 'req/s',
        note: `the baseline of this run; 1-min load average at start ${busy.toFixed(2)}`,
      });
      const env = { REDIS_URL: redis, CLAIM_RATE_PER_ACCOUNT: '0', CLAIM_RATE_PER_DEVICE: '0' };

      // 1. Buckets off, then on: one process, direct.
      let a = await startProduct(db, { ...env, QUOTA_BUCKETS: '0' });
      let clients = await clientsFor(a);
      const off = await measure(a.url, a, db, clients, 'off', [{ label: 'server', pid: a.process.pid! }]);
      await clients.close();
      await a.stop();
      a = await startProduct(db, { ...env, QUOTA_BUCKETS: '8' });
      servers.push(a);
      clients = await clientsFor(a);
      const on = await measure(a.url, a, db, clients, 'on', [{ label: 'server', pid: a.process.pid! }]);
      figures.push(
        claimFigure(`claims, hot template, ${CLIENTS} clients, buckets off`, off, hello),
        ...probeFigures('claims, 1 process, buckets off', off.probe, off.claims.load.rate, 'claim'),
        claimFigure(
          `claims, hot template, ${CLIENTS} clients, 8 buckets`,
          on,
          hello,
          `; ${(on.claims.claimsPerSecond / off.claims.claimsPerSecond).toFixed(2)}× buckets off`,
        ),
        ...probeFigures('claims, 1 process, 8 buckets', on.probe, on.claims.load.rate, 'claim', {
          what: 'buckets off',
          p: off.probe,
          opsPerSecond: off.claims.load.rate,
        }),
      );

      // 2. Through the round-robin proxy: one process, then two (buckets on).
      const quoteUser = 'scale-quote-user';
      await issueWallet(clients.staff, quoteUser);
      let proxy = await startProxy([a.url]);
      const one = await measure(
        proxy.url,
        a,
        db,
        clients,
        'one',
        [
          { label: 'server', pid: a.process.pid! },
          { label: 'proxy', pid: proxy.pid },
        ],
        quoteUser,
      );
      await proxy.close();
      const b = await startProduct(db, { ...env, QUOTA_BUCKETS: '8' });
      servers.push(b);
      proxy = await startProxy([a.url, b.url]);
      const two = await measure(
        proxy.url,
        a,
        db,
        clients,
        'two',
        [
          { label: 'server 1', pid: a.process.pid! },
          { label: 'server 2', pid: b.process.pid! },
          { label: 'proxy', pid: proxy.pid },
        ],
        quoteUser,
      );
      // Budget exactness through both processes: a campaign that affords 400 coupons of 500.
      const campaign = await clients.staff.q(
        graphql(`
          mutation ScaleCreateCampaign {
            createCampaign(input: { name: "scale budget", budget: 200000 }) {
              id
            }
          }
        `),
      );
      const campaignId = campaign.createCampaign.id;
      const budgeted = await claimBench({ ...a, url: proxy.url }, db.url, clients, {
        concurrency: CLIENTS,
        warmupMs: 500,
        durationMs: 2_000,
        tag: 'budget',
        template: { campaignId, amount: 500, threshold: 0 },
      });
      const spent = await campaignFigures(db.url, campaignId);
      await proxy.close();
      await clients.close();
      figures.push({
        suite: SUITE,
        name: 'budget through 2 processes: coupons issued (budget affords 400)',
        value: budgeted.issued,
        unit: 'coupons',
        ok:
          budgeted.consistent &&
          budgeted.issued === 400 &&
          spent.coupons === 400 &&
          spent.outstandingMax <= spent.budget,
        note: `coupon rows ${spent.coupons}, outstanding liability ${spent.outstandingMax} of budget ${spent.budget}; ${claimNote(budgeted)}`,
      });
      figures.push(
        claimFigure(`claims via proxy, 1 process, ${CLIENTS} clients`, one, hello),
        ...probeFigures('claims via proxy, 1 process', one.probe, one.claims.load.rate, 'claim'),
        claimFigure(
          `claims via proxy, 2 processes, ${CLIENTS} clients`,
          two,
          hello,
          `; ${(two.claims.claimsPerSecond / one.claims.claimsPerSecond).toFixed(2)}× one process`,
        ),
        ...probeFigures('claims via proxy, 2 processes', two.probe, two.claims.load.rate, 'claim', {
          what: 'one process',
          p: one.probe,
          opsPerSecond: one.claims.load.rate,
        }),
      );
      for (const [label, r] of [
        ['1 process', one],
        ['2 processes', two],
      ] as const)
        figures.push(
          {
            suite: SUITE,
            name: `quote 20 lines × 50 coupons via proxy, ${label}, ${QUOTE_CLIENTS} clients`,
            value: r.quote!.rate,
            unit: 'quotes/s',
            note: `${(r.quote!.rate / hello).toFixed(3)}× hello; p50 ${ms(r.quote!.p50)}, p99 ${ms(r.quote!.p99)}${label === '2 processes' ? `; ${(r.quote!.rate / one.quote!.rate).toFixed(2)}× one process` : ''}`,
          },
          ...probeFigures(
            `quotes via proxy, ${label}`,
            r.quote!.probe,
            r.quote!.rate,
            'quote',
            label === '2 processes'
              ? { what: 'one process', p: one.quote!.probe, opsPerSecond: one.quote!.rate }
              : undefined,
          ),
        );

      // 3. Two processes with buckets off: the configuration where the template row lock is shared
      // across processes (in one process, rounds on a template run one at a time anyway).
      for (const s of servers.splice(0)) await s.stop();
      const c = await startProduct(db, { ...env, QUOTA_BUCKETS: '0' });
      servers.push(c);
      const d = await startProduct(db, { ...env, QUOTA_BUCKETS: '0' });
      servers.push(d);
      clients = await clientsFor(c);
      proxy = await startProxy([c.url, d.url]);
      const twoOff = await measure(proxy.url, c, db, clients, 'two-off', [
        { label: 'server 1', pid: c.process.pid! },
        { label: 'server 2', pid: d.process.pid! },
        { label: 'proxy', pid: proxy.pid },
      ]);
      await proxy.close();
      await clients.close();
      figures.push(
        claimFigure(
          `claims via proxy, 2 processes, buckets off, ${CLIENTS} clients`,
          twoOff,
          hello,
          `; 8 buckets gave ${(two.claims.claimsPerSecond / twoOff.claims.claimsPerSecond).toFixed(2)}× this`,
        ),
        ...probeFigures(
          'claims via proxy, 2 processes, buckets off',
          twoOff.probe,
          twoOff.claims.load.rate,
          'claim',
          { what: '2 processes with 8 buckets', p: two.probe, opsPerSecond: two.claims.load.rate },
        ),
      );
      return figures;
    } finally {
      for (const s of servers) await s.stop().catch(() => undefined);
      await db.drop();
      console.log(
        `  (scale: ${figures.length} figures; 1-min load average at the end ${loadavg()[0]!.toFixed(2)})`,
      );
    }
  },
};

export default suite;
