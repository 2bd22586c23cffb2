// One port: GraphQL at /graphql, liveness at /health, readiness at /ready, the console's built files at /.
// Every response carries the security headers (helmet); GraphQL responses are never cached.
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { EVENT_TYPE_NAMES, eventJsonSchema, eventSchemaPath } from '@couponflow/schema';
import compression from 'compression';
import helmet from 'helmet';
import sirv from 'sirv';
import type { Principal } from './principal';
import type { Logger } from '../logger';
import type { Context, Services } from './context';
import { AppError } from './errors';
import { handleCors } from './cors';
import type { ListGuard } from './input-size';

const tooLarge = () => Object.assign(new Error('body too large'), { status: 413 });

/**
 * The body as text, at most `max` bytes. A declared length over the limit is refused before reading.
 * A body that grows past it is no longer kept but still read to its end (up to DRAIN_BYTES more), so
 * the client, still sending, gets its 413 instead of a reset connection; past that it is cut off.
 */
const DRAIN_BYTES = 8 * 1024 * 1024;

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > max) {
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= max) chunks.push(c);
      else if (size > max + DRAIN_BYTES) {
        req.destroy();
        reject(tooLarge());
      } else chunks.length = 0;
    });
    req.on('end', () => (size > max ? reject(tooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/**
 * helmet's headers, with a Content-Security-Policy the console works under: scripts and connections
 * only from this origin (WebSocket subscriptions too), inline styles allowed (Mantine sets style
 * attributes and injects <style> elements), images from here and data: URLs, no framing.
 */
export const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'", 'ws:', 'wss:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  strictTransportSecurity: false, // TLS ends at the deployment's proxy, which sets HSTS
  crossOriginEmbedderPolicy: false,
});

/**
 * Apollo's landing page (GET /graphql from a browser, outside production) loads the Sandbox from
 * Apollo's CDN with an inline bootstrap script: the CSP Apollo documents for it, on that page only.
 */
const landingPageHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'unsafe-inline'", 'https://embeddable-sandbox.cdn.apollographql.com'],
      styleSrc: ["'self'", "'unsafe-inline'", 'https://fonts.googleapis.com'],
      imgSrc: ["'self'", 'data:', 'https://apollo-server-landing-page.cdn.apollographql.com'],
      fontSrc: ["'self'", 'https://fonts.gstatic.com'],
      frameSrc: ['https://sandbox.embed.apollographql.com'],
      manifestSrc: ['https://apollo-server-landing-page.cdn.apollographql.com'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  strictTransportSecurity: false,
  crossOriginEmbedderPolicy: false,
});

const isLandingPage = (req: IncomingMessage, pathname: string): boolean =>
  pathname === '/graphql' && req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');

/** The client's address: the socket's, or with a trusted proxy the last hop it appended to X-Forwarded-For. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    const hops = forwarded.split(',');
    const last = hops[hops.length - 1]?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Apollo's request: the headers, and the body parsed as JSON when it says it is (null: it is not JSON). */
async function graphqlRequest(
  req: IncomingMessage,
  maxBody: number,
): Promise<{ headers: HeaderMap; body: unknown } | null> {
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  if (req.method !== 'POST') return { headers, body: undefined };
  const text = await readBody(req, maxBody);
  if (!(headers.get('content-type') ?? '').includes('application/json')) return { headers, body: text };
  try {
    return { headers, body: text.length ? JSON.parse(text) : {} };
  } catch {
    return null;
  }
}

async function serveGraphql(
  apollo: ApolloServer<Context>,
  services: Services,
  req: IncomingMessage,
  res: ServerResponse,
  search: string,
  guard: ListGuard,
): Promise<void> {
  const request = await graphqlRequest(req, services.config.MAX_BODY_BYTES);
  if (!request)
    return sendJson(res, 400, {
      errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
  const oversized = guard(request.body);
  if (oversized) return sendJson(res, 400, { errors: [oversized.toJSON()] });
  const address = clientAddress(req, services.config.TRUST_PROXY);
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', ...request, search },
    context: async (): Promise<Context> => {
      let principal: Principal;
      try {
        principal = await services.auth.authenticate(req.headers.authorization);
      } catch (err) {
        if (err instanceof AppError) {
          err.extensions.http = { status: 401 };
        }
        throw err;
      }
      return { principal, services, address };
    },
  });
  res.statusCode = response.status ?? 200;
  res.setHeader('cache-control', 'no-store');
  for (const [k, v] of response.headers) res.setHeader(k, v);
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
  } else {
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

/** A request that failed outside GraphQL's own error handling: 413 for a body too large, else 500. */
function fail(res: ServerResponse, log: Logger, err: unknown): void {
  const status = (err as { status?: number }).status ?? 500;
  if (status >= 500) log.error({ err }, 'request failed');
  if (res.headersSent) {
    res.end();
    return;
  }
  if (status === 413) res.setHeader('connection', 'close');
  sendJson(res, status, {
    errors: [
      {
        message: status === 413 ? 'request body too large' : 'Internal server error',
        extensions: { code: status === 413 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' },
      },
    ],
  });
}

/**
 * GET /ready: 200 when this instance can serve, 503 (with Retry-After) when the database does not
 * take writes (SQLite disk full or read-only, PostgreSQL unreachable), so a load balancer takes the
 * instance out. A write that failed on such a fault in the last FAULT_HOLD_MS answers 503 at once;
 * otherwise a one-row write is probed, at most every READY_PROBE_MS, within PROBE_TIMEOUT_MS.
 */
const READY_PROBE_MS = 2000;
const FAULT_HOLD_MS = 5000;
const PROBE_TIMEOUT_MS = 2000;
let lastProbe: { at: number; ok: boolean } = { at: 0, ok: true };

async function writable(services: Services): Promise<boolean> {
  const fault = services.db.writeFault;
  if (fault && Date.now() - fault.at < FAULT_HOLD_MS) return false;
  if (Date.now() - lastProbe.at < READY_PROBE_MS && !fault) return lastProbe.ok;
  let timer: NodeJS.Timeout | undefined;
  const ok = await Promise.race([
    services.db.probeWrite().then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS))),
  ]);
  clearTimeout(timer);
  if (ok) services.db.writeFault = null;
  lastProbe = { at: Date.now(), ok };
  return ok;
}

function ready(res: ServerResponse, services: Services, log: Logger): void {
  writable(services)
    .then((ok) => {
      if (ok) return sendJson(res, 200, { status: 'ok', database: services.db.dialect, writes: 'ok' });
      res.setHeader('retry-after', '5');
      sendJson(res, 503, { status: 'unavailable', writes: 'failing' });
    })
    .catch((err: unknown) => {
      log.error({ err }, 'readiness check failed');
      sendJson(res, 503, { status: 'unavailable' });
    });
}

function health(res: ServerResponse, services: Services, log: Logger): void {
  services.db
    .ping()
    .then(() =>
      sendJson(res, 200, {
        status: 'ok',
        database: services.db.dialect,
        // rate limits: `shared` (Redis), `local` (Redis away: per-instance fallback) or `memory` (no Redis)
        rateLimits: {
          store: services.limits.store,
          fallbackDecisions: services.limits.fallbackDecisions,
          outages: services.limits.outages,
        },
        // rows the retention purge removed since start (traces: emptied), SQLite pages given back
        retention: services.retention?.counters ?? null,
      }),
    )
    .catch((err: unknown) => {
      log.error({ err }, 'health check failed');
      sendJson(res, 503, { status: 'unavailable' });
    });
}

/** GET /schemas/events/<type>.json: each event type's JSON Schema, public, readable from any origin. */
const EVENT_SCHEMAS = new Map(
  EVENT_TYPE_NAMES.map((name) => [eventSchemaPath(name), JSON.stringify(eventJsonSchema(name), null, 2)]),
);
const EVENT_SCHEMA_INDEX = JSON.stringify({
  eventTypes: EVENT_TYPE_NAMES.map((name) => ({ name, schema: eventSchemaPath(name) })),
});

function serveEventSchema(res: ServerResponse, pathname: string): boolean {
  const text = pathname === '/schemas/events/' ? EVENT_SCHEMA_INDEX : EVENT_SCHEMAS.get(pathname);
  if (text === undefined) return false;
  res.writeHead(200, {
    'content-type': pathname.endsWith('/')
      ? 'application/json; charset=utf-8'
      : 'application/schema+json; charset=utf-8',
    'cache-control': 'public, max-age=300',
    'access-control-allow-origin': '*',
  });
  res.end(text);
  return true;
}

/** gzip or brotli (by Accept-Encoding) for responses over 1 KiB; the console's files come precompressed. */
const compress = compression({ threshold: 1024 }) as unknown as (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void;

export function createHttpHandler(
  apollo: ApolloServer<Context>,
  services: Services,
  webDist: string,
  log: Logger,
  guard: ListGuard,
) {
  const statics = existsSync(webDist) ? sirv(webDist, { single: true, etag: true, gzip: true }) : null;
  if (!statics) log.warn({ webDist }, 'console build not found; run pnpm --filter @couponflow/web build');

  const route = (req: IncomingMessage, res: ServerResponse): void => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const pathname = q === -1 ? url : url.slice(0, q);
    const search = q === -1 ? '' : url.slice(q);
    if (pathname === '/graphql') {
      serveGraphql(apollo, services, req, res, search, guard).catch((err: unknown) => fail(res, log, err));
      return;
    }
    if (pathname.startsWith('/schemas/events/') && req.method === 'GET' && serveEventSchema(res, pathname))
      return;
    if (pathname === '/ready') {
      ready(res, services, log);
      return;
    }
    if (pathname === '/health') {
      health(res, services, log);
      return;
    }
    if (statics) {
      statics(req, res, () => sendJson(res, 404, { error: 'not found' }));
      return;
    }
    if (pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        '<!doctype html><title>Couponflow</title><h1>Couponflow</h1><p>GraphQL at <a href="/graphql">/graphql</a>.</p>',
      );
      return;
    }
    sendJson(res, 404, { error: 'not found' });
  };
  const cors = services.config.cors;
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0]!;
    (isLandingPage(req, path) ? landingPageHeaders : securityHeaders)(req, res, () => {
      if (!path.startsWith('/schemas/') && handleCors(cors, req, res)) return;
      compress(req, res, () => route(req, res));
    });
  };
}
