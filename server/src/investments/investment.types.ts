// GraphQL types of investments (API shapes only): quoteInvestment and the investment life cycle.
import { ArrayMaxSize, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CouponType, EXT_ID } from '../coupons/coupon.types';
import { graphqlEnum } from '../graphql/enums';
import { DateTimeScalar, MoneyScalar } from '../graphql/scalars';
import type { InvestmentReason } from './interest';
import type { InvestmentProblemReason } from './investment.service';

export const InvestmentReasonEnum = graphqlEnum(
  [
    'NOT_YET_VALID',
    'EXPIRED',
    'OUT_OF_SCOPE',
    'PRINCIPAL_BELOW_THRESHOLD',
    'TERM_TOO_SHORT',
    'BUDGET_EXHAUSTED',
    'NO_EFFECT',
    'STACK_CONFLICT',
    'NOT_AVAILABLE',
  ] as const,
  'InvestmentReason',
  'Why an interest-rate coupon gives no bonus on an investment.',
);

const EXT_MSG = { message: '$property must be 1-128 characters of A-Z a-z 0-9 _ . : @ - / # + =' };

@InputType({
  description: 'An investment: a financial product (scoped like a SKU / category), principal and term.',
})
export class InvestmentInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Required for staff and API keys; a user token acts for itself.',
  })
  @IsOptional()
  userId?: string | null;
  @Field(() => String, { description: 'The financial product id (matched against the scope like a SKU).' })
  @Matches(EXT_ID, EXT_MSG)
  productId!: string;
  @Field(() => String, {
    nullable: true,
    description: "The product's category (matched like a cart line's).",
  })
  @IsOptional()
  @MaxLength(128)
  category?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(EXT_ID, EXT_MSG) merchantId?: string | null;
  @Field(() => MoneyScalar, { description: 'Minor units, > 0.' }) principal!: number;
  @Field(() => Int, { description: 'Days, > 0.' }) termDays!: number;
  @Field(() => Int, {
    nullable: true,
    description: "The product's own annual rate in bp (for baseInterest).",
  })
  @IsOptional()
  annualRateBp?: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'One interest-rate coupon of the user against this investment: the bonus it gives, or why not.',
})
export class InvestmentItem {
  @Field(() => CouponType) coupon!: CouponType;
  @Field(() => Boolean) applicable!: boolean;
  @Field(() => InvestmentReasonEnum, { nullable: true }) reason?: InvestmentReason | null;
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'PRINCIPAL_BELOW_THRESHOLD: minor units missing; TERM_TOO_SHORT: days missing.',
  })
  shortBy?: number | null;
  @Field(() => MoneyScalar, {
    description:
      'floor(min(principal, principalCap) × rateBp × min(termDays, days) / (10 000 × 365)); 0 when not applicable.',
  })
  bonus!: number;
  @Field(() => Boolean, { description: 'Part of best.' }) inBest!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: 'The coupons that give the largest bonus together, and that bonus.',
})
export class InvestmentBest {
  @Field(() => [ID]) couponIds!: string[];
  @Field(() => MoneyScalar) totalBonus!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: "An investment's interest-rate coupons: each one's bonus or why not, and the best choice.",
})
export class InvestmentQuote {
  @Field(() => MoneyScalar) principal!: number;
  @Field(() => Int) termDays!: number;
  @Field(() => MoneyScalar, {
    nullable: true,
    description: "The product's own interest (annualRateBp given).",
  })
  baseInterest?: number | null;
  @Field(() => [InvestmentItem], { description: "Every interest-rate coupon in the user's wallet." })
  items!: InvestmentItem[];
  @Field(() => InvestmentBest, {
    description:
      'The largest total bonus: one coupon per stack group (interest coupons of one group do not stack); an exclusive one alone.',
  })
  best!: InvestmentBest;
}

@InputType({
  description: 'Lock chosen interest-rate coupons to an investment (idempotent per investment id).',
})
export class LockInvestmentInput {
  @Field(() => ID, {
    description: 'The app’s investment id; lock / redeem / release / refund are idempotent per id.',
  })
  @Matches(/^[A-Za-z0-9_.:@\-/#+=]{1,120}$/, {
    message: '$property must be 1-120 characters of A-Z a-z 0-9 _ . : @ - / # + =',
  })
  investmentId!: string;
  @Field(() => InvestmentInput) @ValidateNested() investment!: InvestmentInput;
  @Field(() => [ID], { description: 'The chosen coupons (e.g. quoteInvestment.best.couponIds).' })
  @ArrayMaxSize(20)
  couponIds!: string[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'Why a chosen coupon could not be locked to the investment.',
})
export class InvestmentProblem {
  @Field(() => ID) couponId!: string;
  @Field(() => InvestmentReasonEnum) reason!: InvestmentProblemReason;
}

@ObjectType({ simpleResolvers: true, description: 'The outcome of locking coupons to an investment.' })
export class InvestmentLock {
  @Field(() => ID) investmentId!: string;
  @Field(() => Boolean) locked!: boolean;
  @Field(() => Boolean) replayed!: boolean;
  @Field(() => [ID]) couponIds!: string[];
  @Field(() => MoneyScalar, { description: 'The bonus reserved on the campaigns (0 when not locked).' })
  totalBonus!: number;
  @Field(() => DateTimeScalar, { nullable: true }) lockExpiresAt?: number | null;
  @Field(() => [InvestmentProblem]) problems!: InvestmentProblem[];
}
