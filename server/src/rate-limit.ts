// Rate limits shared by every instance through Redis when REDIS_URL is set, per instance otherwise.
//
// Built on rate-limiter-flexible. Each limit keeps a per-instance memory limiter beside the shared one:
// - while Redis is away, the shared limiter answers from that memory limiter (its `insuranceLimiter`),
//   so claims and logins keep working, with a warning in the log and the `fallbackDecisions` metric;
// - while Redis is up, the memory limiter is charged as well, so when Redis comes back (empty, or with
//   counts that missed the outage) nobody gets a fresh allowance: the per-instance counts still hold
//   until their window ends. In one instance the memory limiter never refuses before Redis does.
// The Redis client for limits has no offline queue: a command fails at once instead of waiting ~2 s.
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Logger } from './logger';

export interface LimitOptions {
  /** Points per window. */
  points: number;
  /** Window, seconds. */
  duration: number;
  /** Distinct per limit (the Redis key prefix). */
  keyPrefix: string;
}

/** Seconds to wait, at least 1. */
const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

export class Limiter {
  constructor(
    private readonly local: RateLimiterMemory,
    private readonly shared: RateLimiterRedis | null,
    private readonly limits: RateLimits,
  ) {}

  get points(): number {
    return this.local.points;
  }

  /** Charges `key`; the points used in this window, and the seconds to wait when over the limit. */
  async consume(key: string, points = 1): Promise<{ consumed: number; retryAfterSeconds: number | null }> {
    const ready = this.limits.sharedReady();
    if (this.shared && !ready) this.limits.fellBack();
    const results = await Promise.all([
      settle(this.local.consume(key, points)),
      this.shared && ready ? settle(this.shared.consume(key, points)) : null,
    ]);
    let consumed = 0;
    let wait: number | null = null;
    for (const r of results) {
      if (!r) continue;
      consumed = Math.max(consumed, r.res.consumedPoints);
      if (r.over) wait = Math.max(wait ?? 0, seconds(r.res.msBeforeNext));
    }
    return { consumed, retryAfterSeconds: wait };
  }

  /** Seconds until `key` has points again when all are used (read only), else null. */
  used(key: string): Promise<number | null> {
    return this.waitOver(key, this.local.points);
  }

  /** Seconds `key` must still wait after `block`, else null. */
  blocked(key: string): Promise<number | null> {
    return this.waitOver(key, this.local.points + 1);
  }

  private async waitOver(key: string, atLeast: number): Promise<number | null> {
    const ready = this.limits.sharedReady();
    const [a, b] = await Promise.all([
      this.local.get(key),
      this.shared && ready ? this.shared.get(key).catch(() => null) : null,
    ]);
    let wait: number | null = null;
    for (const r of [a, b])
      if (r && r.consumedPoints >= atLeast) wait = Math.max(wait ?? 0, seconds(r.msBeforeNext));
    return wait;
  }

  /** Refuses `key` for `secs` seconds. */
  async block(key: string, secs: number): Promise<void> {
    await Promise.all([
      this.local.block(key, secs),
      this.shared && this.limits.sharedReady() ? this.shared.block(key, secs).catch(() => null) : null,
    ]);
  }

  /** Forgets `key`'s counts. */
  async reset(key: string): Promise<void> {
    await Promise.all([
      this.local.delete(key),
      this.shared && this.limits.sharedReady() ? this.shared.delete(key).catch(() => null) : null,
    ]);
  }
}

async function settle(p: Promise<RateLimiterRes>): Promise<{ res: RateLimiterRes; over: boolean }> {
  try {
    return { res: await p, over: false };
  } catch (e) {
    if (e instanceof RateLimiterRes) return { res: e, over: true };
    throw e;
  }
}

export class RateLimits {
  private readonly redis: Redis | null;
  private down = false;
  /** Metric: limit decisions taken by the per-instance limiter because Redis was unavailable. */
  fallbackDecisions = 0;
  /** Metric: times the shared limiter was lost. */
  outages = 0;

  /**
   * `deployment` names the deployment in the shared keys (app.ts: a hash of DATABASE_URL), so two
   * deployments on one Redis never share counts; instances of one deployment do.
   */
  constructor(
    redisUrl?: string,
    private readonly log?: Logger,
    private readonly deployment = '',
  ) {
    this.redis = redisUrl
      ? new Redis(redisUrl, {
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 1000,
          commandTimeout: 500,
          retryStrategy: (times) => Math.min(times * 200, 2000),
        })
      : null;
    this.redis?.on('error', () => this.lost());
    this.redis?.on('close', () => this.lost());
    this.redis?.on('ready', () => {
      if (!this.down) return;
      this.down = false;
      this.log?.info('rate limits: Redis is back; shared limits again (per-instance counts still apply)');
    });
  }

  private lost(): void {
    if (this.down || !this.redis) return;
    this.down = true;
    this.outages++;
    this.log?.warn('rate limits: Redis unavailable; falling back to per-instance limits');
  }

  sharedReady(): boolean {
    return this.redis?.status === 'ready';
  }

  fellBack(): void {
    this.fallbackDecisions++;
    if (!this.down) this.lost();
  }

  /** `shared` (Redis), `local` (Redis configured but away) or `memory` (no Redis configured). */
  get store(): 'shared' | 'local' | 'memory' {
    return !this.redis ? 'memory' : this.sharedReady() ? 'shared' : 'local';
  }

  limiter(opts: LimitOptions): Limiter {
    const o = {
      ...opts,
      keyPrefix: this.deployment ? `${opts.keyPrefix}:${this.deployment}` : opts.keyPrefix,
    };
    const local = new RateLimiterMemory({ points: o.points, duration: o.duration, keyPrefix: o.keyPrefix });
    const shared = this.redis
      ? new RateLimiterRedis({
          storeClient: this.redis,
          points: o.points,
          duration: o.duration,
          keyPrefix: o.keyPrefix,
          rejectIfRedisNotReady: true,
          insuranceLimiter: new RateLimiterMemory({
            points: o.points,
            duration: o.duration,
            keyPrefix: `${o.keyPrefix}:insured`,
          }),
        })
      : null;
    return new Limiter(local, shared, this);
  }

  close(): void {
    this.redis?.disconnect();
  }
}
