// Transient database faults (issue 15, item 18): killed PostgreSQL connections are retried when that is
// safe and otherwise answered UNAVAILABLE with a retry-after, never INTERNAL_SERVER_ERROR; a full SQLite
// disk answers UNAVAILABLE and makes GET /ready say 503 until the disk has room again.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { GqlClient } from '../support/gql';
import {
  CLAIM,
  DIALECT,
  PG_URL,
  type RunningServer,
  adminToken,
  apiKey,
  createTemplate,
  freshDatabase,
  startServer,
} from '../support/server';

type Outcome = { code: string; retry?: unknown };
const claimOnce = async (
  app: GqlClient,
  templateId: string,
  userId: string,
  key: string,
): Promise<Outcome> => {
  const r = await app.raw(CLAIM, { i: { templateId, userId, deviceId: `d-${userId}`, idempotencyKey: key } });
  if (r.errors?.length)
    return { code: String(r.errors[0]!.extensions?.code), retry: r.errors[0]!.extensions?.retryAfterSeconds };
  const c = (r.data as { claimCoupon: { __typename: string; reason?: string } }).claimCoupon;
  return { code: c.__typename === 'ClaimSuccess' ? 'issued' : c.reason! };
};
const ready = async (server: RunningServer) => (await fetch(`${server.url}/ready`)).status;

const cleanup: (() => Promise<unknown> | void)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

/** PostgreSQL: the server's connections are killed with pg_terminate_backend while claims run. */
async function killedConnections(): Promise<void> {
  const db = await freshDatabase();
  cleanup.push(db.drop);
  const server = await startServer(db.url);
  cleanup.push(server.stop);
  const anon = server.client();
  const staff = anon.withToken(await adminToken(anon));
  const app = anon.withToken(await apiKey(staff, ['coupons:claim']));
  const t = await createTemplate(staff, { quotaTotal: 100_000 });
  const name = new URL(db.url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: PG_URL! });
  await admin.connect();
  const kill = () =>
    admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [name],
    );
  const outcomes: Outcome[] = [];
  let stop = false;
  const killer = (async () => {
    for (let i = 0; i < 5 && !stop; i++) {
      await new Promise((r) => setTimeout(r, 150));
      await kill();
    }
  })();
  await Promise.all(
    Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; i < 40; i++) outcomes.push(await claimOnce(app, t.id, `u-${w}-${i}`, `k-${w}-${i}`));
    }),
  );
  stop = true;
  await killer;
  await admin.end();
  const codes = new Set(outcomes.map((o) => o.code));
  expect(codes.has('INTERNAL_SERVER_ERROR')).toBe(false);
  expect([...codes].every((c) => c === 'issued' || c === 'UNAVAILABLE')).toBe(true);
  for (const o of outcomes) if (o.code === 'UNAVAILABLE') expect(o.retry).toEqual(expect.any(Number));
  // the client's retry with the same key gives one coupon per key
  const again = [];
  for (let w = 0; w < 8; w++)
    for (let i = 0; i < 40; i++) again.push(await claimOnce(app, t.id, `u-${w}-${i}`, `k-${w}-${i}`));
  expect(again.every((o) => o.code === 'issued')).toBe(true);
  const issued = await staff.raw(`query ($id: ID!) { template(id: $id) { issuedCount } }`, { id: t.id });
  expect(issued.data).toEqual({ template: { issuedCount: 320 } });
  // ready again within seconds of the last fault (GET /ready holds a fault for 5 s, then probes)
  await vi.waitFor(async () => expect(await ready(server)).toBe(200), { timeout: 15_000, interval: 500 });
}

/** SQLite: the database lives on a small tmpfs that the test fills. */
async function fullDisk(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cf-full-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', dir]);
  cleanup.push(() => void execFileSync('umount', [dir]));
  const server = await startServer(`sqlite:${join(dir, 'couponflow.db')}`);
  cleanup.push(server.stop);
  const anon = server.client();
  const staff = anon.withToken(await adminToken(anon));
  const app = anon.withToken(await apiKey(staff, ['coupons:claim']));
  const t = await createTemplate(staff, { quotaTotal: 1_000_000 });
  expect(await ready(server)).toBe(200);
  // fill the disk
  const filler = join(dir, 'filler');
  try {
    execFileSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=1M', 'count=64'], { stdio: 'ignore' });
  } catch {
    /* no space left: that is the point */
  }
  const outcomes: Outcome[] = [];
  for (let i = 0; i < 3000 && !outcomes.some((o) => o.code === 'UNAVAILABLE'); i++)
    outcomes.push(await claimOnce(app, t.id, `f-${i}`, `f-${i}`));
  const codes = new Set(outcomes.map((o) => o.code));
  expect(codes.has('UNAVAILABLE')).toBe(true);
  expect(codes.has('INTERNAL_SERVER_ERROR')).toBe(false);
  expect(outcomes.find((o) => o.code === 'UNAVAILABLE')!.retry).toEqual(expect.any(Number));
  expect(await ready(server)).toBe(503);
  expect((await fetch(`${server.url}/health`)).status).toBe(200); // alive, just not ready
  // room again: ready, and claims are written again
  writeFileSync(filler, '');
  await vi.waitFor(async () => expect(await ready(server)).toBe(200), { timeout: 15_000, interval: 500 });
  expect((await claimOnce(app, t.id, 'after', 'after')).code).toBe('issued');
}

describe(`transient database faults (${DIALECT})`, () => {
  it(
    DIALECT === 'postgresql'
      ? 'killed connections: every claim is retried or answered UNAVAILABLE with a retry-after, and a retry by key issues once'
      : 'a full disk: writes are answered UNAVAILABLE and /ready says 503 until the disk has room again',
    () => (DIALECT === 'postgresql' ? killedConnections() : fullDisk()),
  );
});
