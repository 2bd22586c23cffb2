import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RedeemResult, ReleaseResult } from '../checkout/checkout.types';
import type { Context } from '../graphql/context';
import { actingUser, restrictedUser } from '../graphql/context';
import { InvestmentInput, InvestmentLock, InvestmentQuote, LockInvestmentInput } from './investment.types';

@Resolver()
export class InvestmentResolver {
  @Authorized('wallet')
  @Query(() => InvestmentQuote, {
    description:
      "The user's interest-rate coupons on an investment: the bonus each gives or why not, and the best set.",
  })
  quoteInvestment(@Arg('input', () => InvestmentInput) input: InvestmentInput, @Ctx() ctx: Context) {
    return ctx.services.investments.quote(actingUser(ctx, input.userId, 'input.userId'), input);
  }

  @Authorized('checkout')
  @Mutation(() => InvestmentLock, {
    description:
      'Locks the chosen interest-rate coupons to an investment with their bonuses (idempotent per id).',
  })
  lockInvestment(@Arg('input', () => LockInvestmentInput) input: LockInvestmentInput, @Ctx() ctx: Context) {
    const userId = actingUser(ctx, input.investment.userId, 'input.investment.userId');
    return ctx.services.investments.lock(userId, input.investmentId, input.investment, input.couponIds);
  }

  @Authorized('checkout')
  @Mutation(() => RedeemResult, {
    description: "The investment is made: its bonus is spent against the campaign's budget (idempotent).",
  })
  redeemInvestment(@Arg('investmentId', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.investments.redeem(id, restrictedUser(ctx));
  }

  @Authorized('checkout')
  @Mutation(() => ReleaseResult, {
    description: 'The investment was cancelled: its coupons return to the wallet.',
  })
  releaseInvestment(@Arg('investmentId', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.investments.release(id, restrictedUser(ctx));
  }

  @Authorized('checkout')
  @Mutation(() => ReleaseResult, {
    description:
      'The investment was withdrawn in full: the bonus returns to the budget, refundable coupons to the wallet.',
  })
  refundInvestment(@Arg('investmentId', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.investments.refund(id, restrictedUser(ctx));
  }
}
