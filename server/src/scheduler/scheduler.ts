// Time-driven transitions: quota batches released, coupons expired (returning units when the template
// says so), lapsed order locks released, old idempotency keys purged, bulk jobs kept moving, and the
// retention purge (retention.ts) run every RETENTION_INTERVAL_SECONDS.
// Every step is a conditional update, so several instances can run it side by side.
import { lapsedOrders } from '../checkout/checkout.sql';
import type { CheckoutService } from '../checkout/checkout.service';
import type { Config } from '../config';
import { expiringCoupons, purgeKeys, setExpired } from '../coupons/coupon.sql';
import { settleExpired } from '../coupons/expiry';
import { Ledger } from '../coupons/ledger';
import { boolColumn, type Database, jsonColumn } from '../db/sql';
import { nowSeconds } from '../ids';
import type { BulkJobService } from '../jobs/bulk-job.service';
import type { Logger } from '../logger';
import { eventMerchant } from '../outbox/events';
import { dueBatches, releaseBatch } from '../templates/template.sql';
import type { Retention } from './retention';
import type { Funding, Scope } from '../templates/template.entity';

const EXPIRE_BATCH = 500;

export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;

  constructor(
    private readonly db: Database,
    private readonly checkout: CheckoutService,
    private readonly jobs: BulkJobService,
    private readonly config: Pick<
      Config,
      'SCHEDULER_INTERVAL_MS' | 'IDEMPOTENCY_RETENTION_SECONDS' | 'RETENTION_INTERVAL_SECONDS'
    >,
    private readonly log: Logger,
    /** Retention (scheduler/retention.ts), run every RETENTION_INTERVAL_SECONDS. */
    readonly retention: Retention | null = null,
  ) {}

  private retentionDueAt = 0;

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.config.SCHEDULER_INTERVAL_MS);
    this.timer.unref();
    void this.tick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.ticking;
  }

  /** One pass of every duty; overlapping calls share the running pass. */
  tick(): Promise<void> {
    this.ticking ??= this.runDuties().finally(() => {
      this.ticking = null;
    });
    return this.ticking;
  }

  private async runDuties(): Promise<void> {
    const duties: [string, () => Promise<unknown>][] = [
      ['release quota batches', () => this.releaseBatches()],
      ['expire coupons', () => this.expireCoupons()],
      ['release lapsed locks', () => this.releaseLapsedLocks()],
      ['purge idempotency keys', () => this.purgeIdempotency()],
      ['retention', () => this.runRetention()],
    ];
    for (const [name, duty] of duties) {
      try {
        await duty();
      } catch (err) {
        this.log.error({ err }, `scheduler: ${name} failed`);
      }
    }
    this.jobs.kick();
  }

  async releaseBatches(now = nowSeconds()): Promise<number> {
    const due = await this.db.read((sql) => dueBatches(sql, now, 100));
    let released = 0;
    for (const b of due) if (await this.db.tx((sql) => releaseBatch(sql, b, now))) released++;
    return released;
  }

  /** Expires AVAILABLE coupons past their end, a batch per transaction (see coupons/expiry.ts). */
  async expireCoupons(now = nowSeconds()): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.db.tx(async (sql) => {
        const rows = await expiringCoupons(sql, now, EXPIRE_BATCH);
        if (rows.length === 0) return 0;
        const ledger = new Ledger();
        for (const r of rows)
          settleExpired(ledger, {
            id: r.id,
            templateId: r.template_id,
            campaignId: r.campaign_id,
            userId: r.user_id,
            merchantId: eventMerchant(jsonColumn<Scope>(r.scope), jsonColumn<Funding>(r.funding)),
            maxValue: r.max_value,
            restoreOnExpiry: boolColumn(r.restore_on_expiry),
          });
        await sql.runMany([
          setExpired(
            rows.map((r) => r.id),
            now,
          ),
          ...ledger.statements(now),
        ]);
        return rows.length;
      });
      total += n;
      if (n < EXPIRE_BATCH) return total;
    }
  }

  async releaseLapsedLocks(now = nowSeconds()): Promise<number> {
    const orders = await this.db.read((sql) => lapsedOrders(sql, now, 200));
    for (const id of orders) await this.checkout.release(id, null, 'LOCK_EXPIRED');
    return orders.length;
  }

  /** The retention purge, when its interval has passed since the last run (see retention.ts). */
  async runRetention(now = nowSeconds()): Promise<void> {
    if (!this.retention || now < this.retentionDueAt) return;
    this.retentionDueAt = now + Math.max(1, this.config.RETENTION_INTERVAL_SECONDS);
    await this.retention.run(now);
  }

  async purgeIdempotency(now = nowSeconds()): Promise<number> {
    return this.db.tx((sql) => purgeKeys(sql, now - this.config.IDEMPOTENCY_RETENTION_SECONDS));
  }
}
