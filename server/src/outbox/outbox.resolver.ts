import { IsOptional, Max, Min } from 'class-validator';
import { GraphQLJSON, GraphQLSafeInt } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { EventTypeEnum } from './outbox.enums';
import { badInput } from '../graphql/errors';
import { DateTimeScalar } from '../graphql/scalars';
import { isId } from '../ids';
import { readStaffEventLog } from './outbox';

@ObjectType('CouponEvent', {
  description: 'A domain event about coupons, in outbox order (what partners receive).',
  simpleResolvers: true,
})
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
  @Field(() => ID, { nullable: true, description: 'The events of one user (coupons issued to them …).' })
  @IsOptional()
  userId?: string | null;
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
    if (args.userId != null && args.userId.length > 128) throw badInput('userId', 'at most 128 characters');
    return readStaffEventLog(ctx.services.db, {
      afterId: args.afterId ?? 0,
      couponId: args.couponId,
      templateId: args.templateId,
      userId: args.userId,
      first: args.first,
    });
  }
}
