// `pnpm demo`: the whole product on its own SQLite file (server/data/demo.db, never the default
// database), populated once with a realistic workspace through the public API, then served with the
// console; prints where to log in. A second run reuses the data; `--reset` starts over.
//
//   tsx src/scripts/demo/main.ts [--reset] [--db <file>] [--port <n>]
// Environment: DEMO_DB, DEMO_PORT (default 4100; 0 picks a free port), WEB_DIST (the console build).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp } from '../../app';
import { loadConfig } from '../../config';
import { createLogger } from '../../logger';
import { Api } from './client';
import { installClock, realTimeMs } from './clock';
import { DAYS, loadHistory } from './history';
import { DEMO_STAFF, type Workspace, buildWorkspace } from './workspace';

const ADMIN = { email: 'admin@demo.couponflow.local', password: 'couponflow-demo-2026' };
const SERVER_DIR = fileURLToPath(new URL('../../..', import.meta.url));

interface Marker {
  builtAt: string;
  buildSeconds: number;
  receiverPort: number;
  workspace: Workspace;
}

const { values } = parseArgs({
  options: {
    reset: { type: 'boolean', default: false },
    db: { type: 'string' },
    port: { type: 'string' },
  },
});
const dbFile = resolve(SERVER_DIR, values.db ?? process.env.DEMO_DB ?? 'data/demo.db');
const defaultDb = resolve(SERVER_DIR, 'data/couponflow.db');
if (dbFile === defaultDb) throw new Error(`the demo never uses the default database (${defaultDb})`);
const markerFile = `${dbFile}.demo.json`;
const port = Number(values.port ?? process.env.DEMO_PORT ?? 4100);

const say = (line: string) => process.stdout.write(`${line}\n`);

if (values.reset) say(`demo: --reset: starting over (${dbFile})`);
let marker: Marker | null = null;
if (!values.reset && existsSync(markerFile) && existsSync(dbFile))
  marker = JSON.parse(readFileSync(markerFile, 'utf8')) as Marker;
if (!marker)
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, markerFile]) rmSync(f, { force: true });
mkdirSync(dirname(dbFile), { recursive: true });

// The partners' webhooks go to this process: /crm always answers 204, /loyalty 503 one time in four.
let received = 0;
const receiver = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    received++;
    res.statusCode = req.url === '/loyalty' && received % 4 === 0 ? 503 : 204;
    res.end();
  });
});
const receiverPort = await new Promise<number>((ok) => {
  const listen = (p: number) =>
    receiver
      .once('error', () => listen(0))
      .listen(p, '127.0.0.1', () => ok((receiver.address() as AddressInfo).port));
  listen(marker?.receiverPort ?? 0);
});
if (marker && receiverPort !== marker.receiverPort)
  say(
    `demo: port ${marker.receiverPort} is taken, so the demo's webhook deliveries will fail until it is free`,
  );

installClock(); // a no-op offset until the history is played
const config = loadConfig({
  ...process.env,
  NODE_ENV: 'development',
  DATABASE_URL: `sqlite:${dbFile}`,
  REDIS_URL: undefined,
  PORT: String(port),
  HOST: process.env.HOST ?? '0.0.0.0',
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
  // The history replays a day's claims in well under a second of real time.
  CLAIM_RATE_PER_ACCOUNT: '0',
  CLAIM_RATE_PER_DEVICE: '0',
  // A day's quotes, locks, redemptions and claims go as one request each (aliases).
  QUERY_MAX_ALIASES: '60',
  QUERY_MAX_COST: '500000',
});
const log = createLogger(config.LOG_LEVEL);
const app = await createApp(config, log);
const listening = await app.listen(config.PORT, config.HOST);
const url = `http://localhost:${listening}/`;

if (!marker) {
  const started = realTimeMs();
  const cpu = process.cpuUsage();
  const history = loadHistory();
  say(
    `demo: building the workspace (${history.customers} customers, ${history.orders.length} orders, ${DAYS} days of history ending yesterday) …`,
  );
  const yesterday = new Date();
  yesterday.setUTCHours(0, 0, 0, 0);
  const workspace = await buildWorkspace({
    anon: new Api(`http://127.0.0.1:${listening}/graphql`),
    admin: ADMIN,
    history,
    startMs: yesterday.getTime() - DAYS * 86_400_000,
    receiverUrl: `http://127.0.0.1:${receiverPort}`,
    log: (m) => say(`demo: ${m}`),
  });
  const buildSeconds = Math.round((realTimeMs() - started) / 100) / 10;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = Math.round((used.user + used.system) / 100_000) / 10;
  marker = { builtAt: new Date().toISOString(), buildSeconds, receiverPort, workspace };
  writeFileSync(markerFile, JSON.stringify(marker, null, 2));
  const c = workspace.counts;
  say(
    `demo: built in ${buildSeconds} s (${cpuSeconds} s of CPU): ${c.events} events, ${c.orders} orders, ${c.claims} claims, ${c.redeemed} coupons redeemed`,
  );
} else {
  say(`demo: reusing the workspace built ${marker.builtAt} (pnpm demo --reset starts over)`);
}

say('');
say('Couponflow demo');
say(`  Console:   ${url}`);
say(`  GraphQL:   ${url}graphql`);
say(`  Admin:     ${ADMIN.email} / ${ADMIN.password}`);
for (const s of DEMO_STAFF)
  say(`  ${s.role === 'growth' ? 'Growth:  ' : 'Analyst: '}  ${s.email} / ${s.password}`);
say(`  App key:   ${marker.workspace.appKey} (events, claims, checkout)`);
say(`  Database:  ${dbFile}`);
say('Ctrl-C stops it; pnpm demo again reuses the data, pnpm demo --reset starts over.');

let closing = false;
const shutdown = () => {
  if (closing) return;
  closing = true;
  receiver.close();
  app
    .close()
    .then(() => process.exit(0))
    .catch(() => process.exit(1));
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
