// HTTP hardening (issue 15, item 15): security headers on every response, no caching of GraphQL
// answers (tokens), 413 for a body over the limit, and slow clients dropped within seconds.
import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, DIALECT } from '../support/server';
import { useServer } from '../support/fixture';

const APP_ORIGIN = 'https://app.example.com';
const srv = useServer({
  env: {
    MAX_BODY_BYTES: '100000',
    HTTP_HEADERS_TIMEOUT_MS: '1000',
    HTTP_REQUEST_TIMEOUT_MS: '1000',
    CORS_ORIGINS: `${APP_ORIGIN}, http://localhost:5173`,
  },
});

const expectSecurityHeaders = (h: Headers) => {
  expect(h.get('x-content-type-options')).toBe('nosniff');
  expect(h.get('x-frame-options')).toBe('DENY');
  expect(h.get('referrer-policy')).toBe('no-referrer');
  const csp = h.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
};

describe(`HTTP hardening (${DIALECT})`, () => {
  it('sends the security headers on every kind of response', async () => {
    for (const path of ['/', '/health', '/ready', '/graphql?query=%7B__typename%7D', '/nowhere']) {
      const res = await fetch(`${srv.server.url}${path}`, { headers: { 'apollo-require-preflight': '1' } });
      await res.arrayBuffer();
      expectSecurityHeaders(res.headers);
    }
  });

  it("gives Apollo's landing page (a browser's GET /graphql) the CSP its CDN-loaded Sandbox needs, and only it", async () => {
    const res = await fetch(`${srv.server.url}/graphql`, { headers: { accept: 'text/html' } });
    await res.arrayBuffer();
    expect(res.headers.get('content-security-policy')).toContain(
      'https://embeddable-sandbox.cdn.apollographql.com',
    );
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const app = await fetch(`${srv.server.url}/`, { headers: { accept: 'text/html' } });
    await app.arrayBuffer();
    expect(app.headers.get('content-security-policy')).not.toContain('apollographql');
  });

  it('answers a login (a token) with Cache-Control: no-store', async () => {
    const res = await fetch(`${srv.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        variables: { e: ADMIN_EMAIL, p: ADMIN_PASSWORD },
      }),
    });
    const body = (await res.json()) as { data: { login: { token: string } } };
    expect(body.data.login.token).toEqual(expect.any(String));
    expect(res.headers.get('cache-control')).toBe('no-store');
    expectSecurityHeaders(res.headers);
  });

  it('answers a body over the limit with 413, declared or streamed', async () => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(200_000) } });
    const declared = await fetch(`${srv.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ errors: [{ message: 'request body too large' }] });
    const chunks = [big.slice(0, 60_000), big.slice(60_000)];
    const streamed = await fetch(`${srv.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        pull(c) {
          const next = chunks.shift();
          if (next) c.enqueue(new TextEncoder().encode(next));
          else c.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('drops a client that never finishes its headers, or its body, within seconds', async () => {
    const slow = (payload: string) =>
      new Promise<{ closed: boolean; data: string }>((resolve) => {
        const s = connect(srv.server.port, '127.0.0.1', () => s.write(payload));
        const state = { closed: false, data: '' };
        s.on('data', (d) => (state.data += d.toString()));
        s.on('close', () => {
          state.closed = true;
          resolve(state);
        });
        s.on('error', () => undefined);
      });
    const headers = slow('POST /graphql HTTP/1.1\r\nHost: x\r\n');
    const body = slow(
      'POST /graphql HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"q',
    );
    const [h, b] = await vi.waitFor(() => Promise.all([headers, body]), { timeout: 10_000 });
    expect(h.closed).toBe(true);
    expect(b.closed).toBe(true);
    expect(h.data).toContain('408');
    expect(b.data).toContain('408');
  });

  it('answers a preflight from an allowed origin with the Access-Control headers, and refuses any other', async () => {
    const preflight = (origin: string) =>
      fetch(`${srv.server.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
    const ok = await preflight(APP_ORIGIN);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(ok.headers.get('access-control-allow-methods')).toContain('POST');
    expect(ok.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(ok.headers.get('access-control-allow-headers')).toContain('apollo-require-preflight');
    expect(ok.headers.get('vary')).toContain('Origin');
    const refused = await preflight('https://evil.example.net');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    // the request itself: allowed origin gets the header; CSRF prevention still refuses a simple request
    const post = await fetch(`${srv.server.url}/graphql`, {
      method: 'POST',
      headers: { origin: APP_ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    const simple = await fetch(`${srv.server.url}/graphql?query=%7B__typename%7D`, {
      headers: { origin: APP_ORIGIN },
    });
    expect(simple.status).toBe(400); // Apollo's CSRF prevention: no preflight header
    const other = await fetch(`${srv.server.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://evil.example.net', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('compresses responses with brotli or gzip as the client accepts, and leaves small ones alone', async () => {
    const { request } = await import('undici');
    const body = JSON.stringify({ query: '{ __schema { types { name description } } }' });
    const ask = async (encoding: string) => {
      const res = await request(`${srv.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': encoding },
        body,
      });
      const raw = Buffer.from(await res.body.arrayBuffer());
      return { encoding: res.headers['content-encoding'], raw };
    };
    const plain = await ask('identity');
    expect(plain.encoding).toBeUndefined();
    const br = await ask('br, gzip');
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.raw).toString()).toBe(plain.raw.toString());
    const gz = await ask('gzip');
    expect(gz.encoding).toBe('gzip');
    expect(gunzipSync(gz.raw).toString()).toBe(plain.raw.toString());
    expect(gz.raw.length).toBeLessThan(plain.raw.length / 3);
    const small = await ask('gzip');
    expect(small.raw.length).toBeGreaterThan(0);
    const tiny = await request(`${srv.server.url}/health`, { headers: { 'accept-encoding': 'gzip' } });
    await tiny.body.arrayBuffer();
    expect(tiny.headers['content-encoding']).toBeUndefined(); // under 1 KiB
  });

  it('serves automatic persisted queries: a hash alone is PERSISTED_QUERY_NOT_FOUND until the query was sent once', async () => {
    const query = '{ __typename }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
    const get = () =>
      fetch(`${srv.server.url}/graphql?extensions=${encodeURIComponent(extensions)}`, {
        headers: { 'apollo-require-preflight': 'true' },
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));
    const miss = await get();
    expect(miss.body).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    const register = await fetch(`${srv.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions: JSON.parse(extensions) }),
    });
    expect(await register.json()).toEqual({ data: { __typename: 'Query' } });
    const hit = await get();
    expect(hit).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    const wrong = await fetch(`${srv.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ __schema { queryType { name } } }',
        extensions: JSON.parse(extensions),
      }),
    });
    expect(await wrong.json()).toMatchObject({ errors: [{ message: 'provided sha does not match query' }] });
  });

  it("publishes each event type's JSON Schema at a stable URL, readable from any origin", async () => {
    const res = await fetch(`${srv.server.url}/schemas/events/coupon.claimed.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/schema+json');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const schema = (await res.json()) as { title: string; properties: { type: { const: string } } };
    expect(schema.title).toBe('coupon.claimed');
    expect(schema.properties.type.const).toBe('coupon.claimed');
    expect((await fetch(`${srv.server.url}/schemas/events/coupon.nope.json`)).status).toBe(404);
  });
});
