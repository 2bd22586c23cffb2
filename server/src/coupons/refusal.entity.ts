import { EntitySchema } from '@mikro-orm/core';
import { epoch, ref, text } from '../db/columns';
import { rowId } from '../events/events.entity';
import type { CouponSource } from './coupon.entity';
import type { ClaimRefusal } from './refusals';

/**
 * A claim the issuer refused (claimCoupon, claimByCode, share claims): who, which template, why, when
 * and from where. Written by the claim round that decided it, in the same transaction and multi-row
 * statement as the round's other writes; deleted after CLAIM_REFUSAL_RETENTION_DAYS. Claims refused
 * before any database work (RATE_LIMITED, a code that does not exist) are not stored: a flood must not
 * become writes.
 */
export class ClaimRefusalRecord {
  id!: number;
  userId!: string;
  templateId!: string;
  reason!: ClaimRefusal;
  source!: CouponSource;
  deviceId?: string | null;
  cookieId?: string | null;
  placement?: string | null;
  createdAt!: number;
}

export const ClaimRefusalSchema = new EntitySchema<ClaimRefusalRecord>({
  class: ClaimRefusalRecord,
  tableName: 'claim_refusal',
  properties: {
    id: rowId(),
    userId: text(128),
    templateId: ref(),
    reason: text(24),
    source: text(8),
    deviceId: text(128, true),
    cookieId: text(128, true),
    placement: text(16, true),
    createdAt: epoch(),
  },
  indexes: [{ properties: ['userId', 'id'] }, { properties: ['createdAt'] }],
});
