import { EntitySchema } from '@mikro-orm/core';
import { epoch, epochNullable, id, ref, text } from '../db/columns';

export type BulkJobStatus = 'RUNNING' | 'PAUSED' | 'DONE' | 'CANCELLED' | 'FAILED';

/** Bulk issuance of one template to a list of users: resumable, with progress. */
export class BulkJob {
  id!: string;
  templateId!: string;
  status!: BulkJobStatus;
  total!: number;
  /** Targets processed so far (their seq < cursor). */
  cursor!: number;
  issued!: number;
  /** Refusal counts by reason, JSON object. */
  refusals!: Record<string, number>;
  createdBy?: string | null;
  /** The instance working on it, until leaseUntil (jobs resume elsewhere when a lease lapses). */
  leaseOwner?: string | null;
  leaseUntil?: number | null;
  error?: string | null;
  createdAt!: number;
  updatedAt!: number;
  finishedAt?: number | null;
}

export const BulkJobSchema = new EntitySchema<BulkJob>({
  class: BulkJob,
  tableName: 'bulk_job',
  properties: {
    id: id(),
    templateId: ref(),
    status: text(16),
    total: { type: 'integer' },
    cursor: { type: 'integer', default: 0 },
    issued: { type: 'integer', default: 0 },
    refusals: { type: 'json' },
    createdBy: text(48, true),
    leaseOwner: text(64, true),
    leaseUntil: epochNullable(),
    error: text(2000, true),
    createdAt: epoch(),
    updatedAt: epoch(),
    finishedAt: epochNullable(),
  },
  indexes: [{ properties: ['status'] }],
});

export class BulkJobTarget {
  jobId!: string;
  seq!: number;
  userId!: string;
}

export const BulkJobTargetSchema = new EntitySchema<BulkJobTarget>({
  class: BulkJobTarget,
  tableName: 'bulk_job_target',
  properties: {
    jobId: { type: 'string', length: 48, primary: true },
    seq: { type: 'integer', primary: true },
    userId: text(128),
  },
});
