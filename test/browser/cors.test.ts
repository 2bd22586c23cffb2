// CORS from a real browser: a page on an origin listed in CORS_ORIGINS calls the API on another
// origin (preflight, JSON POST with a bearer token, Apollo's CSRF prevention on); a page on any other
// origin is refused (its preflight answered 403 without Access-Control-* headers).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  type RunningServer,
  type TestDatabase,
  freshDatabase,
  startServer,
} from '../support/server';
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium';

let db: TestDatabase;
let api: RunningServer;
let browser: Browser;
const sites: Server[] = [];

/** A front end on its own origin: one blank page. */
async function site(): Promise<string> {
  const s = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>front end</title><p>app</p>');
  });
  sites.push(s);
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

let allowed = '';
let other = '';

beforeAll(async () => {
  allowed = await site();
  other = await site();
  db = await freshDatabase();
  api = await startServer(db.url, { CORS_ORIGINS: `${allowed},https://app.example.com` });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.kill();
  await db?.drop();
  for (const s of sites) await new Promise<void>((resolve) => s.close(() => resolve()));
});

/** From a page on `origin`: log in, then read `me`-free data with the token, as an app would. */
async function callFrom(origin: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin);
  const result = await page.evaluate(
    async ({ url, email, password }) => {
      const post = async (body: unknown, token?: string) => {
        const res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(body),
        });
        return {
          status: res.status,
          json: (await res.json()) as { data: Record<string, unknown> & { login?: { token: string } } },
        };
      };
      try {
        const login = await post({
          query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          variables: { e: email, p: password },
        });
        const token = login.json.data.login!.token;
        const campaigns = await post({ query: '{ campaigns(first: 1) { totalCount } }' }, token);
        return { ok: true, status: campaigns.status, data: campaigns.json.data };
      } catch (err) {
        return { ok: false, error: String(err) };
      }
    },
    { url: `${api.url}/graphql`, email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
  );
  await context.close();
  return result;
}

describe('CORS from a browser on another origin', () => {
  it('an allowed origin logs in and calls the API with its bearer token', async () => {
    const r = await callFrom(allowed);
    expect(r).toEqual({ ok: true, status: 200, data: { campaigns: { totalCount: 0 } } });
  });

  it('any other origin is refused by the browser: its preflight gets 403 and no Access-Control headers', async () => {
    const r = await callFrom(other);
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/Failed to fetch/);
    const preflight = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: other,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});
