import { BigIntType, EntitySchema } from '@mikro-orm/core';
import { epoch, epochNullable, id, money64, text } from '../db/columns';

export type CampaignStatus = 'ACTIVE' | 'PAUSED' | 'ENDED';

/** A campaign pays for its templates' coupons out of an optional subsidy budget. */
export class Campaign {
  id!: string;
  name!: string;
  description?: string | null;
  status!: CampaignStatus;
  /** Subsidy budget in minor units; null = unlimited. */
  budget?: number | null;
  /** Sum of redeemed discounts. */
  spent!: number;
  /** Discounts held by locked (unpaid) orders. */
  reserved!: number;
  /** Sum of the maximum values of coupons still AVAILABLE or LOCKED. */
  outstandingMax!: number;
  issuedCount!: number;
  redeemedCount!: number;
  expiredCount!: number;
  /** When issuance first stopped for lack of budget (announced once as budget.exhausted). */
  exhaustedAt?: number | null;
  /** The highest budget-use threshold announced (bp: 0, 5 000, 8 000, 10 000), each once. */
  budgetAlertBp!: number;
  startsAt?: number | null;
  endsAt?: number | null;
  createdAt!: number;
  updatedAt!: number;
}

export const CampaignSchema = new EntitySchema<Campaign>({
  class: Campaign,
  tableName: 'campaign',
  properties: {
    id: id(),
    name: text(200),
    description: text(2000, true),
    status: text(16),
    budget: { type: new BigIntType('number'), nullable: true },
    spent: money64(),
    reserved: money64(),
    outstandingMax: money64(),
    issuedCount: { type: 'integer', default: 0 },
    redeemedCount: { type: 'integer', default: 0 },
    expiredCount: { type: 'integer', default: 0 },
    exhaustedAt: epochNullable(),
    budgetAlertBp: { type: 'integer', default: 0 },
    startsAt: epochNullable(),
    endsAt: epochNullable(),
    createdAt: epoch(),
    updatedAt: epoch(),
  },
  indexes: [{ properties: ['status'] }],
});
