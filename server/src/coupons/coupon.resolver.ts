import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import type { Context } from '../graphql/context';
import { actingUser } from '../graphql/context';
import { CouponStatusEnum } from './coupon.enums';
import { badInput } from '../graphql/errors';
import { PageArgs } from '../graphql/pagination';

import type { CouponTemplate } from '../templates/template.entity';
import { TemplateType } from '../templates/template.types';
import type { Coupon, CouponStatus } from './coupon.entity';
import { type ClaimOutcome, refusalMessage } from './coupon.service';
import {
  CartInput,
  ClaimableTemplate,
  ClaimByCodeInput,
  ClaimInput,
  ClaimRefused,
  ClaimResult,
  ClaimSuccess,
  CouponConnection,
  CouponType,
  IssueCouponInput,
  IssueResultItem,
  PlacementInput,
} from './coupon.types';

@ArgsType()
class WalletConnectionArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Required for API keys and staff; a user token reads its own.',
  })
  userId?: string | null;
  @Field(() => [CouponStatusEnum], { nullable: true, description: 'Only coupons in these statuses.' })
  status?: CouponStatus[] | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Only AVAILABLE coupons that expire within this many hours (1 to 8 760).',
  })
  @IsOptional()
  @Min(1)
  @Max(24 * 365)
  expiringWithinHours?: number | null;
}

@ArgsType()
class WalletArgs extends WalletConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: 'A cursor of walletConnection (this list carries none).',
    deprecationReason: 'Page with walletConnection, which gives cursors.',
  })
  @IsOptional()
  @MaxLength(256)
  declare after?: string | null;
}

function claimResult(o: ClaimOutcome): ClaimSuccess | ClaimRefused {
  return o.ok
    ? Object.assign(new ClaimSuccess(), { coupon: o.coupon, replayed: o.replayed })
    : Object.assign(new ClaimRefused(), {
        reason: o.reason,
        message: refusalMessage(o.reason),
        retryAfterSeconds: o.retryAfterSeconds ?? null,
        replayed: o.replayed,
      });
}

@Resolver(() => CouponType)
export class CouponResolver {
  @Authorized('coupons:claim')
  @Mutation(() => ClaimResult, {
    description: 'Claims one coupon of a template into the wallet: ClaimSuccess or ClaimRefused { reason }.',
  })
  async claimCoupon(@Arg('input', () => ClaimInput) input: ClaimInput, @Ctx() ctx: Context) {
    const userId = actingUser(ctx, input.userId, 'input.userId');
    return claimResult(await ctx.services.coupons.claim(ctx.principal, { ...input, userId }));
  }

  @Authorized('coupons:claim')
  @Mutation(() => ClaimResult, { description: 'Claims the coupon an unbound code stands for.' })
  async claimByCode(@Arg('input', () => ClaimByCodeInput) input: ClaimByCodeInput, @Ctx() ctx: Context) {
    const userId = actingUser(ctx, input.userId, 'input.userId');
    return claimResult(
      await ctx.services.coupons.claimByCode(
        ctx.principal,
        { ...input, userId },
        input.code.trim().toUpperCase(),
        ctx.address,
      ),
    );
  }

  @Authorized('wallet')
  @Query(() => [CouponType], { description: "A user's coupons, soonest-expiring first." })
  wallet(@Args(() => WalletArgs) args: WalletArgs, @Ctx() ctx: Context) {
    const userId = actingUser(ctx, args.userId, 'userId');
    return ctx.services.coupons.wallet(userId, args.status, args.expiringWithinHours, args.first, args.after);
  }

  @Authorized('wallet')
  @Query(() => CouponConnection, {
    description:
      "A user's coupons as a cursor connection, soonest-expiring first (then by id); the paged form of `wallet`.",
  })
  walletConnection(@Args(() => WalletConnectionArgs) args: WalletConnectionArgs, @Ctx() ctx: Context) {
    const userId = actingUser(ctx, args.userId, 'userId');
    return ctx.services.coupons.walletPage(
      userId,
      args.status,
      args.expiringWithinHours,
      args.first,
      args.after,
    );
  }

  @Authorized('wallet:write')
  @Mutation(() => Int, {
    description: 'Marks coupons as seen (isNew becomes false); returns how many changed.',
  })
  markCouponsSeen(
    @Arg('couponIds', () => [ID]) couponIds: string[],
    @Arg('userId', () => ID, { nullable: true }) userId: string | null,
    @Ctx() ctx: Context,
  ) {
    if (couponIds.length > 500) throw badInput('couponIds', 'at most 500');
    return ctx.services.coupons.markSeen(actingUser(ctx, userId, 'userId'), couponIds);
  }

  @Authorized('wallet')
  @Query(() => [ClaimableTemplate], {
    description: 'What this user may claim now at a placement, and why not.',
  })
  couponCenter(
    @Arg('userId', () => ID, { nullable: true }) userId: string | null,
    @Arg('placement', () => PlacementInput, { nullable: true }) placement: PlacementInput | null,
    @Arg('cart', () => CartInput, { nullable: true }) cart: CartInput | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.coupons.couponCenter(
      actingUser(ctx, userId, 'userId'),
      placement ?? { kind: 'CENTER' },
      cart,
    );
  }

  @Authorized('staff:read')
  @Query(() => CouponType, { description: 'One coupon by id (staff).' })
  coupon(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.coupons.getCoupon(id);
  }

  @Authorized('staff:write')
  @Mutation(() => [IssueResultItem], {
    description: 'Issues a template to up to 1 000 users at once (source API).',
  })
  async issueCoupons(@Arg('input', () => IssueCouponInput) input: IssueCouponInput, @Ctx() ctx: Context) {
    const results = await ctx.services.coupons.issueTo(
      input.templateId,
      input.userIds,
      'API',
      input.idempotencyKey,
    );
    return results.map((r) => ({
      userId: r.userId,
      coupon: r.outcome.ok ? r.outcome.coupon : null,
      reason: r.outcome.ok ? null : r.outcome.reason,
    }));
  }

  @Authorized('staff:write')
  @Mutation(() => CouponType, { description: 'Revokes a coupon in any state but REDEEMED.' })
  revokeCoupon(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    if (reason && reason.length > 500) throw badInput('reason', 'at most 500 characters');
    return ctx.services.coupons.revoke(id, reason);
  }

  /** Synchronous when the template is cached (a wallet's 50 coupons share a few templates). */
  @FieldResolver(() => TemplateType)
  template(@Root() c: Coupon, @Ctx() ctx: Context): CouponTemplate | Promise<CouponTemplate> {
    return couponTemplate(c, ctx);
  }
}

/**
 * `Coupon.template`, also installed as the field's resolver as it is (composition.ts,
 * DIRECT_FIELD_RESOLVERS): it has no @Authorized and no middleware, and a quote asks for it once per
 * wallet item.
 */
export function couponTemplate(c: Coupon, ctx: Context): CouponTemplate | Promise<CouponTemplate> {
  const cached = ctx.services.coupons.cachedTemplate(c.templateId);
  if (cached) return cached;
  return ctx.services.coupons.template(c.templateId).then((t) => {
    if (!t) throw new Error(`template ${c.templateId} of coupon ${c.id} is missing`);
    return t;
  });
}
