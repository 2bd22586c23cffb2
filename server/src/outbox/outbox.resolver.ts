import { IsOptional, Max, Min } from 'class-validator';
import { GraphQLJSON, GraphQLSafeInt } from 'graphql-scalars';
import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { isEventTypeName } from '@couponflow/schema';
import type { Context } from '../graphql/context';
import { EventTypeEnum } from './outbox.enums';
import { badInput, forbidden } from '../graphql/errors';
import { DateTimeScalar } from '../graphql/scalars';
import { isId } from '../ids';
import { CouponEventData, type EventDataValue } from './event-data.types';
import { BidiPageArgs, Connection, pageWindow } from '../graphql/pagination';
import { readEventLogConnection, readEventLogPage } from './outbox';
import type { EventView } from './outbox.sql';
import { eventData, legacyPayload } from './publish';

@ObjectType('CouponEvent', {
  description:
    'A domain event (what webhooks deliver and subscriptions stream). Select `data` with a fragment per type for its typed fields.',
})
export class CouponEventType {
  @Field(() => GraphQLSafeInt, {
    description: 'Position in the outbox; increasing, and in order per coupon. Resume after it with afterId.',
  })
  id!: number;
  @Field(() => EventTypeEnum, {
    description: 'The event type in GraphQL spelling (COUPON_CLAIMED).',
    deprecationReason:
      'Use eventType: the same name as webhook bodies, JSON Schemas and filters (coupon.claimed).',
  })
  type!: string;
  @Field(() => ID, { nullable: true, description: 'The coupon the event is about.' }) couponId?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'The coupon template.' }) templateId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The campaign.' }) campaignId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The user (end customer).' }) userId?: string | null;
  @Field(() => String, { nullable: true, description: 'The merchant the event is filed under.' })
  merchantId?: string | null;
  @Field(() => DateTimeScalar, { description: 'When the event happened (the webhook body timestamp).' })
  createdAt!: number;
}

@Resolver(() => CouponEventType)
export class CouponEventFieldsResolver {
  @FieldResolver(() => String, {
    description: 'The event type, named as in webhook bodies and JSON Schemas: coupon.claimed, rule.fired …',
  })
  eventType(@Root() e: EventView): string {
    return e.type;
  }

  @FieldResolver(() => CouponEventData, {
    description: 'The typed data of the event: the webhook body `data`, field for field.',
  })
  data(@Root() e: EventView): EventDataValue {
    return { ...eventData(e, 'epoch'), __eventType: e.type };
  }

  @FieldResolver(() => GraphQLJSON, {
    description: 'The untyped payload (coupon nested under `coupon`, epoch-second times).',
    deprecationReason: 'Use data: typed, with the same fields as the webhook body.',
  })
  payload(@Root() e: EventView): unknown {
    return legacyPayload(e);
  }
}

@ArgsType()
class EventFilterArgs extends BidiPageArgs {
  @Field(() => ID, { nullable: true, description: 'The events of one coupon.' })
  @IsOptional()
  couponId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The events of one coupon template.' })
  @IsOptional()
  templateId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The events of one user (coupons issued to them …).' })
  @IsOptional()
  userId?: string | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Only these event types (coupon.claimed …); empty or missing: every type.',
  })
  @IsOptional()
  eventTypes?: string[] | null;
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
  @Field(() => [String], {
    nullable: true,
    description: 'Only these event types (coupon.claimed …); empty or missing: every type.',
  })
  @IsOptional()
  eventTypes?: string[] | null;
  @Field(() => Int, { defaultValue: 100 }) @Min(1) @Max(100) first!: number;
}

export const CouponEventConnection = Connection(CouponEventType, 'CouponEventConnection', 'coupon events');

/** The filters both event log queries take, checked, and the merchants a partner key may read. */
function eventFilter(
  args: Pick<EventsArgs, 'couponId' | 'templateId' | 'userId' | 'eventTypes'>,
  ctx: Context,
) {
  if (args.couponId && !isId('coupon', args.couponId)) throw badInput('couponId', 'malformed coupon id');
  if (args.templateId && !isId('template', args.templateId))
    throw badInput('templateId', 'malformed template id');
  if (args.userId != null && args.userId.length > 128) throw badInput('userId', 'at most 128 characters');
  (args.eventTypes ?? []).forEach((t, i) => {
    if (!isEventTypeName(t))
      throw badInput(`eventTypes[${i}]`, `unknown event type ${JSON.stringify(t).slice(0, 80)}`);
  });
  const p = ctx.principal;
  let merchantIds: readonly string[] | null = null;
  if (p.kind === 'apiKey') {
    merchantIds = p.merchantIds && p.merchantIds.length > 0 ? p.merchantIds : null;
  } else if (p.kind !== 'staff') throw forbidden('the event log needs a staff session or an events:read key');
  return {
    couponId: args.couponId,
    templateId: args.templateId,
    userId: args.userId,
    types: args.eventTypes?.length ? args.eventTypes : null,
    merchantIds,
  };
}

@Resolver()
export class OutboxResolver {
  @Authorized('staff:read', 'events:read')
  @Query(() => [CouponEventType], {
    description:
      'Domain events in outbox order (what partners receive). Staff see every event; a partner key with events:read the events of its merchants, as its subscription does: pull what was missed with afterId (the last id seen).',
    deprecationReason: 'Use couponEventLogConnection (cursors, backward paging, totalCount).',
  })
  async couponEventLog(@Args(() => EventsArgs) args: EventsArgs, @Ctx() ctx: Context): Promise<EventView[]> {
    return readEventLogPage(ctx.services.db, {
      ...eventFilter(args, ctx),
      afterId: args.afterId ?? 0,
      first: args.first,
    });
  }

  @Authorized('staff:read', 'events:read')
  @Query(() => CouponEventConnection, {
    description:
      'Domain events in outbox order (oldest first) as a cursor connection: `first`/`after` forward, `last`/`before` backward. Staff see every event; a partner key with events:read the events of its merchants. totalCount counts the filtered log.',
  })
  async couponEventLogConnection(@Args(() => EventFilterArgs) args: EventFilterArgs, @Ctx() ctx: Context) {
    const filter = eventFilter(args, ctx);
    const w = pageWindow(args, (position, field) => {
      if (!/^\d{1,15}$/.test(position)) throw badInput(field, 'is not a cursor from this list');
      return Number(position);
    });
    return readEventLogConnection(ctx.services.db, filter, w);
  }
}
