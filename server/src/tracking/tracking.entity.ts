import { EntitySchema } from '@mikro-orm/core';
import { epoch, text } from '../db/columns';

export const PROPERTY_TYPES = ['STRING', 'NUMBER', 'INTEGER', 'BOOLEAN', 'OBJECT', 'ARRAY'] as const;
export type PropertyType = (typeof PROPERTY_TYPES)[number];

export interface PropertyDef {
  name: string;
  type: PropertyType;
  required: boolean;
}

/** An event type apps may send, with its property schema (top-level properties; others are rejected). */
export class EventTypeDef {
  name!: string;
  description?: string | null;
  properties!: PropertyDef[];
  builtin!: boolean;
  createdAt!: number;
  updatedAt!: number;
}

export const EventTypeDefSchema = new EntitySchema<EventTypeDef>({
  class: EventTypeDef,
  tableName: 'event_type',
  properties: {
    name: { type: 'string', length: 64, primary: true },
    description: text(2000, true),
    properties: { type: 'json' },
    builtin: { type: 'boolean', default: false },
    createdAt: epoch(),
    updatedAt: epoch(),
  },
});

/** An accepted event; the id is the app's own (deduplication key). */
export class TrackedEvent {
  id!: string;
  type!: string;
  userId!: string;
  occurredAt!: number;
  properties!: Record<string, unknown>;
  receivedAt!: number;
}

export const TrackedEventSchema = new EntitySchema<TrackedEvent>({
  class: TrackedEvent,
  tableName: 'tracked_event',
  properties: {
    id: { type: 'string', length: 128, primary: true },
    type: text(64),
    userId: text(128),
    occurredAt: epoch(),
    properties: { type: 'json' },
    receivedAt: epoch(),
  },
  indexes: [{ properties: ['userId', 'type', 'occurredAt'] }, { properties: ['occurredAt'] }],
});

/** A user's attributes (merged from upserts and events) and when the user was first seen. */
export class UserProfile {
  userId!: string;
  attributes!: Record<string, unknown>;
  firstSeenAt!: number;
  updatedAt!: number;
}

export const UserProfileSchema = new EntitySchema<UserProfile>({
  class: UserProfile,
  tableName: 'user_profile',
  properties: {
    userId: { type: 'string', length: 128, primary: true },
    attributes: { type: 'json' },
    firstSeenAt: epoch(),
    updatedAt: epoch(),
  },
});

/** Count of a user's events of one type on one UTC day (incremental; window edges are read exactly). */
export class BehaviourBucket {
  userId!: string;
  eventType!: string;
  day!: number;
  count!: number;
}

export const BehaviourBucketSchema = new EntitySchema<BehaviourBucket>({
  class: BehaviourBucket,
  tableName: 'behaviour_bucket',
  properties: {
    userId: { type: 'string', length: 128, primary: true },
    eventType: { type: 'string', length: 64, primary: true },
    day: { type: 'integer', primary: true },
    count: { type: 'integer', default: 0 },
  },
});

/** Sum of one declared numeric property of a user's events of one type on one UTC day. */
export class BehaviourSum {
  userId!: string;
  eventType!: string;
  day!: number;
  property!: string;
  total!: number;
}

export const BehaviourSumSchema = new EntitySchema<BehaviourSum>({
  class: BehaviourSum,
  tableName: 'behaviour_sum',
  properties: {
    userId: { type: 'string', length: 128, primary: true },
    eventType: { type: 'string', length: 64, primary: true },
    day: { type: 'integer', primary: true },
    property: { type: 'string', length: 64, primary: true },
    total: { type: 'double', default: 0 },
  },
});

/** The user's earliest event of each type (first-time conditions). */
export class UserFirstEvent {
  userId!: string;
  eventType!: string;
  eventId!: string;
  occurredAt!: number;
}

export const UserFirstEventSchema = new EntitySchema<UserFirstEvent>({
  class: UserFirstEvent,
  tableName: 'user_first_event',
  properties: {
    userId: { type: 'string', length: 128, primary: true },
    eventType: { type: 'string', length: 64, primary: true },
    eventId: text(128),
    occurredAt: epoch(),
  },
});

/** Every attribute name seen in a user profile (the rule editor's attribute picker lists them). */
export class UserAttributeKey {
  name!: string;
  firstSeenAt!: number;
}

export const UserAttributeKeySchema = new EntitySchema<UserAttributeKey>({
  class: UserAttributeKey,
  tableName: 'user_attribute_key',
  properties: {
    name: { type: 'string', length: 128, primary: true },
    firstSeenAt: epoch(),
  },
});
