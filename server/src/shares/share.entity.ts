import { EntitySchema } from '@mikro-orm/core';
import { epoch, epochNullable, id, ref, text } from '../db/columns';
import type { ShareRewardWhen } from '../templates/template.entity';

export type ShareRewardState = 'PENDING' | 'REWARDED' | 'REFUSED' | 'NONE';

/** One share pack: a holder of a shareable coupon shares it with up to `size` friends until `expiresAt`. */
export class SharePack {
  id!: string;
  /** The link / code friends claim through. */
  code!: string;
  /** The shareable template and the sharer's coupon of it (one pack per coupon). */
  templateId!: string;
  couponId!: string;
  sharerUserId!: string;
  /** The sharer's device and cookie (a friend on them is the sharer's second account: refused). */
  sharerDeviceId?: string | null;
  sharerCookieId?: string | null;
  friendTemplateId!: string;
  size!: number;
  claimedCount!: number;
  newUsersOnly!: boolean;
  rewardTemplateId?: string | null;
  rewardWhen!: ShareRewardWhen;
  rewardAfterClaims?: number | null;
  rewardState!: ShareRewardState;
  rewardCouponId?: string | null;
  rewardedAt?: number | null;
  expiresAt!: number;
  createdAt!: number;
  updatedAt!: number;
}

export const SharePackSchema = new EntitySchema<SharePack>({
  class: SharePack,
  tableName: 'share_pack',
  properties: {
    id: id(),
    code: { ...text(32), unique: true },
    templateId: ref(),
    couponId: { ...ref(), unique: true },
    sharerUserId: text(128),
    sharerDeviceId: text(128, true),
    sharerCookieId: text(128, true),
    friendTemplateId: ref(),
    size: { type: 'integer' },
    claimedCount: { type: 'integer', default: 0 },
    newUsersOnly: { type: 'boolean', default: false },
    rewardTemplateId: ref(true),
    rewardWhen: text(16),
    rewardAfterClaims: { type: 'integer', nullable: true },
    rewardState: text(16),
    rewardCouponId: ref(true),
    rewardedAt: epochNullable(),
    expiresAt: epoch(),
    createdAt: epoch(),
    updatedAt: epoch(),
  },
  indexes: [{ properties: ['sharerUserId'] }, { properties: ['templateId'] }],
});

/** One friend's claim through a share: who shared, who claimed, the coupon issued, the first payment. */
export class ShareClaim {
  id!: string;
  shareId!: string;
  sharerUserId!: string;
  friendUserId!: string;
  couponId!: string;
  templateId!: string;
  deviceId?: string | null;
  cookieId?: string | null;
  /** The friend had no paid order, coupon or tracked event before (a new customer won by sharing). */
  newUser!: boolean;
  claimedAt!: number;
  /** The friend's first paid order after the claim. */
  firstPaidAt?: number | null;
  firstOrderId?: string | null;
}

export const ShareClaimSchema = new EntitySchema<ShareClaim>({
  class: ShareClaim,
  tableName: 'share_claim',
  properties: {
    id: id(),
    shareId: ref(),
    sharerUserId: text(128),
    friendUserId: text(128),
    couponId: ref(),
    templateId: ref(),
    deviceId: text(128, true),
    cookieId: text(128, true),
    newUser: { type: 'boolean', default: false },
    claimedAt: epoch(),
    firstPaidAt: epochNullable(),
    firstOrderId: text(128, true),
  },
  uniques: [{ properties: ['shareId', 'friendUserId'] }],
  indexes: [{ properties: ['friendUserId'] }, { properties: ['claimedAt'] }, { properties: ['templateId'] }],
});
