// Bulk issuance as a resumable job: targets are stored, processed in chunks through the one issuance
// path with per-(job, user) idempotency keys, so a crash or restart never issues twice.
import { randomUUID } from 'node:crypto';
import type { CouponService } from '../coupons/coupon.service';
import { yieldToIo } from '../coupons/issue';
import { setStatus } from '../campaigns/campaign.sql';
import type { Database } from '../db/sql';
import { AppError, badInput, notFound } from '../graphql/errors';
import { idCursor, type Page, toPage } from '../graphql/pagination';
import { splitHash } from '@couponflow/schema';
import { isId, newId, nowSeconds } from '../ids';
import type { Logger } from '../logger';
import type { TemplateService } from '../templates/template.service';
import { BulkJob, type BulkJobStatus } from './bulk-job.entity';
import * as db from './bulk-job.sql';
import type { BulkJobType } from './bulk-job.types';

const CHUNK = 500;

/** A holdout percentage (0 < p < 100, two decimals) as basis points; null for none. */
export function holdoutBpOf(percent: number | null | undefined, field: string): number | null {
  if (percent == null) return null;
  const bp = Math.round(percent * 100);
  if (!Number.isFinite(percent) || bp < 1 || bp > 9_999)
    throw badInput(field, 'a holdout is more than 0 and less than 100 %');
  return bp;
}

/**
 * Whether a user is in a job's holdout: the split hash of (job, user), as a rule's split uses for
 * (rule, user), below the holdout's share of the uint32 space. Deterministic, so a chunk processed
 * again puts every user in the same group.
 */
export function isHeldOut(jobId: string, userId: string, holdoutBp: number | null | undefined): boolean {
  if (!holdoutBp) return false;
  return splitHash(jobId, userId) < Math.round((holdoutBp / 10_000) * 2 ** 32);
}
const LEASE_SECONDS = 10; // renewed every chunk; a crashed instance's job resumes elsewhere within this

export class BulkJobService {
  private readonly owner = randomUUID();
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly templates: TemplateService,
    private readonly coupons: CouponService,
    private readonly log: Logger,
  ) {}

  async start(
    templateId: string,
    userIds: string[],
    createdBy: string | null,
    holdoutPercent: number | null = null,
  ): Promise<BulkJob> {
    const holdoutBp = holdoutBpOf(holdoutPercent, 'input.holdoutPercent');
    const t = await this.templates.get(templateId, 'input.templateId');
    if (t.status === 'ENDED') throw badInput('input.templateId', 'the template has ended');
    const id = newId('job');
    const now = nowSeconds();
    const unique = [...new Set(userIds)];
    await this.db.tx((sql) => db.insertJob(sql, { id, templateId, createdBy, holdoutBp }, unique, now));
    this.kick();
    return this.get(id);
  }

  /**
   * A job whose targets are streamed in: created PAUSED, filled page by page (each page its own
   * short transaction: `fill` may read between pages), then started. Returns the job id.
   */
  async startStreamed(
    templateId: string,
    createdBy: string | null,
    fill: (append: (userIds: readonly string[]) => Promise<void>) => Promise<void>,
    holdoutPercent: number | null = null,
  ): Promise<string> {
    const holdoutBp = holdoutBpOf(holdoutPercent, 'holdoutPercent');
    const id = newId('job');
    const job = { id, templateId, createdBy, holdoutBp };
    await this.db.tx((sql) => db.insertJob(sql, job, [], nowSeconds(), 'PAUSED'));
    let seq = 0;
    await fill(async (userIds) => {
      const from = seq;
      seq += userIds.length;
      await this.db.tx((sql) => db.appendTargets(sql, id, from, userIds));
    });
    await this.db.tx((sql) => db.release(sql, id, seq, nowSeconds()));
    this.kick();
    return id;
  }

  async get(id: string): Promise<BulkJob> {
    if (!isId('job', id)) throw badInput('id', 'malformed job id');
    const job = await this.db.em().findOne(BulkJob, { id }, { disableIdentityMap: true });
    if (!job) throw notFound('id', 'job');
    return job;
  }

  async list(first: number, before: string | null = null): Promise<BulkJob[]> {
    if (before != null && !isId('job', before)) throw badInput('before', 'malformed job id');
    const where = before ? { id: { $lt: before } } : {};
    return this.db.em().find(BulkJob, where, { orderBy: { id: 'desc' }, limit: first });
  }

  /** A page of jobs, newest first, and how many there are, from one snapshot. */
  async page(first: number, after: string | null | undefined): Promise<Page<BulkJobType>> {
    const cursor = idCursor(after, 'job');
    const { rows, total } = await this.db.snapshotEm(async (em) => ({
      rows: await em.find(BulkJob, cursor ? { id: { $lt: cursor } } : {}, {
        orderBy: { id: 'desc' },
        limit: first + 1,
      }),
      total: await em.count(BulkJob, {}),
    }));
    return toPage(
      rows.map((j) => this.view(j)),
      first,
      total,
      (j) => j.id,
      after,
    );
  }

  async setStatus(id: string, to: BulkJobStatus): Promise<BulkJob> {
    const job = await this.get(id);
    const allowed: Record<string, BulkJobStatus[]> = {
      PAUSED: ['RUNNING'],
      RUNNING: ['PAUSED'],
      CANCELLED: ['RUNNING', 'PAUSED'],
    };
    const from = allowed[to] ?? [];
    const changed = await this.db.tx((sql) => setStatus(sql, 'bulk_job', id, to, from, nowSeconds()));
    if (changed === 0)
      throw new AppError('BAD_USER_INPUT', `id: cannot set a ${job.status} job to ${to}`, { field: 'id' });
    if (to === 'RUNNING') this.kick();
    return this.get(id);
  }

  view(job: BulkJob): BulkJobType {
    return {
      id: job.id,
      templateId: job.templateId,
      status: job.status,
      total: job.total,
      processed: job.cursor,
      issued: job.issued,
      holdoutPercent: job.holdoutBp == null ? null : job.holdoutBp / 100,
      heldOut: job.heldOut ?? 0,
      skipped: Object.values(job.refusals ?? {}).reduce((a, b) => a + b, 0),
      failed: job.failed ?? 0,
      refusals: Object.entries(job.refusals ?? {}).map(([reason, count]) => ({ reason, count })),
      percent: job.total === 0 ? 100 : Math.floor((job.cursor * 100) / job.total),
      error: job.error ?? null,
      createdAt: job.createdAt,
      updatedAt: job.updatedAt,
      finishedAt: job.finishedAt ?? null,
    };
  }

  /** Starts the worker loop unless it is running; called on start, resume and by the scheduler. */
  kick(): void {
    if (this.running || this.stopped) return;
    this.running = this.work()
      .catch((err: unknown) => this.log.error({ err }, 'bulk job worker failed'))
      .finally(() => {
        this.running = null;
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async work(): Promise<void> {
    while (!this.stopped) {
      const now = nowSeconds();
      const job = await this.db.tx((sql) => db.leaseNext(sql, this.owner, now, LEASE_SECONDS));
      if (!job) return;
      await this.step(job);
      await yieldToIo();
    }
  }

  /** Processes one chunk of a job. */
  private async step(id: string): Promise<void> {
    const job = await this.get(id);
    const targets = await this.db.read((sql) => db.targets(sql, id, job.cursor, CHUNK));
    const now = nowSeconds();
    if (targets.length === 0) {
      await this.db.tx((sql) => db.finish(sql, id, now));
      return;
    }
    const held = targets.map((u) => isHeldOut(id, u, job.holdoutBp));
    const treated = targets.filter((_, i) => !held[i]);
    try {
      const results =
        treated.length > 0 ? await this.coupons.issueTo(job.templateId, treated, 'BULK', `bulk:${id}`) : [];
      const refusals = { ...(job.refusals ?? {}) };
      let issued = 0;
      for (const r of results) {
        if (r.outcome.ok) issued++;
        else refusals[r.outcome.reason] = (refusals[r.outcome.reason] ?? 0) + 1;
      }
      const heldOut = targets.length - treated.length;
      const progress = { from: job.cursor, to: job.cursor + targets.length, issued, heldOut, refusals };
      const exposures = job.holdoutBp ? targets.map((userId, i) => ({ userId, control: held[i]! })) : [];
      await this.db.tx(async (sql) => {
        if (exposures.length > 0) await db.insertExposures(sql, id, exposures, now);
        await db.advance(sql, id, progress, now, now + LEASE_SECONDS);
      });
    } catch (err) {
      this.log.error({ err, job: id }, 'bulk job chunk failed');
      const message = String((err as Error).message).slice(0, 2000);
      await this.db.tx((sql) => db.fail(sql, id, message, treated.length, now));
    }
  }
}
