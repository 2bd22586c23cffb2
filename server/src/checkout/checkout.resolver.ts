import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { actingUser, restrictedUser } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { fieldsSelectedOn } from '../graphql/selection';
import { type UserError, userError } from '../graphql/user-error';
import { EXT_ID } from '../coupons/coupon.types';
import { CartInput, LockInput, Quote, RedeemResult, ReleaseResult } from './checkout.types';

const orderId = (id: string): string => {
  if (!EXT_ID.test(id))
    throw badInput('orderId', 'must be 1-128 characters of A-Z a-z 0-9 _ . : @ - / # + =');
  return id;
};

@Resolver()
export class CheckoutResolver {
  @Authorized('wallet')
  @Query(() => Quote, {
    description: 'Every wallet coupon with applicable or the reason, and the exact best combination.',
  })
  async quote(
    @Arg('cart', () => CartInput) cart: CartInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const userId = actingUser(ctx, cart.userId, 'cart.userId');
    const quote = await ctx.services.checkout.quote(userId, cart, fieldsSelectedOn(info, 'Coupon'));
    return { ...quote, errors: [] };
  }

  @Authorized('checkout')
  @Mutation(() => Quote, { description: 'Locks the chosen coupons to an order (idempotent per order id).' })
  async lockCoupons(@Arg('input', () => LockInput) input: LockInput, @Ctx() ctx: Context) {
    const userId = actingUser(ctx, input.cart.userId, 'input.cart.userId');
    const quote = await ctx.services.checkout.lock(userId, input.orderId, input.cart, input.couponIds);
    const errors: UserError[] = quote.problems.map((p) => {
      const i = input.couponIds.indexOf(p.couponId);
      return userError(
        'COUPON_NOT_LOCKABLE',
        i >= 0 ? `input.couponIds[${i}]` : 'input.couponIds',
        `coupon ${p.couponId} cannot be locked: ${p.reason}${p.shortBy != null ? ` (short by ${p.shortBy})` : ''}`,
      );
    });
    return { ...quote, errors };
  }

  @Authorized('checkout')
  @Mutation(() => RedeemResult, { description: "Confirms the order's locked coupons (idempotent)." })
  async redeemOrder(@Arg('orderId', () => ID) id: string, @Ctx() ctx: Context) {
    const result = await ctx.services.checkout.redeem(orderId(id), restrictedUser(ctx));
    const errors: UserError[] = result.ok
      ? []
      : [
          userError(
            'ORDER_NOT_LOCKED',
            'orderId',
            `the order is ${result.status}: no locked coupons to redeem`,
          ),
        ];
    return { ...result, errors };
  }

  @Authorized('checkout')
  @Mutation(() => ReleaseResult, {
    description: 'The order was cancelled: its locked coupons return to the wallet.',
  })
  releaseOrder(@Arg('orderId', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.checkout.release(orderId(id), restrictedUser(ctx));
  }

  @Authorized('checkout')
  @Mutation(() => ReleaseResult, {
    description: 'A full refund: refundable coupons still valid return to the wallet.',
  })
  refundOrder(@Arg('orderId', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.checkout.refund(orderId(id), restrictedUser(ctx));
  }
}
