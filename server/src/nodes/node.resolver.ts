// `node(id:)`: any object with a global id, by the kind its id names (graphql/node.ts).
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { badInput, notFound } from '../graphql/errors';
import {
  EVENT_TYPE_NODE_PREFIX,
  Node,
  RULE_VERSION_NODE_RE,
  USER_PROFILE_NODE_PREFIX,
  nodeTypeOf,
} from '../graphql/node';
import { EXTERNAL_ID_RE } from '../ids';

const KINDS =
  'a Campaign, CouponTemplate, Coupon, BulkIssueJob, Rule, RuleVersion, Audience, EventType or UserProfile';

@Resolver()
export class NodeResolver {
  @Authorized('staff:read')
  @Query(() => Node, {
    description: `The object with this global id (Relay): ${KINDS}. An id of no such kind is BAD_USER_INPUT; an unknown id NOT_FOUND.`,
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
      case 'Rule':
        return ctx.services.rules.listView(await ctx.services.rules.get(id));
      case 'Audience':
        return ctx.services.audiences.get(id);
      case 'RuleVersion': {
        const [, ruleId, version] = RULE_VERSION_NODE_RE.exec(id)!;
        return ctx.services.rules.version(ruleId!, Number(version));
      }
      case 'EventType': {
        const type = await ctx.services.tracking.eventType(id.slice(EVENT_TYPE_NODE_PREFIX.length));
        if (!type) throw notFound('id', 'event type');
        return { ...type, __typename: 'EventType' };
      }
      case 'UserProfile': {
        const userId = id.slice(USER_PROFILE_NODE_PREFIX.length);
        if (!EXTERNAL_ID_RE.test(userId)) throw badInput('id', 'malformed user id');
        const attributes = await ctx.services.tracking.userAttributes(userId);
        if (!attributes) throw notFound('id', 'user profile');
        return { userId, attributes, __typename: 'UserProfile' };
      }
      default:
        throw badInput('id', `is not a global id of ${KINDS}`);
    }
  }
}
