// Partner events: the catalogue of event types and the JSON Schema of each one's webhook body. One
// naming style everywhere: `coupon.claimed` in webhook bodies, schema URLs, filters and logs (GraphQL
// enums, which cannot hold a dot, spell the same name COUPON_CLAIMED). Every time is ISO 8601 UTC.
// The server builds each event's data from these definitions (server/src/outbox/events.ts), publishes
// each schema at GET /schemas/events/<type>.json, and `pnpm schema:emit` writes them to schema/events/.

export const EVENT_TYPE_NAMES = [
  'coupon.issued',
  'coupon.claimed',
  'coupon.locked',
  'coupon.redeemed',
  'coupon.released',
  'coupon.expired',
  'coupon.revoked',
  'rule.fired',
  'budget.exhausted',
  'budget.threshold',
  'experiment.updated',
  'webhook.disabled',
  'share.created',
  'share.claimed',
  'share.rewarded',
] as const;
export type EventTypeName = (typeof EVENT_TYPE_NAMES)[number];

/** The GraphQL enum spelling of an event type: `coupon.claimed` is COUPON_CLAIMED. */
export const eventTypeEnumValue = (name: string): string => name.replace('.', '_').toUpperCase();
/** The event type an enum value names (`COUPON_CLAIMED` is `coupon.claimed`), or null. */
export const eventTypeFromEnum = (value: string): EventTypeName | null =>
  EVENT_TYPE_NAMES.find((n) => eventTypeEnumValue(n) === value) ?? null;
export const isEventTypeName = (s: string): s is EventTypeName =>
  (EVENT_TYPE_NAMES as readonly string[]).includes(s);

/** A JSON Schema (draft 2020-12) fragment. */
export type JsonSchema = { [k: string]: unknown };

const str = (description: string): JsonSchema => ({ type: 'string', description });
const strOrNull = (description: string): JsonSchema => ({ type: ['string', 'null'], description });
const int = (description: string): JsonSchema => ({ type: 'integer', description });
const intOrNull = (description: string): JsonSchema => ({ type: ['integer', 'null'], description });
const time = (description: string): JsonSchema => ({ type: 'string', format: 'date-time', description });
const oneOf = (values: readonly string[], description: string): JsonSchema => ({
  type: 'string',
  enum: values,
  description,
});

/** Fields every event's data carries (null where the event is not about such a thing). */
export const ENVELOPE_FIELDS: Record<string, JsonSchema> = {
  eventId: {
    type: 'integer',
    minimum: 0,
    description:
      'The event id: increasing, in order per coupon; the webhook-id is msg_<eventId>. 0: a test event.',
  },
  couponId: strOrNull('The coupon the event is about.'),
  templateId: strOrNull('The coupon template.'),
  campaignId: strOrNull('The campaign.'),
  userId: strOrNull('The user (end customer).'),
  merchantId: strOrNull('The merchant the event is filed under (a partner key sees only its own).'),
};

const money = (description: string): JsonSchema =>
  int(`${description} Integer minor units of the deployment currency.`);

const issued: Record<string, JsonSchema> = {
  status: { const: 'AVAILABLE', description: 'The coupon is in the wallet, usable.' },
  code: str('The coupon code.'),
  source: oneOf(['CLAIM', 'CODE', 'RULE', 'BULK', 'API'], 'How the coupon was obtained.'),
  validFrom: time('When the coupon becomes usable.'),
  validUntil: time('When it expires.'),
  placement: strOrNull('Where it was claimed (coupon centre placement).'),
  ruleId: strOrNull('The rule that issued it.'),
  ruleVersion: intOrNull('The version of that rule.'),
};

/** What every share event says of its pack. */
const sharePack: Record<string, JsonSchema> = {
  shareId: str('The share pack.'),
  shareCode: str('The code friends claim with.'),
  size: int('How many friends the pack serves.'),
  claimed: int('How many friends have claimed so far.'),
  expiresAt: time('When the pack stops taking claims.'),
};

/** Each event type: what it means and the fields of its data beyond the envelope. */
export const EVENT_CATALOGUE: Record<
  EventTypeName,
  { description: string; fields: Record<string, JsonSchema> }
> = {
  'coupon.issued': {
    description: 'A coupon was issued to a user (by a rule, a job or the API).',
    fields: issued,
  },
  'coupon.claimed': { description: 'A user claimed a coupon (coupon centre or code).', fields: issued },
  'coupon.locked': {
    description: 'A coupon was locked to an order at checkout.',
    fields: {
      status: { const: 'LOCKED', description: 'Locked to the order.' },
      orderId: str('The order.'),
      discount: money('The discount it gives the order.'),
      lockExpiresAt: time('When the lock lapses unless the order is redeemed.'),
    },
  },
  'coupon.redeemed': {
    description: 'The order holding the coupon was confirmed.',
    fields: {
      status: oneOf(['REDEEMED', 'AVAILABLE'], 'AVAILABLE: a stored-value coupon with money left.'),
      orderId: str('The order.'),
      discount: money('The discount used.'),
      balance: { ...intOrNull('Stored-value coupons: the money left (minor units).') },
    },
  },
  'coupon.released': {
    description: 'A coupon left an order: cancelled, lock lapsed, or refunded.',
    fields: {
      status: oneOf(['AVAILABLE', 'EXPIRED'], 'Back in the wallet, or expired meanwhile.'),
      orderId: str('The order.'),
      reason: oneOf(['CANCELLED', 'LOCK_EXPIRED', 'REFUND'], 'Why it was released.'),
      discount: money('The discount the order held (release) or gets back (refund).'),
      balance: intOrNull('Stored-value coupons: the money left (minor units).'),
    },
  },
  'coupon.expired': {
    description: 'A coupon expired unused.',
    fields: { status: { const: 'EXPIRED', description: 'Expired.' } },
  },
  'coupon.revoked': {
    description: 'Staff revoked a coupon.',
    fields: {
      status: { const: 'REVOKED', description: 'Revoked.' },
      previousStatus: str('Its status before.'),
      reason: strOrNull('Why, as staff wrote it.'),
    },
  },
  'rule.fired': {
    description:
      'A rule acted on a tracked event (actions and their results), or emitted a custom event (custom set, no actions).',
    fields: {
      ruleId: str('The rule.'),
      ruleVersion: int('The rule version that fired.'),
      trackedEventId: str('The tracked event that fired it.'),
      arm: strOrNull('The experiment arm the user is in.'),
      control: { type: 'boolean', description: 'The user is in the control group (actions not applied).' },
      actions: {
        type: 'array',
        description: 'The actions reached.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['nodeId', 'type', 'args', 'control'],
          properties: {
            nodeId: str('The action node.'),
            type: str('The action kind (issueCoupon, emitEvent …).'),
            args: { description: 'The action arguments as configured.' },
            control: { type: 'boolean', description: 'Held back for control.' },
          },
        },
      },
      results: { type: 'object', description: 'Result per action node id.' },
      custom: {
        type: ['object', 'null'],
        description: 'A custom event emitted by the rule (emitEvent action).',
        additionalProperties: false,
        required: ['eventType', 'properties'],
        properties: {
          eventType: str('The custom event type, as configured.'),
          properties: { type: 'object', description: 'Its properties.' },
        },
      },
    },
  },
  'budget.exhausted': {
    description: 'A campaign budget is used up: issuing stops.',
    fields: {
      budget: intOrNull('The budget (minor units; null: none).'),
      spent: money('Subsidy spent.'),
      reserved: money('Subsidy held by locked orders.'),
      outstandingMax: money('The most outstanding coupons could still cost.'),
    },
  },
  'budget.threshold': {
    description: 'A campaign reached 50 %, 80 % or 100 % of its budget (committed plus liability).',
    fields: {
      budget: intOrNull('The budget (minor units; null: none).'),
      spent: money('Subsidy spent.'),
      reserved: money('Subsidy held by locked orders.'),
      outstandingMax: money('The most outstanding coupons could still cost.'),
      thresholdBp: int('The threshold reached, basis points (5000, 8000, 10000).'),
      usedBp: int('The use of the budget, basis points.'),
    },
  },
  'experiment.updated': {
    description: "A rule experiment's recommendation changed.",
    fields: {
      ruleId: str('The rule.'),
      ruleVersion: intOrNull('The rule version.'),
      recommendation: str('The new recommendation.'),
    },
  },
  'webhook.disabled': {
    description: 'A webhook endpoint was disabled (answered 410, or failing for too long).',
    fields: {
      endpointId: str('The endpoint.'),
      reason: str('GONE or FAILING.'),
      disabledAt: time('When.'),
    },
  },
  'share.created': {
    description: "A holder created a share pack (the envelope's coupon and user are the sharer's).",
    fields: {
      ...sharePack,
      friendTemplateId: str('The template friends get a coupon of.'),
    },
  },
  'share.claimed': {
    description: "A friend claimed through a share pack (the envelope's coupon and user are the friend's).",
    fields: {
      ...sharePack,
      sharerUserId: str('The user who shared the pack.'),
      newUser: { type: 'boolean', description: 'Whether the friend was a new user when claiming.' },
    },
  },
  'share.rewarded': {
    description:
      "The sharer was rewarded, once per pack (the envelope's coupon is the reward, its user the sharer).",
    fields: {
      ...sharePack,
      trigger: oneOf(['CLAIMS', 'FIRST_PAYMENT'], 'What earned the reward.'),
      refusal: strOrNull('Why the reward template issued nothing (null when the reward coupon was issued).'),
    },
  },
};

/** The stable URL path of an event type's JSON Schema on the server. */
export const eventSchemaPath = (name: string): string => `/schemas/events/${name}.json`;

/** The JSON Schema of a webhook body `{ type, timestamp, data }` of one event type. */
export function eventJsonSchema(name: EventTypeName): JsonSchema {
  const def = EVENT_CATALOGUE[name];
  const fields = { ...ENVELOPE_FIELDS, ...def.fields };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://couponflow.dev${eventSchemaPath(name)}`,
    title: name,
    description: `${def.description} Webhook body of a ${name} event (Standard Webhooks: verify the signature first).`,
    type: 'object',
    additionalProperties: false,
    required: ['type', 'timestamp', 'data'],
    properties: {
      type: { const: name, description: 'The event type.' },
      timestamp: time('When the event happened.'),
      data: {
        type: 'object',
        additionalProperties: false,
        required: Object.keys(fields),
        properties: fields,
      },
    },
  };
}

/** Field names of an event type's data whose value is a date-time (stored as epoch seconds). */
export const timeFields = (name: EventTypeName): string[] =>
  Object.entries(EVENT_CATALOGUE[name].fields)
    .filter(([, s]) => s.format === 'date-time')
    .map(([k]) => k);
