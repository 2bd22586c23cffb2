// Tables of the partner-events feature: webhook endpoints, one delivery per (event, endpoint), the
// attempt log, and the dispatcher's cursor over the outbox. Delivery times are epoch milliseconds
// (retry schedules go below a second in tests); endpoint times are epoch seconds like the rest.
import { BigIntType, EntitySchema, type EntityProperty, type Platform } from '@mikro-orm/core';
import { epoch, epochNullable, id, ref, text } from '../db/columns';

/** 64-bit integers read as numbers: epoch milliseconds and row ids. */
const big = () => ({ type: new BigIntType('number') }) as const;
const bigNullable = () => ({ type: new BigIntType('number'), nullable: true }) as const;

/**
 * A 64-bit autoincrement key: bigint (identity) on PostgreSQL; on SQLite `integer`, the only type
 * AUTOINCREMENT allows there (and 64-bit anyway), so the migrated schema reads back as declared.
 */
class RowIdType extends BigIntType<'number'> {
  constructor() {
    super('number');
  }
  override getColumnType(prop: EntityProperty, platform: Platform): string {
    return /sqlite/i.test(platform.constructor.name)
      ? platform.getIntegerTypeDeclarationSQL(prop)
      : super.getColumnType(prop, platform);
  }
}
export const rowId = () => ({ type: new RowIdType(), primary: true, autoincrement: true }) as const;

export const DELIVERY_STATUSES = ['PENDING', 'SENDING', 'SUCCEEDED', 'DEAD'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const ATTEMPT_OUTCOMES = [
  'SUCCEEDED',
  'HTTP_ERROR',
  'TIMEOUT',
  'NETWORK_ERROR',
  'BLOCKED',
  'ABANDONED',
] as const;
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

/** A partner's HTTPS receiver. Its filters are AND-ed; an empty list admits everything. */
export class WebhookEndpoint {
  id!: string;
  url!: string;
  description?: string | null;
  eventTypes!: string[];
  templateIds!: string[];
  campaignIds!: string[];
  merchantIds!: string[];
  /** Set when a partner API key created it: the key's merchants bound what it receives. */
  ownerKeyId?: string | null;
  createdBy?: string | null;
  /** `whsec_...`; returned once, at creation or rotation. */
  secret!: string;
  /** The secret before the last rotation; also signed with until previousSecretUntil. */
  previousSecret?: string | null;
  previousSecretUntil?: number | null;
  enabled!: boolean;
  disabledReason?: string | null;
  disabledAt?: number | null;
  /** First failure since the last success; the endpoint is disabled when this gets too old. */
  failingSince?: number | null;
  lastSuccessAt?: number | null;
  maxConcurrency!: number;
  createdAt!: number;
  updatedAt!: number;
}

export const WebhookEndpointSchema = new EntitySchema<WebhookEndpoint>({
  class: WebhookEndpoint,
  tableName: 'webhook_endpoint',
  properties: {
    id: id(),
    url: text(2048),
    description: text(500, true),
    eventTypes: { type: 'json' },
    templateIds: { type: 'json' },
    campaignIds: { type: 'json' },
    merchantIds: { type: 'json' },
    ownerKeyId: ref(true),
    createdBy: ref(true),
    secret: text(100),
    previousSecret: text(100, true),
    previousSecretUntil: epochNullable(),
    enabled: { type: 'boolean', default: true },
    disabledReason: text(500, true),
    disabledAt: epochNullable(),
    failingSince: epochNullable(),
    lastSuccessAt: epochNullable(),
    maxConcurrency: { type: 'integer', default: 20 },
    createdAt: epoch(),
    updatedAt: epoch(),
  },
  indexes: [{ properties: ['ownerKeyId'] }],
});

/**
 * One event for one endpoint. PENDING rows are due at nextAttemptAt; a SENDING row is leased to
 * one instance until nextAttemptAt (then another may retake it). Per (endpoint, orderKey) only the
 * lowest open id is sent, which keeps each coupon's events in order.
 */
export class WebhookDelivery {
  id!: number;
  endpointId!: string;
  eventId!: number;
  /** The coupon id, or `event:<id>` for events that concern no coupon. */
  orderKey!: string;
  status!: DeliveryStatus;
  attempts!: number;
  nextAttemptAt!: number;
  claimToken?: string | null;
  lastStatusCode?: number | null;
  lastError?: string | null;
  /** The delivery this one replays, when staff or the partner asked for a replay. */
  replayOf?: number | null;
  createdAt!: number;
  finishedAt?: number | null;
}

export const WebhookDeliverySchema = new EntitySchema<WebhookDelivery>({
  class: WebhookDelivery,
  tableName: 'webhook_delivery',
  properties: {
    id: rowId(),
    endpointId: ref(),
    eventId: big(),
    orderKey: text(64),
    status: text(12),
    attempts: { type: 'integer', default: 0 },
    nextAttemptAt: big(),
    claimToken: text(32, true),
    lastStatusCode: { type: 'integer', nullable: true },
    lastError: text(500, true),
    replayOf: bigNullable(),
    createdAt: big(),
    finishedAt: bigNullable(),
  },
  // Every attempt rewrites its row twice (claimed, then finished) and status is indexed, so no update is
  // HOT on PostgreSQL: each index takes a new entry per row version, and keeping them few is what keeps
  // delivery cheap per event. Hence no (endpoint, event) index (replays find a later delivery of the
  // same event through its coupon's queue), no (endpoint, id) index (the delivery log counts the
  // endpoint's rows anyway; the primary key orders its pages), and the purge index holds finished rows
  // only. Without (endpoint, id), the head probe (a coupon's open rows in id order) has one index that
  // fits, whatever the planner's statistics say.
  indexes: [
    { properties: ['endpointId', 'status', 'nextAttemptAt'] },
    { properties: ['endpointId', 'orderKey', 'id'] },
    {
      name: 'webhook_delivery_finished_at_index',
      expression: `create index "webhook_delivery_finished_at_index" on "webhook_delivery" ("finished_at") where "status" in ('SUCCEEDED', 'DEAD')`,
    },
  ],
});

/** The delivery log: one row per attempt, with what the endpoint answered. */
export class WebhookAttempt {
  id!: number;
  deliveryId!: number;
  endpointId!: string;
  eventId!: number;
  attempt!: number;
  startedAt!: number;
  durationMs!: number;
  outcome!: AttemptOutcome;
  statusCode?: number | null;
  /** The first KiB of the response body. */
  responseExcerpt?: string | null;
  error?: string | null;
  /** The server instance that made the attempt (`<pid>-<random>`). */
  instance?: string | null;
}

export const WebhookAttemptSchema = new EntitySchema<WebhookAttempt>({
  class: WebhookAttempt,
  tableName: 'webhook_attempt',
  properties: {
    id: rowId(),
    deliveryId: big(),
    endpointId: ref(),
    eventId: big(),
    attempt: { type: 'integer' },
    startedAt: big(),
    durationMs: { type: 'integer' },
    outcome: text(16),
    statusCode: { type: 'integer', nullable: true },
    responseExcerpt: { type: 'text', nullable: true },
    error: text(500, true),
    instance: text(64, true),
  },
  indexes: [
    { properties: ['deliveryId'] },
    { properties: ['endpointId', 'id'] },
    { properties: ['startedAt'] },
  ],
});

/**
 * How far the dispatcher has handed out the outbox: every committed row with id <= lastId has its
 * deliveries. `channel` names this deployment's Redis channel (shared by every instance on this database).
 */
export class EventCursor {
  name!: string;
  lastId!: number;
  channel!: string;
  updatedAt!: number;
}

export const EventCursorSchema = new EntitySchema<EventCursor>({
  class: EventCursor,
  tableName: 'event_cursor',
  properties: {
    name: { type: 'string', length: 32, primary: true },
    lastId: big(),
    channel: text(64),
    updatedAt: big(),
  },
});

/**
 * A dispatching instance and its heartbeat: its claim tokens start with its `id`, so when it is known
 * dead (silent for WEBHOOK_INSTANCE_DEAD_MS, or, on the same host, its process gone) the others end
 * its leases at once instead of waiting out the delivery timeout. Times are epoch milliseconds.
 */
export class WebhookInstance {
  id!: string;
  host!: string;
  pid!: number;
  startedAt!: number;
  heartbeatAt!: number;
}

export const WebhookInstanceSchema = new EntitySchema<WebhookInstance>({
  class: WebhookInstance,
  tableName: 'webhook_instance',
  properties: {
    id: { type: 'string', length: 8, primary: true },
    host: text(255),
    pid: { type: 'integer' },
    startedAt: big(),
    heartbeatAt: big(),
  },
});
