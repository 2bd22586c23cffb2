// Events for partners: the dispatcher over the outbox, subscription fan-out (in process or through
// Redis), webhook delivery, and webhook endpoint management. One instance of this per server process.
import type { Principal } from '../graphql/principal';
import type { Config } from '../config';
import { revokedKeyIds } from '../auth/auth.sql';
import { isEventTypeName } from '@couponflow/schema';
import { type EventView, firstCreatedAfter, lastEventId, outboxPurgedThrough } from '../outbox/outbox.sql';
import type { Database } from '../db/sql';
import { AppError, badInput, forbidden, unauthenticated } from '../graphql/errors';
import { nowSeconds } from '../ids';
import type { Logger } from '../logger';
import { DeliveryWorker } from './delivery';
import { initCursor, OutboxDispatcher } from './dispatcher';
import { compileFilter, type EventFilter, keyRestriction } from './filters';
import { EventHub, LocalTransport, RedisTransport, type Transport } from './hub';
import { parseSchedule } from './schedule';
import { WebhookSender } from './sender';
import { SubscriptionStream } from './stream';
import { checkIds, WebhookService } from './webhook.service';
import { purgeLog } from './webhooks.sql';

const EXT_ID = /^[A-Za-z0-9_.:@\-/#+=]{1,128}$/;
const PURGE_EVERY_MS = 10 * 60_000;
/** How often live partner subscriptions are checked against revoked keys. */
const KEY_CHECK_MS = 5_000;

export class EventsService {
  readonly webhooks: WebhookService;
  readonly schedule: number[];
  private hub: EventHub | null = null;
  private dispatcher: OutboxDispatcher | null = null;
  private worker: DeliveryWorker | null = null;
  private sender: WebhookSender | null = null;
  private testSender: WebhookSender | null = null;
  private purgeTimer: NodeJS.Timeout | null = null;
  private keyTimer: NodeJS.Timeout | null = null;
  /** Live subscriptions of partner keys, by key id: a revoked key's streams are ended. */
  private readonly keyStreams = new Map<string, Set<SubscriptionStream>>();

  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly log: Logger,
  ) {
    this.schedule = parseSchedule(config.WEBHOOK_RETRY_SCHEDULE);
    this.webhooks = new WebhookService(db, config, log, (ids) => this.worker?.kick(ids));
  }

  async start(): Promise<void> {
    const { lastId, channel } = await initCursor(this.db);
    const transport: Transport = this.config.REDIS_URL
      ? new RedisTransport(this.config.REDIS_URL, channel, this.log)
      : new LocalTransport();
    this.hub = new EventHub(this.db, transport, this.log);
    this.hub.onBatch = (batch) => this.worker?.kick(batch.endpoints);
    await this.hub.start(lastId);
    this.keyTimer = setInterval(
      () =>
        void this.endRevoked().catch((err: unknown) =>
          this.log.error({ err }, 'events: checking revoked keys failed'),
        ),
      KEY_CHECK_MS,
    );
    this.keyTimer.unref();
    if (!this.config.RUN_DISPATCHER) return;
    this.sender = new WebhookSender(this.config.WEBHOOK_TIMEOUT_MS, this.config.WEBHOOK_ALLOW_PRIVATE_URLS);
    this.worker = new DeliveryWorker(this.db, this.config, this.schedule, this.sender, this.log);
    this.worker.start();
    const hub = this.hub;
    this.dispatcher = new OutboxDispatcher(this.db, this.config, this.log, (batch) => hub.publish(batch));
    this.dispatcher.start();
    const purge = () =>
      void this.purge().catch((err: unknown) =>
        this.log.error({ err }, 'events: purging the delivery log failed'),
      );
    this.purgeTimer = setInterval(purge, PURGE_EVERY_MS);
    this.purgeTimer.unref();
    setTimeout(purge, 1000).unref();
  }

  async stop(): Promise<void> {
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    if (this.keyTimer) clearInterval(this.keyTimer);
    await this.dispatcher?.stop();
    await this.worker?.stop();
    await this.hub?.stop();
    await this.sender?.close();
    if (this.testSender !== this.sender) await this.testSender?.close();
  }

  /** Sends a test event to an endpoint (WebhookService.sendTest), with this instance's sender. */
  sendTestEvent(actor: Parameters<WebhookService['sendTest']>[0], endpointId: string, eventType: string) {
    this.testSender ??=
      this.sender ??
      new WebhookSender(this.config.WEBHOOK_TIMEOUT_MS, this.config.WEBHOOK_ALLOW_PRIVATE_URLS);
    return this.webhooks.sendTest(actor, endpointId, eventType, this.testSender);
  }

  /** Finished deliveries and attempts older than WEBHOOK_LOG_RETENTION_DAYS, in short transactions. */
  async purge(now = Date.now()): Promise<number> {
    const before = now - this.config.WEBHOOK_LOG_RETENTION_DAYS * 86_400_000;
    const CHUNK = 5000;
    let total = 0;
    for (let round = 0; round < 1000; round++) {
      const n = await this.db.tx((sql) => purgeLog(sql, before, CHUNK));
      total += n;
      if (n === 0) break;
    }
    return total;
  }

  /**
   * A subscriber's stream of coupon events: its filter AND, for a partner key, its merchants.
   * With afterId, first the stored events after it (within EVENTS_RESUME_WINDOW_SECONDS), then live.
   */
  async subscribe(
    principal: Principal,
    filter: EventFilter | null | undefined,
    afterId: number | null | undefined,
  ): Promise<AsyncIterable<EventView>> {
    if (!this.hub) throw new Error('events service not started');
    const restriction = subscriberRestriction(principal);
    await this.checkFilter(filter, restriction);
    if (afterId != null) await this.checkResume(afterId);
    const stream = new SubscriptionStream(
      this.hub,
      this.db,
      compileFilter(filter, restriction),
      afterId ?? null,
      this.config.SUBSCRIPTION_MAX_QUEUE,
    );
    if (principal.kind === 'apiKey') this.track(principal.id, stream);
    return stream;
  }

  /** Filters name real templates and campaigns, well-formed merchants, and a key's own merchants only. */
  private async checkFilter(
    filter: EventFilter | null | undefined,
    restriction: readonly string[] | null,
  ): Promise<void> {
    (filter?.eventTypes ?? []).forEach((t, i) => {
      if (!isEventTypeName(t))
        throw badInput(`filter.eventTypes[${i}]`, `unknown event type ${JSON.stringify(t).slice(0, 80)}`);
    });
    await checkIds(this.db, 'coupon_template', 'template', filter?.templateIds, 'filter.templateIds');
    await checkIds(this.db, 'campaign', 'campaign', filter?.campaignIds, 'filter.campaignIds');
    (filter?.merchantIds ?? []).forEach((m, i) => {
      if (!EXT_ID.test(m))
        throw badInput(
          `filter.merchantIds[${i}]`,
          'must be 1-128 characters of A-Z a-z 0-9 _ . : @ - / # + =',
        );
      if (restriction && !restriction.includes(m))
        throw forbidden(`this key may not see events of merchant ${m}`);
    });
  }

  /** A resume point: an event id whose successors are still inside EVENTS_RESUME_WINDOW_SECONDS. */
  private async checkResume(afterId: number): Promise<void> {
    if (!Number.isSafeInteger(afterId) || afterId < 0)
      throw badInput('afterId', 'must be an event id (0 or more)');
    const window = this.config.EVENTS_RESUME_WINDOW_SECONDS;
    const { next, newest, purged } = await this.db.read(async (sql) => ({
      next: await firstCreatedAfter(sql, afterId),
      newest: await lastEventId(sql),
      purged: await outboxPurgedThrough(sql),
    }));
    if (afterId > newest) {
      // an id from another deployment, or a database restored from a backup: waiting would stall
      throw new AppError(
        'BAD_USER_INPUT',
        `afterId: ${afterId} is newer than the newest event (${newest}); resume from an id you received, or subscribe without afterId and resynchronise`,
        { field: 'afterId', reason: 'AFTER_ID_AHEAD', newestId: newest },
      );
    }
    // retention deleted events after afterId: replaying the rest would be a silent gap
    if (purged && afterId < purged.throughId) {
      throw new AppError(
        'BAD_USER_INPUT',
        `afterId: events after ${afterId} up to ${purged.throughId} were deleted by retention; subscribe without afterId and resynchronise`,
        { field: 'afterId', reason: 'RESUME_WINDOW_EXCEEDED', purgedThroughId: purged.throughId },
      );
    }
    if (next !== null && next < nowSeconds() - window) {
      throw new AppError(
        'BAD_USER_INPUT',
        `afterId: events after ${afterId} are older than the resume window (${window} s); subscribe without afterId and resynchronise`,
        {
          field: 'afterId',
          reason: 'RESUME_WINDOW_EXCEEDED',
        },
      );
    }
  }

  /** Keeps a partner key's stream, so that revoking the key ends it. */
  private track(keyId: string, stream: SubscriptionStream): void {
    const set = this.keyStreams.get(keyId) ?? new Set();
    set.add(stream);
    this.keyStreams.set(keyId, set);
    stream.onClose = () => {
      set.delete(stream);
      if (set.size === 0) this.keyStreams.delete(keyId);
    };
  }

  /** Ends the live subscriptions of keys revoked since they subscribed. */
  async endRevoked(): Promise<number> {
    const ids = [...this.keyStreams.keys()];
    if (ids.length === 0) return 0;
    const revoked = await this.db.read((sql) => revokedKeyIds(sql, ids));
    let ended = 0;
    for (const id of revoked) {
      for (const stream of [...(this.keyStreams.get(id) ?? [])]) {
        stream.end(unauthenticated('the API key was revoked'));
        ended++;
      }
    }
    return ended;
  }
}

/** The merchants a subscriber is limited to (null: all); only staff and partner keys subscribe. */
function subscriberRestriction(principal: Principal): readonly string[] | null {
  if (principal.kind === 'apiKey') return keyRestriction(principal.merchantIds);
  if (principal.kind !== 'staff')
    throw forbidden('subscriptions need an API key with events:read or a staff session');
  return null;
}
