import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CouponMetrics } from '../metrics/metrics.types';
import type { Context } from '../graphql/context';
import { actingUser, restrictedUser } from '../graphql/context';
import { DateTimeScalar } from '../graphql/scalars';
import {
  ClaimShareInput,
  CreateShareInput,
  ShareClaimRefused,
  ShareClaimResult,
  ShareClaimSuccess,
  SharingMetrics,
  ShareType,
} from './share.types';

@Resolver()
export class ShareResolver {
  @Authorized('coupons:claim')
  @Mutation(() => ShareType, {
    description:
      'Shares a coupon whose template allows it: a pack friends claim through (one pack per coupon).',
  })
  createShare(@Arg('input', () => CreateShareInput) input: CreateShareInput, @Ctx() ctx: Context) {
    const userId = actingUser(ctx, input.userId, 'input.userId');
    return ctx.services.shares.create(userId, input.couponId, input);
  }

  @Authorized('wallet')
  @Query(() => ShareType, { description: "A share's progress: claimed, remaining, reward state." })
  share(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true }) id?: string | null,
    @Arg('code', () => String, { nullable: true }) code?: string | null,
  ) {
    return ctx.services.shares.progress({ id, code }, restrictedUser(ctx));
  }

  @Authorized('wallet')
  @Query(() => [ShareType], { description: "A user's share packs, newest first." })
  shares(@Ctx() ctx: Context, @Arg('userId', () => ID, { nullable: true }) userId?: string | null) {
    return ctx.services.shares.sharesOf(actingUser(ctx, userId, 'userId'));
  }

  @Authorized('coupons:claim')
  @Mutation(() => ShareClaimResult, {
    description: "A friend claims through a share: a coupon of the pack's friend template, or why not.",
  })
  async claimShare(@Arg('input', () => ClaimShareInput) input: ClaimShareInput, @Ctx() ctx: Context) {
    const userId = actingUser(ctx, input.userId, 'input.userId');
    const o = await ctx.services.shares.claim({ ...input, userId });
    if (!o.ok) return Object.assign(new ShareClaimRefused(), o);
    const coupon = await ctx.services.coupons.getCoupon(o.couponId);
    return Object.assign(new ShareClaimSuccess(), {
      coupon,
      share: o.share,
      newUser: o.newUser,
      replayed: o.replayed,
    });
  }

  @Authorized('staff:read')
  @Query(() => SharingMetrics, {
    description:
      'Metrics "via sharing": packs, friends, new customers and orders won by sharing over [from, to).',
  })
  sharingMetrics(
    @Arg('from', () => DateTimeScalar) from: number,
    @Arg('to', () => DateTimeScalar) to: number,
    @Ctx() ctx: Context,
    @Arg('templateId', () => ID, { nullable: true }) templateId?: string | null,
  ) {
    return ctx.services.shares.figures(from, to, templateId ?? null);
  }
}

/** Metrics gain a "via sharing" breakdown: what share packs won in the same scope and range. */
@Resolver(() => CouponMetrics)
export class ShareMetricsResolver {
  @FieldResolver(() => SharingMetrics, {
    nullable: true,
    description:
      'Via sharing: packs, friends, new customers and orders won by sharing in this range (ALL, TEMPLATE or CAMPAIGN scopes; null for others).',
  })
  viaSharing(@Root() m: CouponMetrics, @Ctx() ctx: Context) {
    return ctx.services.shares.breakdown(m.scope, m.from, m.to);
  }
}
