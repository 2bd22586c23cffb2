// Cross-origin requests (CORS) from an allow-list of origins (CORS_ORIGINS). A browser front end on
// another origin sends a preflight OPTIONS before its JSON POST (or any request with an Authorization
// or apollo-require-preflight header); an allowed origin gets the Access-Control-* headers, any other
// origin a 403 without them, so the browser refuses to send the request. Apollo's CSRF prevention
// stays on: a request a browser may send without a preflight (a "simple" one) is still refused by
// Apollo, and a preflighted one is only ever sent from an allowed origin.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What browsers may send: the console and apps use these (persisted queries and uploads included). */
export const CORS_METHODS = 'GET, POST, OPTIONS';
export const CORS_HEADERS = [
  'authorization',
  'content-type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
].join(', ');
/** How long a browser may cache a preflight answer (seconds). */
export const CORS_MAX_AGE = 600;

export interface CorsPolicy {
  /** Every origin (`*`), or exact origins such as `https://app.example.com`. */
  any: boolean;
  origins: ReadonlySet<string>;
}

/** Parses CORS_ORIGINS: a comma-separated list of origins, or `*`; empty allows none (same origin only). */
export function parseCorsOrigins(value: string): CorsPolicy {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.includes('*')) return { any: true, origins: new Set() };
  const origins = new Set<string>();
  for (const item of items) {
    let url: URL;
    try {
      url = new URL(item);
    } catch {
      throw new Error(`CORS_ORIGINS: "${item}" is not an origin such as https://app.example.com`);
    }
    if (!/^https?:$/.test(url.protocol) || url.origin !== item.replace(/\/$/, ''))
      throw new Error(`CORS_ORIGINS: "${item}" is not an origin (scheme://host[:port], no path)`);
    origins.add(url.origin);
  }
  return { any: false, origins };
}

export const originAllowed = (policy: CorsPolicy, origin: string): boolean =>
  policy.any || policy.origins.has(origin);

/**
 * Applies the policy to a request. Returns true when the request is answered here (a preflight,
 * allowed or refused); otherwise the caller goes on, with the CORS headers set for an allowed origin.
 */
export function handleCors(policy: CorsPolicy, req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  res.appendHeader('vary', 'Origin');
  if (typeof origin !== 'string' || origin === '') {
    if (!preflight) return false;
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('CORS preflight without Origin');
    return true;
  }
  const allowed = originAllowed(policy, origin);
  if (!preflight) {
    if (allowed) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-expose-headers', 'retry-after');
    }
    return false;
  }
  if (!allowed) {
    res
      .writeHead(403, { 'content-type': 'text/plain; charset=utf-8' })
      .end('origin not allowed (CORS_ORIGINS)');
    return true;
  }
  res.writeHead(204, {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': CORS_METHODS,
    'access-control-allow-headers': CORS_HEADERS,
    'access-control-max-age': String(CORS_MAX_AGE),
    'content-length': '0',
  });
  res.end();
  return true;
}
