// Wires the whole server: database (migrated), services, GraphQL, HTTP, scheduler.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import type { GraphQLError, GraphQLSchema, ValidationContext } from 'graphql';
import { Redis } from 'ioredis';
import { AudienceService } from './audiences/audience.service';
import { AuthService } from './auth/auth.service';
import { CampaignService } from './campaigns/campaign.service';
import { CheckoutService } from './checkout/checkout.service';
import { InvestmentService } from './investments/investment.service';
import { ShareService } from './shares/share.service';
import type { Config } from './config';
import { insertCodes } from './coupons/coupon.sql';
import { CouponService } from './coupons/coupon.service';
import { IssueService } from './coupons/issue';
import { setLedgerHook } from './coupons/ledger';
import { MetricsService } from './metrics/metrics.service';
import { OrderFacts, paidOrderOf } from './metrics/orders';
import { DIRECT_FIELD_RESOLVERS, entitySchemas, inputErrorOf, RESOLVERS } from './composition';
import { migrate } from './db/migrate';
import { initOrm } from './db/orm';
import { ensureIncrementalVacuum } from './db/vacuum';
import { EventsService } from './events/events.service';
import { attachSubscriptions } from './events/ws';
import { Database } from './db/sql';
import type { Context, Services } from './graphql/context';
import { compiledExecutionPlugin } from './graphql/compiled';
import { makeFormatError } from './graphql/format-error';
import { createHttpHandler } from './graphql/http';
import { inputGuardPlugin } from './graphql/input-guard';
import { createListGuard } from './graphql/input-size';
import { RateLimits } from './rate-limit';
import { buildAppSchema } from './graphql/schema';
import { BulkJobService } from './jobs/bulk-job.service';
import type { Logger } from './logger';
import { RuleEngine } from './rules/engine';
import { RuleService } from './rules/rule.service';
import { WalCheckpointer } from './db/checkpointer';
import { Retention, retentionWindows } from './scheduler/retention';
import { Scheduler } from './scheduler/scheduler';
import { TemplateService } from './templates/template.service';
import { TrackingService } from './tracking/tracking.service';

export interface App {
  server: Server;
  services: Services;
  scheduler: Scheduler;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

/** graphql-armor throws by default (a 500); report a validation error (a 400) instead. */
const reportRejection = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(err)],
};

/** The migrated database, and on SQLite its checkpoint worker. */
async function openDatabase(config: Config, log: Logger) {
  const orm = await initOrm(
    config.DATABASE_URL,
    config.dialect,
    entitySchemas(config.dialect),
    config.DB_POOL_SIZE,
  );
  const db = new Database(orm, config.dialect);
  await migrate(db);
  if (config.dialect === 'sqlite' && !(await ensureIncrementalVacuum(db)))
    log.warn(
      'SQLite database without incremental vacuum (too big to convert at start-up): purged pages are reused but not given back; run pnpm db:vacuum while the server is stopped',
    );
  const sqliteFile = config.dialect === 'sqlite' ? orm.config.get('dbName') : null;
  const checkpointer =
    sqliteFile && sqliteFile !== ':memory:'
      ? new WalCheckpointer(sqliteFile, (error) => log.warn({ error }, 'WAL checkpoint failed'))
      : null;
  return { db, checkpointer };
}

/** Every service, wired to the others it needs, plus the engine and the scheduler they drive. */
async function wireServices(db: Database, config: Config, log: Logger, redis: Redis | undefined) {
  const deployment = createHash('sha256').update(config.DATABASE_URL).digest('hex').slice(0, 12);
  const limits = new RateLimits(config.REDIS_URL, log, deployment);
  const auth = new AuthService(db, config, log, limits);
  await auth.init();
  const campaigns = new CampaignService(db, config);
  const templates = new TemplateService(db, { insertCodes });
  const issuer = new IssueService(db, config);
  const coupons = new CouponService(db, issuer, config, limits);
  const checkout = new CheckoutService(db, config);
  const investments = new InvestmentService(db, checkout);
  const shares = new ShareService(db, issuer);
  const jobs = new BulkJobService(db, templates, coupons, log);
  const events = new EventsService(db, config, log);
  const engine = new RuleEngine(db, config, issuer, log, redis);
  const orderFacts = new OrderFacts(config.TIME_ZONE);
  // Ingestion hands its new events to the rule engine, then records the orders among them as facts,
  // all in its transaction.
  const tracking = new TrackingService(db, {
    process: async (sql, events) => {
      const run = await engine.process(sql, events);
      await orderFacts.recordFromTracked(sql, events);
      await shares.paid(
        sql,
        events
          .filter((e) => e.type === 'order.paid')
          .map((e) => {
            const o = paidOrderOf(e);
            return { userId: o.userId, orderId: o.orderId, at: o.paidAt };
          }),
      );
      return run;
    },
  });
  engine.numeric = tracking.numeric;
  const rules = new RuleService(db, config, engine);
  const audiences = new AudienceService(db, config, tracking.numeric);
  engine.audiences = audiences;
  issuer.audiences = audiences;
  // Metrics: rollups written with the coupon events and order facts they count.
  const metrics = new MetricsService(db, config.TIME_ZONE, config.CURRENCY);
  metrics.rules = rules;
  metrics.audiences = audiences;
  setLedgerHook((events, now) => metrics.couponEventStatements(events, now));
  // A paid order is a fact for metrics, and may be the first payment of a friend won by sharing.
  checkout.orderFacts = {
    paid: async (sql, o) => {
      await orderFacts.paid(sql, o);
      await shares.paid(sql, [{ userId: o.userId, orderId: o.orderId, at: o.at }]);
    },
    refunded: (sql, orderId, at) => orderFacts.refunded(sql, orderId, at),
  };
  await tracking.init();
  await engine.start();
  const services: Services = {
    config,
    db,
    log,
    limits,
    auth,
    campaigns,
    templates,
    coupons,
    checkout,
    investments,
    shares,
    jobs,
    events,
    tracking,
    rules,
    audiences,
    metrics,
    retention: null,
  };
  const retention = new Retention(
    db,
    retentionWindows(config),
    [engine, audiences],
    config.RULE_TRIGGER_HORIZON_SECONDS,
    log,
  );
  services.retention = retention;
  const scheduler = new Scheduler(db, checkout, jobs, config, log, retention);
  return { services, engine, scheduler };
}

/** Apollo over the one schema: limits, no batching, CSRF prevention, no stack traces. */
async function startApollo(
  schema: GraphQLSchema,
  config: Config,
  formatError: ReturnType<typeof makeFormatError>,
): Promise<ApolloServer<Context>> {
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    stopOnTerminationSignals: false, // main.ts owns graceful shutdown
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.production,
    validationRules: [
      maxDepthRule({ n: config.QUERY_MAX_DEPTH, ignoreIntrospection: true, ...reportRejection }),
      maxAliasesRule({ n: config.QUERY_MAX_ALIASES, ...reportRejection }),
      costLimitRule({ maxCost: config.QUERY_MAX_COST, ignoreIntrospection: true, ...reportRejection }),
    ],
    formatError,
    // We set no cache hints; the default cache-control plugin would still wrap every field resolver.
    // The hot reads run compiled (graphql/compiled.ts); the rest through graphql-js.
    plugins: [ApolloServerPluginCacheControlDisabled(), inputGuardPlugin, compiledExecutionPlugin<Context>()],
  });
  await apollo.start();
  return apollo;
}

export async function createApp(config: Config, log: Logger): Promise<App> {
  const { db, checkpointer } = await openDatabase(config, log);
  const redis = config.REDIS_URL
    ? new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2, enableOfflineQueue: true })
    : undefined;
  const { services, engine, scheduler } = await wireServices(db, config, log, redis);
  const { events, jobs } = services;

  const schema = await buildAppSchema(RESOLVERS, DIRECT_FIELD_RESOLVERS);
  const formatError = makeFormatError(log, inputErrorOf);
  const apollo = await startApollo(schema, config, formatError);

  const webDist = config.WEB_DIST ?? fileURLToPath(new URL('../../web/dist', import.meta.url));
  const server = createServer(
    {
      headersTimeout: config.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeout: config.HTTP_HEADERS_TIMEOUT_MS + config.HTTP_REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: 1000, // enforce the two timeouts within a second, not 30 s
    },
    createHttpHandler(apollo, services, webDist, log, createListGuard(schema)),
  );
  server.keepAliveTimeout = 65_000;
  const subscriptions = attachSubscriptions(server, schema, services, formatError);
  await events.start();
  if (config.RUN_SCHEDULER) scheduler.start();
  jobs.kick();

  return {
    server,
    services,
    scheduler,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: async () => {
      await subscriptions.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 5000).unref();
      });
      await scheduler.stop();
      await jobs.stop();
      await apollo.stop();
      await events.stop();
      await engine.stop();
      redis?.disconnect();
      services.limits.close();
      await checkpointer?.stop();
      await db.close();
    },
  };
}
