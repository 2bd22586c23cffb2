// A manual issue with a 10 % holdout measured by `jobExperiment`: the lift the arranged orders imply.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nowSeconds } from '../ids';
import { testServices, type TestServices } from '../testing';
import { BulkJobExposure } from '../jobs/bulk-job.entity';
import { OrderFact } from './metrics.entity';
import { moneyText } from './experiment';
import { MetricsService } from './metrics.service';

let s: TestServices;
let metrics: MetricsService;
beforeEach(async () => {
  s = await testServices();
  metrics = new MetricsService(s.db, 'UTC');
});
afterEach(() => s.close());

const HOUR = 3_600;

async function finishedJob(id: string) {
  return vi.waitFor(
    async () => {
      const job = await s.jobs.get(id);
      if (job.status === 'RUNNING') throw new Error('still running');
      return job;
    },
    { timeout: 20_000, interval: 20 },
  );
}

/** Orders of `users`, each `amount` with `margin`, paid `at`. */
async function orders(users: readonly string[], at: number, amount: number, margin: number) {
  const em = s.db.em();
  em.persist(
    users.map((u) =>
      em.create(OrderFact, {
        orderId: `o-${u}`,
        userId: u,
        amount,
        margin,
        couponIds: [],
        unknownCouponIds: [],
        discount: 0,
        paidAt: at,
        firstOrder: false,
        source: 'TRACK',
        createdAt: at,
        updatedAt: at,
      }),
    ),
  );
  await em.flush();
}

describe('jobExperiment', () => {
  it('reports the treated arm against the holdout with the lift the data implies', async () => {
    const t = await s.template();
    const users = Array.from({ length: 3000 }, (_, i) => `x${i}`);
    const job = await s.jobs.start(t.id, users, null, 10);
    const done = await finishedJob(job.id);
    expect(done.issued + done.heldOut).toBe(3000);
    // The job ran two hours ago.
    const now = nowSeconds();
    await s.db.em().nativeUpdate(BulkJobExposure, { jobId: job.id }, { exposedAt: now - 2 * HOUR });
    const rows = await s.db
      .em()
      .find(BulkJobExposure, { jobId: job.id }, { orderBy: { userId: 'asc' }, disableIdentityMap: true });
    const treated = rows.filter((r) => r.arm === 'treatment').map((r) => r.userId);
    const held = rows.filter((r) => r.arm === 'holdout').map((r) => r.userId);
    // Treated: 30 % buy; holdout: 10 % buy; every order 4 000 with a margin of 1 000.
    const tBuyers = treated.slice(0, Math.round(treated.length * 0.3));
    const hBuyers = held.slice(0, Math.round(held.length * 0.1));
    await orders([...tBuyers, ...hBuyers], now - HOUR, 4_000, 1_000);

    const e = await metrics.jobExperiment(job.id, { windowSeconds: 90 * 60 });
    expect(e).toMatchObject({ jobId: job.id, holdoutPercent: 10, exposedUsers: 3000, measuredUsers: 3000 });
    expect(e.srm.mismatch).toBe(false);
    const tr = e.arms.find((a) => a.arm === 'treatment')!;
    const ho = e.arms.find((a) => a.arm === 'holdout')!;
    expect(tr).toMatchObject({ control: false, users: treated.length });
    expect(ho).toMatchObject({ control: true, users: held.length, subsidy: 0 });
    const convT = tBuyers.length / treated.length;
    const convH = hBuyers.length / held.length;
    expect(tr.conversion).toBeCloseTo(convT, 10);
    expect(ho.conversion).toBeCloseTo(convH, 10);
    const conv = e.lifts.find((l) => l.metric === 'CONVERSION')!;
    expect(conv.arm).toBe('treatment');
    expect(conv.absolute.estimate).toBeCloseTo(convT - convH, 10);
    expect(conv.absolute.low).toBeGreaterThan(0);
    expect(conv.absolute.low).toBeLessThan(convT - convH);
    expect(conv.absolute.high).toBeGreaterThan(convT - convH);
    const rev = e.lifts.find((l) => l.metric === 'REVENUE_PER_USER')!;
    expect(rev.absolute.estimate).toBeCloseTo(4_000 * (convT - convH), 6);
    expect(e.incrementalProfit!.treatedUsers).toBe(treated.length);
  });

  it('writes money in its evidence in major units of the currency, as the rule experiment does', async () => {
    const t = await s.template();
    const users = Array.from({ length: 400 }, (_, i) => `m${i}`);
    const job = await s.jobs.start(t.id, users, null, 50);
    await finishedJob(job.id);
    const now = nowSeconds();
    await s.db.em().nativeUpdate(BulkJobExposure, { jobId: job.id }, { exposedAt: now - 2 * HOUR });
    await orders(users.slice(0, 100), now - HOUR, 123_456, 100_000);
    const e = await new MetricsService(s.db, 'UTC', 'EUR').jobExperiment(job.id, {
      windowSeconds: 90 * 60,
      minUsersPerArm: 2,
    });
    const money = moneyText('EUR');
    const profit = e.evidence.find((x) => x.startsWith('Incremental profit'))!;
    expect(profit).toContain(money(e.incrementalProfit!.estimate));
    expect(profit).toContain(money(e.incrementalProfit!.low));
  });

  it('refuses a job without a holdout, an unknown job and a window longer than the data', async () => {
    const t = await s.template();
    const plain = await s.jobs.start(t.id, ['a'], null);
    await expect(metrics.jobExperiment(plain.id)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'jobId' },
    });
    await expect(metrics.jobExperiment('job_nope')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'jobId' },
    });
    const job = await s.jobs.start(t.id, ['a', 'b', 'c'], null, 50);
    await finishedJob(job.id);
    await expect(metrics.jobExperiment(job.id, { windowSeconds: 3_600 })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'windowSeconds' },
    });
  });
});
