import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebhookSender } from './sender';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    if (req.url === '/never') return; // holds the request open
    req.on('end', () => {
      res.writeHead(req.url === '/fail' ? 503 : 204);
      res.end(req.url === '/fail' ? 'down' : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const send = (sender: WebhookSender, path: string, signal?: AbortSignal) =>
  sender.send({ url: `${base}${path}`, body: '{}', headers: {}, signal });

describe('WebhookSender', () => {
  it('reports the status of an answer', async () => {
    const sender = new WebhookSender(2000, true);
    expect(await send(sender, '/ok')).toMatchObject({ outcome: 'SUCCEEDED', statusCode: 204 });
    expect(await send(sender, '/fail')).toMatchObject({
      outcome: 'HTTP_ERROR',
      statusCode: 503,
      excerpt: 'down',
    });
    await sender.close();
  });

  it('gives up after its timeout', async () => {
    const sender = new WebhookSender(300, true);
    const r = await send(sender, '/never');
    expect(r).toMatchObject({ outcome: 'TIMEOUT', statusCode: null });
    expect(r.durationMs).toBeGreaterThanOrEqual(250);
    await sender.close();
  });

  it('abandons what is in flight when the shutdown signal fires, without a listener warning', async () => {
    const sender = new WebhookSender(10_000, true);
    const shutdown = new AbortController();
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      // more requests in flight than an AbortSignal allows listeners by default
      const pending = Array.from({ length: 30 }, () => send(sender, '/never', shutdown.signal));
      await new Promise((r) => setTimeout(r, 100));
      shutdown.abort();
      const results = await Promise.all(pending);
      expect(results.every((r) => r.outcome === 'ABANDONED')).toBe(true);
      // and after the shutdown nothing more goes out
      expect(await send(sender, '/ok', shutdown.signal)).toMatchObject({ outcome: 'ABANDONED' });
      await new Promise((r) => setImmediate(r));
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      await sender.close();
    }
  });

  it('refuses, at delivery time, private addresses in any form and host names that resolve to one', async () => {
    const sender = new WebhookSender(2000, false);
    const port = (server.address() as AddressInfo).port;
    try {
      for (const host of [
        '127.0.0.1',
        '[::127.0.0.1]',
        '[::ffff:0:127.0.0.1]',
        '[::ffff:7f00:1]',
        'localhost',
      ]) {
        const r = await sender.send({ url: `http://${host}:${port}/ok`, body: '{}', headers: {} });
        expect(r.outcome, host).toBe('BLOCKED');
      }
    } finally {
      await sender.close();
    }
  });
});
