// GraphQL shapes of the partner-events feature (the entities live in events.entity.ts; the
// CouponEvent type itself is the outbox's, reused by the subscription).
import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EventTypeEnum } from '../outbox/outbox.enums';
import { Connection } from '../graphql/pagination';
import { DateTimeScalar } from '../graphql/scalars';
import {
  ATTEMPT_OUTCOMES,
  type AttemptOutcome,
  DELIVERY_STATUSES,
  type DeliveryStatus,
} from './events.entity';

const EXT_ID = /^[A-Za-z0-9_.:@\-/#+=]{1,128}$/;
const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const WebhookDeliveryStatusEnum = asEnum(DELIVERY_STATUSES);
export const WebhookAttemptOutcomeEnum = asEnum(ATTEMPT_OUTCOMES);
registerEnumType(WebhookDeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description:
    'PENDING (waiting for its turn or its next retry), SENDING (an attempt in flight), SUCCEEDED, DEAD (retries used up: dead-letter; replay it).',
});
registerEnumType(WebhookAttemptOutcomeEnum, {
  name: 'WebhookAttemptOutcome',
  description:
    'SUCCEEDED (2xx), HTTP_ERROR (any other status; redirects are not followed), TIMEOUT, NETWORK_ERROR, BLOCKED (private address refused), ABANDONED (the sending instance stopped).',
});

@ObjectType('WebhookEndpoint', {
  simpleResolvers: true,
  description:
    'A partner receiver of signed webhooks (Standard Webhooks). The secret is never shown again after creation or rotation.',
})
export class WebhookEndpointType {
  @Field(() => ID) id!: string;
  @Field(() => String) url!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [EventTypeEnum], {
    description: 'Empty: every event type.',
    deprecationReason: 'Use events: the same types as named in webhook bodies (coupon.claimed).',
  })
  eventTypes!: string[];
  @Field(() => [String], {
    description:
      'The event types it receives, as named in webhook bodies (coupon.claimed); empty: every type.',
  })
  events!: string[];
  @Field(() => [ID], { description: 'Empty: every template.' }) templateIds!: string[];
  @Field(() => [ID], { description: 'Empty: every campaign.' }) campaignIds!: string[];
  @Field(() => [String], {
    description: 'Empty: every merchant (a partner key is still limited to its own).',
  })
  merchantIds!: string[];
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Why it was disabled: GONE (answered 410), FAILING (no success for too long), or by hand.',
  })
  disabledReason?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) disabledAt?: number | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'First failure since the last success.' })
  failingSince?: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastSuccessAt?: number | null;
  @Field(() => Int, { description: 'Requests in flight at most, across all server instances.' })
  maxConcurrency!: number;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Until then the previous secret signs too (rotation overlap).',
  })
  previousSecretExpiresAt?: number | null;
  @Field(() => ID, { nullable: true, description: 'The partner API key that manages it (null: staff).' })
  ownerKeyId?: string | null;
  @Field(() => DateTimeScalar) createdAt!: number;
  @Field(() => DateTimeScalar) updatedAt!: number;
}

export const WebhookEndpointConnection = Connection(
  WebhookEndpointType,
  'WebhookEndpointConnection',
  'webhook endpoints',
);

@ObjectType({
  description: 'A new webhook endpoint with its signing secret (shown only now).',
  simpleResolvers: true,
})
export class CreatedWebhookEndpoint {
  @Field(() => WebhookEndpointType) endpoint!: WebhookEndpointType;
  @Field(() => String, { description: 'The signing secret (whsec_...), shown once.' }) secret!: string;
}

@ObjectType({
  description: 'A webhook endpoint’s new signing secret (shown only now).',
  simpleResolvers: true,
})
export class RotatedWebhookSecret {
  @Field(() => WebhookEndpointType) endpoint!: WebhookEndpointType;
  @Field(() => String, { description: 'The new signing secret, shown once.' }) secret!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Until then both signatures are sent.' })
  previousSecretExpiresAt!: number | null;
}

@ObjectType('WebhookDelivery', {
  simpleResolvers: true,
  description: 'One event for one endpoint; its attempts are in webhookAttempts.',
})
export class WebhookDeliveryType {
  @Field(() => ID) id!: string;
  @Field(() => ID) endpointId!: string;
  @Field(() => GraphQLSafeInt) eventId!: number;
  @Field(() => EventTypeEnum, {
    deprecationReason: 'Use type: the event type as named in webhook bodies (coupon.claimed).',
  })
  eventType!: string;
  @Field(() => String, { description: 'The event type as named in the webhook body (coupon.claimed).' })
  type!: string;
  @Field(() => ID, { nullable: true }) couponId?: string | null;
  @Field(() => String, {
    description: 'The webhook-id header: the same for every attempt and replay of the event.',
  })
  webhookId!: string;
  @Field(() => WebhookDeliveryStatusEnum) status!: DeliveryStatus;
  @Field(() => Int) attempts!: number;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'PENDING: when it goes next; SENDING: when its lease ends.',
  })
  nextAttemptAt?: number | null;
  @Field(() => Int, { nullable: true }) lastStatusCode?: number | null;
  @Field(() => String, { nullable: true }) lastError?: string | null;
  @Field(() => ID, { nullable: true, description: 'The delivery this one replays.' }) replayOf?:
    string | null;
  @Field(() => DateTimeScalar) createdAt!: number;
  @Field(() => DateTimeScalar, { nullable: true }) finishedAt?: number | null;
}

export const WebhookDeliveryConnection = Connection(
  WebhookDeliveryType,
  'WebhookDeliveryConnection',
  'webhook deliveries',
);

@ObjectType('WebhookAttempt', {
  simpleResolvers: true,
  description: 'The delivery log: one HTTP attempt and what the endpoint answered.',
})
export class WebhookAttemptType {
  @Field(() => ID) id!: string;
  @Field(() => ID) deliveryId!: string;
  @Field(() => ID) endpointId!: string;
  @Field(() => GraphQLSafeInt) eventId!: number;
  @Field(() => Int) attempt!: number;
  @Field(() => DateTimeScalar) startedAt!: number;
  @Field(() => Int, { description: 'Latency in milliseconds.' }) durationMs!: number;
  @Field(() => WebhookAttemptOutcomeEnum) outcome!: AttemptOutcome;
  @Field(() => Int, { nullable: true }) statusCode?: number | null;
  @Field(() => String, { nullable: true, description: 'The first KiB of the response body.' })
  responseExcerpt?: string | null;
  @Field(() => String, { nullable: true }) error?: string | null;
  @Field(() => String, { nullable: true, description: 'The server instance that made the attempt.' })
  instance?: string | null;
}

export const WebhookAttemptConnection = Connection(
  WebhookAttemptType,
  'WebhookAttemptConnection',
  'delivery attempts',
);

@ObjectType({
  simpleResolvers: true,
  description: 'A test event sent to an endpoint, and what it answered (nothing stored, no retry).',
})
export class WebhookTestResult {
  @Field(() => String, { description: 'The webhook-id header sent (msg_test_…).' }) webhookId!: string;
  @Field(() => String, { description: 'The event type sent (coupon.claimed …).' }) eventType!: string;
  @Field(() => String, { description: 'The body sent: an example of the type, event id 0.' }) body!: string;
  @Field(() => WebhookAttemptOutcomeEnum, { description: 'SUCCEEDED when the endpoint answered 2xx.' })
  outcome!: AttemptOutcome;
  @Field(() => Int, { nullable: true, description: 'The HTTP status it answered.' }) statusCode!:
    number | null;
  @Field(() => Int, { description: 'Latency in milliseconds.' }) durationMs!: number;
  @Field(() => String, { nullable: true, description: 'The first KiB of its response.' })
  responseExcerpt!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it failed, when it did.' }) error!: string | null;
}

@ObjectType({ description: 'How many deliveries were queued again.', simpleResolvers: true })
export class WebhookReplayResult {
  @Field(() => Int, { description: 'Deliveries queued.' }) queued!: number;
}

@InputType({ description: 'A new webhook endpoint: URL and the event types it receives.' })
export class CreateWebhookEndpointInput {
  @Field(() => String) @Length(1, 2048) url!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) description?: string | null;
  @Field(() => [EventTypeEnum], {
    defaultValue: [],
    deprecationReason: 'Use events (coupon.claimed …), the names of webhook bodies.',
  })
  @ArrayMaxSize(20)
  eventTypes!: string[];
  @Field(() => [String], {
    nullable: true,
    description:
      'Event types as named in webhook bodies (coupon.claimed …), combined with eventTypes; none: every type.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  events?: string[] | null;
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(100) templateIds!: string[];
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(100) campaignIds!: string[];
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(1000)
  @Matches(EXT_ID, { each: true })
  merchantIds!: string[];
  @Field(() => Int, { nullable: true, description: 'Default WEBHOOK_MAX_CONCURRENCY (20).' })
  @IsOptional()
  @Min(1)
  @Max(200)
  maxConcurrency?: number | null;
  @Field(() => Boolean, { defaultValue: true }) enabled!: boolean;
}

@InputType({ description: 'Changes to a webhook endpoint.' })
export class UpdateWebhookEndpointInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 2048) url?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) description?: string | null;
  @Field(() => [EventTypeEnum], {
    nullable: true,
    deprecationReason: 'Use events (coupon.claimed …), the names of webhook bodies.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  eventTypes?: string[] | null;
  @Field(() => [String], {
    nullable: true,
    description:
      'Replaces the event types, as named in webhook bodies (coupon.claimed …), combined with eventTypes; [] for every type.',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  events?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(100) templateIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(100) campaignIds?: string[] | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  @Matches(EXT_ID, { each: true })
  merchantIds?: string[] | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(200) maxConcurrency?: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Enabling again clears the failure state; waiting deliveries resume.',
  })
  @IsOptional()
  enabled?: boolean | null;
}

@InputType({ description: 'Which deliveries of an endpoint to send again.' })
export class ReplayWebhookDeliveriesInput {
  @Field(() => ID) endpointId!: string;
  @Field(() => DateTimeScalar, { description: 'Events created at or after this instant.' }) from!: number;
  @Field(() => DateTimeScalar, { description: 'Events created before this instant.' }) to!: number;
  @Field(() => Boolean, {
    defaultValue: true,
    description: 'Only events whose latest delivery to this endpoint is DEAD (false: every matching event).',
  })
  onlyFailed!: boolean;
}

@InputType({
  description:
    'Lists are AND-ed; an empty or missing list admits everything. A partner key sees only its merchants.',
})
export class CouponEventFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Event types as named in webhook bodies: coupon.claimed, coupon.redeemed …',
  })
  eventTypes?: string[] | null;
  @Field(() => [EventTypeEnum], {
    nullable: true,
    description: 'Event types in GraphQL spelling (COUPON_CLAIMED); combined with eventTypes.',
    deprecationReason:
      'Use eventTypes (coupon.claimed …), the names of webhook bodies and CouponEvent.eventType.',
  })
  types?: string[] | null;
  @Field(() => [ID], { nullable: true }) templateIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) campaignIds?: string[] | null;
  @Field(() => [String], { nullable: true }) merchantIds?: string[] | null;
}
