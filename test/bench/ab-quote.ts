// A/B of the quote path in one run: the baseline checkout (AB_BASE, a worktree of main) and this one,
// each on its own fresh database with the 50-coupon wallet, alternated round by round, with `{ hello }`.
//   AB_BASE=<baseline checkout> npx tsx test/bench/ab-quote.ts [sqlite|pg] [rounds]
// AB_BASE_ENV / AB_NEW_ENV (JSON objects) add to a side's server environment, e.g. the same checkout
// as AB_BASE with AB_NEW_ENV='{"NODE_OPTIONS":"--max-semi-space-size=64"}' compares a setting.
// Prints per round the rates, p50/p90/p99, the server process's CPU time per quote (/proc, Linux),
// which says more than the rates on a machine other work is loading, and its garbage collections per
// 1000 quotes (support/gc-count.mjs; scavenges with their total ms, then major collections).
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runLoad } from './support/load';
import { freshPgDatabase, freshSqliteDatabase, killOnExit, startHelloServer } from './support/servers';
import { benchCart, clientsFor, issueWallet, QUOTE } from './support/workloads';
import { type RunningServer, type TestDatabase, startServer as startNew } from '../support/server';

const kind = process.argv[2] ?? 'sqlite';
const rounds = Number(process.argv[3] ?? 3);
const base = process.env.AB_BASE;
if (!base)
  throw new Error(
    'AB_BASE: the baseline checkout (e.g. git worktree add --detach ../base main; pnpm install)',
  );
const PG = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const { startServer: startBase } = (await import(`${base}/test/support/server.ts`)) as {
  startServer: typeof startNew;
};

const GC_COUNT = fileURLToPath(new URL('./support/gc-count.mjs', import.meta.url));
const sideEnv = (name: string): Record<string, string> =>
  process.env[name] ? (JSON.parse(process.env[name]) as Record<string, string>) : {};

async function product(start: typeof startNew, extraEnv: Record<string, string>) {
  const db: TestDatabase = kind === 'pg' ? await freshPgDatabase(PG) : freshSqliteDatabase();
  const gcFile = join(mkdtempSync(join(tmpdir(), 'cf-ab-gc-')), 'gc.json');
  const server: RunningServer = await start(db.url, {
    NODE_ENV: 'production',
    ...(kind === 'pg' ? { REDIS_URL: 'redis://127.0.0.1:6379' } : { REDIS_URL: '' }),
    ...extraEnv,
    NODE_OPTIONS: `--import ${GC_COUNT} ${extraEnv.NODE_OPTIONS ?? ''}`,
    GC_COUNT_FILE: gcFile,
  });
  killOnExit(server.process);
  const clients = await clientsFor(server);
  const n = await issueWallet(clients.staff, 'ab-user');
  if (n !== 50) throw new Error(`wallet of ${n}`);
  const body = JSON.stringify({ query: QUOTE.toString(), variables: { cart: benchCart('ab-user') } });
  const headers = { authorization: `Bearer ${clients.appKey}` };
  let expected = '';
  /** The server process's CPU time (user + system), ms. */
  const cpu = () => {
    const f = readFileSync(`/proc/${server.process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  };
  type Gc = { minor: number; major: number; minorMs: number; majorMs: number };
  /** The server's collections so far (it writes them on SIGUSR2). */
  const gc = async (): Promise<Gc> => {
    server.process.kill('SIGUSR2');
    await new Promise((r) => setTimeout(r, 100));
    return JSON.parse(readFileSync(gcFile, 'utf8')) as Gc;
  };
  const run = async (concurrency: number, ms: number) => {
    const g0 = await gc();
    const c0 = cpu();
    const r = await runLoad({
      url: server.url,
      concurrency,
      warmupMs: 1_000,
      durationMs: ms,
      request: () => ({ headers, body }),
      check: (status, text) => {
        if (status !== 200 || text.includes('"errors"')) return false;
        if (!expected) expected = text;
        return text === expected;
      },
    });
    const c1 = cpu();
    const g1 = await gc();
    const per1000 = (n: number) => (n * 1000) / r.sent;
    return {
      ...r,
      cpuPerRequest: (c1 - c0) / r.sent,
      gc: {
        minor: per1000(g1.minor - g0.minor),
        minorMs: per1000(g1.minorMs - g0.minorMs),
        major: per1000(g1.major - g0.major),
      },
    };
  };
  return {
    run,
    expected: () => expected,
    close: async () => {
      await clients.close();
      await server.stop();
      await db.drop();
    },
  };
}

const hello = await startHelloServer();
const a = await product(startBase, sideEnv('AB_BASE_ENV'));
const b = await product(startNew, sideEnv('AB_NEW_ENV'));
/** The response with what differs between two databases (ids, codes, dates) blanked. */
const shape = (text: string): string =>
  JSON.stringify(JSON.parse(text), (k, v: unknown) =>
    ['id', 'code', 'couponId', 'validUntil'].includes(k)
      ? '*'
      : k === 'couponIds'
        ? (v as unknown[]).length
        : v,
  );
const f = (n: number) => n.toFixed(n < 10 ? 2 : 0);
try {
  for (let r = 1; r <= rounds; r++) {
    const h = await runLoad({
      url: hello.url,
      concurrency: 64,
      warmupMs: 500,
      durationMs: 3_000,
      request: () => ({ body: JSON.stringify({ query: '{ hello }' }) }),
    });
    const out: string[] = [`round ${r} load ${loadavg()[0]!.toFixed(1)} hello ${f(h.rate)} req/s`];
    const res: Record<
      string,
      {
        p50: number;
        p90: number;
        p99: number;
        rate1: number;
        rate8: number;
        fail: number;
        cpu: number;
        gc: { minor: number; minorMs: number; major: number };
      }
    > = {};
    for (const [name, s] of r % 2
      ? ([
          ['base', a],
          ['new', b],
        ] as const)
      : ([
          ['new', b],
          ['base', a],
        ] as const)) {
      const one = await s.run(1, 4_000);
      const eight = await s.run(8, 4_000);
      res[name] = {
        p50: one.p50,
        p90: one.p90,
        p99: one.p99,
        rate1: one.rate,
        rate8: eight.rate,
        fail: one.failures + eight.failures,
        cpu: eight.cpuPerRequest,
        gc: one.gc,
      };
    }
    for (const name of ['base', 'new']) {
      const x = res[name]!;
      out.push(
        `  ${name}: 1 client p50 ${f(x.p50)} p90 ${f(x.p90)} p99 ${f(x.p99)} ms (${f(x.rate1)}/s), per 1000 quotes ${x.gc.minor.toFixed(1)} scavenges (${x.gc.minorMs.toFixed(0)} ms) ${x.gc.major.toFixed(1)} major; 8 clients ${f(x.rate8)}/s = ${(x.rate8 / h.rate).toFixed(3)}x hello; server CPU ${x.cpu.toFixed(3)} ms/quote; failures ${x.fail}`,
      );
    }
    out.push(
      `  new/base: 8-client rate ${(res.new!.rate8 / res.base!.rate8).toFixed(2)}x, 1-client p99 ${(res.new!.p99 / res.base!.p99).toFixed(2)}x, scavenges per quote ${(res.new!.gc.minor / res.base!.gc.minor).toFixed(2)}x, CPU per quote ${(res.new!.cpu / res.base!.cpu).toFixed(2)}x`,
    );
    console.log(out.join('\n'));
  }
  const same = shape(a.expected()) === shape(b.expected());
  console.log(`same response (ids, codes and dates aside): ${same}`);
  if (!same)
    console.log(`base: ${shape(a.expected()).slice(0, 600)}\nnew:  ${shape(b.expected()).slice(0, 600)}`);
} finally {
  await a.close();
  await b.close();
  await hello.stop();
}
