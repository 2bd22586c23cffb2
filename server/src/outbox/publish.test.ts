// Every event type's builder makes a compact stored payload whose published form matches the type's
// JSON Schema; rows written before payloads were compact publish the same data.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { EVENT_TYPE_NAMES, eventJsonSchema } from '@couponflow/schema';
import { describe, expect, it } from 'vitest';
import * as build from './events';
import type { DomainEvent } from './events';
import type { EventView } from './outbox.sql';
import { eventData, legacyPayload, webhookBody } from './publish';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validators = new Map(EVENT_TYPE_NAMES.map((n) => [n, ajv.compile(eventJsonSchema(n))]));

const subject = {
  id: 'cpn_01HZX',
  templateId: 'tpl_01HZX',
  campaignId: 'cmp_01HZX',
  userId: 'user-1',
  merchantId: 'm-1',
};
const figures = { id: 'cmp_01HZX', budget: 100_000, spent: 500, reserved: 200, outstandingMax: 900 };

/** One event of every type (both issue sources, and a custom rule event). */
const samples: DomainEvent[] = [
  build.couponIssued({
    ...subject,
    code: 'AB12',
    source: 'RULE',
    validFrom: 1_764_000_000,
    validUntil: 1_764_600_000,
    ruleId: 'rul_1',
    ruleVersion: 3,
  }),
  build.couponIssued({
    ...subject,
    code: 'AB13',
    source: 'CLAIM',
    validFrom: 1_764_000_000,
    validUntil: 1_764_600_000,
    placement: 'CENTER',
  }),
  build.couponLocked(subject, { orderId: 'o-1', discount: 300, lockExpiresAt: 1_764_001_800 }),
  build.couponRedeemed(subject, { orderId: 'o-1', discount: 300, balance: null, partial: false }),
  build.couponRedeemed(subject, { orderId: 'o-1', discount: 300, balance: 700, partial: true }),
  build.couponReleased(subject, {
    orderId: 'o-1',
    reason: 'REFUND',
    discount: 300,
    balance: null,
    status: 'AVAILABLE',
  }),
  build.couponExpired(subject),
  build.couponRevoked(subject, 'AVAILABLE', null),
  build.ruleFired('user-1', {
    ruleId: 'rul_1',
    ruleVersion: 2,
    trackedEventId: 'ev-1',
    arm: null,
    control: false,
    actions: [{ nodeId: 'n1', type: 'issueCoupon', args: { templateId: 'tpl_1' }, control: false }],
    results: { n1: { issued: 1 } },
  }),
  build.customEventEmitted({
    eventType: 'welcome.sent',
    properties: { channel: 'email' },
    ruleId: 'rul_1',
    ruleVersion: 2,
    eventId: 'ev-2',
    userId: 'user-1',
  }),
  build.budgetExhausted(figures, 'tpl_01HZX', 'm-1'),
  build.budgetThreshold({ campaign: figures, thresholdBp: 8000, usedBp: 8123 }, 'tpl_01HZX', 'm-1'),
  build.experimentUpdated({ ruleId: 'rul_1', version: null, recommendation: 'KEEP_RUNNING' }),
  build.webhookDisabled('whe_1', 'GONE', 1_764_000_100),
];

const stored = (
  e: DomainEvent,
  id: number,
  payload: Record<string, unknown> = e.payload as never,
): EventView => ({
  id,
  type: e.type,
  couponId: e.couponId ?? null,
  templateId: e.templateId ?? null,
  campaignId: e.campaignId ?? null,
  userId: e.userId ?? null,
  merchantId: e.merchantId ?? null,
  payload: JSON.parse(JSON.stringify(payload)) as Record<string, unknown>,
  createdAt: 1_764_000_000 + id,
});

describe('published events', () => {
  it('cover every event type', () => {
    expect(new Set(samples.map((e) => e.type))).toEqual(new Set(EVENT_TYPE_NAMES));
  });

  it.each(samples.map((e, i) => [e.type, i] as const))(
    '%s (#%i): the webhook body matches its JSON Schema',
    (_t, i) => {
      const view = stored(samples[i]!, i + 1);
      const body = JSON.parse(webhookBody(view)) as {
        type: (typeof EVENT_TYPE_NAMES)[number];
        data: Record<string, unknown>;
      };
      const validate = validators.get(body.type)!;
      expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
      expect(body.data.eventId).toBe(i + 1);
    },
  );

  it('stores a coupon event compactly: no column repeated, no null', () => {
    const issued = JSON.stringify(samples[1]!.payload);
    expect(issued).not.toContain(subject.id);
    expect(issued).not.toContain(subject.templateId);
    expect(issued).not.toContain('null');
    expect(issued.length).toBeLessThanOrEqual(100);
  });

  it('times are ISO 8601 in webhook bodies, epoch seconds for GraphQL', () => {
    const view = stored(samples[2]!, 7);
    expect(eventData(view).lockExpiresAt).toBe('2025-11-24T16:30:00Z');
    expect(eventData(view, 'epoch').lockExpiresAt).toBe(1_764_001_800);
    expect(JSON.parse(webhookBody(view)).timestamp).toBe('2025-11-24T16:00:07Z');
  });

  it('a row in the shape written before (nested, type and occurredAt inside) publishes the same data', () => {
    for (const [i, e] of samples.entries()) {
      const now = stored(e, i + 1);
      const before = stored(e, i + 1, legacyPayload(now));
      expect(eventData(before), e.type).toEqual(eventData(now));
    }
  });

  it('the deprecated JSON payload keeps its old shape', () => {
    expect(legacyPayload(stored(samples[1]!, 5))).toEqual({
      type: 'coupon.claimed',
      occurredAt: 1_764_000_005,
      coupon: {
        id: subject.id,
        status: 'AVAILABLE',
        templateId: subject.templateId,
        userId: subject.userId,
        campaignId: subject.campaignId,
        code: 'AB13',
        source: 'CLAIM',
        validFrom: 1_764_000_000,
        validUntil: 1_764_600_000,
      },
      placement: 'CENTER',
      ruleId: null,
      ruleVersion: null,
    });
  });
});
