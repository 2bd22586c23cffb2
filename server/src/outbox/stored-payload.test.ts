// The outbox row leaves out what it says itself (an issued coupon's validFrom when it is the row's
// created_at, its source when it is the type's usual one) and what the coupon row says (its code);
// reading the row back puts them back, so partners, the event log and rollups see the same data as
// before.
import { describe, expect, it } from 'vitest';
import { couponIssued, type DomainEvent, expandStored, storedPayload } from './events';
import { type OutboxRow, toEventView } from './outbox.sql';
import { eventData } from './publish';
import { SAMPLE_EVENTS, SAMPLE_SUBJECT } from './samples';

const CREATED = 1_764_000_000;

const row = (e: DomainEvent, createdAt: number): OutboxRow => ({
  id: 7,
  type: e.type,
  coupon_id: e.couponId ?? null,
  template_id: e.templateId ?? null,
  campaign_id: e.campaignId ?? null,
  user_id: e.userId ?? null,
  merchant_id: e.merchantId ?? null,
  payload: JSON.stringify(storedPayload(e, createdAt)),
  created_at: createdAt,
  // what the read takes from the coupon row (outbox.sql.ts couponColumns): the issued coupon's code
  coupon_code:
    e.type === 'coupon.issued' || e.type === 'coupon.claimed' ? (e.payload as { code: string }).code : null,
});

const claimed = (o: { source: string; validFrom: number }) =>
  couponIssued({ ...SAMPLE_SUBJECT, code: 'AB12-CD34-EF56', validUntil: CREATED + 86_400, ...o });

describe('stored outbox payloads', () => {
  it.each(SAMPLE_EVENTS.map((e, i) => [e.type, i] as const))(
    '%s (#%i): read back, the published data is the builder’s',
    (_t, i) => {
      const e = SAMPLE_EVENTS[i]!;
      for (const createdAt of [CREATED, CREATED + 5]) {
        const view = toEventView(row(e, createdAt));
        expect(view.payload).toEqual(JSON.parse(JSON.stringify(e.payload)));
        expect(eventData(view)).toEqual(eventData({ ...view, payload: e.payload as never }));
      }
    },
  );

  it('leaves out a claim’s usual source, a validFrom equal to created_at and the code, nothing else', () => {
    expect(storedPayload(claimed({ source: 'CLAIM', validFrom: CREATED }), CREATED)).toEqual({
      validUntil: CREATED + 86_400,
    });
    expect(storedPayload(claimed({ source: 'CODE', validFrom: CREATED + 60 }), CREATED)).toEqual({
      source: 'CODE',
      validFrom: CREATED + 60,
      validUntil: CREATED + 86_400,
    });
    const issued = claimed({ source: 'BULK', validFrom: CREATED });
    expect(issued.type).toBe('coupon.issued');
    expect(storedPayload(issued, CREATED)).toMatchObject({ source: 'BULK' });
    expect(
      storedPayload({ ...issued, payload: { ...issued.payload, source: 'RULE' } }, CREATED),
    ).not.toHaveProperty('source');
  });

  it('reads rows written before (full compact payloads, nested coupons) as they are', () => {
    const full = { code: 'X', source: 'CODE', validFrom: 1, validUntil: 2 };
    expect(expandStored('coupon.claimed', CREATED, full)).toEqual(full);
    // a payload that kept its code keeps it, whatever the coupon row says
    expect(expandStored('coupon.claimed', CREATED, full, 'Y')).toEqual(full);
    expect(expandStored('coupon.claimed', CREATED, { validUntil: 2 }, 'Y')).toEqual({
      code: 'Y',
      source: 'CLAIM',
      validFrom: CREATED,
      validUntil: 2,
    });
    const nested = { coupon: { id: 'cpn_1', source: 'CLAIM', validFrom: 1 } };
    expect(expandStored('coupon.claimed', CREATED, nested)).toEqual(nested);
    expect(expandStored('coupon.locked', CREATED, { orderId: 'o' })).toEqual({ orderId: 'o' });
  });
});
