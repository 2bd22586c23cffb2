import { EntitySchema } from '@mikro-orm/core';
import { epoch, epochNullable, id, ref, text } from '../db/columns';

import type { ApplyTo, CouponKind, StackGroup } from './kinds';
import type { CouponScope } from './scope';

export type { CouponKind, StackGroup };
export type TemplateStatus = 'DRAFT' | 'ACTIVE' | 'PAUSED' | 'ENDED';
export type ClaimFrequency = 'ONCE' | 'DAILY' | 'AFTER_USE';
export type Placement = 'CENTER' | 'EVENT_PAGE' | 'PRODUCT_PAGE' | 'CART';

/** Merchants/stores and SKU, brand, category include/exclude lists (see scope.ts admitsLine). */
export type Scope = CouponScope;

export interface Funding {
  platformBp: number;
  merchantBp: number;
  brandBp: number;
  merchantId?: string | null;
  brandId?: string | null;
}

/** When the sharer of a pack is rewarded: once K friends have claimed, or when the first friend pays. */
export type ShareRewardWhen = 'CLAIMS' | 'FIRST_PAYMENT';

/** A template's share-pack option (DOMAIN.md, Sharing). */
export interface SharingOption {
  /** The template each friend who claims through a share gets a coupon of. */
  friendTemplateId: string;
  /** How many friends one pack serves (N). */
  packSize: number;
  /** A share can be claimed through for this long after it is created. */
  expiresInSeconds: number;
  /** Only new users (no paid order, no coupon, no tracked event before) may claim. */
  newUsersOnly: boolean;
  /** The sharer's reward; null = none. */
  rewardTemplateId: string | null;
  rewardWhen: ShareRewardWhen;
  /** CLAIMS: the reward is issued when this many friends have claimed (K ≤ N). */
  rewardAfterClaims: number | null;
}

/** What growth staff define: one coupon rule that issues coupons into wallets. */
export class CouponTemplate {
  id!: string;
  campaignId?: string | null;
  name!: string;
  description?: string | null;
  kind!: CouponKind;
  // denomination (the numbers each kind needs)
  amount?: number | null;
  threshold!: number;
  discountBp?: number | null;
  cap?: number | null;
  step?: number | null;
  sku?: string | null;
  units?: number | null;
  unitValue?: number | null;
  balance?: number | null;
  rateBp?: number | null;
  days?: number | null;
  principalCap?: number | null;
  /** INTEREST_RATE: an investment term shorter than this is refused (TERM_TOO_SHORT); null = none. */
  minTermDays?: number | null;
  // mechanics (issue 17): how an amount applies, unit cap, quantity condition, buy-X-get-Y
  applyTo?: ApplyTo | null;
  maxUnits?: number | null;
  minQuantity?: number | null;
  buyQuantity?: number | null;
  getQuantity?: number | null;
  maxApplications?: number | null;
  /** BUY_X_GET_Y: the "get" set (buy from the scope, get from this set). */
  getScope?: Scope | null;
  /** CASH: several of these combine in one order (soonest-expiring first). */
  multiplePerOrder?: boolean | null;
  // stacking
  stackGroup!: StackGroup;
  exclusive!: boolean;
  // validity: absolute [validFrom, validUntil) or relative (validForSeconds after claim + delay, never past validUntil)
  validFrom?: number | null;
  validUntil?: number | null;
  validForSeconds?: number | null;
  validAfterSeconds!: number;
  // claim window
  claimStartsAt?: number | null;
  claimEndsAt?: number | null;
  // quota
  quotaTotal?: number | null;
  /** Units claimable now (released batches + restored - issued); null = unlimited. */
  quotaAvailable?: number | null;
  restoreOnExpiry!: boolean;
  issuedCount!: number;
  redeemedCount!: number;
  expiredCount!: number;
  // limits
  limitPerAccount?: number | null;
  limitFrequency?: ClaimFrequency | null;
  limitPerDevice?: number | null;
  scope!: Scope;
  funding!: Funding;
  placements!: Placement[];
  /** Only members of one of these audiences may receive it (claims); empty = anyone. */
  audienceIds?: string[];
  refundable!: boolean;
  /** Share packs: a holder of this template's coupon may share a pack with friends (shares/). */
  sharing?: SharingOption | null;
  /** The most one coupon can be worth (for budget liability). */
  maxValue!: number;
  status!: TemplateStatus;
  createdAt!: number;
  updatedAt!: number;
}

export const CouponTemplateSchema = new EntitySchema<CouponTemplate>({
  class: CouponTemplate,
  tableName: 'coupon_template',
  properties: {
    id: id(),
    campaignId: ref(true),
    name: text(200),
    description: text(2000, true),
    kind: text(24),
    amount: { type: 'integer', nullable: true },
    threshold: { type: 'integer', default: 0 },
    discountBp: { type: 'integer', nullable: true },
    cap: { type: 'integer', nullable: true },
    step: { type: 'integer', nullable: true },
    sku: text(128, true),
    units: { type: 'integer', nullable: true },
    unitValue: { type: 'integer', nullable: true },
    balance: { type: 'integer', nullable: true },
    rateBp: { type: 'integer', nullable: true },
    days: { type: 'integer', nullable: true },
    principalCap: { type: 'integer', nullable: true },
    minTermDays: { type: 'integer', nullable: true },
    applyTo: text(16, true),
    maxUnits: { type: 'integer', nullable: true },
    minQuantity: { type: 'integer', nullable: true },
    buyQuantity: { type: 'integer', nullable: true },
    getQuantity: { type: 'integer', nullable: true },
    maxApplications: { type: 'integer', nullable: true },
    getScope: { type: 'json', nullable: true },
    multiplePerOrder: { type: 'boolean', nullable: true },
    stackGroup: text(16),
    exclusive: { type: 'boolean', default: false },
    validFrom: epochNullable(),
    validUntil: epochNullable(),
    validForSeconds: { type: 'integer', nullable: true },
    validAfterSeconds: { type: 'integer', default: 0 },
    claimStartsAt: epochNullable(),
    claimEndsAt: epochNullable(),
    quotaTotal: { type: 'integer', nullable: true },
    quotaAvailable: { type: 'integer', nullable: true },
    restoreOnExpiry: { type: 'boolean', default: false },
    issuedCount: { type: 'integer', default: 0 },
    redeemedCount: { type: 'integer', default: 0 },
    expiredCount: { type: 'integer', default: 0 },
    limitPerAccount: { type: 'integer', nullable: true },
    limitFrequency: text(16, true),
    limitPerDevice: { type: 'integer', nullable: true },
    scope: { type: 'json' },
    funding: { type: 'json' },
    placements: { type: 'json' },
    audienceIds: { type: 'json', defaultRaw: `'[]'` },
    refundable: { type: 'boolean', default: true },
    sharing: { type: 'json', nullable: true },
    maxValue: { type: 'integer', default: 0 },
    status: text(16),
    createdAt: epoch(),
    updatedAt: epoch(),
  },
  indexes: [{ properties: ['status'] }, { properties: ['campaignId'] }],
});

/** A scheduled release of quota units (e.g. 1 000 at 10:00 on each of 3 days). */
export class QuotaBatch {
  id!: string;
  templateId!: string;
  releaseAt!: number;
  units!: number;
  releasedAt?: number | null;
}

export const QuotaBatchSchema = new EntitySchema<QuotaBatch>({
  class: QuotaBatch,
  tableName: 'quota_batch',
  properties: {
    id: id(),
    templateId: ref(),
    releaseAt: epoch(),
    units: { type: 'integer' },
    releasedAt: epochNullable(),
  },
  indexes: [{ properties: ['releasedAt', 'releaseAt'] }, { properties: ['templateId'] }],
});
