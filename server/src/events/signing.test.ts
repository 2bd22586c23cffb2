import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { isSecret, newSecret, signedHeaders, webhookBody, webhookId } from './signing';

const event = {
  id: 42,
  type: 'coupon.claimed',
  couponId: 'cpn_1',
  templateId: 'tpl_1',
  campaignId: null,
  userId: 'u1',
  merchantId: 'm1',
  payload: { code: 'ABC', source: 'CLAIM', validFrom: 1_764_000_000, validUntil: 1_764_086_400 },
  createdAt: 1_764_000_000,
};

describe('Standard Webhooks signing', () => {
  it('makes whsec_ secrets the standardwebhooks library accepts', () => {
    const s = newSecret();
    expect(isSecret(s)).toBe(true);
    expect(() => new Webhook(s)).not.toThrow();
    expect(newSecret()).not.toBe(s);
  });

  it('signs so that the library verifies, and the body carries type, timestamp and data', () => {
    const secret = newSecret();
    const body = webhookBody(event);
    const headers = signedHeaders(webhookId(event.id), body, [secret], Date.now());
    expect(headers['webhook-id']).toBe('msg_42');
    expect(new Webhook(secret).verify(body, headers)).toEqual({
      type: 'coupon.claimed',
      timestamp: '2025-11-24T16:00:00Z',
      data: {
        eventId: 42,
        couponId: 'cpn_1',
        templateId: 'tpl_1',
        campaignId: null,
        userId: 'u1',
        merchantId: 'm1',
        status: 'AVAILABLE',
        code: 'ABC',
        source: 'CLAIM',
        validFrom: '2025-11-24T16:00:00Z',
        validUntil: '2025-11-25T16:00:00Z',
        placement: null,
        ruleId: null,
        ruleVersion: null,
      },
    });
  });

  it('during a rotation sends both signatures; each secret verifies on its own', () => {
    const [current, previous, other] = [newSecret(), newSecret(), newSecret()];
    const body = webhookBody(event);
    const headers = signedHeaders('msg_42', body, [current, previous], Date.now());
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(current).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(previous).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(other).verify(body, headers)).toThrow();
  });

  it('a signature does not survive a changed body or an old timestamp', () => {
    const secret = newSecret();
    const body = webhookBody(event);
    const headers = signedHeaders('msg_42', body, [secret], Date.now());
    expect(() => new Webhook(secret).verify(body.replace('cpn_1', 'cpn_2'), headers)).toThrow();
    const stale = signedHeaders('msg_42', body, [secret], Date.now() - 10 * 60_000);
    expect(() => new Webhook(secret).verify(body, stale)).toThrow();
  });
});
