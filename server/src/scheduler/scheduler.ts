// Time-driven transitions: quota batches released, coupons expired (returning units when the template
// says so), lapsed order locks released, old idempotency keys purged, bulk jobs kept moving.
// Every step is a conditional update, so several instances can run it side by side.
import type { CheckoutService } from '../checkout/checkout.service';
import type { Config } from '../config';
import { eventMerchant } from '../coupons/issue';
import { boolColumn, type Database, jsonColumn } from '../db/sql';
import { nowSeconds } from '../ids';
import type { BulkJobService } from '../jobs/bulk-job.service';
import type { Logger } from '../logger';
import { type DomainEvent, writeEvents } from '../outbox/outbox';
import type { Funding, Scope } from '../templates/template.entity';

const EXPIRE_BATCH = 500;

export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;

  constructor(
    private readonly db: Database,
    private readonly checkout: CheckoutService,
    private readonly jobs: BulkJobService,
    private readonly config: Pick<Config, 'SCHEDULER_INTERVAL_MS' | 'IDEMPOTENCY_RETENTION_SECONDS'>,
    private readonly log: Logger,
  ) {}

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
    const due = await this.db.read((sql) =>
      sql.all<{ id: string; template_id: string; units: number }>(
        `SELECT id, template_id, units FROM quota_batch WHERE released_at IS NULL AND release_at <= ? ORDER BY release_at LIMIT 100`,
        [now],
      ),
    );
    let released = 0;
    for (const b of due) {
      await this.db.tx(async (sql) => {
        if (
          (await sql.run(`UPDATE quota_batch SET released_at = ? WHERE id = ? AND released_at IS NULL`, [
            now,
            b.id,
          ])) === 0
        )
          return;
        await sql.run(
          `UPDATE coupon_template SET quota_available = COALESCE(quota_available, 0) + ?, updated_at = ? WHERE id = ?`,
          [b.units, now, b.template_id],
        );
        released++;
      });
    }
    return released;
  }

  async expireCoupons(now = nowSeconds()): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.db.tx(async (sql) => {
        const rows = await sql.all<{
          id: string;
          template_id: string;
          campaign_id: string | null;
          user_id: string;
          max_value: number;
          restore_on_expiry: unknown;
          scope: unknown;
          funding: unknown;
        }>(
          `SELECT c.id, c.template_id, c.campaign_id, c.user_id, c.max_value, t.restore_on_expiry, t.scope, t.funding
             FROM coupon c JOIN coupon_template t ON t.id = c.template_id
            WHERE c.status = 'AVAILABLE' AND c.valid_until <= ? ORDER BY c.valid_until LIMIT ${EXPIRE_BATCH}${this.db.forUpdate ? ' FOR UPDATE OF c SKIP LOCKED' : ''}`,
          [now],
        );
        if (rows.length === 0) return 0;
        await sql.run(
          `UPDATE coupon SET status = 'EXPIRED', updated_at = ? WHERE id IN (${rows.map(() => '?').join(', ')})`,
          [now, ...rows.map((r) => r.id)],
        );
        const perCampaign = new Map<string, { n: number; value: number }>();
        const perTemplate = new Map<string, { n: number; restore: number }>();
        const events: DomainEvent[] = [];
        for (const r of rows) {
          if (r.campaign_id) {
            const c = perCampaign.get(r.campaign_id) ?? { n: 0, value: 0 };
            c.n++;
            c.value += r.max_value;
            perCampaign.set(r.campaign_id, c);
          }
          const t = perTemplate.get(r.template_id) ?? { n: 0, restore: 0 };
          t.n++;
          if (boolColumn(r.restore_on_expiry)) t.restore++;
          perTemplate.set(r.template_id, t);
          events.push({
            type: 'coupon.expired',
            couponId: r.id,
            templateId: r.template_id,
            campaignId: r.campaign_id,
            userId: r.user_id,
            merchantId: eventMerchant(jsonColumn<Scope>(r.scope), jsonColumn<Funding>(r.funding)),
            payload: {
              coupon: { id: r.id, status: 'EXPIRED', templateId: r.template_id, userId: r.user_id },
            },
          });
        }
        for (const [id, t] of perTemplate) {
          await sql.run(
            `UPDATE coupon_template SET expired_count = expired_count + ?,
                    quota_available = CASE WHEN quota_available IS NULL THEN NULL ELSE quota_available + ? END WHERE id = ?`,
            [t.n, t.restore, id],
          );
        }
        for (const [id, c] of perCampaign) {
          await sql.run(
            `UPDATE campaign SET expired_count = expired_count + ?, outstanding_max = outstanding_max - ?, updated_at = ? WHERE id = ?`,
            [c.n, c.value, now, id],
          );
        }
        await writeEvents(sql, events, now);
        return rows.length;
      });
      total += n;
      if (n < EXPIRE_BATCH) return total;
    }
  }

  async releaseLapsedLocks(now = nowSeconds()): Promise<number> {
    const orders = await this.db.read((sql) =>
      sql.all<{ id: string }>(
        `SELECT id FROM checkout_order WHERE status = 'LOCKED' AND lock_expires_at <= ? LIMIT 200`,
        [now],
      ),
    );
    for (const o of orders) await this.checkout.release(o.id, null, 'LOCK_EXPIRED');
    return orders.length;
  }

  async purgeIdempotency(now = nowSeconds()): Promise<number> {
    return this.db.tx((sql) =>
      sql.run(`DELETE FROM idempotency_key WHERE created_at < ?`, [
        now - this.config.IDEMPOTENCY_RETENTION_SECONDS,
      ]),
    );
  }
}
