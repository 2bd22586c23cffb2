// Login throttling: failed logins are counted per account (the e-mail as typed, known or not, so the
// answers do not tell which accounts exist) and per client address. Past the free failures of an
// hour each further failure makes the next attempt wait twice as long (2 s, 4 s, 8 s … up to
// LOGIN_LOCK_MAX_SECONDS); while waiting, attempts are refused with RATE_LIMITED and retryAfterSeconds
// without looking at the password. A successful login clears the account's count (not the address's).
import type { Config } from '../config';
import { rateLimited } from '../graphql/errors';
import type { Limiter, RateLimits } from '../rate-limit';

const HOUR = 3600;

export class LoginThrottle {
  private readonly accountFailures: Limiter | null;
  private readonly addressFailures: Limiter | null;
  private readonly lock: Limiter;

  constructor(
    limits: RateLimits,
    private readonly config: Config,
  ) {
    const failures = (points: number, keyPrefix: string) =>
      points > 0 ? limits.limiter({ points, duration: HOUR, keyPrefix }) : null;
    this.accountFailures = failures(config.LOGIN_FAILURES_PER_ACCOUNT, 'cf:login:fail:acct');
    this.addressFailures = failures(config.LOGIN_FAILURES_PER_ADDRESS, 'cf:login:fail:addr');
    this.lock = limits.limiter({ points: 1, duration: 1, keyPrefix: 'cf:login:lock' });
  }

  /** Throws RATE_LIMITED while the account or the address must wait. */
  async check(email: string, address: string | undefined): Promise<void> {
    const waits = await Promise.all([
      this.lock.blocked(`acct:${email}`),
      address ? this.lock.blocked(`addr:${address}`) : null,
    ]);
    const wait = Math.max(0, ...waits.map((w) => w ?? 0));
    if (wait > 0) throw rateLimited(wait, 'too many failed logins; try again later');
  }

  async failed(email: string, address: string | undefined): Promise<void> {
    await Promise.all([
      this.count(this.accountFailures, `acct:${email}`),
      address ? this.count(this.addressFailures, `addr:${address}`) : null,
    ]);
  }

  async succeeded(email: string): Promise<void> {
    await this.accountFailures?.reset(`acct:${email}`);
  }

  private async count(limiter: Limiter | null, key: string): Promise<void> {
    if (!limiter) return;
    const { consumed } = await limiter.consume(key);
    const over = consumed - limiter.points;
    if (over > 0)
      await this.lock.block(key, Math.min(2 ** Math.min(over, 30), this.config.LOGIN_LOCK_MAX_SECONDS));
  }
}
