// What partners see of a stored event: its data, with every field of its type's definition
// (@couponflow/schema EVENT_CATALOGUE) present, from the row's columns and its compact payload
// (outbox/events.ts). Rows written before payloads were compact (the coupon nested under `coupon`,
// the rule under `rule` …) read the same. Also the webhook body and the deprecated JSON `payload`.
import {
  ENVELOPE_FIELDS,
  EVENT_CATALOGUE,
  type EventTypeName,
  isEventTypeName,
  type JsonSchema,
} from '@couponflow/schema';
import type { EventView } from './outbox.sql';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** ISO 8601 UTC with second precision, as everywhere in the API. */
export const isoTime = (seconds: number): string =>
  new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A stored payload in today's compact form (older rows nested their fields). */
function normalise(stored: Obj): Obj {
  const {
    type: _type,
    occurredAt: _occurredAt,
    userId: _userId,
    coupon,
    rule,
    campaign,
    experiment,
    endpoint,
    eventId,
    ...rest
  } = stored;
  const out: Obj = { ...rest };
  if (isObj(coupon)) {
    const { id: _i, templateId: _t, userId: _u, campaignId: _c, ...own } = coupon;
    Object.assign(out, own);
  }
  if (isObj(rule)) Object.assign(out, { ruleId: rule.id, ruleVersion: rule.version });
  if (eventId !== undefined) out.trackedEventId = eventId;
  if (isObj(campaign)) {
    const { id: _i, ...figures } = campaign;
    Object.assign(out, figures);
  }
  if (isObj(experiment))
    Object.assign(out, {
      ruleId: experiment.ruleId,
      ruleVersion: experiment.version,
      recommendation: experiment.recommendation,
    });
  if (isObj(endpoint))
    Object.assign(out, { endpointId: endpoint.id, reason: endpoint.reason, disabledAt: endpoint.disabledAt });
  return out;
}

/** The value a field has when the stored payload leaves it out. */
function absent(s: JsonSchema): unknown {
  if ('const' in s) return s.const;
  const t = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
  if (t.includes('null')) return null;
  if (t.includes('array')) return [];
  if (t.includes('object')) return {};
  if (t.includes('boolean')) return false;
  return undefined;
}

/**
 * The data of an event, every field of its type present. Times are ISO 8601 strings (`iso`, for
 * webhook bodies and JSON) or epoch seconds (for GraphQL, whose DateTime scalar writes them as ISO).
 */
export function eventData(e: EventView, times: 'iso' | 'epoch' = 'iso'): Obj {
  const data: Obj = {
    eventId: e.id,
    couponId: e.couponId,
    templateId: e.templateId,
    campaignId: e.campaignId,
    userId: e.userId,
    merchantId: e.merchantId,
  };
  if (!isEventTypeName(e.type)) return { ...data, ...normalise(e.payload) };
  const stored = normalise(e.payload);
  for (const [k, s] of Object.entries(EVENT_CATALOGUE[e.type].fields)) {
    let v = stored[k] ?? absent(s);
    if (s.format === 'date-time' && typeof v === 'number' && times === 'iso') v = isoTime(v);
    data[k] = v;
  }
  return data;
}

/** The webhook body: `{ type, timestamp, data }` (schema/events/<type>.json). */
export function webhookBody(e: EventView): string {
  return JSON.stringify({ type: e.type, timestamp: isoTime(e.createdAt), data: eventData(e, 'iso') });
}

/** Keys of the envelope: in every event's data. */
export const ENVELOPE_KEYS = Object.keys(ENVELOPE_FIELDS);

/**
 * The untyped `CouponEvent.payload` (deprecated) in the shape it had before events were typed: the
 * coupon nested under `coupon`, epoch-second times, `type` and `occurredAt` inside.
 */
export function legacyPayload(e: EventView): Obj {
  const d = eventData(e, 'epoch');
  const head = { type: e.type, occurredAt: e.createdAt };
  const type = e.type as EventTypeName;
  if (type.startsWith('coupon.')) {
    const coupon: Obj = { id: d.couponId, status: d.status, templateId: d.templateId, userId: d.userId };
    const rest: Obj = {};
    for (const [k, v] of Object.entries(d)) {
      if (ENVELOPE_KEYS.includes(k) || k === 'status') continue;
      if (['code', 'source', 'validFrom', 'validUntil', 'balance', 'previousStatus'].includes(k))
        coupon[k] = v;
      else rest[k] = v;
    }
    if (type === 'coupon.issued' || type === 'coupon.claimed') coupon.campaignId = d.campaignId;
    return { ...head, coupon, ...rest };
  }
  switch (type) {
    case 'rule.fired':
      return d.custom
        ? {
            ...head,
            type: `custom.${String((d.custom as Obj).eventType)}`,
            custom: d.custom,
            ruleId: d.ruleId,
            ruleVersion: d.ruleVersion,
            eventId: d.trackedEventId,
            userId: d.userId,
          }
        : {
            ...head,
            rule: { id: d.ruleId, version: d.ruleVersion },
            eventId: d.trackedEventId,
            userId: d.userId,
            arm: d.arm,
            control: d.control,
            actions: d.actions,
            results: d.results,
          };
    case 'budget.exhausted':
    case 'budget.threshold': {
      const campaign = {
        id: d.campaignId,
        budget: d.budget,
        spent: d.spent,
        reserved: d.reserved,
        outstandingMax: d.outstandingMax,
      };
      return type === 'budget.exhausted'
        ? { ...head, campaign }
        : { ...head, campaign, thresholdBp: d.thresholdBp, usedBp: d.usedBp };
    }
    case 'experiment.updated':
      return {
        ...head,
        experiment: { ruleId: d.ruleId, version: d.ruleVersion, recommendation: d.recommendation },
      };
    case 'webhook.disabled':
      return { ...head, endpoint: { id: d.endpointId, reason: d.reason, disabledAt: d.disabledAt } };
    default:
      return { ...head, ...d };
  }
}
