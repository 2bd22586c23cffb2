// Every event type's builder makes a compact stored payload whose published form matches the type's
// JSON Schema; rows written before payloads were compact publish the same data.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { EVENT_TYPE_NAMES, eventJsonSchema } from '@couponflow/schema';
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from './events';
import { SAMPLE_EVENTS as samples, SAMPLE_SUBJECT as subject } from './samples';
import type { EventView } from './outbox.sql';
import { eventData, legacyPayload, webhookBody } from './publish';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validators = new Map(EVENT_TYPE_NAMES.map((n) => [n, ajv.compile(eventJsonSchema(n))]));

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
