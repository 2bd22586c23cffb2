// GraphQL types for coupon templates (API shapes only; the entity lives in template.entity.ts).
import { Node } from '../graphql/node';
import {
  ArrayMaxSize,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import {
  ApplyToEnum,
  ClaimFrequencyEnum,
  ShareRewardWhenEnum,
  CouponKindEnum,
  PlacementKindEnum,
  StackGroupEnum,
  TemplateStatusEnum,
} from './template.enums';
import { Connection } from '../graphql/pagination';
import { DateTimeScalar, MoneyScalar } from '../graphql/scalars';
import type {
  ClaimFrequency,
  CouponKind,
  Placement,
  ShareRewardWhen,
  StackGroup,
  TemplateStatus,
} from './template.entity';
import type { ApplyTo } from './kinds';
import { Name } from '../graphql/names';

const EXT_ID = /^[A-Za-z0-9_.:@\-/#+=]{1,128}$/;

@ObjectType('Scope', {
  description: 'Which products, categories, brands and merchants a template applies to.',
  simpleResolvers: true,
})
@InputType('ScopeInput', {
  description: 'Which products, categories, brands and merchants a template applies to.',
})
export class ScopeType {
  @Field(() => [String], { defaultValue: [], description: 'Empty: every merchant/store.' })
  @ArrayMaxSize(1000)
  @Matches(EXT_ID, { each: true })
  merchantIds!: string[];
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(10000)
  @Matches(EXT_ID, { each: true })
  includeSkus!: string[];
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(10000)
  @Matches(EXT_ID, { each: true })
  excludeSkus!: string[];
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(1000)
  @MaxLength(128, { each: true })
  includeBrands!: string[];
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(1000)
  @MaxLength(128, { each: true })
  excludeBrands!: string[];
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(1000)
  @MaxLength(128, { each: true })
  includeCategories!: string[];
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(1000)
  @MaxLength(128, { each: true })
  excludeCategories!: string[];
}

@ObjectType('Funding', {
  simpleResolvers: true,
  description: 'Who pays the subsidy, in basis points; shares sum to 10 000.',
})
@InputType('FundingInput', { description: 'Who pays for a template’s discounts, and in which share.' })
export class FundingType {
  @Field(() => Int, { defaultValue: 10000 }) @Min(0) @Max(10000) platformBp!: number;
  @Field(() => Int, { defaultValue: 0 }) @Min(0) @Max(10000) merchantBp!: number;
  @Field(() => Int, { defaultValue: 0 }) @Min(0) @Max(10000) brandBp!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(EXT_ID) merchantId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(EXT_ID) brandId?: string | null;
}

@ObjectType('Sharing', {
  simpleResolvers: true,
  description: 'Share packs: a holder of this coupon shares a pack with friends (docs/domain.md, Sharing).',
})
@InputType('SharingInput', {
  description: 'Share packs of a template (Sharing): friend template, pack size, expiry, reward.',
})
export class SharingType {
  @Field(() => ID, { description: 'Each friend who claims through a share gets a coupon of this template.' })
  friendTemplateId!: string;
  @Field(() => Int, { description: 'How many friends one pack serves (N).' })
  @Min(1)
  @Max(1000)
  packSize!: number;
  @Field(() => Int, {
    description: 'A share can be claimed through for this many seconds after it is created.',
  })
  @Min(1)
  @Max(366 * 86400)
  expiresInSeconds!: number;
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Only new users (no paid order, no coupon, no tracked event before) may claim.',
  })
  newUsersOnly!: boolean;
  @Field(() => ID, {
    nullable: true,
    description: "The sharer's reward (a coupon of this template); null = none.",
  })
  @IsOptional()
  rewardTemplateId?: string | null;
  @Field(() => ShareRewardWhenEnum, { defaultValue: 'CLAIMS' })
  rewardWhen!: ShareRewardWhen;
  @Field(() => Int, {
    nullable: true,
    description: 'CLAIMS: rewarded when this many friends have claimed (K ≤ N).',
  })
  @IsOptional()
  @Min(1)
  rewardAfterClaims?: number | null;
}

@InputType({ description: 'A batch of a template’s quota released at a time.' })
export class QuotaBatchInput {
  @Field(() => DateTimeScalar) releaseAt!: number;
  @Field(() => Int) @Min(1) units!: number;
}

@ObjectType('QuotaBatch', {
  description: 'A batch of a template’s quota released at a time.',
  simpleResolvers: true,
})
export class QuotaBatchType {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) releaseAt!: number;
  @Field(() => Int) units!: number;
  @Field(() => DateTimeScalar, { nullable: true }) releasedAt?: number | null;
}

@InputType({ description: 'A new coupon template.' })
export class CreateTemplateInput {
  @Field(() => String) @Name() name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) description?: string | null;
  @Field(() => ID, { nullable: true, description: 'The campaign whose budget pays for it.' })
  @IsOptional()
  campaignId?: string | null;
  @Field(() => CouponKindEnum) kind!: CouponKind;
  @Field(() => MoneyScalar, { nullable: true, description: 'AMOUNT_OFF / STEP_AMOUNT_OFF: minor units off.' })
  @IsOptional()
  @Min(1)
  amount?: number | null;
  @Field(() => MoneyScalar, {
    defaultValue: 0,
    description: 'Spend at least this (minor units) on eligible lines.',
  })
  @Min(0)
  threshold!: number;
  @Field(() => Int, { nullable: true, description: 'PERCENT_OFF: basis points off (900 = 9 % off).' })
  @IsOptional()
  @Min(1)
  @Max(10000)
  discountBp?: number | null;
  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'PERCENT_OFF / STEP_AMOUNT_OFF: the most a discount can be.',
  })
  @IsOptional()
  @Min(1)
  cap?: number | null;
  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'STEP_AMOUNT_OFF: every full step spent gives amount off.',
  })
  @IsOptional()
  @Min(1)
  step?: number | null;
  @Field(() => String, { nullable: true, description: 'MERCHANDISE: the free SKU.' })
  @IsOptional()
  @Matches(EXT_ID)
  sku?: string | null;
  @Field(() => Int, { nullable: true, description: 'MERCHANDISE: at most this many units free.' })
  @IsOptional()
  @Min(1)
  units?: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'MERCHANDISE: value of one unit, for budgets.' })
  @IsOptional()
  @Min(0)
  unitValue?: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'CASH: the stored value.' })
  @IsOptional()
  @Min(1)
  balance?: number | null;
  @Field(() => Int, { nullable: true, description: 'INTEREST_RATE: extra annual interest, bp.' })
  @IsOptional()
  @Min(1)
  @Max(100000)
  rateBp?: number | null;
  @Field(() => Int, { nullable: true, description: 'INTEREST_RATE: for at most this many days.' })
  @IsOptional()
  @Min(1)
  @Max(3650)
  days?: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'INTEREST_RATE: principal cap.' })
  @IsOptional()
  @Min(1)
  principalCap?: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'INTEREST_RATE: an investment term shorter than this many days is refused (threshold is the least principal).',
  })
  @IsOptional()
  @Min(1)
  @Max(3650)
  minTermDays?: number | null;
  @Field(() => ApplyToEnum, { nullable: true, description: 'AMOUNT_OFF / PERCENT_OFF: default ORDER.' })
  @IsOptional()
  applyTo?: ApplyTo | null;
  @Field(() => Int, {
    nullable: true,
    description: 'EACH_UNIT / EACH_LINE: most units (lines) discounted, cheapest first.',
  })
  @IsOptional()
  @Min(1)
  maxUnits?: number | null;
  @Field(() => Int, { nullable: true, description: 'The cart must hold at least this many eligible units.' })
  @IsOptional()
  @Min(1)
  minQuantity?: number | null;
  @Field(() => Int, { nullable: true, description: 'BUY_X_GET_Y: buy this many units of the scope …' })
  @IsOptional()
  @Min(1)
  @Max(1000)
  buyQuantity?: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'BUY_X_GET_Y: … get this many (of the scope, or of `sku`) at discountBp off, cheapest first.',
  })
  @IsOptional()
  @Min(1)
  @Max(1000)
  getQuantity?: number | null;
  @Field(() => Int, { nullable: true, description: 'BUY_X_GET_Y: at most this many times per order.' })
  @IsOptional()
  @Min(1)
  maxApplications?: number | null;
  @Field(() => ScopeType, {
    nullable: true,
    description:
      'BUY_X_GET_Y: the "get" set (buy from the scope, get from these SKUs/brands/categories); default: the scope.',
  })
  @IsOptional()
  @ValidateNested()
  getScope?: ScopeType | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'CASH: several coupons with this option pay one order together, soonest-expiring first.',
  })
  @IsOptional()
  multiplePerOrder?: boolean | null;
  @Field(() => StackGroupEnum, {
    nullable: true,
    description:
      'Default: PRODUCT for MERCHANDISE, PAYMENT for CASH, STORE when merchant-scoped, else PLATFORM.',
  })
  @IsOptional()
  stackGroup?: StackGroup | null;
  @Field(() => Boolean, { defaultValue: false, description: 'Combines with no other coupon.' })
  exclusive!: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() validFrom?: number | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Absolute end; also caps relative validity.' })
  @IsOptional()
  validUntil?: number | null;
  @Field(() => Int, { nullable: true, description: 'Relative validity: seconds from claim.' })
  @IsOptional()
  @Min(1)
  validForSeconds?: number | null;
  @Field(() => Int, {
    defaultValue: 0,
    description: 'Relative validity starts this many seconds after claim.',
  })
  @Min(0)
  validAfterSeconds!: number;
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() claimStartsAt?: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() claimEndsAt?: number | null;
  @Field(() => Int, { nullable: true, description: 'Null: unlimited.' }) @IsOptional() @Min(0) quotaTotal?:
    number | null;
  @Field(() => [QuotaBatchInput], {
    defaultValue: [],
    description: 'Scheduled releases; units outside batches are claimable at once.',
  })
  @ArrayMaxSize(366)
  @ValidateNested({ each: true })
  quotaBatches!: QuotaBatchInput[];
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'An unused coupon that expires returns its unit to the pool.',
  })
  restoreOnExpiry!: boolean;
  @Field(() => Int, { nullable: true, description: 'Coupons per account in total.' })
  @IsOptional()
  @Min(1)
  limitPerAccount?: number | null;
  @Field(() => ClaimFrequencyEnum, { nullable: true }) @IsOptional() limitFrequency?: ClaimFrequency | null;
  @Field(() => Int, { nullable: true, description: 'Coupons per device (and per web cookie).' })
  @IsOptional()
  @Min(1)
  limitPerDevice?: number | null;
  @Field(() => ScopeType, { nullable: true }) @IsOptional() @ValidateNested() scope?: ScopeType | null;
  @Field(() => FundingType, { nullable: true }) @IsOptional() @ValidateNested() funding?: FundingType | null;
  @Field(() => [PlacementKindEnum], { defaultValue: ['CENTER'] }) @ArrayMaxSize(4) placements!: Placement[];
  @Field(() => [ID], { nullable: true, description: 'Only members of one of these audiences may claim it.' })
  @IsOptional()
  @ArrayMaxSize(20)
  audienceIds?: string[] | null;
  @Field(() => Boolean, {
    defaultValue: true,
    description: 'A full refund returns the coupon while it is still valid.',
  })
  refundable!: boolean;
  @Field(() => SharingType, {
    nullable: true,
    description: 'Share packs: a holder of this coupon may share a pack with friends.',
  })
  @IsOptional()
  @ValidateNested()
  sharing?: SharingType | null;
  @Field(() => Boolean, { defaultValue: false, description: 'Create as ACTIVE instead of DRAFT.' })
  activate!: boolean;
}

@InputType({
  description: 'Fields that can change after creation; denomination and validity are fixed once issued.',
})
export class UpdateTemplateInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Name() name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) description?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() claimStartsAt?: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() claimEndsAt?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'New total; may not go below what is issued or scheduled.',
  })
  @IsOptional()
  @Min(0)
  quotaTotal?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) limitPerAccount?: number | null;
  @Field(() => ClaimFrequencyEnum, { nullable: true }) @IsOptional() limitFrequency?: ClaimFrequency | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) limitPerDevice?: number | null;
  @Field(() => [PlacementKindEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(4) placements?:
    Placement[] | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() refundable?: boolean | null;
  @Field(() => [ID], { nullable: true, description: 'Restrict claims to these audiences ([] = anyone).' })
  @IsOptional()
  @ArrayMaxSize(20)
  audienceIds?: string[] | null;
}

@ObjectType('CouponTemplate', {
  implements: Node,
  description: 'What a coupon is: its kind, value, scope, limits, quota and validity.',
  simpleResolvers: true,
})
export class TemplateType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) campaignId?: string | null;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => CouponKindEnum) kind!: CouponKind;
  @Field(() => MoneyScalar, { nullable: true }) amount?: number | null;
  @Field(() => MoneyScalar) threshold!: number;
  @Field(() => Int, { nullable: true }) discountBp?: number | null;
  @Field(() => MoneyScalar, { nullable: true }) cap?: number | null;
  @Field(() => MoneyScalar, { nullable: true }) step?: number | null;
  @Field(() => String, { nullable: true }) sku?: string | null;
  @Field(() => Int, { nullable: true }) units?: number | null;
  @Field(() => MoneyScalar, { nullable: true }) unitValue?: number | null;
  @Field(() => MoneyScalar, { nullable: true }) balance?: number | null;
  @Field(() => Int, { nullable: true }) rateBp?: number | null;
  @Field(() => Int, { nullable: true }) days?: number | null;
  @Field(() => MoneyScalar, { nullable: true }) principalCap?: number | null;
  @Field(() => Int, { nullable: true }) minTermDays?: number | null;
  @Field(() => ApplyToEnum, { nullable: true }) applyTo?: ApplyTo | null;
  @Field(() => Int, { nullable: true }) maxUnits?: number | null;
  @Field(() => Int, { nullable: true }) minQuantity?: number | null;
  @Field(() => Int, { nullable: true }) buyQuantity?: number | null;
  @Field(() => Int, { nullable: true }) getQuantity?: number | null;
  @Field(() => Int, { nullable: true }) maxApplications?: number | null;
  @Field(() => ScopeType, { nullable: true }) getScope?: ScopeType | null;
  @Field(() => Boolean, { nullable: true }) multiplePerOrder?: boolean | null;
  @Field(() => StackGroupEnum) stackGroup!: StackGroup;
  @Field(() => Boolean) exclusive!: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) validFrom?: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) validUntil?: number | null;
  @Field(() => Int, { nullable: true }) validForSeconds?: number | null;
  @Field(() => Int) validAfterSeconds!: number;
  @Field(() => DateTimeScalar, { nullable: true }) claimStartsAt?: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) claimEndsAt?: number | null;
  @Field(() => Int, { nullable: true }) quotaTotal?: number | null;
  @Field(() => Int, { nullable: true, description: 'Units claimable now; null = unlimited.' })
  quotaAvailable?: number | null;
  @Field(() => Boolean) restoreOnExpiry!: boolean;
  @Field(() => Int) issuedCount!: number;
  @Field(() => Int, { nullable: true }) limitPerAccount?: number | null;
  @Field(() => ClaimFrequencyEnum, { nullable: true }) limitFrequency?: ClaimFrequency | null;
  @Field(() => Int, { nullable: true }) limitPerDevice?: number | null;
  @Field(() => ScopeType) scope!: ScopeType;
  @Field(() => FundingType) funding!: FundingType;
  @Field(() => [PlacementKindEnum]) placements!: Placement[];
  @Field(() => [ID], { description: 'Claims are restricted to these audiences (empty: anyone).' })
  audienceIds!: string[];
  @Field(() => Boolean) refundable!: boolean;
  @Field(() => SharingType, { nullable: true }) sharing?: SharingType | null;
  @Field(() => MoneyScalar, { description: 'The most one coupon can be worth (budget liability).' })
  maxValue!: number;
  @Field(() => TemplateStatusEnum) status!: TemplateStatus;
  @Field(() => DateTimeScalar) createdAt!: number;
  @Field(() => DateTimeScalar) updatedAt!: number;
}

export const TemplateConnection = Connection(TemplateType, 'CouponTemplateConnection', 'coupon templates');

@InputType({ description: 'Which templates to list.' })
export class TemplateFilter {
  @Field(() => [TemplateStatusEnum], { nullable: true }) @IsOptional() status?: TemplateStatus[] | null;
  @Field(() => [CouponKindEnum], { nullable: true }) @IsOptional() kind?: CouponKind[] | null;
  @Field(() => ID, { nullable: true }) @IsOptional() campaignId?: string | null;
  @Field(() => String, { nullable: true, description: 'Substring of the name.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

@InputType({ description: 'How many unbound codes of a template to mint.' })
export class MintCodesInput {
  @Field(() => ID) templateId!: string;
  @Field(() => Int, { description: 'How many codes (at most 100 000 per call).' })
  @Min(1)
  @Max(100000)
  count!: number;
  @Field(() => String, { defaultValue: '', description: 'Printed before every code, e.g. "SALE-".' })
  @MaxLength(16)
  @Matches(/^[A-Za-z0-9-]*$/)
  prefix!: string;
  @Field(() => Int, { defaultValue: 10, description: 'Random characters per code.' })
  @Min(6)
  @Max(32)
  length!: number;
  @Field(() => String, {
    defaultValue: '0123456789ABCDEFGHJKMNPQRSTVWXYZ',
    description: 'Characters to draw from.',
  })
  @Length(10, 64)
  charset!: string;
}

@ArgsType()
export class TemplateIdArgs {
  @Field(() => ID) id!: string;
}
