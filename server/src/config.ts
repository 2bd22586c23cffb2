// Configuration from environment variables, with documented defaults (see README, "Configuration").
import { z } from 'zod';
import { type CorsPolicy, parseCorsOrigins } from './graphql/cors';

/** A non-negative number of days; fractions allowed (tests and the benchmark use windows of seconds). */
const days = (def: number) => z.coerce.number().nonnegative().default(def);
const int = (def: number) => z.coerce.number().int().nonnegative().default(def);
const bool = (def: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(def ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1');

const Env = z.object({
  NODE_ENV: z.string().default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** `sqlite:./data/couponflow.db` (default) or `postgres://user@host:5432/db`. */
  DATABASE_URL: z.string().default('sqlite:./data/couponflow.db'),
  /** Optional; enables Redis fan-out for subscriptions and shared rate limits. */
  REDIS_URL: z.string().optional(),
  /** Deployment time zone for calendar rules (DAILY limits, end of day). */
  TIME_ZONE: z.string().default('UTC'),
  CURRENCY: z.string().length(3).default('USD'),
  ADMIN_EMAIL: z.string().email().default('admin@couponflow.local'),
  /** The first admin's password (first start only); a weak one (zxcvbn score < 3) stops the start. */
  ADMIN_PASSWORD: z.string().min(10).optional(),
  /** Secret for staff session tokens; generated and stored in the database when unset. */
  SESSION_SECRET: z.string().min(32).optional(),
  /** Shared HS256 secret apps use to mint end-user tokens; generated and stored when unset. */
  USER_TOKEN_SECRET: z.string().min(32).optional(),
  SESSION_TTL_SECONDS: int(12 * 3600),
  /** Longest lifetime an end-user token may have (minted or signed by an app backend), seconds. */
  USER_TOKEN_MAX_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(24 * 3600),
  LOCK_TTL_SECONDS: int(30 * 60),
  IDEMPOTENCY_RETENTION_SECONDS: int(48 * 3600),
  SCHEDULER_INTERVAL_MS: int(1000),
  /** Claims per account and per device per minute (0 disables). */
  CLAIM_RATE_PER_ACCOUNT: int(30),
  CLAIM_RATE_PER_DEVICE: int(60),
  /** Failed logins per account (e-mail) and per client address within an hour before each further attempt waits 2, 4, 8 … s. */
  LOGIN_FAILURES_PER_ACCOUNT: int(5),
  LOGIN_FAILURES_PER_ADDRESS: int(50),
  /** The longest wait a run of failed logins can build up (seconds). */
  LOGIN_LOCK_MAX_SECONDS: int(900),
  /** claimByCode attempts per minute per account, per device and (user tokens) per client address (0 disables). */
  CODE_ATTEMPTS_PER_MINUTE: int(20),
  /** claimByCode attempts with a code that does not exist, per hour, per account, device and address (0 disables). */
  CODE_FAILURES_PER_HOUR: int(10),
  /** Request bodies over this size are answered 413 (bytes). */
  MAX_BODY_BYTES: int(2 * 1024 * 1024),
  /** A client must send its request headers within this time, and the whole request within the next (ms). */
  HTTP_HEADERS_TIMEOUT_MS: int(10_000),
  HTTP_REQUEST_TIMEOUT_MS: int(20_000),
  /** Behind a reverse proxy: take the client address from the last hop of X-Forwarded-For. */
  TRUST_PROXY: bool(false),
  /** Settled coupons a campaign needs before its observed redemption rate replaces the worst case. */
  BUDGET_MIN_HISTORY: int(100),
  /** Events older than this fire no rule (they update aggregates only; seconds, 0 = no horizon). */
  RULE_TRIGGER_HORIZON_SECONDS: int(24 * 3600),
  /**
   * PostgreSQL: a template under claim load has its remaining quota split over this many bucket
   * rows, so claim rounds commit in parallel (0 or 1: off; SQLite: ignored, one writer).
   */
  QUOTA_BUCKETS: int(8),
  /** Requests waiting for one template's claim round that make it split its quota into buckets. */
  QUOTA_BUCKET_AUTO_AT: int(16),
  /** Postgres pool size (bounded database concurrency). */
  DB_POOL_SIZE: int(10),
  QUERY_MAX_DEPTH: int(10),
  QUERY_MAX_ALIASES: int(15),
  QUERY_MAX_COST: int(5000),
  /** Browser origins allowed to call the API from another origin (CORS): comma-separated, or `*`. */
  CORS_ORIGINS: z.string().default(''),
  INTROSPECTION: z.enum(['true', 'false', '1', '0']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  RUN_SCHEDULER: bool(true),
  /** Events for partners (server/src/events): this instance reads the outbox and delivers webhooks. */
  RUN_DISPATCHER: bool(true),
  /** How often the dispatcher looks for new outbox rows (ms). */
  DISPATCH_POLL_MS: int(50),
  /** Outbox rows handed out per dispatcher transaction. */
  DISPATCH_BATCH: int(1000),
  /** Delay before each attempt: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h; then dead-letter (ms|s|m|h|d). */
  WEBHOOK_RETRY_SCHEDULE: z.string().default('0,5s,5m,30m,2h,5h,10h,10h'),
  /** Random spread of each retry delay, in percent (±). */
  WEBHOOK_RETRY_JITTER_PCT: int(10),
  /** Timeout of one delivery attempt (ms). */
  WEBHOOK_TIMEOUT_MS: int(15_000),
  /** Extra time before another instance may retake an attempt whose instance went silent (ms). */
  WEBHOOK_LEASE_GRACE_MS: int(10_000),
  /** Each dispatching instance writes a heartbeat this often (ms); an instance silent for WEBHOOK_INSTANCE_DEAD_MS is dead and its leases are taken over. */
  WEBHOOK_HEARTBEAT_MS: int(2000),
  WEBHOOK_INSTANCE_DEAD_MS: int(6000),
  /** Concurrent requests per endpoint when the endpoint does not set its own. */
  WEBHOOK_MAX_CONCURRENCY: int(20),
  /** An endpoint failing without a success for this long is disabled (seconds; 0 = never). */
  WEBHOOK_DISABLE_AFTER_SECONDS: int(5 * 86_400),
  /** Allow webhook URLs on private, loopback and link-local addresses (development and tests only). */
  WEBHOOK_ALLOW_PRIVATE_URLS: bool(false),
  /** Default overlap after a secret rotation during which both signatures are sent (seconds). */
  WEBHOOK_SECRET_OVERLAP_SECONDS: int(24 * 3600),
  /** Delivery log (finished deliveries and their attempts) kept for this many days. */
  WEBHOOK_LOG_RETENTION_DAYS: int(30),
  /** A subscription may resume after an event at most this old (seconds). */
  EVENTS_RESUME_WINDOW_SECONDS: int(24 * 3600),
  /**
   * Retention (docs/retention.md). Outbox events are kept this many days after they were written, and
   * always as long as the resume window, the delivery log and any pending delivery need them (0 = for ever).
   */
  OUTBOX_RETENTION_DAYS: days(35),
  /**
   * Raw tracked events are kept this many days after they were received and occurred, and always as
   * long as a live rule's aggregate window reaches back to them; daily buckets, sums, first events and
   * order facts are kept for ever (0 = raw events for ever).
   */
  TRACKED_EVENT_RETENTION_DAYS: days(90),
  /** Decision traces are emptied this many days after the firing; the firing itself is kept (0 = for ever). */
  RULE_TRACE_RETENTION_DAYS: days(30),
  /** Refused claims (the user lookup's claim history) are deleted this many days after (0 = for ever). */
  CLAIM_REFUSAL_RETENTION_DAYS: days(30),
  /** How often the scheduler runs the retention purge (seconds). */
  RETENTION_INTERVAL_SECONDS: int(300),
  /** Rows deleted per purge transaction: small, so that writers never wait long. */
  RETENTION_CHUNK: z.coerce.number().int().min(1).max(100_000).default(2000),
  /**
   * PostgreSQL time partitions of tracked_event and outbox_event (docs/retention.md): the span of one
   * partition in seconds (a day; tests use seconds) and how many spans ahead the scheduler creates them.
   */
  PARTITION_SPAN_SECONDS: z.coerce.number().int().min(1).default(86_400),
  PARTITION_AHEAD: z.coerce.number().int().min(0).max(366).default(7),
  /**
   * Share of decision traces kept (0–1) for a rule past RULE_TRACE_FULL_PER_HOUR firings in the hour;
   * the firing itself is always kept. The choice is a hash of the rule and event id (stable).
   */
  RULE_TRACE_SAMPLE_RATE: z.coerce.number().min(0).max(1).default(1),
  /** Firings per rule and hour (per instance) traced in full before RULE_TRACE_SAMPLE_RATE applies. */
  RULE_TRACE_FULL_PER_HOUR: int(1000),
  /** Events buffered for one slow subscriber before its subscription is ended (it may resume). */
  SUBSCRIPTION_MAX_QUEUE: int(10_000),
});

export type Config = ReturnType<typeof loadConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  const c = parsed.data;
  const production = c.NODE_ENV === 'production';
  const introspection = c.INTROSPECTION ? c.INTROSPECTION === 'true' || c.INTROSPECTION === '1' : !production;
  let cors: CorsPolicy;
  try {
    cors = parseCorsOrigins(c.CORS_ORIGINS);
  } catch (err) {
    throw new Error(`Invalid configuration:\n  ${(err as Error).message}`, { cause: err });
  }
  return { ...c, production, introspection, cors, dialect: dialectOf(c.DATABASE_URL) } as const;
}

export type Dialect = 'sqlite' | 'postgresql';

export function dialectOf(url: string): Dialect {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  throw new Error(`DATABASE_URL must start with sqlite: or postgres://, got ${url}`);
}
