// `node(id:)`: any object with a global id, by the kind its id prefix names (graphql/node.ts).
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { Node, nodeTypeOf } from '../graphql/node';

@Resolver()
export class NodeResolver {
  @Authorized('staff:read')
  @Query(() => Node, {
    description:
      'The object with this global id (Relay): a Campaign, CouponTemplate, Coupon or BulkIssueJob. An id of no such kind is BAD_USER_INPUT; an unknown id NOT_FOUND.',
  })
  async node(
    @Arg('id', () => ID, { description: 'A global id, e.g. `cpn_0193…`.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    switch (nodeTypeOf(id)) {
      case 'Campaign':
        return ctx.services.campaigns.get(id);
      case 'CouponTemplate':
        return ctx.services.templates.get(id);
      case 'Coupon':
        return ctx.services.coupons.getCoupon(id);
      case 'BulkIssueJob':
        return ctx.services.jobs.view(await ctx.services.jobs.get(id));
      default:
        throw badInput('id', 'is not a global id of a Campaign, CouponTemplate, Coupon or BulkIssueJob');
    }
  }
}
