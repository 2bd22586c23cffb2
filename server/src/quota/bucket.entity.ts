import { EntitySchema } from '@mikro-orm/core';
import { epoch } from '../db/columns';

/**
 * One share of a hot template's claimable quota (PostgreSQL only, README "Quota buckets"). A claim
 * round locks one bucket row instead of the template row, so rounds on other buckets commit in
 * parallel. The template's claimable units are its own `quota_available` (the pool: released
 * batches, restored coupons, what no bucket holds) plus every bucket's `remaining`; its issued count
 * is its `issued_count` plus every bucket's `issued`.
 */
export class QuotaBucket {
  templateId!: string;
  bucketNo!: number;
  remaining!: number;
  issued!: number;
  updatedAt!: number;
}

export const QuotaBucketSchema = new EntitySchema<QuotaBucket>({
  class: QuotaBucket,
  tableName: 'quota_bucket',
  properties: {
    templateId: { type: 'string', length: 48, primary: true },
    bucketNo: { type: 'integer', primary: true },
    remaining: { type: 'integer', default: 0 },
    issued: { type: 'integer', default: 0 },
    updatedAt: epoch(),
  },
});
