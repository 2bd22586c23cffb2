// Redis down (issue 15, item 17): claims keep working with per-instance rate limits while Redis is
// away (a log line, a metric in /health), and the shared limits come back without a burst. Uses its
// own Redis on port 6390, stopped and started again by the test (never the shared one on 6379).
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GqlClient } from '../support/gql';
import {
  CLAIM,
  DIALECT,
  type RunningServer,
  type TestDatabase,
  adminToken,
  apiKey,
  createTemplate,
  freshDatabase,
  startServer,
} from '../support/server';

const PORT = '6390';
const startRedis = () =>
  execFileSync('redis-server', ['--port', PORT, '--save', '', '--appendonly', 'no', '--daemonize', 'yes']);
const stopRedis = () => {
  try {
    execFileSync('redis-cli', ['-p', PORT, 'shutdown', 'nosave'], { stdio: 'ignore' });
  } catch {
    /* already down */
  }
};

let db: TestDatabase;
let server: RunningServer;
let app: GqlClient;
let templateId: string;

beforeAll(async () => {
  stopRedis();
  startRedis();
  await vi.waitFor(() =>
    expect(execFileSync('redis-cli', ['-p', PORT, 'ping']).toString()).toContain('PONG'),
  );
  db = await freshDatabase();
  server = await startServer(db.url, {
    REDIS_URL: `redis://127.0.0.1:${PORT}`,
    CLAIM_RATE_PER_ACCOUNT: '5',
    CLAIM_RATE_PER_DEVICE: '0',
  });
  const anon = server.client();
  const staff = anon.withToken(await adminToken(anon));
  app = anon.withToken(await apiKey(staff, ['coupons:claim']));
  templateId = (await createTemplate(staff, { limitPerAccount: 100, limitPerDevice: 100 })).id;
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
  stopRedis();
});

const health = async () =>
  (await (await fetch(`${server.url}/health`)).json()) as {
    rateLimits: { store: string; fallbackDecisions: number; outages: number };
  };
let n = 0;
const claims = async (userId: string, count: number) => {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = await app.raw(CLAIM, {
      i: { templateId, userId, deviceId: `d-${n}`, idempotencyKey: `k-${n++}` },
    });
    const c = (r.data as { claimCoupon?: { __typename: string; reason?: string } } | null)?.claimCoupon;
    out.push(
      r.errors
        ? String(r.errors[0]!.extensions?.code)
        : c!.__typename === 'ClaimSuccess'
          ? 'issued'
          : c!.reason!,
    );
  }
  return out;
};

describe(`claims while Redis is away (${DIALECT})`, () => {
  it('limits through Redis, falls back per instance while it is down, and returns without a burst', async () => {
    expect((await health()).rateLimits.store).toBe('shared');
    expect(await claims('before', 6)).toEqual([...Array(5).fill('issued'), 'RATE_LIMITED']);

    stopRedis();
    await vi.waitFor(async () => expect((await health()).rateLimits.store).toBe('local'), {
      timeout: 10_000,
    });
    // claims go on, still limited: per instance now
    expect(await claims('during', 6)).toEqual([...Array(5).fill('issued'), 'RATE_LIMITED']);
    expect(await claims('before', 1)).toEqual(['RATE_LIMITED']);
    const h = await health();
    expect(h.rateLimits.fallbackDecisions).toBeGreaterThan(0);
    expect(h.rateLimits.outages).toBeGreaterThanOrEqual(1);
    expect(server.logs.join('')).toContain('falling back to per-instance limits');

    startRedis(); // empty: it lost every count
    await vi.waitFor(async () => expect((await health()).rateLimits.store).toBe('shared'), {
      timeout: 15_000,
    });
    // no fresh allowance for those who used theirs during the outage, or before it
    expect(await claims('during', 2)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    expect(await claims('before', 1)).toEqual(['RATE_LIMITED']);
    expect(await claims('after', 6)).toEqual([...Array(5).fill('issued'), 'RATE_LIMITED']);
  });
});
