import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testServices, type TestServices } from '../testing';
import { Coupon } from '../coupons/coupon.entity';
import { BulkJobExposure } from './bulk-job.entity';
import { isHeldOut } from './bulk-job.service';

let s: TestServices;
beforeEach(async () => {
  s = await testServices();
});
afterEach(() => s.close());

const finished = (id: string) =>
  vi.waitFor(
    async () => {
      const job = await s.jobs.get(id);
      if (job.status === 'RUNNING') throw new Error('still running');
      return job;
    },
    { timeout: 20_000, interval: 20 },
  );

describe('BulkJobService', () => {
  it('issues to a list in chunks through the one issuance path, counting refusals by reason', async () => {
    const t = await s.template({ quotaTotal: 700 });
    const users = Array.from({ length: 1200 }, (_, i) => `u${i}`);
    const job = await s.jobs.start(t.id, [...users, 'u1'], null);
    expect(job.total).toBe(1200); // duplicates removed
    const done = await finished(job.id);
    expect(s.jobs.view(done)).toMatchObject({
      status: 'DONE',
      processed: 1200,
      issued: 700,
      percent: 100,
      refusals: [{ reason: 'SOLD_OUT', count: 500 }],
    });
    expect((await s.reload(t.id)).issuedCount).toBe(700);
    expect(await s.events('coupon.issued')).toHaveLength(700);
  });

  it('never issues twice for one (job, user), even when a chunk is processed again', async () => {
    const t = await s.template();
    const job = await s.jobs.start(t.id, ['a', 'b'], null);
    await finished(job.id);
    const again = await s.coupons.issueTo(t.id, ['a', 'b'], 'BULK', `bulk:${job.id}`);
    expect(again.map((r) => r.outcome.ok && r.outcome.replayed)).toEqual([true, true]);
    expect((await s.reload(t.id)).issuedCount).toBe(2);
  });

  it('pauses, resumes and cancels only from the states that allow it', async () => {
    const t = await s.template();
    await s.jobs.stop(); // keep the worker idle: the job stays RUNNING until it is resumed
    const job = await s.jobs.start(t.id, ['a'], null);
    await expect(s.jobs.setStatus(job.id, 'RUNNING')).rejects.toMatchObject({
      message: 'id: cannot set a RUNNING job to RUNNING',
    });
    expect((await s.jobs.setStatus(job.id, 'PAUSED')).status).toBe('PAUSED');
    expect((await s.jobs.setStatus(job.id, 'CANCELLED')).status).toBe('CANCELLED');
    await expect(s.jobs.setStatus(job.id, 'RUNNING')).rejects.toMatchObject({ extensions: { field: 'id' } });
  });

  it('keeps a deterministic random holdout that gets nothing and records every exposure', async () => {
    const t = await s.template();
    const users = Array.from({ length: 2000 }, (_, i) => `h${i}`);
    const job = await s.jobs.start(t.id, users, null, 10);
    const done = s.jobs.view(await finished(job.id));
    expect(done).toMatchObject({
      status: 'DONE',
      holdoutPercent: 10,
      processed: 2000,
      skipped: 0,
      failed: 0,
    });
    expect(done.issued + done.heldOut).toBe(2000);
    // 10 % of 2 000: the binomial standard deviation is ~13.4; 5 of them either side.
    expect(Math.abs(done.heldOut - 200)).toBeLessThan(67);
    expect(await s.events('coupon.issued')).toHaveLength(done.issued);
    const exposures = await s.db
      .em()
      .find(BulkJobExposure, { jobId: job.id }, { orderBy: { userId: 'asc' }, disableIdentityMap: true });
    expect(exposures).toHaveLength(2000);
    const held = exposures.filter((e) => e.arm === 'holdout');
    expect(held).toHaveLength(done.heldOut);
    expect(held.every((e) => Boolean(e.control))).toBe(true);
    // Deterministic: the same (job, user) is always in the same group; held-out users have no coupon.
    for (const e of exposures) expect(isHeldOut(job.id, e.userId, 1000)).toBe(e.arm === 'holdout');
    const holders = await s.db.em().find(Coupon, { templateId: t.id }, { disableIdentityMap: true });
    expect(holders).toHaveLength(done.issued);
    const heldIds = new Set(held.map((e) => e.userId));
    expect(holders.filter((c) => heldIds.has(c.userId))).toEqual([]);
  });

  it('records no exposures for a job without a holdout, and refuses a holdout out of range', async () => {
    const t = await s.template();
    const job = await s.jobs.start(t.id, ['a', 'b'], null);
    expect(s.jobs.view(await finished(job.id))).toMatchObject({
      holdoutPercent: null,
      heldOut: 0,
      issued: 2,
    });
    expect(await s.db.em().count(BulkJobExposure, {})).toBe(0);
    for (const bad of [0, -5, 100, Number.NaN])
      await expect(s.jobs.start(t.id, ['a'], null, bad)).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'input.holdoutPercent' },
      });
  });

  it('refuses a job for an ended template', async () => {
    const t = await s.template();
    await s.templates.transition(t.id, 'end');
    await expect(s.jobs.start(t.id, ['a'], null)).rejects.toMatchObject({
      extensions: { field: 'input.templateId' },
    });
  });
});
