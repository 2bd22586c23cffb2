import { IsOptional, Max, Min } from 'class-validator';
import { GraphQLJSON, GraphQLSafeInt } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { EventTypeEnum } from '../graphql/enums';
import { badInput } from '../graphql/errors';
import { DateTimeScalar } from '../graphql/scalars';
import { isId } from '../ids';

@ObjectType('CouponEvent', { simpleResolvers: true })
export class CouponEventType {
  @Field(() => GraphQLSafeInt, {
    description: 'Position in the outbox; increasing, and in order per coupon.',
  })
  id!: number;
  @Field(() => EventTypeEnum) type!: string;
  @Field(() => ID, { nullable: true }) couponId?: string | null;
  @Field(() => ID, { nullable: true }) templateId?: string | null;
  @Field(() => ID, { nullable: true }) campaignId?: string | null;
  @Field(() => ID, { nullable: true }) userId?: string | null;
  @Field(() => String, { nullable: true }) merchantId?: string | null;
  @Field(() => GraphQLJSON) payload!: unknown;
  @Field(() => DateTimeScalar) createdAt!: number;
}

@ArgsType()
class EventsArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() couponId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() templateId?: string | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Events after this id.' })
  @IsOptional()
  @Min(0)
  afterId?: number | null;
  @Field(() => Int, { defaultValue: 100 }) @Min(1) @Max(100) first!: number;
}

@Resolver()
export class OutboxResolver {
  @Authorized('staff:read')
  @Query(() => [CouponEventType], { description: 'Domain events in outbox order (what partners receive).' })
  async couponEventLog(
    @Args(() => EventsArgs) args: EventsArgs,
    @Ctx() ctx: Context,
  ): Promise<CouponEventType[]> {
    if (args.couponId && !isId('coupon', args.couponId)) throw badInput('couponId', 'malformed coupon id');
    if (args.templateId && !isId('template', args.templateId))
      throw badInput('templateId', 'malformed template id');
    const where: string[] = ['id > ?'];
    const params: unknown[] = [args.afterId ?? 0];
    if (args.couponId) {
      where.push('coupon_id = ?');
      params.push(args.couponId);
    }
    if (args.templateId) {
      where.push('template_id = ?');
      params.push(args.templateId);
    }
    const rows = await ctx.services.db.read((sql) =>
      sql.all<{
        id: number;
        type: string;
        coupon_id: string | null;
        template_id: string | null;
        campaign_id: string | null;
        user_id: string | null;
        merchant_id: string | null;
        payload: string;
        created_at: number;
      }>(
        `SELECT id, type, coupon_id, template_id, campaign_id, user_id, merchant_id, payload, created_at FROM outbox_event WHERE ${where.join(' AND ')} ORDER BY id LIMIT ${args.first}`,
        params,
      ),
    );
    return rows.map((r) => ({
      id: Number(r.id),
      type: r.type,
      couponId: r.coupon_id,
      templateId: r.template_id,
      campaignId: r.campaign_id,
      userId: r.user_id,
      merchantId: r.merchant_id,
      payload: JSON.parse(r.payload),
      createdAt: Number(r.created_at),
    }));
  }
}
