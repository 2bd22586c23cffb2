// GraphQL types of events' data: one object type per payload shape, behind the CouponEventData
// interface (the envelope every event carries). The same fields as the webhook bodies' JSON Schemas
// (@couponflow/schema EVENT_CATALOGUE); built from the stored row by outbox/publish.ts. Statuses are
// CouponStatus values, as strings (outbox/ depends on no feature folder).
import { GraphQLJSON, GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { DateTimeScalar, MoneyScalar } from '../graphql/scalars';

/** Data as resolved: `eventData(e, 'epoch')` and the event's type, which picks the GraphQL type. */
export type EventDataValue = Record<string, unknown> & { __eventType: string };

@InterfaceType('CouponEventData', {
  description:
    'What an event says; the fields of its webhook body `data` (JSON Schema at /schemas/events/<eventType>.json). Pick the fields of each type with a fragment.',
  resolveType: (value: EventDataValue) => DATA_TYPE_OF[value.__eventType]?.name ?? 'CouponEventOtherData',
})
export abstract class CouponEventData {
  @Field(() => GraphQLSafeInt, { description: 'The event id (CouponEvent.id); 0 for a test event.' })
  eventId!: number;
  @Field(() => ID, { nullable: true, description: 'The coupon the event is about.' })
  couponId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The coupon template.' }) templateId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The campaign.' }) campaignId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The user (end customer).' }) userId!: string | null;
  @Field(() => String, { nullable: true, description: 'The merchant the event is filed under.' })
  merchantId!: string | null;
}

@ObjectType({
  implements: CouponEventData,
  simpleResolvers: true,
  description: 'coupon.issued and coupon.claimed: a coupon entered a wallet.',
})
export class CouponIssuedData extends CouponEventData {
  @Field(() => String, { description: 'AVAILABLE.' }) status!: string;
  @Field(() => String, { description: 'The coupon code.' }) code!: string;
  @Field(() => String, { description: 'How it was obtained: CLAIM, CODE, RULE, BULK or API.' })
  source!: string;
  @Field(() => DateTimeScalar, { description: 'When it becomes usable.' }) validFrom!: number;
  @Field(() => DateTimeScalar, { description: 'When it expires.' }) validUntil!: number;
  @Field(() => String, { nullable: true, description: 'Where it was claimed.' }) placement!: string | null;
  @Field(() => ID, { nullable: true, description: 'The rule that issued it.' }) ruleId!: string | null;
  @Field(() => Int, { nullable: true, description: 'That rule’s version.' }) ruleVersion!: number | null;
}

@ObjectType({
  implements: CouponEventData,
  simpleResolvers: true,
  description: 'coupon.locked: a coupon was locked to an order.',
})
export class CouponLockedData extends CouponEventData {
  @Field(() => String, { description: 'LOCKED.' }) status!: string;
  @Field(() => ID, { description: 'The order.' }) orderId!: string;
  @Field(() => MoneyScalar, { description: 'The discount it gives the order (minor units).' })
  discount!: number;
  @Field(() => DateTimeScalar, { description: 'When the lock lapses unless the order is redeemed.' })
  lockExpiresAt!: number;
}

@ObjectType({
  implements: CouponEventData,
  simpleResolvers: true,
  description: 'coupon.redeemed: the order holding the coupon was confirmed.',
})
export class CouponRedeemedData extends CouponEventData {
  @Field(() => String, {
    description: 'REDEEMED, or AVAILABLE for a stored-value coupon with money left.',
  })
  status!: string;
  @Field(() => ID, { description: 'The order.' }) orderId!: string;
  @Field(() => MoneyScalar, { description: 'The discount used (minor units).' }) discount!: number;
  @Field(() => MoneyScalar, { nullable: true, description: 'Stored-value coupons: the money left.' })
  balance!: number | null;
}

@ObjectType({
  implements: CouponEventData,
  simpleResolvers: true,
  description: 'coupon.released: a coupon left an order (cancelled, lock lapsed, refunded).',
})
export class CouponReleasedData extends CouponEventData {
  @Field(() => String, { description: 'AVAILABLE, or EXPIRED when it expired meanwhile.' })
  status!: string;
  @Field(() => ID, { description: 'The order.' }) orderId!: string;
  @Field(() => String, { description: 'CANCELLED, LOCK_EXPIRED or REFUND.' }) reason!: string;
  @Field(() => MoneyScalar, { description: 'The discount held (release) or given back (refund).' })
  discount!: number;
  @Field(() => MoneyScalar, { nullable: true, description: 'Stored-value coupons: the money left.' })
  balance!: number | null;
}

@ObjectType({
  implements: CouponEventData,
  simpleResolvers: true,
  description: 'coupon.expired: a coupon expired unused.',
})
export class CouponExpiredData extends CouponEventData {
  @Field(() => String, { description: 'EXPIRED.' }) status!: string;
}

@ObjectType({
  implements: CouponEventData,
  simpleResolvers: true,
  description: 'coupon.revoked: staff revoked a coupon.',
})
export class CouponRevokedData extends CouponEventData {
  @Field(() => String, { description: 'REVOKED.' }) status!: string;
  @Field(() => String, { description: 'Its status before.' }) previousStatus!: string;
  @Field(() => String, { nullable: true, description: 'Why, as staff wrote it.' }) reason!: string | null;
}

@ObjectType('RuleFiredAction', { simpleResolvers: true, description: 'An action a firing reached.' })
export class RuleFiredAction {
  @Field(() => ID, { description: 'The action node.' }) nodeId!: string;
  @Field(() => String, { description: 'The action kind.' }) type!: string;
  @Field(() => GraphQLJSON, { description: 'Its arguments as configured.' }) args!: unknown;
  @Field(() => Boolean, { description: 'Held back for the control group.' }) control!: boolean;
}

@ObjectType('RuleCustomEvent', { simpleResolvers: true, description: 'A custom event a rule emitted.' })
export class RuleCustomEvent {
  @Field(() => String, { description: 'Its type, as configured in the emitEvent action.' })
  eventType!: string;
  @Field(() => GraphQLJSON, { description: 'Its properties.' }) properties!: unknown;
}

@ObjectType({
  implements: CouponEventData,
  simpleResolvers: true,
  description: 'rule.fired: a rule acted on a tracked event, or emitted a custom event (custom set).',
})
export class RuleFiredData extends CouponEventData {
  @Field(() => ID, { description: 'The rule.' }) ruleId!: string;
  @Field(() => Int, { description: 'The version that fired.' }) ruleVersion!: number;
  @Field(() => ID, { description: 'The tracked event that fired it.' }) trackedEventId!: string;
  @Field(() => String, { nullable: true, description: 'The experiment arm of the user.' }) arm!:
    string | null;
  @Field(() => Boolean, { description: 'The user is in the control group.' }) control!: boolean;
  @Field(() => [RuleFiredAction], { description: 'The actions reached.' }) actions!: RuleFiredAction[];
  @Field(() => GraphQLJSON, { description: 'Result per action node id.' }) results!: unknown;
  @Field(() => RuleCustomEvent, { nullable: true, description: 'A custom event (emitEvent action).' })
  custom!: RuleCustomEvent | null;
}

@ObjectType({
  implements: CouponEventData,
  simpleResolvers: true,
  description: 'budget.exhausted: a campaign budget is used up.',
})
export class BudgetExhaustedData extends CouponEventData {
  @Field(() => MoneyScalar, { nullable: true, description: 'The budget (minor units).' }) budget!:
    number | null;
  @Field(() => MoneyScalar, { description: 'Subsidy spent.' }) spent!: number;
  @Field(() => MoneyScalar, { description: 'Subsidy held by locked orders.' }) reserved!: number;
  @Field(() => MoneyScalar, { description: 'The most outstanding coupons could cost.' })
  outstandingMax!: number;
}

@ObjectType({
  implements: CouponEventData,
  simpleResolvers: true,
  description: 'budget.threshold: a campaign reached 50, 80 or 100 % of its budget.',
})
export class BudgetThresholdData extends BudgetExhaustedData {
  @Field(() => Int, { description: 'The threshold reached (basis points).' }) thresholdBp!: number;
  @Field(() => Int, { description: 'The budget used (basis points).' }) usedBp!: number;
}

@ObjectType({
  implements: CouponEventData,
  simpleResolvers: true,
  description: "experiment.updated: a rule experiment's recommendation changed.",
})
export class ExperimentUpdatedData extends CouponEventData {
  @Field(() => ID, { description: 'The rule.' }) ruleId!: string;
  @Field(() => Int, { nullable: true, description: 'The rule version.' }) ruleVersion!: number | null;
  @Field(() => String, { description: 'The new recommendation.' }) recommendation!: string;
}

@ObjectType({
  implements: CouponEventData,
  simpleResolvers: true,
  description: 'webhook.disabled: a webhook endpoint was disabled.',
})
export class WebhookDisabledData extends CouponEventData {
  @Field(() => ID, { description: 'The endpoint.' }) endpointId!: string;
  @Field(() => String, { description: 'GONE or FAILING.' }) reason!: string;
  @Field(() => DateTimeScalar, { description: 'When.' }) disabledAt!: number;
}

@ObjectType({
  implements: CouponEventData,
  simpleResolvers: true,
  description: 'An event type this server version does not describe (only the envelope).',
})
export class CouponEventOtherData extends CouponEventData {}

@InterfaceType('SharePackEventData', {
  implements: CouponEventData,
  description: 'What every share event says of its pack.',
})
export abstract class SharePackData extends CouponEventData {
  @Field(() => ID, { description: 'The share pack.' }) shareId!: string;
  @Field(() => String, { description: 'The code friends claim with.' }) shareCode!: string;
  @Field(() => Int, { description: 'How many friends the pack serves.' }) size!: number;
  @Field(() => Int, { description: 'How many friends have claimed so far.' }) claimed!: number;
  @Field(() => DateTimeScalar, { description: 'When the pack stops taking claims.' }) expiresAt!: number;
}

@ObjectType({
  implements: [CouponEventData, SharePackData],
  simpleResolvers: true,
  description: "share.created: a holder created a share pack (coupon and user are the sharer's).",
})
export class ShareCreatedData extends SharePackData {
  @Field(() => ID, { description: 'The template friends get a coupon of.' }) friendTemplateId!: string;
}

@ObjectType({
  implements: [CouponEventData, SharePackData],
  simpleResolvers: true,
  description: "share.claimed: a friend claimed through a share pack (coupon and user are the friend's).",
})
export class ShareClaimedData extends SharePackData {
  @Field(() => String, { description: 'The user who shared the pack.' }) sharerUserId!: string;
  @Field(() => Boolean, { description: 'Whether the friend was a new user when claiming.' })
  newUser!: boolean;
}

@ObjectType({
  implements: [CouponEventData, SharePackData],
  simpleResolvers: true,
  description: 'share.rewarded: the sharer was rewarded, once per pack (the coupon is the reward).',
})
export class ShareRewardedData extends SharePackData {
  @Field(() => String, { description: 'CLAIMS or FIRST_PAYMENT: what earned the reward.' }) trigger!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Why the reward template issued nothing (null when the reward coupon was issued).',
  })
  refusal!: string | null;
}

/** The GraphQL type of each event type's data. */
const DATA_TYPE_OF: Record<string, { name: string }> = {
  'coupon.issued': CouponIssuedData,
  'coupon.claimed': CouponIssuedData,
  'coupon.locked': CouponLockedData,
  'coupon.redeemed': CouponRedeemedData,
  'coupon.released': CouponReleasedData,
  'coupon.expired': CouponExpiredData,
  'coupon.revoked': CouponRevokedData,
  'rule.fired': RuleFiredData,
  'budget.exhausted': BudgetExhaustedData,
  'budget.threshold': BudgetThresholdData,
  'experiment.updated': ExperimentUpdatedData,
  'webhook.disabled': WebhookDisabledData,
  'share.created': ShareCreatedData,
  'share.claimed': ShareClaimedData,
  'share.rewarded': ShareRewardedData,
};

/** Every data type, for the schema's orphanedTypes (they are reached only through the interface). */
export const EVENT_DATA_TYPES = [...new Set(Object.values(DATA_TYPE_OF)), CouponEventOtherData];
