// Bulk issuance as a resumable job: targets are stored, processed in chunks through the one issuance
// path with per-(job, user) idempotency keys, so a crash or restart never issues twice.
import { randomUUID } from 'node:crypto';
import type { CouponService } from '../coupons/coupon.service';
import { yieldToIo } from '../coupons/issue';
import { type Database, valuesList } from '../db/sql';
import { AppError, badInput, notFound } from '../graphql/errors';
import { isId, newId, nowSeconds } from '../ids';
import type { Logger } from '../logger';
import type { TemplateService } from '../templates/template.service';
import { BulkJob, type BulkJobStatus } from './bulk-job.entity';
import type { BulkJobType } from './bulk-job.types';

const CHUNK = 500;
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

  async start(templateId: string, userIds: string[], createdBy: string | null): Promise<BulkJob> {
    const t = await this.templates.get(templateId, 'input.templateId');
    if (t.status === 'ENDED') throw badInput('input.templateId', 'the template has ended');
    const id = newId('job');
    const now = nowSeconds();
    const unique = [...new Set(userIds)];
    await this.db.tx(async (sql) => {
      await sql.run(
        `INSERT INTO bulk_job (id, template_id, status, total, cursor, issued, refusals, created_by, created_at, updated_at)
         VALUES (?, ?, 'RUNNING', ?, 0, 0, ?, ?, ?, ?)`,
        [id, templateId, unique.length, '{}', createdBy, now, now],
      );
      for (let i = 0; i < unique.length; i += 1000) {
        const chunk = unique.slice(i, i + 1000);
        await sql.run(
          `INSERT INTO bulk_job_target (job_id, seq, user_id) VALUES ${valuesList(chunk.length, 3)}`,
          chunk.flatMap((u, j) => [id, i + j, u]),
        );
      }
    });
    this.kick();
    return this.get(id);
  }

  async get(id: string): Promise<BulkJob> {
    if (!isId('job', id)) throw badInput('id', 'malformed job id');
    const job = await this.db.em().findOne(BulkJob, { id }, { disableIdentityMap: true });
    if (!job) throw notFound('id', 'job');
    return job;
  }

  async list(first: number): Promise<BulkJob[]> {
    return this.db.em().find(BulkJob, {}, { orderBy: { id: 'desc' }, limit: first });
  }

  async setStatus(id: string, to: BulkJobStatus): Promise<BulkJob> {
    const job = await this.get(id);
    const allowed: Record<string, BulkJobStatus[]> = {
      PAUSED: ['RUNNING'],
      RUNNING: ['PAUSED'],
      CANCELLED: ['RUNNING', 'PAUSED'],
    };
    const from = allowed[to] ?? [];
    const changed = await this.db.tx((sql) =>
      sql.run(
        `UPDATE bulk_job SET status = ?, updated_at = ? WHERE id = ? AND status IN (${from.map(() => '?').join(', ')})`,
        [to, nowSeconds(), id, ...from],
      ),
    );
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
      const job = await this.db.tx(async (sql) => {
        const row = await sql.get<{ id: string }>(
          `SELECT id FROM bulk_job WHERE status = 'RUNNING' AND (lease_until IS NULL OR lease_until < ? OR lease_owner = ?) ORDER BY id LIMIT 1${this.db.forUpdate ? ' FOR UPDATE SKIP LOCKED' : ''}`,
          [now, this.owner],
        );
        if (!row) return null;
        await sql.run(`UPDATE bulk_job SET lease_owner = ?, lease_until = ? WHERE id = ?`, [
          this.owner,
          now + LEASE_SECONDS,
          row.id,
        ]);
        return row.id;
      });
      if (!job) return;
      await this.step(job);
      await yieldToIo();
    }
  }

  /** Processes one chunk of a job. */
  private async step(id: string): Promise<void> {
    const job = await this.get(id);
    const targets = await this.db.read((sql) =>
      sql.all<{ user_id: string }>(
        `SELECT user_id FROM bulk_job_target WHERE job_id = ? AND seq >= ? ORDER BY seq LIMIT ${CHUNK}`,
        [id, job.cursor],
      ),
    );
    const now = nowSeconds();
    if (targets.length === 0) {
      await this.db.tx((sql) =>
        sql.run(
          `UPDATE bulk_job SET status = 'DONE', finished_at = ?, updated_at = ?, lease_owner = NULL WHERE id = ? AND status = 'RUNNING'`,
          [now, now, id],
        ),
      );
      return;
    }
    try {
      const results = await this.coupons.issueTo(
        job.templateId,
        targets.map((t) => t.user_id),
        'BULK',
        `bulk:${id}`,
      );
      const refusals = { ...(job.refusals ?? {}) };
      let issued = 0;
      for (const r of results) {
        if (r.outcome.ok) issued++;
        else refusals[r.outcome.reason] = (refusals[r.outcome.reason] ?? 0) + 1;
      }
      await this.db.tx((sql) =>
        sql.run(
          `UPDATE bulk_job SET cursor = ?, issued = issued + ?, refusals = ?, updated_at = ?, lease_until = ? WHERE id = ? AND cursor = ?`,
          [
            job.cursor + targets.length,
            issued,
            JSON.stringify(refusals),
            now,
            now + LEASE_SECONDS,
            id,
            job.cursor,
          ],
        ),
      );
    } catch (err) {
      this.log.error({ err, job: id }, 'bulk job chunk failed');
      await this.db.tx((sql) =>
        sql.run(
          `UPDATE bulk_job SET status = 'FAILED', error = ?, updated_at = ?, lease_owner = NULL WHERE id = ?`,
          [String((err as Error).message).slice(0, 2000), now, id],
        ),
      );
    }
  }
}
