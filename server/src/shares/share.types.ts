// GraphQL types of share packs (API shapes only).
import { IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { CLAIM_REFUSALS } from '../coupons/refusals';
import { CouponType, EXT_ID } from '../coupons/coupon.types';
import { graphqlEnum } from '../graphql/enums';
import { DateTimeScalar, MoneyScalar } from '../graphql/scalars';
import { ShareRewardWhenEnum } from '../templates/template.enums';
import type { ShareRewardWhen } from '../templates/template.entity';
import type { ShareRewardState } from './share.entity';
import type { ShareClaimRefusal } from './share.service';

const EXT_MSG = { message: '$property must be 1-128 characters of A-Z a-z 0-9 _ . : @ - / # + =' };

export const ShareRewardStateEnum = graphqlEnum(
  ['PENDING', 'REWARDED', 'REFUSED', 'NONE'] as const,
  'ShareRewardState',
  "The sharer's reward: PENDING (not yet earned), REWARDED (issued, once), REFUSED (earned but its template refused to issue), NONE (the pack has no reward).",
);
export const ShareClaimRefusalEnum = graphqlEnum(
  [...CLAIM_REFUSALS, 'SHARE_FULL', 'OWN_SHARE', 'NOT_NEW_USER'] as const,
  'ShareClaimRefusal',
  "Why a claim through a share was refused: the friend template's own reasons, or SHARE_FULL (all N places taken), OWN_SHARE (the sharer, or an account on a device or cookie the sharer used), NOT_NEW_USER (the pack is for new users only).",
);

@InputType({ description: 'Share a pack from a coupon whose template allows sharing.' })
export class CreateShareInput {
  @Field(() => ID, { description: 'The coupon to share (its template must allow sharing).' })
  couponId!: string;
  @Field(() => ID, { nullable: true, description: 'Required for API keys; a user token shares for itself.' })
  @IsOptional()
  @Matches(EXT_ID, EXT_MSG)
  userId?: string | null;
  @Field(() => String, { nullable: true, description: "The sharer's device (a friend on it is refused)." })
  @IsOptional()
  @Matches(EXT_ID, EXT_MSG)
  deviceId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(EXT_ID, EXT_MSG) cookieId?: string | null;
}

@InputType({
  description: 'A friend claims through a share (its id or code), with the usual device and cookie.',
})
export class ClaimShareInput {
  @Field(() => String, { description: 'The share code (from the link).' }) @Length(6, 32) code!: string;
  @Field(() => ID, { nullable: true, description: 'Required for API keys; a user token claims for itself.' })
  @IsOptional()
  @Matches(EXT_ID, EXT_MSG)
  userId?: string | null;
  @Field(() => String) @Matches(EXT_ID, EXT_MSG) deviceId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(EXT_ID, EXT_MSG) cookieId?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Optional: a friend claims once per share, so a replay answers the first claim whatever the key.',
  })
  @IsOptional()
  @Length(1, 255)
  idempotencyKey?: string | null;
}

@ObjectType('Share', { simpleResolvers: true, description: 'A share pack and its progress.' })
export class ShareType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The code a share link carries.' }) code!: string;
  @Field(() => ID, { description: 'The shareable template.' }) templateId!: string;
  @Field(() => ID, { description: "The sharer's coupon." }) couponId!: string;
  @Field(() => ID) sharerUserId!: string;
  @Field(() => ID) friendTemplateId!: string;
  @Field(() => Int, { description: 'N: how many friends the pack serves.' }) size!: number;
  @Field(() => Int) claimed!: number;
  @Field(() => Int) remaining!: number;
  @Field(() => DateTimeScalar) expiresAt!: number;
  @Field(() => Boolean) expired!: boolean;
  @Field(() => Boolean) newUsersOnly!: boolean;
  @Field(() => ShareRewardWhenEnum) rewardWhen!: ShareRewardWhen;
  @Field(() => Int, { nullable: true }) rewardAfterClaims?: number | null;
  @Field(() => ShareRewardStateEnum) rewardState!: ShareRewardState;
  @Field(() => ID, { nullable: true }) rewardCouponId?: string | null;
  @Field(() => String, { description: 'e.g. "Share with 3 friends: 2 of 3 joined".' }) description!: string;
  @Field(() => Boolean, { description: 'createShare: the pack already existed for this coupon.' })
  replayed!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'The friend got a coupon through the share.' })
export class ShareClaimSuccess {
  @Field(() => CouponType) coupon!: CouponType;
  @Field(() => ShareType) share!: ShareType;
  @Field(() => Boolean, { description: 'The friend was a new user when claiming.' }) newUser!: boolean;
  @Field(() => Boolean, { description: 'This friend had claimed through this share before.' })
  replayed!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: 'The friend got nothing, and why (a business refusal, as data).',
})
export class ShareClaimRefused {
  @Field(() => ShareClaimRefusalEnum) reason!: ShareClaimRefusal;
  @Field(() => ShareType) share!: ShareType;
  @Field(() => Boolean) replayed!: boolean;
}

export const ShareClaimResult = createUnionType({
  name: 'ShareClaimResult',
  description: 'A claim through a share: the coupon, or why the friend got nothing.',
  types: () => [ShareClaimSuccess, ShareClaimRefused] as const,
  resolveType: (value) => ('coupon' in value ? ShareClaimSuccess : ShareClaimRefused),
});

@ObjectType({
  simpleResolvers: true,
  description: 'What sharing won over a range: packs, friends, new customers and their orders.',
})
export class SharingMetrics {
  @Field(() => Int, { description: 'Share packs created.' }) shares!: number;
  @Field(() => Int, { description: 'Friends who claimed through a share.' }) claims!: number;
  @Field(() => Int, { description: 'Of them, new users when they claimed.' }) newUsers!: number;
  @Field(() => Int, { description: 'New users won by sharing who paid a first order in the range.' })
  newCustomers!: number;
  @Field(() => Int, { description: 'Paid orders of friends after their claim (orders won by sharing).' })
  orders!: number;
  @Field(() => MoneyScalar, { description: 'What those orders paid (minor units).' }) revenue!: number;
}
