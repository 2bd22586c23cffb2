import { Node } from '../graphql/node';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { ClaimRefusalEnum, CouponSourceEnum, CouponStatusEnum, PlacementKindEnum } from './coupon.enums';
import { Connection } from '../graphql/pagination';
import { DateTimeScalar, MoneyScalar } from '../graphql/scalars';
import { TemplateType } from '../templates/template.types';
import type { Placement } from '../templates/template.entity';
import type { CouponSource, CouponStatus } from './coupon.entity';
import type { ClaimRefusal } from './refusals';

export const EXT_ID = /^[A-Za-z0-9_.:@\-/#+=]{1,128}$/;
const EXT_MSG = { message: '$property must be 1-128 characters of A-Z a-z 0-9 _ . : @ - / # + =' };

@ObjectType('Coupon', {
  implements: Node,
  description: 'One coupon in one user’s wallet: its state, validity and template.',
  simpleResolvers: true,
})
export class CouponType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Unique human-readable code.' }) code!: string;
  @Field(() => ID) templateId!: string;
  @Field(() => ID, { nullable: true }) campaignId?: string | null;
  @Field(() => ID) userId!: string;
  @Field(() => CouponStatusEnum) status!: CouponStatus;
  @Field(() => CouponSourceEnum, { description: 'How it arrived: RULE, CLAIM, BULK, API or CODE.' })
  source!: CouponSource;
  @Field(() => ID, { nullable: true }) ruleId?: string | null;
  @Field(() => Int, { nullable: true }) ruleVersion?: number | null;
  @Field(() => PlacementKindEnum, { nullable: true }) placement?: Placement | null;
  @Field(() => DateTimeScalar) issuedAt!: number;
  @Field(() => DateTimeScalar) validFrom!: number;
  @Field(() => DateTimeScalar) validUntil!: number;
  @Field(() => DateTimeScalar, { nullable: true }) seenAt?: number | null;
  @Field(() => Boolean, { description: 'The user has not seen this coupon yet (see markCouponsSeen).' })
  isNew(): boolean {
    return this.seenAt == null;
  }
  @Field(() => MoneyScalar, { nullable: true, description: 'CASH: what is left to spend.' }) balance?:
    number | null;
  @Field(() => String, { nullable: true }) lockedOrderId?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) lockExpiresAt?: number | null;
  @Field(() => String, { nullable: true }) redeemedOrderId?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) redeemedAt?: number | null;
  @Field(() => TemplateType, { description: 'The template it was issued from.' }) template!: TemplateType;
}

export const CouponConnection = Connection(CouponType, 'CouponConnection', 'wallet coupons');

@InputType({ description: 'A claim of one coupon of a template for a user on a device.' })
export class ClaimInput {
  @Field(() => ID) templateId!: string;
  @Field(() => ID, { nullable: true, description: 'Required for API keys; a user token claims for itself.' })
  @IsOptional()
  @Matches(EXT_ID, EXT_MSG)
  userId?: string | null;
  @Field(() => String) @Matches(EXT_ID, EXT_MSG) deviceId!: string;
  @Field(() => String, { nullable: true, description: 'Web: the cookie id, limited like a device.' })
  @IsOptional()
  @Matches(EXT_ID, EXT_MSG)
  cookieId?: string | null;
  @Field(() => String, {
    description: 'At most 255 characters; the same key never issues twice (kept 48 h).',
  })
  @Length(1, 255)
  idempotencyKey!: string;
  @Field(() => PlacementKindEnum, { nullable: true }) @IsOptional() placement?: Placement | null;
}

@InputType({ description: 'A claim of the coupon an unbound code stands for.' })
export class ClaimByCodeInput {
  @Field(() => String, { description: 'An unbound code minted for a template.' })
  @Length(1, 64)
  code!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(EXT_ID, EXT_MSG) userId?: string | null;
  @Field(() => String) @Matches(EXT_ID, EXT_MSG) deviceId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(EXT_ID, EXT_MSG) cookieId?: string | null;
  @Field(() => String) @Length(1, 255) idempotencyKey!: string;
}

@ObjectType({
  description: 'A claim that issued (or, replayed, had issued) a coupon.',
  simpleResolvers: true,
})
export class ClaimSuccess {
  @Field(() => CouponType) coupon!: CouponType;
  @Field(() => Boolean, {
    description: 'This is the stored result of an earlier request with the same idempotency key.',
  })
  replayed!: boolean;
}

@ObjectType({ description: 'A claim that issued nothing, and why.', simpleResolvers: true })
export class ClaimRefused {
  @Field(() => ClaimRefusalEnum) reason!: ClaimRefusal;
  @Field(() => String) message!: string;
  @Field(() => Int, { nullable: true, description: 'RATE_LIMITED: try again after this many seconds.' })
  retryAfterSeconds?: number | null;
  @Field(() => Boolean) replayed!: boolean;
}

export const ClaimResult = createUnionType({
  name: 'ClaimResult',
  description: 'The outcome of a claim: ClaimSuccess or ClaimRefused.',
  types: () => [ClaimSuccess, ClaimRefused] as const,
  resolveType: (value) => ('coupon' in value ? ClaimSuccess : ClaimRefused),
});

@InputType({ description: 'Where in an app a coupon centre is shown.' })
export class PlacementInput {
  @Field(() => PlacementKindEnum) kind!: Placement;
  @Field(() => ID, { nullable: true, description: 'EVENT_PAGE: the campaign the page is for.' })
  @IsOptional()
  campaignId?: string | null;
  @Field(() => String, { nullable: true, description: 'PRODUCT_PAGE: the product.' })
  @IsOptional()
  @Matches(EXT_ID, EXT_MSG)
  sku?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 128) brand?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 128) category?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(EXT_ID, EXT_MSG) merchantId?: string | null;
  @Field(() => String, { nullable: true, description: 'Checks device limits too.' })
  @IsOptional()
  @Matches(EXT_ID, EXT_MSG)
  deviceId?: string | null;
}

@ObjectType({
  description: 'A template shown at a placement: whether this user may claim it now, and why not.',
  simpleResolvers: true,
})
export class ClaimableTemplate {
  @Field(() => TemplateType) template!: TemplateType;
  @Field(() => Boolean) claimable!: boolean;
  @Field(() => ClaimRefusalEnum, { nullable: true, description: 'Why not, when not claimable.' })
  reason?: ClaimRefusal | null;
  @Field(() => Int, { description: 'How many of this template the user already holds or used.' })
  claimedCount!: number;
  @Field(() => Int, { nullable: true, description: 'Units left; null = unlimited.' }) remaining?:
    number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'CART: eligible spend still missing to reach the threshold.',
  })
  shortBy?: number | null;
}

@InputType({ description: 'A template to issue to up to 1 000 users.' })
export class IssueCouponInput {
  @Field(() => ID) templateId!: string;
  @Field(() => [ID], { description: 'Users to issue to (at most 1 000 per call; use a bulk job for more).' })
  @ArrayMaxSize(1000)
  @Matches(EXT_ID, { each: true, ...EXT_MSG })
  userIds!: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 255) idempotencyKey?: string | null;
}

@ObjectType({
  description: 'What issuing to one user did: the coupon, or the refusal.',
  simpleResolvers: true,
})
export class IssueResultItem {
  @Field(() => ID) userId!: string;
  @Field(() => CouponType, { nullable: true }) coupon?: CouponType | null;
  @Field(() => ClaimRefusalEnum, { nullable: true }) reason?: ClaimRefusal | null;
}

export const WALLET_MAX_HOURS = 24 * 365;

export const MAX_CART_LINES = 1000;

@InputType({ description: 'One line of a cart: SKU, price in minor units and quantity.' })
export class CartLineInput {
  @Field(() => String) @Matches(EXT_ID, EXT_MSG) sku!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 128) brand?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 128) category?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(EXT_ID, EXT_MSG) merchantId?: string | null;
  @Field(() => MoneyScalar, { description: 'Minor units.' }) @Min(0) unitPrice!: number;
  @Field(() => Int) @Min(1) @Max(100000) quantity!: number;
}

@InputType({ description: 'The shipping charged on an order, which shipping coupons discount.' })
export class ShippingInput {
  @Field(() => MoneyScalar, { description: 'The shipping charged on the order, minor units.' })
  @Min(0)
  amount!: number;
  @Field(() => String, { nullable: true, description: 'e.g. standard, express (informational).' })
  @IsOptional()
  @Length(1, 64)
  method?: string | null;
}

@InputType({ description: 'A cart: its lines and who it belongs to, to quote or check coupons against.' })
export class CartInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Required for API keys; a user token quotes its own wallet.',
  })
  @IsOptional()
  @Matches(EXT_ID, EXT_MSG)
  userId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Coupons already locked by this order count as available.',
  })
  @IsOptional()
  @Matches(EXT_ID, EXT_MSG)
  orderId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(EXT_ID, EXT_MSG) merchantId?: string | null;
  @Field(() => [CartLineInput], { description: `1 to ${MAX_CART_LINES} lines.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CART_LINES)
  @ValidateNested({ each: true })
  lines!: CartLineInput[];
  @Field(() => ShippingInput, {
    nullable: true,
    description: 'The order shipping: SHIPPING_OFF coupons discount it, gift cards (CASH) may pay it.',
  })
  @IsOptional()
  @ValidateNested()
  shipping?: ShippingInput | null;
}
