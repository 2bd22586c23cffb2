// The partner's side, for the partner-events suites: a real HTTP webhook receiver that verifies every
// request with the `standardwebhooks` library, and a real graphql-ws subscriber.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { type Client, createClient } from 'graphql-ws';
import { Webhook } from 'standardwebhooks';
import WebSocket from 'ws';
import type { GqlError } from './gql';
import { graphql } from './gql-types';
import type { CouponEventsSubscription } from './gql-types/graphql';

/**
 * Polls `done` every `intervalMs` until it holds, failing with `message()` after `timeoutMs`. Plain
 * timers rather than vitest's `vi.waitFor`: the benchmarks (test/bench) use these helpers outside a
 * test run, where vitest's state does not exist.
 */
async function until(
  done: () => boolean,
  timeoutMs: number,
  intervalMs: number,
  message: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() >= deadline) throw new Error(message());
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
export interface WebhookPayload {
  type: string;
  timestamp: string;
  data: {
    eventId: number;
    couponId: string | null;
    templateId: string | null;
    merchantId: string | null;
    [k: string]: unknown;
  };
}

export interface Received {
  /** webhook-id header */
  id: string;
  timestamp: number;
  signatures: string[];
  body: string;
  payload: WebhookPayload;
  path: string;
  /** Labels of the secrets the request verifies with (standardwebhooks `verify`). */
  verifiedWith: string[];
  /** What this receiver answered. */
  status: number;
  /** Receipt time (Date.now()). */
  at: number;
  /** Requests in flight at this receiver (this path) when it arrived, itself included. */
  concurrent: number;
  /**
   * What the JSON Schema published for the body's type (GET /schemas/events/<type>.json) finds wrong
   * with it: [] when it conforms; null when the receiver loaded no schemas.
   */
  schemaErrors: string[] | null;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Answer after this long. */
  delayMs?: number;
}

export type Responder = (req: Omit<Received, 'status'>, nth: number) => Reply;

export class WebhookReceiver {
  readonly received: Received[] = [];
  /** label -> whsec_ secret; a request is verified against each. */
  readonly secrets = new Map<string, string>();
  responder: Responder = () => ({ status: 204 });
  private server: Server | null = null;
  private inflight = new Map<string, number>();
  private validators: Map<string, ValidateFunction> | null = null;
  maxConcurrent = new Map<string, number>();
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  /** Loads every event type's JSON Schema from the server's stable URLs; bodies are then checked. */
  async useSchemasOf(baseUrl: string): Promise<void> {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const index = (await (await fetch(`${baseUrl}/schemas/events/`)).json()) as {
      eventTypes: { name: string; schema: string }[];
    };
    this.validators = new Map();
    for (const t of index.eventTypes) {
      const res = await fetch(`${baseUrl}${t.schema}`);
      if (!res.ok) throw new Error(`GET ${t.schema}: ${res.status}`);
      this.validators.set(t.name, ajv.compile((await res.json()) as object));
    }
  }

  private schemaErrorsOf(payload: WebhookPayload): string[] | null {
    if (!this.validators) return null;
    const validate = this.validators.get(payload.type);
    if (!validate) return [`no published schema for type ${payload.type}`];
    return validate(payload)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const path = req.url ?? '/';
    const concurrent = (this.inflight.get(path) ?? 0) + 1;
    this.inflight.set(path, concurrent);
    this.maxConcurrent.set(path, Math.max(this.maxConcurrent.get(path) ?? 0, concurrent));
    const headers = {
      'webhook-id': String(req.headers['webhook-id'] ?? ''),
      'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''),
      'webhook-signature': String(req.headers['webhook-signature'] ?? ''),
    };
    const verifiedWith: string[] = [];
    for (const [label, secret] of this.secrets) {
      try {
        new Webhook(secret).verify(body, headers);
        verifiedWith.push(label);
      } catch {
        /* not signed with this one */
      }
    }
    let payload: WebhookPayload;
    try {
      payload = JSON.parse(body) as WebhookPayload;
    } catch {
      payload = {
        type: 'unparseable',
        timestamp: '',
        data: { eventId: -1, couponId: null, templateId: null, merchantId: null },
      };
    }
    const base = {
      id: headers['webhook-id'],
      timestamp: Number(headers['webhook-timestamp']),
      signatures: headers['webhook-signature'].split(' ').filter(Boolean),
      body,
      payload,
      path,
      verifiedWith,
      at: Date.now(),
      concurrent,
      schemaErrors: this.schemaErrorsOf(payload),
    };
    const reply = this.responder(base, this.received.length);
    const finish = () => {
      this.inflight.set(path, (this.inflight.get(path) ?? 1) - 1);
      if (res.destroyed) return;
      res.writeHead(reply.status, { 'content-type': 'text/plain', ...reply.headers });
      res.end(reply.body ?? '');
    };
    this.received.push({ ...base, status: reply.status });
    if (reply.delayMs) setTimeout(finish, reply.delayMs);
    else finish();
  }

  /** Received requests whose answer was 2xx. */
  acked(path?: string): Received[] {
    return this.received.filter(
      (r) => r.status >= 200 && r.status < 300 && (path === undefined || r.path === path),
    );
  }

  /** Waits (bounded) until `done()` holds. */
  async waitFor(done: () => boolean, timeoutMs = 30_000, what = 'condition'): Promise<void> {
    await until(done, timeoutMs, 25, () => `waiting for ${what} (received ${this.received.length})`);
  }

  async close(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
}

export const COUPON_EVENTS = graphql(`
  subscription CouponEvents($filter: CouponEventFilter, $afterId: SafeInt) {
    couponEvents(filter: $filter, afterId: $afterId) {
      id
      type
      couponId
      templateId
      campaignId
      merchantId
      userId
      payload
      createdAt
    }
  }
`);

/** One coupon event as a subscriber receives it. */
export type CouponEventMsg = CouponEventsSubscription['couponEvents'];
/** An error a subscription ends with (the same shape as over HTTP). */
export type GqlWsError = GqlError;

/** A real graphql-ws client subscribed to couponEvents; collects what it gets. */
export class EventSubscriber {
  readonly events: CouponEventMsg[] = [];
  readonly errors: GqlWsError[] = [];
  completed = false;
  /** Receipt times, parallel to events. */
  readonly receivedAt: number[] = [];
  private readonly client: Client;
  private dispose: (() => void) | null = null;

  constructor(
    baseUrl: string,
    connectionParams: Record<string, unknown> | undefined,
    private readonly variables: Record<string, unknown> = {},
    query: string = COUPON_EVENTS.toString(),
  ) {
    this.client = createClient({
      url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams,
      retryAttempts: 0,
      lazy: true,
    });
    this.dispose = this.client.subscribe<{ couponEvents: CouponEventMsg }>(
      { query, variables: this.variables },
      {
        next: (r) => {
          if (r.errors) this.errors.push(...(r.errors as GqlWsError[]));
          if (r.data?.couponEvents) {
            this.events.push(r.data.couponEvents);
            this.receivedAt.push(Date.now());
          }
        },
        error: (err) => {
          if (Array.isArray(err)) this.errors.push(...(err as GqlWsError[]));
          else
            this.errors.push({
              message:
                err instanceof Error
                  ? err.message
                  : `closed: ${String((err as { code?: number; reason?: string }).code)} ${(err as { reason?: string }).reason ?? ''}`,
            });
          this.completed = true;
        },
        complete: () => {
          this.completed = true;
        },
      },
    );
  }

  get lastId(): number | null {
    return this.events.length ? this.events[this.events.length - 1]!.id : null;
  }

  /** Waits (bounded) until `done(this)` holds. */
  async waitFor(done: (s: this) => boolean, timeoutMs = 30_000, what = 'events'): Promise<void> {
    await until(
      () => done(this),
      timeoutMs,
      20,
      () => `waiting for ${what} (have ${this.events.length} events, errors ${JSON.stringify(this.errors)})`,
    );
  }

  async close(): Promise<void> {
    this.dispose?.();
    this.dispose = null;
    await this.client.dispose();
  }
}
