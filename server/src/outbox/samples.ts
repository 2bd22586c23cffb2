// One example event of every type, made by the builders: the "send a test event" mutation sends
// these (with event id 0), and the tests check each against its JSON Schema.
import * as build from './events';
import type { DomainEvent } from './events';
import type { EventView } from './outbox.sql';

export const SAMPLE_SUBJECT = {
  id: 'cpn_01HZX',
  templateId: 'tpl_01HZX',
  campaignId: 'cmp_01HZX',
  userId: 'user-1',
  merchantId: 'm-1',
};
const pack = {
  id: 'shr_01HZX',
  code: 'FRIENDS-7Q2K',
  templateId: 'tpl_01HZX',
  sharerUserId: 'user-1',
  size: 3,
  claimed: 0,
  expiresAt: 1_764_600_000,
};
const figures = { id: 'cmp_01HZX', budget: 100_000, spent: 500, reserved: 200, outstandingMax: 900 };

/** One event of every type (both issue sources, and a custom rule event). */
export const SAMPLE_EVENTS: DomainEvent[] = [
  build.couponIssued({
    ...SAMPLE_SUBJECT,
    code: 'AB12',
    source: 'RULE',
    validFrom: 1_764_000_000,
    validUntil: 1_764_600_000,
    ruleId: 'rul_1',
    ruleVersion: 3,
  }),
  build.couponIssued({
    ...SAMPLE_SUBJECT,
    code: 'AB13',
    source: 'CLAIM',
    validFrom: 1_764_000_000,
    validUntil: 1_764_600_000,
    placement: 'CENTER',
  }),
  build.couponLocked(SAMPLE_SUBJECT, { orderId: 'o-1', discount: 300, lockExpiresAt: 1_764_001_800 }),
  build.couponRedeemed(SAMPLE_SUBJECT, { orderId: 'o-1', discount: 300, balance: null, partial: false }),
  build.couponRedeemed(SAMPLE_SUBJECT, { orderId: 'o-1', discount: 300, balance: 700, partial: true }),
  build.couponReleased(SAMPLE_SUBJECT, {
    orderId: 'o-1',
    reason: 'REFUND',
    discount: 300,
    balance: null,
    status: 'AVAILABLE',
  }),
  build.couponExpired(SAMPLE_SUBJECT),
  build.couponRevoked(SAMPLE_SUBJECT, 'AVAILABLE', null),
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
  build.shareCreated({ share: { ...pack, couponId: 'cpn_01HZX', friendTemplateId: 'tpl_01FRD' } }, 'm-1'),
  build.shareClaimed(
    { share: { ...pack, claimed: 1 }, friend: { userId: 'friend-1', couponId: 'cpn_01FRD', newUser: true } },
    'm-1',
  ),
  build.shareRewarded(
    { share: { ...pack, claimed: 3 }, trigger: 'CLAIMS', reward: { couponId: 'cpn_01RWD', refusal: null } },
    'm-1',
  ),
];

/** A test event of `type` as stored (id 0), created now; null for a type without a sample. */
export function sampleEvent(type: string, createdAt: number): EventView | null {
  const e = SAMPLE_EVENTS.find((s) => s.type === type);
  if (!e) return null;
  return {
    id: 0,
    type: e.type,
    couponId: e.couponId ?? null,
    templateId: e.templateId ?? null,
    campaignId: e.campaignId ?? null,
    userId: e.userId ?? null,
    merchantId: e.merchantId ?? null,
    payload: e.payload as unknown as Record<string, unknown>,
    createdAt,
  };
}
