// GraphQL enum of the outbox's event types (`coupon.claimed` is COUPON_CLAIMED).
import { graphqlEnum } from '../graphql/enums';
import { EVENT_TYPES } from './outbox.entity';

export const EventTypeEnum = graphqlEnum(
  EVENT_TYPES,
  'CouponEventType',
  'The kinds of domain events about coupons.',
  (t) => t.replace('.', '_').toUpperCase(),
);
