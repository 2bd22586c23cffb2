// Thin resolvers: parse, authorise, delegate to EventsService / WebhookService.
import { GraphQLSafeInt } from 'graphql-scalars';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import type { Context } from '../graphql/context';
import { PageArgs } from '../graphql/pagination';
import { CouponEventType } from '../outbox/outbox.resolver';
import type { DeliveryStatus } from './events.entity';
import {
  CouponEventFilter,
  CreatedWebhookEndpoint,
  CreateWebhookEndpointInput,
  ReplayWebhookDeliveriesInput,
  RotatedWebhookSecret,
  UpdateWebhookEndpointInput,
  WebhookAttemptConnection,
  WebhookDeliveryConnection,
  WebhookDeliveryStatusEnum,
  WebhookDeliveryType,
  WebhookEndpointConnection,
  WebhookEndpointType,
  WebhookReplayResult,
  WebhookTestResult,
} from './events.types';
import type { EventView } from '../outbox/outbox.sql';
import type { EventFilter } from './filters';
import { webhookActor } from './webhook.service';

interface CouponEventsArgs {
  filter?: EventFilter | null;
  afterId?: number | null;
}

@Resolver()
export class CouponEventsResolver {
  @Authorized('events:read')
  @Subscription(() => CouponEventType, {
    description:
      'Coupon events as they are committed (graphql-ws on /graphql; authenticate in connectionParams: { authorization: "Bearer <key or staff token>" }). ' +
      'In order per coupon; a partner key sees only its merchants. Pass the last id you saw as afterId to resume without a gap.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, CouponEventsArgs, Context>) =>
      context.services.events.subscribe(context.principal, args.filter, args.afterId),
  })
  couponEvents(
    @Root() event: EventView,
    @Arg('filter', () => CouponEventFilter, { nullable: true, validate: false })
    _filter: CouponEventFilter | null,
    @Arg('afterId', () => GraphQLSafeInt, {
      nullable: true,
      description: 'Resume after this event id (within the resume window).',
    })
    _afterId: number | null,
  ): EventView {
    return event;
  }
}

@Resolver()
export class WebhookResolver {
  @Authorized('staff:read', 'events:read')
  @Query(() => WebhookEndpointConnection, { description: 'Staff see every endpoint; a partner key its own.' })
  webhookEndpoints(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.events.webhooks.list(webhookActor(ctx.principal, false), page.first, page.after);
  }

  @Authorized('staff:read', 'events:read')
  @Query(() => WebhookEndpointType, { description: 'One webhook endpoint by id.' })
  webhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.events.webhooks.get(webhookActor(ctx.principal, false), id);
  }

  @Authorized('staff:read', 'events:read')
  @Query(() => WebhookDeliveryConnection, { description: 'Newest first.' })
  webhookDeliveries(
    @Arg('endpointId', () => ID) endpointId: string,
    @Arg('status', () => WebhookDeliveryStatusEnum, { nullable: true }) status: DeliveryStatus | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.events.webhooks.deliveries(
      webhookActor(ctx.principal, false),
      endpointId,
      status,
      page.first,
      page.after,
    );
  }

  @Authorized('staff:read', 'events:read')
  @Query(() => WebhookAttemptConnection, {
    description: 'The delivery log, newest first: status codes, latency, response excerpts.',
  })
  webhookAttempts(
    @Arg('endpointId', () => ID) endpointId: string,
    @Arg('deliveryId', () => ID, { nullable: true }) deliveryId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.events.webhooks.attempts(
      webhookActor(ctx.principal, false),
      endpointId,
      deliveryId,
      page.first,
      page.after,
    );
  }

  @Authorized('webhooks:manage')
  @Mutation(() => CreatedWebhookEndpoint, { description: 'The signing secret is in the result, once.' })
  createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.events.webhooks.create(webhookActor(ctx.principal, true), input);
  }

  @Authorized('webhooks:manage')
  @Mutation(() => WebhookEndpointType, { description: 'Changes a webhook endpoint.' })
  updateWebhookEndpoint(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.events.webhooks.update(webhookActor(ctx.principal, true), id, input);
  }

  @Authorized('webhooks:manage')
  @Mutation(() => Boolean, { description: 'Deletes the endpoint with its deliveries and log.' })
  deleteWebhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.events.webhooks.remove(webhookActor(ctx.principal, true), id);
  }

  @Authorized('webhooks:manage')
  @Mutation(() => RotatedWebhookSecret, {
    description:
      'A new secret (shown once); the old one still signs, as a second signature, for overlapSeconds (default 24 h).',
  })
  rotateWebhookSecret(
    @Arg('id', () => ID) id: string,
    @Arg('overlapSeconds', () => Int, { nullable: true }) overlapSeconds: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.events.webhooks.rotate(webhookActor(ctx.principal, true), id, overlapSeconds);
  }

  @Authorized('webhooks:manage')
  @Mutation(() => WebhookTestResult, {
    description:
      'Sends an example event of a type (default coupon.claimed) to the endpoint now, signed as real deliveries are, and answers what it replied. Nothing is stored or retried; the event id is 0.',
  })
  sendTestWebhookEvent(
    @Arg('endpointId', () => ID) endpointId: string,
    @Arg('eventType', () => String, {
      defaultValue: 'coupon.claimed',
      description: 'coupon.claimed, rule.fired …',
    })
    eventType: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.events.sendTestEvent(webhookActor(ctx.principal, true), endpointId, eventType);
  }

  @Authorized('webhooks:manage')
  @Mutation(() => WebhookDeliveryType, {
    description: 'Sends a finished (e.g. DEAD) delivery again, with the same webhook-id.',
  })
  replayWebhookDelivery(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.events.webhooks.replayDelivery(webhookActor(ctx.principal, true), id);
  }

  @Authorized('webhooks:manage')
  @Mutation(() => WebhookReplayResult, {
    description: "Queues an endpoint's events of a time range again (by default only the dead ones).",
  })
  async replayWebhookDeliveries(
    @Arg('input', () => ReplayWebhookDeliveriesInput) input: ReplayWebhookDeliveriesInput,
    @Ctx() ctx: Context,
  ) {
    return {
      queued: await ctx.services.events.webhooks.replayRange(webhookActor(ctx.principal, true), input),
    };
  }
}
