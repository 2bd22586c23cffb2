// GraphQL enum of the outbox's event types: GraphQL names cannot hold a dot, so `coupon.claimed` is
// COUPON_CLAIMED (the same name; each value's description gives the name used everywhere else).
import { EVENT_CATALOGUE, eventTypeEnumValue } from '@couponflow/schema';
import { registerEnumType } from 'type-graphql';
import { EVENT_TYPES } from './outbox.entity';

export const EventTypeEnum = Object.fromEntries(EVENT_TYPES.map((t) => [eventTypeEnumValue(t), t])) as Record<
  string,
  string
>;
registerEnumType(EventTypeEnum, {
  name: 'CouponEventType',
  description:
    'An event type in GraphQL spelling: COUPON_CLAIMED is coupon.claimed, the name webhook bodies, JSON Schemas (/schemas/events/<name>.json) and CouponEvent.eventType use.',
  valuesConfig: Object.fromEntries(
    EVENT_TYPES.map((t) => [
      eventTypeEnumValue(t),
      { description: `${t}: ${EVENT_CATALOGUE[t].description}` },
    ]),
  ),
});
