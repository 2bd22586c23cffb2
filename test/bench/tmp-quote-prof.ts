import { fileURLToPath } from 'node:url';
import { runLoad } from './support/load';
import { freshSqliteDatabase, killOnExit } from './support/servers';
import { benchCart, clientsFor, issueWallet, QUOTE } from './support/workloads';
import { startServer } from '../support/server';

const PROFILER = fileURLToPath(new URL('./support/cpu-profile.mjs', import.meta.url));
const db = freshSqliteDatabase();
const server = await startServer(db.url, {
  NODE_ENV: 'production',
  NODE_OPTIONS: `--import ${PROFILER}`,
  CPU_PROF_DIR: '/tmp/b14-qprof',
  REDIS_URL: '',
});
killOnExit(server.process);
const clients = await clientsFor(server);
await issueWallet(clients.staff, 'qu');
const body = JSON.stringify({ query: String(QUOTE), variables: { cart: benchCart('qu') } });
const headers = { authorization: `Bearer ${clients.appKey}` };
for (const c of [1, 8]) {
  const r = await runLoad({ url: server.url, concurrency: c, warmupMs: 2000, durationMs: 8000, request: () => ({ headers, body }), check: (s, t) => s === 200 && !t.includes('"errors"') });
  console.log(`clients ${c}: ${r.rate.toFixed(0)}/s p50 ${r.p50.toFixed(2)} p99 ${r.p99.toFixed(2)} failures ${r.failures} ${r.firstError ?? ''}`);
}
await clients.close();
await server.stop();
await db.drop();
