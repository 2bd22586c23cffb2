// One port: GraphQL at /graphql, health at /health, the console's built files at /.
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import sirv from 'sirv';
import type { Principal } from './principal';
import type { Logger } from '../logger';
import type { Context, Services } from './context';
import { AppError } from './errors';

const MAX_BODY = 2 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error('body too large'), { status: 413 }));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
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
async function graphqlRequest(req: IncomingMessage): Promise<{ headers: HeaderMap; body: unknown } | null> {
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  if (req.method !== 'POST') return { headers, body: undefined };
  const text = await readBody(req);
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
): Promise<void> {
  const request = await graphqlRequest(req);
  if (!request)
    return sendJson(res, 400, {
      errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
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
      return { principal, services };
    },
  });
  res.statusCode = response.status ?? 200;
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
  sendJson(res, status, {
    errors: [
      {
        message: status === 413 ? 'request body too large' : 'Internal server error',
        extensions: { code: status === 413 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' },
      },
    ],
  });
}

function health(res: ServerResponse, services: Services, log: Logger): void {
  services.db
    .ping()
    .then(() => sendJson(res, 200, { status: 'ok', database: services.db.dialect }))
    .catch((err: unknown) => {
      log.error({ err }, 'health check failed');
      sendJson(res, 503, { status: 'unavailable' });
    });
}

export function createHttpHandler(
  apollo: ApolloServer<Context>,
  services: Services,
  webDist: string,
  log: Logger,
) {
  const statics = existsSync(webDist) ? sirv(webDist, { single: true, etag: true, gzip: true }) : null;
  if (!statics) log.warn({ webDist }, 'console build not found; run pnpm --filter @couponflow/web build');

  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const pathname = q === -1 ? url : url.slice(0, q);
    const search = q === -1 ? '' : url.slice(q);
    if (pathname === '/graphql') {
      serveGraphql(apollo, services, req, res, search).catch((err: unknown) => fail(res, log, err));
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
}
