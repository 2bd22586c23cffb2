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
  /** Share of the targets kept as a random holdout that gets nothing, in basis points (null: none). */
  holdoutBp?: number | null;
  /** Targets held out so far (they get nothing and are recorded as control exposures). */
  heldOut!: number;
  /** Targets whose issuance failed with an error (not a business refusal). */
  failed!: number;
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
    holdoutBp: { type: 'integer', nullable: true },
    heldOut: { type: 'integer', default: 0 },
    failed: { type: 'integer', default: 0 },
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

/**
 * A user's exposure to a job with a holdout: treated (issued to, or refused) or held out (control),
 * at the time the job processed the user. The experiment of a job reads these rows.
 */
export class BulkJobExposure {
  jobId!: string;
  userId!: string;
  arm!: string;
  control!: boolean;
  exposedAt!: number;
}

export const BulkJobExposureSchema = new EntitySchema<BulkJobExposure>({
  class: BulkJobExposure,
  tableName: 'bulk_job_exposure',
  properties: {
    jobId: { type: 'string', length: 48, primary: true },
    userId: { type: 'string', length: 128, primary: true },
    arm: text(16),
    control: { type: 'boolean', default: false },
    exposedAt: epoch(),
  },
});
