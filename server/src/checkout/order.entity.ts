import { EntitySchema } from '@mikro-orm/core';
import { epoch, epochNullable, id, ref, text } from '../db/columns';

export type OrderStatus = 'LOCKED' | 'REDEEMED' | 'RELEASED' | 'REFUNDED';

/** An app's order as checkout sees it: the coupons it holds, idempotent per order id. */
export class CheckoutOrder {
  id!: string;
  userId!: string;
  status!: OrderStatus;
  cartHash!: string;
  /** The locked quote, as returned by lockCoupons (JSON text). */
  quote!: string;
  totalDiscount!: number;
  lockExpiresAt!: number;
  createdAt!: number;
  updatedAt!: number;
}

export const CheckoutOrderSchema = new EntitySchema<CheckoutOrder>({
  class: CheckoutOrder,
  tableName: 'checkout_order',
  properties: {
    id: { type: 'string', length: 128, primary: true },
    userId: text(128),
    status: text(16),
    cartHash: text(64),
    quote: { type: 'text' },
    totalDiscount: { type: 'integer' },
    lockExpiresAt: epoch(),
    createdAt: epoch(),
    updatedAt: epoch(),
  },
  indexes: [{ properties: ['status', 'lockExpiresAt'] }, { properties: ['userId'] }],
});

/** One coupon's use on one order (CASH coupons can have several). */
export class Redemption {
  id!: string;
  couponId!: string;
  orderId!: string;
  templateId!: string;
  campaignId?: string | null;
  userId!: string;
  discount!: number;
  redeemedAt!: number;
  refundedAt?: number | null;
}

export const RedemptionSchema = new EntitySchema<Redemption>({
  class: Redemption,
  tableName: 'redemption',
  properties: {
    id: id(),
    couponId: ref(),
    orderId: text(128),
    templateId: ref(),
    campaignId: ref(true),
    userId: text(128),
    discount: { type: 'integer' },
    redeemedAt: epoch(),
    refundedAt: epochNullable(),
  },
  indexes: [
    { properties: ['orderId'] },
    { properties: ['templateId', 'redeemedAt'] },
    { properties: ['couponId'] },
  ],
});
