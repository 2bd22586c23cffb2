import { createHash } from 'node:crypto';
import { ArrayMaxSize, Matches, ValidateNested } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CartInput, CouponType, EXT_ID } from '../coupons/coupon.types';
import { InapplicableReasonEnum, OrderStatusEnum, StackGroupEnum } from './checkout.enums';
import { DateTimeScalar, MoneyScalar } from '../graphql/scalars';
import { UserError } from '../graphql/user-error';
import type { OrderStatus } from './order.entity';

const EXT_MSG = { message: '$property must be 1-128 characters of A-Z a-z 0-9 _ . : @ - / # + =' };
export { CartInput, CartLineInput, MAX_CART_LINES } from '../coupons/coupon.types';

@InputType({ description: 'Coupons to lock for an order being paid.' })
export class LockInput {
  @Field(() => ID) @Matches(EXT_ID, EXT_MSG) orderId!: string;
  @Field(() => CartInput) @ValidateNested() cart!: CartInput;
  @Field(() => [ID], { description: 'The coupons the user chose (e.g. quote.best.couponIds).' })
  @ArrayMaxSize(20)
  couponIds!: string[];
}

@ObjectType('LineDiscount', {
  description: 'The discount one coupon gives on one cart line.',
  simpleResolvers: true,
})
export class LineDiscountType {
  @Field(() => Int, { description: 'Index into cart.lines.' }) index!: number;
  @Field(() => MoneyScalar) discount!: number;
}

@ObjectType('AppliedCoupon', {
  description: 'A coupon applied to an order: the discount it gave and its lines.',
  simpleResolvers: true,
})
export class AppliedCouponType {
  @Field(() => ID, {
    description:
      'Cache key: the coupon id and a digest of what it gives here (discount, lines, shipping, balance). The same application has the same id in every quote; another cart or combination gives another id, so a normalised cache never mixes two quotes’ figures.',
  })
  id(): string {
    const figures = [
      this.discount,
      this.shippingDiscount,
      this.remainingBalance ?? null,
      this.stackGroup,
      this.lines.map((l) => [l.index, l.discount]),
    ];
    return `${this.couponId}~${createHash('sha256').update(JSON.stringify(figures)).digest('base64url').slice(0, 16)}`;
  }
  @Field(() => ID) couponId!: string;
  @Field(() => StackGroupEnum) stackGroup!: string;
  @Field(() => MoneyScalar) discount!: number;
  @Field(() => [LineDiscountType], { description: 'Largest-remainder split; parts sum to discount.' })
  lines!: LineDiscountType[];
  @Field(() => MoneyScalar, { nullable: true, description: 'CASH: balance left after this order.' })
  remainingBalance?: number | null;
  @Field(() => MoneyScalar, {
    description:
      'The part of discount on the shipping (SHIPPING_OFF, or CASH paying it); lines hold the rest.',
  })
  shippingDiscount!: number;
}

@ObjectType('ShippingResult', {
  simpleResolvers: true,
  description:
    "The cart's shipping: what it costs, the shipping coupons' discount on it, and what is left to pay.",
})
export class ShippingResultType {
  @Field(() => MoneyScalar) amount!: number;
  @Field(() => MoneyScalar) discount!: number;
  @Field(() => MoneyScalar) payable!: number;
}

@ObjectType('LineResult', { description: 'One cart line with its discounts.', simpleResolvers: true })
export class LineResultType {
  @Field(() => Int) index!: number;
  @Field(() => MoneyScalar) amount!: number;
  @Field(() => MoneyScalar) discount!: number;
  @Field(() => MoneyScalar) payable!: number;
}

@ObjectType({
  description: 'A set of wallet coupons that can be used together on a cart, and their total discount.',
  simpleResolvers: true,
})
export class Combination {
  @Field(() => [ID]) couponIds!: string[];
  @Field(() => MoneyScalar, { description: 'goodsDiscount + shipping.discount.' }) totalDiscount!: number;
  @Field(() => MoneyScalar, { description: 'Discounts on the goods lines.' }) goodsDiscount!: number;
  @Field(() => ShippingResultType, { description: 'The shipping, its discount and what is left to pay.' })
  shipping!: ShippingResultType;
  @Field(() => MoneyScalar, { description: 'subtotal + shipping − totalDiscount.' }) payable!: number;
  @Field(() => [AppliedCouponType], {
    description:
      'In application order: PRODUCT, STORE, PLATFORM, SHIPPING, PAYMENT (several gift cards: soonest-expiring first).',
  })
  coupons!: AppliedCouponType[];
  @Field(() => [LineResultType]) lines!: LineResultType[];
}

@ObjectType({
  description: 'One wallet coupon against a cart: its discount, or why it does not apply.',
  simpleResolvers: true,
})
export class QuoteItem {
  @Field(() => CouponType) coupon!: CouponType;
  @Field(() => Boolean, { description: 'Applies on its own to this cart.' }) applicable!: boolean;
  @Field(() => InapplicableReasonEnum, { nullable: true }) reason?: string | null;
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description:
      'THRESHOLD_NOT_MET: eligible spend still missing (minor units); QUANTITY_NOT_MET: eligible units still missing.',
  })
  shortBy?: number | null;
  @Field(() => MoneyScalar, { description: 'Its discount on its own (0 when not applicable).' })
  discount!: number;
  @Field(() => Boolean, { description: 'Part of the best combination.' }) inBest!: boolean;
}

@ObjectType('CheckoutProblem', {
  description: 'Why a coupon could not be locked or redeemed for an order.',
  simpleResolvers: true,
})
export class CheckoutProblemType {
  @Field(() => ID) couponId!: string;
  @Field(() => InapplicableReasonEnum) reason!: string;
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'THRESHOLD_NOT_MET: spend missing (minor units); QUANTITY_NOT_MET: units missing.',
  })
  shortBy?: number | null;
}

@ObjectType({
  description: 'Every wallet coupon checked against a cart, and the best combination.',
  simpleResolvers: true,
})
export class Quote {
  @Field(() => MoneyScalar, { description: 'The goods.' }) subtotal!: number;
  @Field(() => MoneyScalar, { description: 'The cart shipping (0 without).' }) shippingAmount!: number;
  @Field(() => [QuoteItem], { description: 'Every wallet coupon, applicable or not.' }) items!: QuoteItem[];
  @Field(() => [QuoteItem]) applicable!: QuoteItem[];
  @Field(() => [QuoteItem], { description: 'With the reason each does not apply.' })
  inapplicable!: QuoteItem[];
  @Field(() => Combination, {
    description: 'The combination with the largest total discount under the stacking rules (exact).',
  })
  best!: Combination;
  @Field(() => ID, { nullable: true }) orderId?: string | null;
  @Field(() => Boolean, { description: 'lockCoupons: the chosen coupons are locked to the order.' })
  locked!: boolean;
  @Field(() => Combination, { nullable: true, description: 'lockCoupons: the chosen combination as locked.' })
  applied?: Combination | null;
  @Field(() => [CheckoutProblemType], {
    description: 'lockCoupons: why the chosen coupons could not be locked.',
  })
  problems!: CheckoutProblemType[];
  @Field(() => DateTimeScalar, { nullable: true }) lockExpiresAt?: number | null;
  @Field(() => Boolean, { description: 'lockCoupons: the stored result for this order id.' })
  replayed!: boolean;
  @Field(() => [UserError], {
    description:
      'lockCoupons: one COUPON_NOT_LOCKABLE per problem (field `input.couponIds[i]`), empty when locked; always empty for quote.',
  })
  errors!: UserError[];
}

@ObjectType({
  description: 'The outcome of redeeming locked coupons for a paid order.',
  simpleResolvers: true,
})
export class RedeemResult {
  @Field(() => ID) orderId!: string;
  @Field(() => Boolean, { description: 'The order is (now) redeemed.' }) ok!: boolean;
  @Field(() => OrderStatusEnum) status!: OrderStatus;
  @Field(() => MoneyScalar) totalDiscount!: number;
  @Field(() => [CouponType]) coupons!: CouponType[];
  @Field(() => Boolean) replayed!: boolean;
  @Field(() => [UserError], {
    description: 'ORDER_NOT_LOCKED on `orderId` when there was nothing to redeem (ok is false); else empty.',
  })
  errors!: UserError[];
}

@ObjectType({ description: 'The outcome of releasing an order’s locked coupons.', simpleResolvers: true })
export class ReleaseResult {
  @Field(() => ID) orderId!: string;
  @Field(() => OrderStatusEnum) status!: OrderStatus;
  @Field(() => [CouponType]) coupons!: CouponType[];
  @Field(() => Boolean) replayed!: boolean;
}
