import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testServices, type TestServices } from '../testing';

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

  it('refuses a job for an ended template', async () => {
    const t = await s.template();
    await s.templates.transition(t.id, 'end');
    await expect(s.jobs.start(t.id, ['a'], null)).rejects.toMatchObject({
      extensions: { field: 'input.templateId' },
    });
  });
});
