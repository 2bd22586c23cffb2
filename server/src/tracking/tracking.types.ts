import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EVENT_TYPE_NODE_PREFIX, Node, USER_PROFILE_NODE_PREFIX } from '../graphql/node';
import { DateTimeScalar } from '../graphql/scalars';
import { PROPERTY_TYPES, type PropertyType } from './tracking.entity';

export const PropertyTypeEnum = Object.fromEntries(PROPERTY_TYPES.map((t) => [t, t])) as {
  [K in PropertyType]: K;
};
registerEnumType(PropertyTypeEnum, {
  name: 'EventPropertyType',
  description: 'The value type of an event property.',
});

export const TrackErrorCodeEnum = {
  INVALID_ID: 'INVALID_ID',
  INVALID_USER_ID: 'INVALID_USER_ID',
  UNKNOWN_EVENT_TYPE: 'UNKNOWN_EVENT_TYPE',
  MISSING_PROPERTY: 'MISSING_PROPERTY',
  INVALID_PROPERTY: 'INVALID_PROPERTY',
  INVALID_ATTRIBUTES: 'INVALID_ATTRIBUTES',
  DUPLICATE_IN_BATCH: 'DUPLICATE_IN_BATCH',
  INVALID_TIME: 'INVALID_TIME',
} as const;
registerEnumType(TrackErrorCodeEnum, {
  name: 'TrackErrorCode',
  description: 'Why a tracked event was refused.',
});

@ObjectType('EventProperty', {
  description: 'A typed property of a tracked event type.',
  simpleResolvers: true,
})
export class EventPropertyType {
  @Field(() => String) name!: string;
  @Field(() => PropertyTypeEnum) type!: PropertyType;
  @Field(() => Boolean) required!: boolean;
}

@ObjectType('EventType', {
  description: 'A tracked event type apps send, with its typed properties.',
  simpleResolvers: true,
  implements: Node,
})
export class EventTypeType {
  @Field(() => ID, {
    description:
      'Global id and cache key: `evt:` and the event type’s name, which is unique; `node(id:)` fetches it.',
  })
  id(): string {
    return `${EVENT_TYPE_NODE_PREFIX}${this.name}`;
  }
  @Field(() => String, { description: 'The type name apps send, e.g. `order.paid`.' }) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [EventPropertyType]) properties!: EventPropertyType[];
  @Field(() => Boolean, { description: 'Shipped with the product; its properties may only be extended.' })
  builtin!: boolean;
  @Field(() => DateTimeScalar) createdAt!: number;
  @Field(() => DateTimeScalar) updatedAt!: number;
}

@InputType({ description: 'A typed property of a tracked event type.' })
export class EventPropertyInput {
  @Field(() => String) name!: string;
  @Field(() => PropertyTypeEnum) type!: PropertyType;
  @Field(() => Boolean, { defaultValue: false }) required!: boolean;
}

@InputType({ description: 'A tracked event type and its typed properties.' })
export class DefineEventTypeInput {
  @Field(() => String, { description: 'e.g. `subscription.renewed`' }) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [EventPropertyInput]) properties!: EventPropertyInput[];
}

@InputType({ description: 'An event an app sends: type, user, time and properties.' })
export class TrackEventInput {
  @Field(() => ID, { description: 'The app’s own event id: a resent event with the same id is ignored.' })
  id!: string;
  @Field(() => String) type!: string;
  @Field(() => ID) userId!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Defaults to the time of receipt.' })
  occurredAt?: number | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Checked against the type’s property schema.' })
  properties?: Record<string, unknown> | null;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Merged into the user’s attributes (null removes one).',
  })
  userAttributes?: Record<string, unknown> | null;
}

@ObjectType({ description: 'A tracked event that was refused, and why.', simpleResolvers: true })
export class TrackEventError {
  @Field(() => Int, { description: 'Position in the batch.' }) index!: number;
  @Field(() => ID, { nullable: true }) eventId!: string | null;
  @Field(() => TrackErrorCodeEnum) code!: string;
  @Field(() => String, { description: 'Path of the offending input, e.g. events.3.properties.amount' })
  field!: string;
  @Field(() => String) message!: string;
}

@ObjectType({ description: 'What tracking a batch of events did.', simpleResolvers: true })
export class TrackResult {
  @Field(() => Int, { description: 'New events stored and run through the rules.' }) accepted!: number;
  @Field(() => Int, { description: 'Events whose id was seen before (ignored).' }) duplicates!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => [TrackEventError]) errors!: TrackEventError[];
  @Field(() => Int, { description: 'Rule decisions that reached an action or a split.' }) firings!: number;
  @Field(() => Int, { description: 'Coupons issued by rules for this batch.' }) issued!: number;
}

@ObjectType('UserProfile', {
  description: 'What is known of a user: attributes and first-seen times.',
  simpleResolvers: true,
  implements: Node,
})
export class UserProfileType {
  @Field(() => ID, {
    description:
      'Global id and cache key: `usr:` and the user id (one profile per user); `node(id:)` fetches it.',
  })
  id(): string {
    return `${USER_PROFILE_NODE_PREFIX}${this.userId}`;
  }
  @Field(() => ID, { description: 'The app’s user id.' }) userId!: string;
  @Field(() => GraphQLJSON) attributes!: Record<string, unknown>;
}

@ObjectType('TrackedEvent', { description: 'A stored tracked event.', simpleResolvers: true })
export class TrackedEventType {
  @Field(() => ID) id!: string;
  @Field(() => String) type!: string;
  @Field(() => ID) userId!: string;
  @Field(() => DateTimeScalar) occurredAt!: number;
  @Field(() => DateTimeScalar) receivedAt!: number;
  @Field(() => GraphQLJSON) properties!: Record<string, unknown>;
}

@ObjectType({
  description: 'How many events of one type a user sent: all time and over the window.',
  simpleResolvers: true,
})
export class BehaviourCount {
  @Field(() => String) eventType!: string;
  @Field(() => Int, { description: 'Events of this type, all time.' }) total!: number;
  @Field(() => Int, { description: 'Events in the last `days` UTC days (today included).' }) recent!: number;
  @Field(() => DateTimeScalar, { description: 'Start of the last UTC day with such an event.' })
  lastDay!: number;
}

@ObjectType('BehaviourSum', {
  description: 'A user’s sum of one numeric event property: all time and over the window.',
  simpleResolvers: true,
})
export class BehaviourSumType {
  @Field(() => String) eventType!: string;
  @Field(() => String) property!: string;
  @Field(() => Float) total!: number;
  @Field(() => Float) recent!: number;
}

@ObjectType({ description: 'A user’s event counts and property sums per event type.', simpleResolvers: true })
export class UserBehaviour {
  @Field(() => ID) userId!: string;
  @Field(() => Int) days!: number;
  @Field(() => [BehaviourCount]) counts!: BehaviourCount[];
  @Field(() => [BehaviourSumType], { description: 'Sums of the numeric properties the event types declare.' })
  sums!: BehaviourSumType[];
}
