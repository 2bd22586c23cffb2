// The README's start command on a fresh clone, as a new user would run it: install, build, migrate,
// serve the console at / and GraphQL at /graphql on one port; then `pnpm demo` in the same clone
// (the demo workspace from the checked-in sample, without ../shared).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/server';

const dir = mkdtempSync(join(tmpdir(), 'cf-fresh-'));
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('fresh clone', () => {
  it('`npx -y pnpm@10 install --frozen-lockfile && npx -y pnpm@10 start` serves the product', async () => {
    execFileSync('git', ['clone', '--quiet', ROOT, join(dir, 'couponflow')]);
    const cwd = join(dir, 'couponflow');
    const port = String(20000 + Math.floor(Math.random() * 20000));
    child = spawn('bash', ['-c', 'npx -y pnpm@10 install --frozen-lockfile && npx -y pnpm@10 start'], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        PORT: port,
        ADMIN_PASSWORD: 'fresh-clone-password',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    // started when it logs "listening"; failed when it exits first or takes over five minutes
    const started = child;
    await new Promise<void>((resolve, reject) => {
      const fail = () => reject(new Error(`did not start:\n${out.slice(-4000)}`));
      const timer = setTimeout(fail, 300_000);
      started.once('exit', () => {
        clearTimeout(timer);
        fail();
      });
      const collect = (b: Buffer) => {
        out += b.toString();
        if (!out.includes('"listening"')) return;
        clearTimeout(timer);
        resolve();
      };
      started.stdout!.on('data', collect);
      started.stderr!.on('data', collect);
    });
    try {
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const login = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation { login(email: "admin@couponflow.local", password: "fresh-clone-password") { staff { role } } }',
        }),
      });
      expect(await login.json()).toEqual({ data: { login: { staff: { role: 'admin' } } } });
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(await health.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
  });

  it('`npx -y pnpm@10 demo` builds the demo workspace and prints where to log in', async () => {
    const cwd = join(dir, 'couponflow');
    const port = String(20000 + Math.floor(Math.random() * 20000));
    child = spawn('bash', ['-c', 'npx -y pnpm@10 demo'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', DEMO_PORT: port },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    const started = child;
    await new Promise<void>((resolve, reject) => {
      const fail = () => reject(new Error(`the demo did not start:\n${out.slice(-4000)}`));
      const timer = setTimeout(fail, 540_000);
      started.once('exit', () => {
        clearTimeout(timer);
        fail();
      });
      const collect = (b: Buffer) => {
        out += b.toString();
        if (!/Admin:\s+\S+ \/ \S+/.test(out)) return;
        clearTimeout(timer);
        resolve();
      };
      started.stdout!.on('data', collect);
      started.stderr!.on('data', collect);
    });
    try {
      expect(out).toMatch(/demo: built in [\d.]+ s/);
      expect(out).toContain(`Console:   http://localhost:${port}/`);
      const [, email, password] = /Admin:\s+(\S+) \/ (\S+)/.exec(out)!;
      const gql = async (query: string, token?: string) =>
        (
          await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            body: JSON.stringify({ query }),
          })
        ).json() as Promise<{
          data: {
            login: { token: string };
            campaigns: { nodes: { name: string }[] };
          };
        }>;
      const login = await gql(`mutation { login(email: "${email}", password: "${password}") { token } }`);
      const token = login.data.login.token;
      const campaigns = await gql('{ campaigns(first: 20) { nodes { name issuedCount } } }', token);
      expect(campaigns.data.campaigns.nodes.map((c) => c.name)).toContain('Spring sale');
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
  });
});
