// Starts a real server process (the product's own entry point) on a fresh database.
import { graphql } from './gql-types';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { GqlClient } from './gql';
import type { ApiScope } from './gql-types/graphql';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ADMIN_EMAIL = 'admin@test.local';
export const ADMIN_PASSWORD = 'correct-horse-battery';

/** postgres when DATABASE_URL says so (pnpm test:pg), else SQLite. */
export const PG_URL = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')
  ? process.env.DATABASE_URL!
  : null;
export const DIALECT = PG_URL ? 'postgresql' : 'sqlite';
export const REDIS_URL = PG_URL ? process.env.REDIS_URL : undefined;

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database for one suite. */
export async function freshDatabase(): Promise<TestDatabase> {
  if (!PG_URL) {
    const dir = mkdtempSync(join(tmpdir(), 'cf-e2e-'));
    return {
      url: `sqlite:${join(dir, 'couponflow.db')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `cf_e2e_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface RunningServer {
  url: string;
  port: number;
  process: ChildProcess;
  logs: string[];
  client(token?: string, connections?: number): GqlClient;
  /** SIGTERM and wait (graceful shutdown). */
  stop(): Promise<number | null>;
  /** SIGKILL: a crash. */
  kill(): Promise<void>;
}

export async function startServer(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      ...(REDIS_URL ? { REDIS_URL } : {}),
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      LOG_LEVEL: 'info',
      CLAIM_RATE_PER_ACCOUNT: '0',
      CLAIM_RATE_PER_DEVICE: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logs.join('')}`)), 60_000);
    const onData = (buf: Buffer) => {
      const text = buf.toString();
      logs.push(text);
      for (const line of text.split('\n')) {
        if (!line.includes('"listening"')) continue;
        try {
          const port = (JSON.parse(line) as { port: number }).port;
          clearTimeout(timer);
          resolve(port);
        } catch {
          /* not our line */
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (b: Buffer) => logs.push(b.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${logs.join('')}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    url,
    port,
    process: child,
    logs,
    client: (token, connections) => new GqlClient(url, token, connections),
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Logs in as the bootstrap admin. */
export async function adminToken(client: GqlClient): Promise<string> {
  const r = await client.q(
    graphql(`
      mutation ServerLogin($e: String!, $p: String!) {
        login(email: $e, password: $p) {
          token
        }
      }
    `),
    {
      e: ADMIN_EMAIL,
      p: ADMIN_PASSWORD,
    },
  );
  return r.login.token;
}

/** API scopes as the README names them, and as the schema's enum does. */
const SCOPES = {
  'events:write': 'EVENTS_WRITE',
  'events:read': 'EVENTS_READ',
  'coupons:claim': 'COUPONS_CLAIM',
  checkout: 'CHECKOUT',
} as const satisfies Record<string, ApiScope>;
export type Scope = keyof typeof SCOPES;

export async function apiKey(staff: GqlClient, scopes: Scope[], merchantIds: string[] = []): Promise<string> {
  const r = await staff.q(
    graphql(`
      mutation ServerCreateApiKey($i: CreateApiKeyInput!) {
        createApiKey(input: $i) {
          key
        }
      }
    `),
    {
      i: {
        name: `test ${scopes.join(',')}`,
        scopes: scopes.map((s) => SCOPES[s]),
        merchantIds,
      },
    },
  );
  return r.createApiKey.key;
}

export const DAY = 86_400;
export const iso = (secondsFromNow: number): string =>
  new Date((Math.floor(Date.now() / 1000) + secondsFromNow) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Creates an ACTIVE template; `over` overrides CreateTemplateInput fields. */
export async function createTemplate(
  staff: GqlClient,
  over: Record<string, unknown> = {},
): Promise<{ id: string; campaignId: string | null }> {
  const r = await staff.q(
    graphql(`
      mutation ServerCreateTemplate($i: CreateTemplateInput!) {
        createTemplate(input: $i) {
          id
          campaignId
        }
      }
    `),
    {
      i: {
        name: 'test template',
        kind: 'AMOUNT_OFF',
        amount: 500,
        threshold: 0,
        validUntil: iso(30 * DAY),
        activate: true,
        ...over,
      },
    },
  );
  return r.createTemplate;
}

export const CLAIM = graphql(`
  mutation ClaimCoupon($i: ClaimInput!) {
    claimCoupon(input: $i) {
      __typename
      ... on ClaimSuccess {
        replayed
        coupon {
          id
          code
          status
          userId
          templateId
          validFrom
          validUntil
          isNew
        }
      }
      ... on ClaimRefused {
        reason
        message
        replayed
        retryAfterSeconds
      }
    }
  }
`);

let claimSeq = 0;
/** Claims one coupon for `userId` (device `d-<userId>`, a fresh idempotency key); throws on a refusal. */
export async function claimOne(client: GqlClient, templateId: string, userId: string): Promise<string> {
  const r = await client.q(CLAIM, {
    i: { templateId, userId, deviceId: `d-${userId}`, idempotencyKey: `claim-${++claimSeq}-${userId}` },
  });
  if (r.claimCoupon.__typename !== 'ClaimSuccess')
    throw new Error(`claim refused: ${JSON.stringify(r.claimCoupon)}`);
  return r.claimCoupon.coupon.id;
}
