// Webhook endpoints (managed by staff or by a partner key), their delivery log, and replays.
import type { Config } from '../config';
import { keyMerchantIds } from '../auth/auth.sql';
import { readEventLog } from '../outbox/outbox.sql';
import type { Database, Sql } from '../db/sql';
import { AppError, badInput, forbidden, notFound, unauthenticated } from '../graphql/errors';
import { can, type Principal } from '../graphql/principal';
import { decodeCursor, type Page, toPage } from '../graphql/pagination';
import { isId, newId, nowSeconds } from '../ids';
import type { Logger } from '../logger';
import { dispatchedUpTo, deliveryInserts, type NewDelivery } from './dispatch.sql';
import { type DeliveryStatus, WebhookEndpoint } from './events.entity';
import type {
  WebhookTestResult,
  CreateWebhookEndpointInput,
  ReplayWebhookDeliveriesInput,
  UpdateWebhookEndpointInput,
  WebhookAttemptType,
  WebhookDeliveryType,
  WebhookEndpointType,
} from './events.types';
import { compileFilter, keyRestriction } from './filters';
import { newSecret, signedHeaders, webhookBody, webhookId } from './signing';
import type { WebhookSender } from './sender';
import { sampleEvent } from '../outbox/samples';
import { isEventTypeName } from '@couponflow/schema';
import { randomBytes } from 'node:crypto';
import { checkWebhookUrl, type Resolver, systemResolver } from './url-safety';
import {
  type AttemptRow,
  attemptPage,
  deadDeliveries,
  deliveryById,
  deliveryPage,
  type DeliveryRow,
  existingIds,
  latestReplay,
  removeEndpoint,
} from './webhooks.sql';

/** Who manages webhooks: staff (all endpoints) or a partner key (its own, within its merchants). */
export type Actor =
  { kind: 'staff'; id: string } | { kind: 'partner'; keyId: string; merchants: readonly string[] | null };

export function webhookActor(p: Principal, write: boolean): Actor {
  if (p.kind === 'anonymous') throw unauthenticated();
  if (p.kind === 'staff') {
    if (write && !can(p, 'webhooks:manage')) throw forbidden('managing webhooks needs the admin role');
    return { kind: 'staff', id: p.id };
  }
  if (p.kind === 'apiKey' && p.scopes.includes('events:read'))
    return { kind: 'partner', keyId: p.id, merchants: keyRestriction(p.merchantIds) };
  throw forbidden('webhooks need a staff session or an API key with the events:read scope');
}

const MAX_REPLAY = 100_000;

const seconds = (ms: number | null | undefined): number | null =>
  ms == null ? null : Math.floor(Number(ms) / 1000);

function deliveryView(r: DeliveryRow): WebhookDeliveryType {
  const open = r.status === 'PENDING' || r.status === 'SENDING';
  return {
    id: String(r.id),
    endpointId: r.endpoint_id,
    eventId: Number(r.event_id),
    eventType: r.type,
    type: r.type,
    couponId: r.coupon_id,
    webhookId: webhookId(Number(r.event_id)),
    status: r.status,
    attempts: Number(r.attempts),
    nextAttemptAt: open ? seconds(r.next_attempt_at) : null,
    lastStatusCode: r.last_status_code,
    lastError: r.last_error,
    replayOf: r.replay_of == null ? null : String(r.replay_of),
    createdAt: seconds(r.created_at)!,
    finishedAt: seconds(r.finished_at),
  };
}

function attemptView(r: AttemptRow): WebhookAttemptType {
  return {
    id: String(r.id),
    deliveryId: String(r.delivery_id),
    endpointId: r.endpoint_id,
    eventId: Number(r.event_id),
    attempt: Number(r.attempt),
    startedAt: seconds(r.started_at)!,
    durationMs: Number(r.duration_ms),
    outcome: r.outcome,
    statusCode: r.status_code,
    responseExcerpt: r.response_excerpt,
    error: r.error,
    instance: r.instance,
  };
}

const cursorId = (after: string | null | undefined, field: string): number | null => {
  if (after == null) return null;
  if (!/^\d{1,15}$/.test(after)) throw badInput(field, 'is not a cursor from this list');
  return Number(after);
};

export class WebhookService {
  constructor(
    private readonly db: Database,
    private readonly config: Pick<
      Config,
      'WEBHOOK_ALLOW_PRIVATE_URLS' | 'WEBHOOK_MAX_CONCURRENCY' | 'WEBHOOK_SECRET_OVERLAP_SECONDS'
    >,
    private readonly log: Logger,
    private readonly wake: (endpointIds: string[]) => void,
    private readonly resolve: Resolver = systemResolver,
  ) {}

  view(e: WebhookEndpoint): WebhookEndpointType {
    const now = nowSeconds();
    return {
      id: e.id,
      url: e.url,
      description: e.description ?? null,
      eventTypes: e.eventTypes,
      events: e.eventTypes,
      templateIds: e.templateIds,
      campaignIds: e.campaignIds,
      merchantIds: e.merchantIds,
      enabled: e.enabled,
      disabledReason: e.disabledReason ?? null,
      disabledAt: e.disabledAt ?? null,
      failingSince: e.failingSince ?? null,
      lastSuccessAt: e.lastSuccessAt ?? null,
      maxConcurrency: e.maxConcurrency,
      previousSecretExpiresAt:
        e.previousSecret && e.previousSecretUntil != null && e.previousSecretUntil > now
          ? e.previousSecretUntil
          : null,
      ownerKeyId: e.ownerKeyId ?? null,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    };
  }

  private async checkUrl(url: string): Promise<string> {
    const check = await checkWebhookUrl(url, this.config.WEBHOOK_ALLOW_PRIVATE_URLS, this.resolve);
    if (!check.ok)
      throw new AppError('BAD_USER_INPUT', `input.url: ${check.reason}`, {
        field: 'input.url',
        reason: 'UNSAFE_URL',
      });
    return check.url.toString();
  }

  /** Filters must name real templates and campaigns, and a partner key only its own merchants. */
  private async checkFilters(
    actor: Actor,
    input: { templateIds?: string[] | null; campaignIds?: string[] | null; merchantIds?: string[] | null },
  ): Promise<void> {
    await checkIds(this.db, 'coupon_template', 'template', input.templateIds, 'input.templateIds');
    await checkIds(this.db, 'campaign', 'campaign', input.campaignIds, 'input.campaignIds');
    if (actor.kind === 'partner' && actor.merchants) {
      const allowed = new Set(actor.merchants);
      const outside = (input.merchantIds ?? []).find((m) => !allowed.has(m));
      if (outside) throw forbidden(`this key may not receive events of merchant ${outside}`);
    }
  }

  private async load(
    actor: Actor,
    id: string,
    field = 'id',
  ): Promise<{ em: ReturnType<Database['em']>; endpoint: WebhookEndpoint }> {
    if (!isId('webhookEndpoint', id)) throw badInput(field, 'malformed webhook endpoint id');
    const em = this.db.em();
    const endpoint = await em.findOne(WebhookEndpoint, { id });
    if (!endpoint || (actor.kind === 'partner' && endpoint.ownerKeyId !== actor.keyId))
      throw notFound(field, 'webhook endpoint');
    return { em, endpoint };
  }

  async get(actor: Actor, id: string): Promise<WebhookEndpointType> {
    return this.view((await this.load(actor, id)).endpoint);
  }

  async list(
    actor: Actor,
    first: number,
    after: string | null | undefined,
  ): Promise<Page<WebhookEndpointType>> {
    const where = actor.kind === 'partner' ? { ownerKeyId: actor.keyId } : {};
    const cursor = decodeCursor(after);
    if (cursor != null && !isId('webhookEndpoint', cursor))
      throw badInput('after', 'is not a cursor from this list');
    const { rows, total } = await this.db.snapshotEm(async (em) => ({
      rows: await em.find(WebhookEndpoint, cursor ? { ...where, id: { $gt: cursor } } : where, {
        orderBy: { id: 'asc' },
        limit: first + 1,
      }),
      total: await em.count(WebhookEndpoint, where),
    }));
    return toPage(
      rows.map((r) => this.view(r)),
      first,
      total,
      (r) => r.id,
      after,
    );
  }

  async create(
    actor: Actor,
    input: CreateWebhookEndpointInput,
  ): Promise<{ endpoint: WebhookEndpointType; secret: string }> {
    const url = await this.checkUrl(input.url);
    await this.checkFilters(actor, input);
    const em = this.db.em();
    const now = nowSeconds();
    const secret = newSecret();
    const endpoint = em.create(WebhookEndpoint, {
      id: newId('webhookEndpoint'),
      url,
      description: input.description ?? null,
      eventTypes: endpointEventTypes(input.eventTypes, input.events) ?? [],
      templateIds: [...new Set(input.templateIds)],
      campaignIds: [...new Set(input.campaignIds)],
      merchantIds: [...new Set(input.merchantIds)],
      ownerKeyId: actor.kind === 'partner' ? actor.keyId : null,
      createdBy: actor.kind === 'staff' ? actor.id : actor.keyId,
      secret,
      previousSecret: null,
      previousSecretUntil: null,
      enabled: input.enabled,
      maxConcurrency: input.maxConcurrency ?? this.config.WEBHOOK_MAX_CONCURRENCY,
      createdAt: now,
      updatedAt: now,
    });
    await em.flush();
    this.log.info({ endpointId: endpoint.id, by: endpoint.createdBy }, 'webhook endpoint created');
    return { endpoint: this.view(endpoint), secret };
  }

  async update(actor: Actor, id: string, input: UpdateWebhookEndpointInput): Promise<WebhookEndpointType> {
    const { em, endpoint } = await this.load(actor, id);
    await this.checkFilters(actor, input);
    if (input.url != null) endpoint.url = await this.checkUrl(input.url);
    if (input.description !== undefined) endpoint.description = input.description;
    const eventTypes = endpointEventTypes(input.eventTypes, input.events);
    if (eventTypes != null) endpoint.eventTypes = eventTypes;
    if (input.templateIds != null) endpoint.templateIds = [...new Set(input.templateIds)];
    if (input.campaignIds != null) endpoint.campaignIds = [...new Set(input.campaignIds)];
    if (input.merchantIds != null) endpoint.merchantIds = [...new Set(input.merchantIds)];
    if (input.maxConcurrency != null) endpoint.maxConcurrency = input.maxConcurrency;
    if (input.enabled != null && input.enabled !== endpoint.enabled) {
      endpoint.enabled = input.enabled;
      endpoint.disabledReason = input.enabled ? null : 'DISABLED: by hand';
      endpoint.disabledAt = input.enabled ? null : nowSeconds();
      if (input.enabled) endpoint.failingSince = null;
    }
    endpoint.updatedAt = nowSeconds();
    await em.flush();
    if (endpoint.enabled) this.wake([endpoint.id]);
    return this.view(endpoint);
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    await this.load(actor, id);
    await this.db.tx((sql) => removeEndpoint(sql, id));
    this.log.info({ endpointId: id }, 'webhook endpoint deleted');
    return true;
  }

  /**
   * Sends one example event of `eventType` to the endpoint now, signed with its secrets, and answers
   * what the endpoint replied. Nothing is stored or retried; the event id is 0 and the webhook-id
   * starts with msg_test_, so a receiver can tell it from real events.
   */
  async sendTest(
    actor: Actor,
    id: string,
    eventType: string,
    sender: WebhookSender,
  ): Promise<WebhookTestResult> {
    const { endpoint } = await this.load(actor, id);
    const event = isEventTypeName(eventType) ? sampleEvent(eventType, nowSeconds()) : null;
    if (!event) throw badInput('eventType', `unknown event type ${JSON.stringify(eventType).slice(0, 80)}`);
    const secrets = [endpoint.secret];
    if (endpoint.previousSecret && (endpoint.previousSecretUntil ?? 0) > nowSeconds())
      secrets.push(endpoint.previousSecret);
    const body = webhookBody(event);
    const msgId = `msg_test_${randomBytes(8).toString('hex')}`;
    const result = await sender.send({
      url: endpoint.url,
      body,
      headers: signedHeaders(msgId, body, secrets, Date.now()),
    });
    this.log.info({ endpointId: id, eventType, outcome: result.outcome }, 'webhook test event sent');
    return {
      webhookId: msgId,
      eventType,
      body,
      outcome: result.outcome,
      statusCode: result.statusCode,
      durationMs: result.durationMs,
      responseExcerpt: result.excerpt,
      error: result.error,
    };
  }

  /** A new secret; the old one keeps signing (both signatures sent) for `overlapSeconds`. */
  async rotate(
    actor: Actor,
    id: string,
    overlapSeconds: number | null | undefined,
  ): Promise<{ endpoint: WebhookEndpointType; secret: string; previousSecretExpiresAt: number | null }> {
    const overlap = overlapSeconds ?? this.config.WEBHOOK_SECRET_OVERLAP_SECONDS;
    if (!Number.isInteger(overlap) || overlap < 0 || overlap > 30 * 86_400)
      throw badInput('overlapSeconds', 'must be 0 to 2 592 000 seconds (30 days)');
    const { em, endpoint } = await this.load(actor, id);
    const now = nowSeconds();
    const secret = newSecret();
    endpoint.previousSecret = overlap > 0 ? endpoint.secret : null;
    endpoint.previousSecretUntil = overlap > 0 ? now + overlap : null;
    endpoint.secret = secret;
    endpoint.updatedAt = now;
    await em.flush();
    this.log.info({ endpointId: id, overlapSeconds: overlap }, 'webhook secret rotated');
    return {
      endpoint: this.view(endpoint),
      secret,
      previousSecretExpiresAt: endpoint.previousSecretUntil ?? null,
    };
  }

  async deliveries(
    actor: Actor,
    endpointId: string,
    status: DeliveryStatus | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<Page<WebhookDeliveryType>> {
    await this.load(actor, endpointId, 'endpointId');
    const before = cursorId(decodeCursor(after), 'after');
    const { rows, total } = await this.db.snapshot((sql) =>
      deliveryPage(sql, { endpointId, status: status ?? null, before, limit: first + 1 }),
    );
    return toPage(rows.map(deliveryView), first, total, (r) => r.id, after);
  }

  async attempts(
    actor: Actor,
    endpointId: string,
    deliveryId: string | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<Page<WebhookAttemptType>> {
    await this.load(actor, endpointId, 'endpointId');
    const before = cursorId(decodeCursor(after), 'after');
    const delivery = deliveryId == null ? null : cursorId(deliveryId, 'deliveryId');
    const { rows, total } = await this.db.snapshot((sql) =>
      attemptPage(sql, { endpointId, deliveryId: delivery, before, limit: first + 1 }),
    );
    return toPage(rows.map(attemptView), first, total, (r) => r.id, after);
  }

  /** Sends one finished delivery's event again (same webhook-id), after whatever the coupon has queued. */
  async replayDelivery(actor: Actor, deliveryId: string): Promise<WebhookDeliveryType> {
    const id = cursorId(deliveryId, 'id')!;
    const row = await this.db.read((sql) => deliveryById(sql, id));
    if (!row) throw notFound('id', 'webhook delivery');
    await this.load(actor, row.endpoint_id, 'id');
    if (row.status === 'PENDING' || row.status === 'SENDING')
      throw badInput('id', 'this delivery is still being delivered');
    const now = Date.now();
    const created = await this.db.tx(async (sql) => {
      await insertDeliveries(
        sql,
        row.endpoint_id,
        [{ eventId: Number(row.event_id), orderKey: row.coupon_id ?? `event:${row.event_id}`, replayOf: id }],
        now,
      );
      return latestReplay(sql, row.endpoint_id, id);
    });
    this.wake([row.endpoint_id]);
    return deliveryView(created!);
  }

  /**
   * Queues the endpoint's events created in [from, to) again: only those whose latest delivery here is
   * dead (onlyFailed), or every event its filters admit. In event order, so each coupon stays in order.
   */
  async replayRange(actor: Actor, input: ReplayWebhookDeliveriesInput): Promise<number> {
    if (input.to <= input.from) throw badInput('input.to', 'must be after from');
    const { endpoint } = await this.load(actor, input.endpointId, 'input.endpointId');
    const queued = input.onlyFailed
      ? await this.failedInRange(endpoint, input)
      : await this.matchingInRange(endpoint, input);
    if (queued.length > MAX_REPLAY)
      throw badInput('input.from', `more than ${MAX_REPLAY} events in this range; replay a shorter one`);
    if (queued.length > 0) {
      await this.db.tx((sql) => insertDeliveries(sql, endpoint.id, queued, Date.now()));
      this.wake([endpoint.id]);
    }
    this.log.info(
      { endpointId: endpoint.id, queued: queued.length, onlyFailed: input.onlyFailed },
      'webhook replay queued',
    );
    return queued.length;
  }

  /** The endpoint's dead deliveries in the range whose event was not delivered again since. */
  private async failedInRange(
    endpoint: WebhookEndpoint,
    range: { from: number; to: number },
  ): Promise<Replay[]> {
    const rows = await this.db.read((sql) =>
      deadDeliveries(sql, { endpointId: endpoint.id, from: range.from, to: range.to, limit: MAX_REPLAY + 1 }),
    );
    return rows.map((r) => ({
      eventId: Number(r.event_id),
      orderKey: r.coupon_id ?? `event:${r.event_id}`,
      replayOf: Number(r.id),
    }));
  }

  /** Every dispatched event in the range that the endpoint's filters (and its key's merchants) admit. */
  private async matchingInRange(
    endpoint: WebhookEndpoint,
    range: { from: number; to: number },
  ): Promise<Replay[]> {
    const merchants = endpoint.ownerKeyId
      ? await this.db.read((sql) => keyMerchantIds(sql, endpoint.ownerKeyId!))
      : null;
    const match = compileFilter(
      {
        types: endpoint.eventTypes,
        templateIds: endpoint.templateIds,
        campaignIds: endpoint.campaignIds,
        merchantIds: endpoint.merchantIds,
      },
      endpoint.ownerKeyId ? keyRestriction(merchants ?? ['\u0000none']) : null,
    );
    const upTo = await this.db.read(dispatchedUpTo);
    const queued: Replay[] = [];
    let afterId = 0;
    for (let page = 0; page < 10_000 && queued.length <= MAX_REPLAY; page++) {
      const events = await this.db.read((sql) =>
        readEventLog(sql, {
          afterId,
          upToId: upTo,
          createdFrom: range.from,
          createdBefore: range.to,
          limit: 1000,
        }),
      );
      for (const e of events)
        if (match(e)) queued.push({ eventId: e.id, orderKey: e.couponId ?? `event:${e.id}`, replayOf: null });
      if (events.length < 1000) break;
      afterId = events[events.length - 1]!.id;
    }
    return queued;
  }
}

/** An event to deliver again, and the delivery it replays (null: a replay of the range). */
type Replay = Pick<NewDelivery, 'eventId' | 'orderKey' | 'replayOf'>;

async function insertDeliveries(
  sql: Sql,
  endpointId: string,
  rows: readonly Replay[],
  now: number,
): Promise<void> {
  const deliveries = rows.map((r) => ({ ...r, endpointId, nextAttemptAt: now }));
  for (const st of deliveryInserts(deliveries, now)) await sql.run(st.sql, st.params);
}

/** Every id well-formed and existing, or a BAD_USER_INPUT naming the first that is not. */
export async function checkIds(
  db: Database,
  table: 'coupon_template' | 'campaign',
  kind: 'template' | 'campaign',
  ids: readonly string[] | null | undefined,
  field: string,
): Promise<void> {
  if (!ids || ids.length === 0) return;
  ids.forEach((id, i) => {
    if (!isId(kind, id)) throw badInput(`${field}[${i}]`, `malformed ${kind} id`);
  });
  const known = await db.read((sql) => existingIds(sql, table, [...new Set(ids)]));
  const i = ids.findIndex((id) => !known.has(id));
  if (i >= 0) throw notFound(`${field}[${i}]`, kind);
}

/**
 * An endpoint's event types from the enum spelling (`eventTypes`, deprecated) and the webhook-body
 * names (`events`), checked against the catalogue: an unknown name is BAD_USER_INPUT naming it.
 * Null when neither was given (an update that leaves them).
 */
function endpointEventTypes(
  enumNames: readonly string[] | null | undefined,
  names: readonly string[] | null | undefined,
): string[] | null {
  if (enumNames == null && names == null) return null;
  (names ?? []).forEach((t, i) => {
    if (!isEventTypeName(t))
      throw badInput(`input.events[${i}]`, `unknown event type ${JSON.stringify(t).slice(0, 80)}`);
  });
  return [...new Set([...(enumNames ?? []), ...(names ?? [])])];
}
