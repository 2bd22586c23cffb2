import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Coupon } from '../coupons/coupon.entity';
import { nowSeconds } from '../ids';
import { DAY, testServices, type TestServices } from '../testing';

let s: TestServices;
beforeEach(async () => {
  s = await testServices();
});
afterEach(() => s.close());

const issueTo = async (templateId: string, userId: string) => {
  const o = await s.issuer.issue(templateId, { userId, source: 'API' });
  if (o.kind !== 'issued') throw new Error(`refused: ${JSON.stringify(o)}`);
  return o.couponId;
};
/** A budgeted campaign's template of 10 units, valid a day from claim, whose expired units return. */
const restoringTemplate = async () => {
  const c = await s.campaigns.create({ name: 'c', budget: 100_000 });
  const t = await s.template({
    campaignId: c.id,
    quotaTotal: 10,
    restoreOnExpiry: true,
    validForSeconds: DAY,
  });
  return { c, t };
};
const cart = { lines: [{ sku: 'sku-1', unitPrice: 10_000, quantity: 1 }] };

describe('Scheduler', () => {
  it('expires unused coupons: counters, liability, quota restored, one event each', async () => {
    const { c, t } = await restoringTemplate();
    await issueTo(t.id, 'a');
    await issueTo(t.id, 'b');
    expect(await s.scheduler.expireCoupons(nowSeconds())).toBe(0);
    expect(await s.scheduler.expireCoupons(nowSeconds() + 2 * DAY)).toBe(2);
    expect(await s.reload(t.id)).toMatchObject({ expiredCount: 2, quotaAvailable: 10, issuedCount: 2 });
    expect(await s.campaign(c.id)).toMatchObject({ expiredCount: 2, outstandingMax: 0 });
    expect(await s.events('coupon.expired')).toHaveLength(2);
    expect(await s.scheduler.expireCoupons(nowSeconds() + 2 * DAY)).toBe(0);
  });

  it('a lapsed lock on a coupon that expired meanwhile books the expiry as the scheduler does', async () => {
    const { c, t } = await restoringTemplate();
    const id = await issueTo(t.id, 'a');
    const locked = await s.checkout.lock('a', 'order-1', cart, [id]);
    expect(locked.locked).toBe(true);
    expect((await s.campaign(c.id)).reserved).toBe(500);
    await s.db.em().nativeUpdate(Coupon, { id }, { validUntil: nowSeconds() - 1 }); // its window ends meanwhile
    expect(await s.scheduler.releaseLapsedLocks(nowSeconds() + 2 * DAY)).toBe(1);
    expect(await s.coupon(id)).toMatchObject({ status: 'EXPIRED', lockedOrderId: null });
    expect(await s.reload(t.id)).toMatchObject({ expiredCount: 1, quotaAvailable: 10 });
    expect(await s.campaign(c.id)).toMatchObject({ expiredCount: 1, outstandingMax: 0, reserved: 0 });
    const [released] = await s.events('coupon.released');
    expect(released!.couponId).toBe(id);
    expect(released!.payload).toMatchObject({ reason: 'LOCK_EXPIRED', discount: 500, status: 'EXPIRED' });
    expect(await s.events('coupon.expired')).toHaveLength(1);
  });

  it('releases quota batches once they are due, once', async () => {
    const at = nowSeconds() + 3600;
    const t = await s.template({ quotaTotal: 30, quotaBatches: [{ releaseAt: at, units: 20 }] });
    expect((await s.reload(t.id)).quotaAvailable).toBe(10);
    expect(await s.scheduler.releaseBatches(at - 1)).toBe(0);
    expect(await s.scheduler.releaseBatches(at)).toBe(1);
    expect(await s.scheduler.releaseBatches(at + 1)).toBe(0);
    expect((await s.reload(t.id)).quotaAvailable).toBe(30);
  });

  it('purges idempotency keys past the retention', async () => {
    const t = await s.template();
    await s.issuer.issue(t.id, { userId: 'u', source: 'CLAIM', idempotencyKey: 'k', requestHash: 'h' });
    expect(await s.scheduler.purgeIdempotency(nowSeconds())).toBe(0);
    expect(
      await s.scheduler.purgeIdempotency(nowSeconds() + s.config.IDEMPOTENCY_RETENTION_SECONDS + 1),
    ).toBe(1);
  });
});
