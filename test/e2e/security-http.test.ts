// HTTP hardening (issue 15, item 15): security headers on every response, no caching of GraphQL
// answers (tokens), 413 for a body over the limit, and slow clients dropped within seconds.
import { connect } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, DIALECT } from '../support/server';
import { useServer } from '../support/fixture';

const srv = useServer({
  env: { MAX_BODY_BYTES: '100000', HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_REQUEST_TIMEOUT_MS: '1000' },
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
});
