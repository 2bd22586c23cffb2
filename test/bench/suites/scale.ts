// Big-sale scale on PostgreSQL + Redis (issue 14): claims on one hot template with quota buckets off
// and on, and claims and quotes through a local round-robin proxy to one server process and to two.
// Every figure sits beside the bare `{ hello }` server measured in the same run, and every claim run
// checks its exactness afterwards: ClaimSuccess responses = template.issuedCount = distinct coupon
// ids = coupon rows, within the quota, quotaAvailable = quota - issued, and no account holding more
// than its limit of 1.
//
// Env: BENCH_PG_URL, BENCH_REDIS_URL (as the api suite), BENCH_SCALE_SECONDS (measured seconds per
// run, default 6), BENCH_CPU_PROF=<dir> (V8 CPU profiles of the server processes).
import {
  type IncomingMessage,
  type Server,
  type ServerResponse,
  Agent,
  createServer,
  request,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { graphql } from '../../support/gql-types';
import { type BenchFigure, type BenchSuite, fmt } from '../lib';
import { runLoad } from '../support/load';
import { freshPgDatabase, killOnExit, redisAnswers, startHelloServer } from '../support/servers';
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

/** A local round-robin HTTP proxy (keep-alive to each upstream), as a load balancer would be. */
async function startProxy(targets: readonly string[]): Promise<{ url: string; close(): Promise<void> }> {
  const upstreams = targets.map((t) => ({
    url: new URL(t),
    agent: new Agent({ keepAlive: true, maxSockets: 256 }),
  }));
  let next = 0;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const up = upstreams[next++ % upstreams.length]!;
    const { connection: _c, ...headers } = req.headers;
    const forward = request(
      {
        host: up.url.hostname,
        port: up.url.port,
        method: req.method,
        path: req.url,
        headers,
        agent: up.agent,
      },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    forward.on('error', (err) => {
      res.statusCode = 502;
      res.end(String(err));
    });
    req.pipe(forward);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const u of upstreams) u.agent.destroy();
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
  quote?: { rate: number; p50: number; p99: number };
}

/** Claims on a fresh hot template (and quotes of the 50-coupon wallet) against `url`. */
async function measure(
  url: string,
  server: RunningServer,
  db: TestDatabase,
  clients: Clients,
  tag: string,
  quoteUser?: string,
): Promise<Run> {
  const target = { ...server, url };
  const claims = await claimBench(target, db.url, clients, {
    concurrency: CLIENTS,
    warmupMs: WARMUP_MS,
    durationMs: SECONDS * 1000,
    tag,
  });
  const tpl = await pgTemplateOf(db.url, `bench hot ${tag}`);
  const run: Run = { claims, overLimit: await overLimit(db.url, tpl) };
  if (quoteUser) {
    const q = await quoteBench(target, clients, {
      query: QUOTE.toString(),
      concurrency: QUOTE_CLIENTS,
      warmupMs: 2_000,
      durationMs: SECONDS * 1000,
      userId: quoteUser,
    });
    run.quote = { rate: q.load.rate, p50: q.load.p50, p99: q.load.p99 };
  }
  return run;
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
  const server = await startHelloServer();
  try {
    const body = JSON.stringify({ query: '{ hello }' });
    const opts = {
      url: server.url,
      concurrency: CLIENTS,
      request: () => ({ body }),
      check: (_s: number, text: string) => text.includes('"hello":"world"'),
    };
    await runLoad({ ...opts, warmupMs: 0, durationMs: 2_000 });
    return (await runLoad({ ...opts, warmupMs: 500, durationMs: SECONDS * 1000 })).rate;
  } finally {
    await server.stop();
  }
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
      const off = await measure(a.url, a, db, clients, 'off');
      await clients.close();
      await a.stop();
      a = await startProduct(db, { ...env, QUOTA_BUCKETS: '8' });
      servers.push(a);
      clients = await clientsFor(a);
      const on = await measure(a.url, a, db, clients, 'on');
      figures.push(
        claimFigure(`claims, hot template, ${CLIENTS} clients, buckets off`, off, hello),
        claimFigure(
          `claims, hot template, ${CLIENTS} clients, 8 buckets`,
          on,
          hello,
          `; ${(on.claims.claimsPerSecond / off.claims.claimsPerSecond).toFixed(2)}× buckets off`,
        ),
      );

      // 2. Through the round-robin proxy: one process, then two (buckets on).
      const quoteUser = 'scale-quote-user';
      await issueWallet(clients.staff, quoteUser);
      let proxy = await startProxy([a.url]);
      const one = await measure(proxy.url, a, db, clients, 'one', quoteUser);
      await proxy.close();
      const b = await startProduct(db, { ...env, QUOTA_BUCKETS: '8' });
      servers.push(b);
      proxy = await startProxy([a.url, b.url]);
      const two = await measure(proxy.url, a, db, clients, 'two', quoteUser);
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
        claimFigure(
          `claims via proxy, 2 processes, ${CLIENTS} clients`,
          two,
          hello,
          `; ${(two.claims.claimsPerSecond / one.claims.claimsPerSecond).toFixed(2)}× one process`,
        ),
      );
      for (const [label, r] of [
        ['1 process', one],
        ['2 processes', two],
      ] as const)
        figures.push({
          suite: SUITE,
          name: `quote 20 lines × 50 coupons via proxy, ${label}, ${QUOTE_CLIENTS} clients`,
          value: r.quote!.rate,
          unit: 'quotes/s',
          note: `${(r.quote!.rate / hello).toFixed(3)}× hello; p50 ${ms(r.quote!.p50)}, p99 ${ms(r.quote!.p99)}${label === '2 processes' ? `; ${(r.quote!.rate / one.quote!.rate).toFixed(2)}× one process` : ''}`,
        });
      return figures;
    } finally {
      for (const s of servers) await s.stop().catch(() => undefined);
      await db.drop();
      console.log(`  (scale: ${fmt(figures.length)} figures)`);
    }
  },
};

export default suite;
