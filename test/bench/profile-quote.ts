// CPU profile of the quote path (issue 14): a product server on a fresh SQLite database under V8's
// sampling profiler, the 50-coupon wallet issued, then the 20-line quote with 1 and 8 clients.
//   npx tsx test/bench/profile-quote.ts [profile dir, default /tmp/couponflow-quote-profile]
// writes <dir>/<pid>.cpuprofile (Chrome DevTools, speedscope) and prints the rates and latencies.
import { fileURLToPath } from 'node:url';
import { runLoad } from './support/load';
import { freshSqliteDatabase, killOnExit } from './support/servers';
import { benchCart, clientsFor, issueWallet, QUOTE } from './support/workloads';
import { startServer } from '../support/server';

const dir = process.argv[2] ?? '/tmp/couponflow-quote-profile';
const PROFILER = fileURLToPath(new URL('./support/cpu-profile.mjs', import.meta.url));
const db = freshSqliteDatabase();
const server = await startServer(db.url, {
  NODE_ENV: 'production',
  NODE_OPTIONS: `--import ${PROFILER}`,
  CPU_PROF_DIR: dir,
  REDIS_URL: '',
});
killOnExit(server.process);
try {
  const clients = await clientsFor(server);
  await issueWallet(clients.staff, 'profile-user');
  const body = JSON.stringify({ query: QUOTE.toString(), variables: { cart: benchCart('profile-user') } });
  const headers = { authorization: `Bearer ${clients.appKey}` };
  for (const concurrency of [1, 8]) {
    const r = await runLoad({
      url: server.url,
      concurrency,
      warmupMs: 2_000,
      durationMs: 8_000,
      request: () => ({ headers, body }),
      check: (status, text) => status === 200 && !text.includes('"errors"'),
    });
    console.log(
      `${concurrency} client(s): ${r.rate.toFixed(0)} quotes/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms, ${r.failures} failures`,
    );
  }
  await clients.close();
} finally {
  await server.stop();
  await db.drop();
  console.log(`profile in ${dir}`);
}
