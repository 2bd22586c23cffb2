// Processes and databases for the API benchmarks: the bare hello server, fresh SQLite files and
// fresh PostgreSQL databases on an explicit URL (the e2e harness picks its dialect from DATABASE_URL
// at module load; the benchmarks need both in one run).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { ROOT, type TestDatabase } from '../../support/server';
import { type LoadResult, runLoad } from './load';

const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();
let hooked = false;

/**
 * Kills `child` if this process ends first (a crash, an EPIPE from `| head`, SIGINT/SIGTERM from a
 * timeout): no orphaned servers. (Nothing helps against SIGKILL of the bench process.)
 */
export function killOnExit(child: ChildProcess): void {
  hookExit();
  children.add(child);
  child.once('exit', () => children.delete(child));
}

function hookExit(): void {
  if (!hooked) {
    hooked = true;
    process.once('exit', () => {
      for (const c of children) c.kill('SIGKILL');
      for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
    });
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      process.once(signal, () => process.exit(code)); // runs the 'exit' handler above
    }
  }
}

export interface ChildServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts test/bench/support/hello-server.ts as its own process (`node --import tsx`). */
export async function startHelloServer(): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/support/hello-server.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  killOnExit(child);
  const logs: string[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`hello server did not start:\n${logs.join('')}`)),
      30_000,
    );
    child.stdout!.on('data', (b: Buffer) => {
      const text = b.toString();
      logs.push(text);
      const m = /"listening","port":(\d+)/.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.stderr!.on('data', (b: Buffer) => logs.push(b.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`hello server exited with ${code}:\n${logs.join('')}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A fresh SQLite database file in its own temp directory. */
export function freshSqliteDatabase(): TestDatabase & { file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cf-bench-api-'));
  const file = join(dir, 'couponflow.db');
  hookExit();
  tempDirs.add(dir);
  return {
    url: `sqlite:${file}`,
    file,
    drop: async () => {
      rmSync(dir, { recursive: true, force: true });
      tempDirs.delete(dir);
    },
  };
}

/** A fresh, empty PostgreSQL database created through `adminUrl` (dropped by drop()). */
export async function freshPgDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `cf_bench_api_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Whether a Redis server answers PING at `url` (within a second). */
export function redisAnswers(url: string): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: u.hostname || '127.0.0.1', port: Number(u.port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (b: Buffer) => done(b.toString().startsWith('+PONG')));
  });
}

/** Coupons of a template as stored (a direct look at the database, independent of the API). */
export async function storedCoupons(databaseUrl: string, templateId: string): Promise<number> {
  if (databaseUrl.startsWith('sqlite:')) {
    const db = new Database(databaseUrl.slice('sqlite:'.length), { readonly: true, fileMustExist: true });
    try {
      return (
        db.prepare('SELECT COUNT(*) AS n FROM coupon WHERE template_id = ?').get(templateId) as { n: number }
      ).n;
    } finally {
      db.close();
    }
  }
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    return Number(
      (await c.query('SELECT COUNT(*) AS n FROM coupon WHERE template_id = $1', [templateId])).rows[0].n,
    );
  } finally {
    await c.end();
  }
}

/**
 * The framework baseline: the bare hello server under `clients` concurrent clients for `seconds`
 * (after a 2 s JIT warm-up of both sides). Every "× hello" figure divides by this rate, measured in
 * the same run as the figure.
 */
export async function measureHello(clients: number, seconds: number): Promise<LoadResult> {
  const server = await startHelloServer();
  try {
    const body = JSON.stringify({ query: '{ hello }' });
    const opts = {
      url: server.url,
      concurrency: clients,
      request: () => ({ body }),
      check: (_s: number, text: string) => text.includes('"hello":"world"'),
    };
    await runLoad({ ...opts, warmupMs: 0, durationMs: 2_000 });
    const r = await runLoad({ ...opts, warmupMs: 500, durationMs: seconds * 1000 });
    if (r.failures > 0 || r.transportErrors > 0) throw new Error(`hello server failed: ${r.firstError}`);
    return r;
  } finally {
    await server.stop();
  }
}
