import { BigIntType, EntitySchema } from '@mikro-orm/core';
import { EVENT_TYPE_NAMES } from '@couponflow/schema';
import { epoch, ref, text } from '../db/columns';

/** Event types, named as in webhook bodies (`coupon.claimed`): the catalogue in @couponflow/schema. */
export const EVENT_TYPES = EVENT_TYPE_NAMES;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * A domain event, written in the same transaction as the state change it announces.
 * Ordered by id; per coupon the ids follow the coupon's transitions.
 */
export class OutboxEvent {
  id!: number;
  type!: EventType;
  couponId?: string | null;
  templateId?: string | null;
  campaignId?: string | null;
  userId?: string | null;
  merchantId?: string | null;
  payload!: string;
  createdAt!: number;
}

const outboxSchema = (id: { type: 'integer' | BigIntType<'number'> }) =>
  new EntitySchema<OutboxEvent>({
    class: OutboxEvent,
    tableName: 'outbox_event',
    properties: {
      id: { ...id, primary: true, autoincrement: true },
      type: text(32),
      couponId: ref(true),
      templateId: ref(true),
      campaignId: ref(true),
      userId: text(128, true),
      merchantId: text(128, true),
      payload: { type: 'text' },
      createdAt: epoch(),
    },
    indexes: [
      { properties: ['couponId', 'id'] },
      { properties: ['userId', 'id'] },
      { properties: ['createdAt'] },
    ],
  });

/** PostgreSQL: a bigint identity. */
export const OutboxEventSchema = outboxSchema({ type: new BigIntType('number') });
/** SQLite: AUTOINCREMENT is only allowed on INTEGER, which is 64-bit there anyway. */
export const OutboxEventSqliteSchema = outboxSchema({ type: 'integer' });

/**
 * How far retention has deleted the outbox (one row, `name` = 'outbox'): every event with an id up to
 * `throughId` is gone, the newest of them created at `throughCreatedAt`. A subscriber resuming before
 * it must resynchronise; a metrics rebuild recomputes only the days after it.
 */
export class OutboxPurge {
  name!: string;
  throughId!: number;
  throughCreatedAt!: number;
  updatedAt!: number;
}

export const OutboxPurgeSchema = new EntitySchema<OutboxPurge>({
  class: OutboxPurge,
  tableName: 'outbox_purge',
  properties: {
    name: { type: 'string', length: 32, primary: true },
    throughId: { type: new BigIntType('number') },
    throughCreatedAt: epoch(),
    updatedAt: epoch(),
  },
});
